import { ACTIVATION } from './activation.js';
import { ACTIVATION_REPORT } from './activation-report.js';
import { ACTIVATION_TEXT } from './activation-text.js';
import { CLI_HELP } from './cli-help.js';
import { CLI_USAGE } from './cli-usage.js';
import { CLIENT } from './client.js';
import { CODE_PAGE } from './code-page.js';
import { CSVLK } from './csvlk.js';
import { DNS } from './dns.js';
import { EVENTS } from './events.js';
import { FACTS_CLIENT } from './facts-client.js';
import { FACTS_HOST } from './facts-host.js';
import { FACTS_TEXT } from './facts-text.js';
import { FLEET } from './fleet.js';
import { FLEET_REPORT } from './fleet-report.js';
import { HOST } from './host.js';
import { INPUT_ERROR } from './input-error.js';
import { INPUT_NOTES } from './input-notes.js';
import { KMS } from './kms.js';
import { LAB_CHECK } from './lab-check.js';
import { NAME_ERROR } from './name-error.js';
import { PROBE } from './probe.js';
import { PROBE_ERROR } from './probe-error.js';
import { PROTOCOL_REPLY } from './protocol-reply.js';
import { PUBLICATION } from './publication.js';
import { READINESS } from './readiness.js';
import { REPORT } from './report.js';
import { REPORT_FACTS } from './report-facts.js';
import { RPC } from './rpc.js';
import { RUN } from './run.js';
import { RUN_USAGE } from './run-usage.js';
import { SRV } from './srv.js';
import { TCP } from './tcp.js';
import { USAGE_ERROR } from './usage-error.js';

/**
 * The English catalog, the reference every other language follows. One file per area of
 * findings; each key is `<finding id>.<part>` (title, summary, message, remedy.<step>) or a
 * phrase shared by several findings. Commands stay out of the templates: they come in as
 * arguments, so no translation can change what an admin copies.
 */
export const EN = {
  listSeparator: ', ',
  messages: {
    ...DNS,
    ...SRV,
    ...TCP,
    ...RPC,
    ...KMS,
    ...RUN,
    ...CLIENT,
    ...EVENTS,
    ...ACTIVATION,
    ...PUBLICATION,
    ...HOST,
    ...FLEET,
    ...PROBE,
    ...READINESS,
    ...CODE_PAGE,
    ...REPORT,
    ...CLI_HELP,
    ...CLI_USAGE,
    ...FLEET_REPORT,
    ...ACTIVATION_REPORT,
    ...LAB_CHECK,
    ...RUN_USAGE,
    ...REPORT_FACTS,
    ...FACTS_CLIENT,
    ...FACTS_HOST,
    ...INPUT_ERROR,
    ...ACTIVATION_TEXT,
    ...PROBE_ERROR,
    ...PROTOCOL_REPLY,
    ...NAME_ERROR,
    ...USAGE_ERROR,
    ...CSVLK,
    ...INPUT_NOTES,
    ...FACTS_TEXT,
  },
} as const;
