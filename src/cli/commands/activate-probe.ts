import { parseEndpoint } from '../../core/names.js';
import { KMS_PORT } from '../../core/ports.js';
import { UsageError } from '../../core/usage-error.js';
import { type ActivationArgs, withActivationOptions } from '../activation-options.js';
import type { ReportArgs } from '../options/report-options.js';
import { probeReportCommand } from '../report-command.js';

interface ActivateProbeArgs extends ActivationArgs, ReportArgs {
  endpoint?: string | undefined;
  'list-products': boolean;
  'dry-run': boolean;
}

/** §7: connect ~5 s, then ~5 s per PDU. */
const DEFAULT_TIMEOUT_MS = 5000;

export const activateProbeCommand = probeReportCommand<ActivateProbeArgs>('activate-probe [endpoint]', 'Send ONE KMS activation request (opt-in, --activation-request) and validate the answer: HRESULT, count vs threshold, intervals, host ePID, HWID', {
  shared: { timeoutMs: DEFAULT_TIMEOUT_MS },
  builder: (yargs) => withActivationOptions(yargs, 'activate-probe')
    .positional('endpoint', { type: 'string', describe: `KMS host, HOST[:PORT], port ${KMS_PORT} by default` })
    .option('list-products', { type: 'boolean', default: false, describe: 'List the products --product accepts, with their ids, protocol version and threshold' })
    .option('dry-run', { type: 'boolean', default: false, describe: 'Build and print the request (hex and decoded fields) without connecting' })
    .example('$0 activate-probe --list-products', 'Which products can be asked for')
    .example('$0 activate-probe kms01.contoso.com --product "Windows 11 Enterprise" --dry-run', 'Show the request without connecting')
    .example('$0 activate-probe kms01.contoso.com --product "Windows Server 2025 Standard"', 'Bind only, and show what would be sent')
    .example('$0 activate-probe kms01.contoso.com:1688 --product "Office LTSC 2021" --activation-request', 'Send the one request and check the answer'),
  run: async (args, { output, probing }) => {
    const { EXIT } = await import('../exit-codes.js');
    const { outputContext } = await import('../../reporters/output-context.js');
    // The product list is a listing, not a report: JSON or a table, to stdout.
    if (args['list-products']) {
      const { PRODUCTS, APPLICATION_IDS } = await import('../../kms/products.js');
      if (output.format === 'json') {
        const list = PRODUCTS.map((p) => ({
          name: p.name, aliases: p.aliases, family: p.family, skuId: p.skuId, kmsCountedId: p.group.kmsCountedId, kmsGroup: p.group.name,
          applicationId: APPLICATION_IDS[p.group.application], protocol: p.group.protocol, minimumCount: p.group.minimumCount, unverifiedIds: p.group.unverified,
        }));
        process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      } else {
        const { renderProductList } = await import('../../reporters/human/activation.js');
        process.stdout.write(renderProductList(PRODUCTS, outputContext({ color: output.color }).colors));
      }
      return { exitCode: EXIT.OK };
    }
    if (args.endpoint === undefined) throw new UsageError('name the KMS host: kmsdoctor activate-probe <host[:port]> --product <name>');
    const { host, port } = parseEndpoint(String(args.endpoint), KMS_PORT, 'endpoint');
    const mode = args['dry-run'] ? 'dry-run' : args['activation-request'] ? 'sent' : 'bind-only';
    const { activationRunOptions, resolveActivationSettings } = await import('../activation-settings.js');
    const settings = resolveActivationSettings(args, mode === 'sent');

    const { runActivationProbeReport } = await import('../../commands/activation-probe-report.js');
    return runActivationProbeReport({
      output,
      probing,
      activation: { host, port, mode, ...activationRunOptions(settings) },
      input: { endpoint: `${host}:${port}`, product: settings.product.name, mode, timeoutMs: probing.timeoutMs, deadlineMs: probing.deadlineMs, ...(settings.protocol !== undefined && { protocol: `v${settings.protocol}` }) },
    });
  },
});
