import type { EN } from '../en/index.js';
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
 * The Japanese catalog, in the terms of Microsoft's Japanese KMS documentation (GLOSSARY.md).
 * One file per area, each typed against its English twin, so a missing or extra key fails the build.
 */
export const JA = {
  listSeparator: '、',
  messages: { ...DNS, ...SRV, ...TCP, ...RPC, ...KMS, ...RUN, ...CLIENT, ...EVENTS, ...ACTIVATION, ...ACTIVATION_TEXT, ...PUBLICATION, ...HOST, ...FLEET, ...PROBE, ...PROBE_ERROR, ...PROTOCOL_REPLY, ...READINESS, ...CODE_PAGE, ...REPORT },
} as const satisfies { listSeparator: string; messages: { readonly [K in keyof typeof EN.messages]: string } };
