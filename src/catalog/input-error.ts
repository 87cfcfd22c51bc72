import { UsageError } from '../core/usage-error.js';
import { DEFAULT_LOCALE, type Locale, type MessageId } from './catalogs.js';
import type { Message, MessageArgs } from './message.js';
import { render } from './render.js';

/**
 * A usage error (bad input: one line, exit 2) worded by the catalog: English as its message, the
 * message itself kept so the report runner says it in the run's language (sayInLanguage).
 */
export function inputError(id: MessageId, args?: MessageArgs): UsageError {
  const message: Message = args === undefined ? { id } : { id, args };
  return new UsageError(render(message, DEFAULT_LOCALE), message);
}

/** The same usage error in `locale`, when it came from the catalog; any other error as it is. */
export function sayInLanguage(error: unknown, locale: Locale): unknown {
  if (!(error instanceof UsageError) || error.said === undefined) return error;
  return new UsageError(render(error.said as Message, locale), error.said);
}

/**
 * Runs one of core's checks (src/core/names.ts) whose input is named by a catalog message: core
 * cannot word another area's message, so its usage error is worded again here, in English, as
 * every usage error's message is (the run still says it in its own language).
 */
export function checkedInput<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw sayInLanguage(error, DEFAULT_LOCALE);
  }
}
