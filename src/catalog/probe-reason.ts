/**
 * Probe outcomes as data. A probe, a codec or a transport says why something failed as a
 * catalog message (`msg(id, args)`); the error keeps that reason and, for the JSON contract, the
 * sentence it renders to. The sentence is English until the report is built, then rendered again
 * in the report's language (localize-reasons.ts); the reason's id and arguments never change.
 */
import type { ProbeError, ProbeReason } from '../core/result.js';
import { CATALOGS, DEFAULT_LOCALE, type Locale } from './catalogs.js';
import type { Message, MessageArg } from './message.js';
import { render } from './render.js';

/** A probe error whose sentence comes from the catalog. */
export function probeError(code: string, reason: Message): ProbeError {
  return { code, message: render(reason, DEFAULT_LOCALE), reason };
}

/** The English sentence of a reason, for the string fields the JSON contract keeps beside it. */
export function reasonText(reason: Message): string {
  return render(reason, DEFAULT_LOCALE);
}

function isReason(value: unknown): value is ProbeReason {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string';
}

/**
 * The reason as a catalog message, when every id in it (nested ones too) is in the catalog. A
 * reason read back from a saved report may come from another version of the tool: then null.
 */
export function asMessage(reason: ProbeReason): Message | null {
  if (!Object.hasOwn(CATALOGS.en.messages, reason.id)) return null;
  for (const value of Object.values(reason.args ?? {})) {
    const nested = Array.isArray(value) ? value : [value];
    for (const item of nested) if (isReason(item) && asMessage(item) === null) return null;
  }
  return reason as Message;
}

/** What a message shows for a failed probe's cause: its reason, rendered in the message's language, else the sentence as recorded. */
export function errorCause(error: ProbeError | undefined | null): MessageArg | null {
  if (!error) return null;
  return (error.reason && asMessage(error.reason)) ?? error.message;
}

/** A reason rendered in `locale`, or null when it cannot be (see asMessage). */
export function renderReason(reason: ProbeReason, locale: Locale): string | null {
  const message = asMessage(reason);
  return message === null ? null : render(message, locale);
}

export { isReason };
