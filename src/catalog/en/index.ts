import { ACTIVATION } from './activation.js';
import { ACTIVATION_TEXT } from './activation-text.js';
import { CLIENT } from './client.js';
import { CODE_PAGE } from './code-page.js';
import { DNS } from './dns.js';
import { EVENTS } from './events.js';
import { FLEET } from './fleet.js';
import { HOST } from './host.js';
import { KMS } from './kms.js';
import { PROBE } from './probe.js';
import { PROBE_ERROR } from './probe-error.js';
import { PROTOCOL_REPLY } from './protocol-reply.js';
import { PUBLICATION } from './publication.js';
import { READINESS } from './readiness.js';
import { REPORT } from './report.js';
import { RPC } from './rpc.js';
import { RUN } from './run.js';
import { SRV } from './srv.js';
import { TCP } from './tcp.js';

/**
 * The English catalog, the reference every other language follows. One file per area of
 * findings; each key is `<finding id>.<part>` (title, summary, message, remedy.<step>) or a
 * phrase shared by several findings. Commands stay out of the templates: they come in as
 * arguments, so no translation can change what an admin copies.
 */
export const EN = {
  listSeparator: ', ',
  messages: { ...DNS, ...SRV, ...TCP, ...RPC, ...KMS, ...RUN, ...CLIENT, ...EVENTS, ...ACTIVATION, ...ACTIVATION_TEXT, ...PUBLICATION, ...HOST, ...FLEET, ...PROBE, ...PROBE_ERROR, ...PROTOCOL_REPLY, ...READINESS, ...CODE_PAGE, ...REPORT },
} as const;
