import type { MessageId } from './catalogs.js';

/**
 * One plain value a message can show. Arrays are lists (joined the locale's way); numbers print
 * without grouping, so ports, counts and codes read exactly as an admin types them; booleans
 * and null reach ICU `select` as 'true', 'false' and 'null'.
 */
export type FactArg = string | number | boolean | null | readonly string[];
/** Language-neutral facts, as findings carry them in JSON. */
export type FactArgs = Readonly<Record<string, FactArg>>;

/** A message may also show phrases of its own (a list of clauses, each a message), rendered in the same language. */
export type MessageArg = FactArg | Message | readonly Message[];
export type MessageArgs = Readonly<Record<string, MessageArg>>;

/**
 * Text as data: a catalog id and its language-neutral arguments. Rules, checks and probes
 * describe what they found this way; only a reporter turns it into a sentence, in the chosen
 * language (src/catalog/render.ts).
 */
export interface Message {
  id: MessageId;
  args?: MessageArgs;
}

export function msg(id: MessageId, args?: MessageArgs): Message {
  return args === undefined ? { id } : { id, args };
}
