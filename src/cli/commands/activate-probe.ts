import type { Argv, CommandModule } from 'yargs';
import { parseEndpoint } from '../../core/names.js';
import { KMS_PORT } from '../../core/ports.js';
import { UsageError } from '../../core/usage-error.js';
import type { Severity } from '../../rules/types.js';
import { withActivationOptions, type ActivationArgs } from '../activation-options.js';
import { decimalOption, optionalDecimalOption } from '../decimal-option.js';

interface ActivateProbeArgs extends ActivationArgs {
  endpoint?: string | undefined;
  'list-products': boolean;
  'dry-run': boolean;
  timeout: number;
  deadline?: number | undefined;
  json: boolean;
  'fail-on': Severity;
  color?: boolean | undefined;
}

/** §7: connect ~5 s, then ~5 s per PDU. */
const DEFAULT_TIMEOUT_MS = 5000;

export const activateProbeCommand: CommandModule<object, ActivateProbeArgs> = {
  command: 'activate-probe [endpoint]',
  describe: 'Send ONE KMS activation request (opt-in, --activation-request) and validate the answer: HRESULT, count vs threshold, intervals, host ePID, HWID',
  builder: (yargs: Argv) =>
    withActivationOptions(yargs, 'activate-probe')
      .positional('endpoint', { type: 'string', describe: `KMS host, HOST[:PORT], port ${KMS_PORT} by default` })
      .option('list-products', { type: 'boolean', default: false, describe: 'List the products --product accepts, with their ids, protocol version and threshold' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Build and print the request (hex and decoded fields) without connecting' })
      .option('timeout', decimalOption('timeout', 'Budget of the connect and of each reply, in ms', DEFAULT_TIMEOUT_MS))
      .option('deadline', optionalDecimalOption('deadline', 'The whole probe ends by then, both connections included, in ms (default: 4 × timeout + 1000)'))
      .option('json', { type: 'boolean', default: false, describe: 'Print one JSON report (schema: src/report/activation-probe.schema.json)' })
      .option('fail-on', { choices: ['error', 'warning', 'info'] as const, default: 'error' as Severity, describe: 'Exit 1 when a finding is at least this severe' })
      .option('color', { type: 'boolean', describe: 'Force colour on (--color) or off (--no-color)' })
      .example('$0 activate-probe --list-products', 'Which products can be asked for')
      .example('$0 activate-probe kms01.contoso.com --product "Windows 11 Enterprise" --dry-run', 'Show the request without connecting')
      .example('$0 activate-probe kms01.contoso.com --product "Windows Server 2025 Standard"', 'Bind only, and show what would be sent')
      .example('$0 activate-probe kms01.contoso.com:1688 --product "Office LTSC 2021" --activation-request', 'Send the one request and check the answer') as unknown as Argv<ActivateProbeArgs>,
  handler: async (args) => {
    const { EXIT } = await import('../exit-codes.js');
    const { outputContext } = await import('../output/context.js');
    if (args['list-products']) {
      const { PRODUCTS, APPLICATION_IDS } = await import('../../kms/products.js');
      if (args.json) {
        const list = PRODUCTS.map((p) => ({
          name: p.name, aliases: p.aliases, family: p.family, skuId: p.skuId, kmsCountedId: p.group.kmsCountedId, kmsGroup: p.group.name,
          applicationId: APPLICATION_IDS[p.group.application], protocol: p.group.protocol, minimumCount: p.group.minimumCount, unverifiedIds: p.group.unverified,
        }));
        process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      } else {
        const { renderProductList } = await import('../output/activation.js');
        process.stdout.write(renderProductList(PRODUCTS, outputContext({ color: args.color }).colors));
      }
      process.exitCode = EXIT.OK;
      return;
    }
    if (args.endpoint === undefined) throw new UsageError('name the KMS host: kmsdoctor activate-probe <host[:port]> --product <name>');
    const { host, port } = parseEndpoint(String(args.endpoint), KMS_PORT, 'endpoint');
    if (!Number.isInteger(args.timeout) || args.timeout < 1 || args.timeout > 600_000) throw new UsageError(`--timeout "${String(args.timeout)}" must be a whole number from 1 to 600000`);
    if (args.deadline !== undefined && (!Number.isInteger(args.deadline) || args.deadline < 1 || args.deadline > 3_600_000)) throw new UsageError(`--deadline "${String(args.deadline)}" must be a whole number from 1 to 3600000`);
    const deadlineMs = args.deadline ?? args.timeout * 4 + 1000;
    const mode = args['dry-run'] ? 'dry-run' : args['activation-request'] ? 'sent' : 'bind-only';
    const { resolveActivationSettings, RUN_GUARD } = await import('../activation-settings.js');
    const settings = resolveActivationSettings(args, mode === 'sent');

    const { startTimer } = await import('../../core/timing.js');
    const { runActivation } = await import('../../kms/activation.js');
    const { evaluate } = await import('../../rules/index.js');
    const { buildActivationReport } = await import('../../report/activation-report.js');
    const { renderActivation } = await import('../output/activation.js');
    const { findingBlock } = await import('../output/human.js');
    const { runDeadline } = await import('../../core/run-deadline.js');
    const timer = startTimer();
    const { section } = await runActivation({
      host,
      port,
      product: settings.product,
      ...(settings.protocol !== undefined && { protocol: settings.protocol }),
      ...(settings.skuId !== undefined && { skuId: settings.skuId }),
      cmid: settings.cmid,
      workstation: settings.workstation,
      mode,
      bindStyle: settings.bindStyle,
      timeoutMs: args.timeout,
      signal: runDeadline(deadlineMs),
      guard: RUN_GUARD,
      checkAnyInterface: settings.checkAnyInterface,
    });
    const findings = evaluate({ activation: section });
    const report = buildActivationReport({
      startedAt: timer.startedAt,
      durationMs: timer.elapsedMs(),
      input: { endpoint: `${host}:${port}`, product: settings.product.name, mode, timeoutMs: args.timeout, deadlineMs, ...(settings.protocol !== undefined && { protocol: `v${settings.protocol}` }) },
      activation: section,
      findings,
      failOn: args['fail-on'],
    });
    let text: string;
    if (args.json) {
      const { jsonText } = await import('../../report/display-text.js');
      text = `${jsonText(report, 2)}\n`;
    } else {
      const c = outputContext({ color: args.color }).colors;
      const lines = renderActivation(section, c);
      if (findings.length > 0) {
        lines.push(c.bold('Findings'));
        findings.forEach((finding, i) => lines.push(...findingBlock(finding, i + 1, c), ''));
      } else if (mode === 'sent') {
        lines.push(c.green('✔ No findings.'), '');
      }
      const { errors, warnings, infos } = report.summary;
      lines.push(`${report.summary.verdict === 'pass' ? c.green('PASS') : c.red('FAIL')}  ${errors} error(s), ${warnings} warning(s), ${infos} info — ${mode === 'sent' ? (section.requestSent ? '1 activation request sent' : 'no request sent') : 'no activation request sent'}`);
      text = `${lines.join('\n')}\n`;
    }
    await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
    process.exitCode = report.summary.verdict === 'fail' ? EXIT.FINDINGS : EXIT.OK;
  },
};
