import { NAME_WHAT } from '../../core/name-error.js';
import { parseEndpoint } from '../../core/names.js';
import { KMS_PORT } from '../../core/ports.js';
import { UsageError } from '../../core/usage-error.js';
import { type ActivationArgs, withActivationOptions } from '../activation-options.js';
import { cliText } from '../cli-text.js';
import type { ReportArgs } from '../options/report-options.js';
import { probeReportCommand } from '../report-command.js';

interface ActivateProbeArgs extends ActivationArgs, ReportArgs {
  endpoint?: string | undefined;
  'list-products': boolean;
  'dry-run': boolean;
}

/** §7: connect ~5 s, then ~5 s per PDU. */
const DEFAULT_TIMEOUT_MS = 5000;

export const activateProbeCommand = probeReportCommand<ActivateProbeArgs>('activate-probe [endpoint]', cliText('cli.activate-probe.describe'), {
  shared: { timeoutMs: DEFAULT_TIMEOUT_MS },
  builder: (yargs) =>
    withActivationOptions(yargs, 'activate-probe')
      .positional('endpoint', { type: 'string', describe: cliText('cli.activate-probe.positional.endpoint', { port: KMS_PORT }) })
      .option('list-products', { type: 'boolean', default: false, describe: cliText('cli.activate-probe.opt.list-products') })
      .option('dry-run', { type: 'boolean', default: false, describe: cliText('cli.activate-probe.opt.dry-run') })
      .example('$0 activate-probe --list-products', cliText('cli.activate-probe.example.list'))
      .example('$0 activate-probe kms01.contoso.com --product "Windows 11 Enterprise" --dry-run', cliText('cli.activate-probe.example.dry-run'))
      .example('$0 activate-probe kms01.contoso.com --product "Windows Server 2025 Standard"', cliText('cli.activate-probe.example.bind'))
      .example('$0 activate-probe kms01.contoso.com:1688 --product "Office LTSC 2021" --activation-request', cliText('cli.activate-probe.example.send')),
  run: async (args, { output, probing }) => {
    // The product list is a report like any other: one envelope, every format, --out.
    if (args['list-products']) {
      const { runProductsReport } = await import('../../commands/products-report.js');
      return runProductsReport({ output });
    }
    if (args.endpoint === undefined) throw new UsageError(cliText('cli.usage.activate-probe.no-host', { command: 'kmsdoctor activate-probe <host[:port]> --product <name>' }));
    const { host, port } = parseEndpoint(String(args.endpoint), KMS_PORT, NAME_WHAT.endpoint);
    const mode = args['dry-run'] ? 'dry-run' : args['activation-request'] ? 'sent' : 'bind-only';
    const { activationRunOptions, resolveActivationSettings } = await import('../activation-settings.js');
    const settings = resolveActivationSettings(args, mode === 'sent');

    const { runActivationProbeReport } = await import('../../commands/activation-probe-report.js');
    return runActivationProbeReport({
      output,
      probing,
      activation: { host, port, mode, ...activationRunOptions(settings) },
      input: {
        endpoint: `${host}:${port}`,
        product: settings.product.name,
        mode,
        timeoutMs: probing.timeoutMs,
        deadlineMs: probing.deadlineMs,
        ...(settings.protocol !== undefined && { protocol: `v${settings.protocol}` }),
      },
    });
  },
});
