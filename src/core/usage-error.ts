/** The catalog message a usage error stands for: its id and language-neutral arguments. */
export interface UsageErrorMessage {
  readonly id: string;
  readonly args?: Readonly<Record<string, unknown>>;
}

/**
 * Bad input from the user. The CLI turns it into one line on stderr and exit code 2;
 * anything else that escapes is an internal error (also exit 2, but reported as such).
 * An error built from a catalog message (src/catalog/input-error.ts) carries it, so the run
 * says the line in its own language; `message` is the English line.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    readonly said?: UsageErrorMessage,
  ) {
    super(message);
  }
}
