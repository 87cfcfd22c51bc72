import { type Message, msg } from '../../catalog/message.js';

/** Steps several client findings end with, so their wording and commands stay identical. */

/** Activation itself, the command every fix ends with. */
export const ACTIVATE = 'slmgr.vbs /ato';

export function thenActivate(): Message {
  return msg('remedy.client.then-activate', { command: ACTIVATE });
}

export function thenRun(command: string): Message {
  return msg('remedy.client.then', { command });
}
