import { type Message, msg } from '../../catalog/message.js';

/** Remedy steps several activation rules end with, so their wording and commands stay identical. */

/** The offline page about a code or a finding. */
export function explainCommand(topic: string): string {
  return `kmsdoctor explain ${topic}`;
}

/** The last step: where to read more about `topic` (an HRESULT or a finding id). */
export function moreRemedy(topic: string): Message {
  return msg('remedy.explain-more', { command: explainCommand(topic) });
}
