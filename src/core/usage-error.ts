/**
 * Bad input from the user. The CLI turns it into one line on stderr and exit code 2;
 * anything else that escapes is an internal error (also exit 2, but reported as such).
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
