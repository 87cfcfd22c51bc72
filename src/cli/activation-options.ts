/**
 * The options of the opt-in activation request, shared by `activate-probe` and
 * `connectivity --activation-request`. Kept free of heavy imports so `--help` stays fast; the
 * validation lives in ./activation-settings.ts and is loaded when a command runs.
 */
import type { Argv } from 'yargs';

export interface ActivationArgs {
  product?: string | undefined;
  'activation-request': boolean;
  protocol?: string | undefined;
  sku?: string | undefined;
  cmid?: string | undefined;
  workstation?: string | undefined;
  'bind-style': string;
  'interface-check': boolean;
}

/** Adds the activation options; `connectivity` words the flag as an add-on to the check. */
export function withActivationOptions<T>(yargs: Argv<T>, context: 'activate-probe' | 'connectivity'): Argv<T & ActivationArgs> {
  const sendText = context === 'connectivity'
    ? 'After the check, send ONE KMS activation request to the first ready target (needs --product). It may add this installation\'s CMID to that host\'s count for 30 days'
    : 'Really send the one activation request. Without it the host is only bound to (count-safe) and the request is printed, not sent. It may add this installation\'s CMID to the host\'s count for 30 days';
  return yargs
    .option('activation-request', { type: 'boolean', default: false, describe: sendText })
    .option('product', { type: 'string', describe: 'Product to ask for, by name ("Windows 11 Enterprise", "Windows Server 2025 Standard", "Office LTSC 2021") or SKU id; see activate-probe --list-products' })
    .option('protocol', { type: 'string', describe: 'KMS protocol version to send (v4, v5, v6); default: the one the product\'s clients use' })
    .option('sku', { type: 'string', describe: 'SKU (Activation) id to send instead of the table\'s; the host only logs it' })
    .option('cmid', { type: 'string', describe: 'Client machine id to send instead of this installation\'s stored one (a new CMID counts as a new machine)' })
    .option('workstation', { type: 'string', describe: 'Workstation name to send (default kms-probe.<this host name>); the host logs it in event 12290' })
    .option('bind-style', { type: 'string', default: 'ndr32', describe: 'ndr32: one NDR32 context; windows: NDR32+NDR64+BTFN like a Windows client, with alter_context when the host prefers NDR64' })
    .option('interface-check', { type: 'boolean', default: true, describe: 'Also bind to a random interface on a second connection (count-safe; py-kms accepts it, Windows does not). --no-interface-check skips it' }) as unknown as Argv<T & ActivationArgs>;
}

