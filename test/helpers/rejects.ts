import * as assert from 'uvu/assert';
import { UsageError } from '../../src/core/usage-error.js';

/** Asserts `promise` rejects with a one-line UsageError that mentions each of `mentions`. */
export async function rejectsWithUsageError(promise: Promise<unknown>, ...mentions: Array<string | RegExp>): Promise<UsageError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  assert.ok(caught !== undefined, `expected a UsageError mentioning ${mentions.join(', ')}, got none`);
  assert.instance(caught, UsageError, `expected a UsageError, got ${String(caught)}`);
  const message = (caught as UsageError).message;
  assert.not.match(message, /\n/, 'one line');
  for (const m of mentions) {
    if (typeof m === 'string') assert.ok(message.includes(m), `${JSON.stringify(message)} should mention ${JSON.stringify(m)}`);
    else assert.match(message, m);
  }
  return caught as UsageError;
}
