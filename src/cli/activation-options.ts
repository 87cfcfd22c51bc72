/**
 * The options of the opt-in activation request, shared by `activate-probe` and
 * `connectivity --activation-request`. Kept free of heavy imports so `--help` stays fast; the
 * validation lives in ./activation-settings.ts and is loaded when a command runs.
 */
import type { Argv } from 'yargs';
import { cliText } from './cli-text.js';

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
  const sendText = context === 'connectivity' ? cliText('cli.opt.activation-request.connectivity') : cliText('cli.opt.activation-request.activate-probe');
  return yargs
    .option('activation-request', { type: 'boolean', default: false, describe: sendText })
    .option('product', { type: 'string', describe: cliText('cli.opt.product') })
    .option('protocol', { type: 'string', describe: cliText('cli.opt.protocol') })
    .option('sku', { type: 'string', describe: cliText('cli.opt.sku') })
    .option('cmid', { type: 'string', describe: cliText('cli.opt.cmid') })
    .option('workstation', { type: 'string', describe: cliText('cli.opt.workstation') })
    .option('bind-style', { type: 'string', default: 'ndr32', describe: cliText('cli.opt.bind-style') })
    .option('interface-check', { type: 'boolean', default: true, describe: cliText('cli.opt.interface-check') }) as unknown as Argv<T & ActivationArgs>;
}
