import { inputError, sayInLanguage } from '../../catalog/input-error.js';
import { parseDomainName, parseKmsDomain } from '../../core/names.js';
import { UsageError } from '../../core/usage-error.js';
import { type ActivationArgs, withActivationOptions } from '../activation-options.js';
import { cliLocale, cliText } from '../cli-text.js';
import type { NetworkReportArgs } from '../options/report-options.js';
import { networkReportCommand } from '../report-command.js';

interface ReadinessArgs extends ActivationArgs, NetworkReportArgs {
  domain: string[];
  'client-snapshot': string[];
  'host-snapshot': string[];
  'kms-log': string[];
  'expect-host': string[];
  'target-os': string[];
}

export const readinessCommand = networkReportCommand<ReadinessArgs>('readiness', cliText('cli.readiness.describe'), {
  builder: (yargs) =>
    withActivationOptions(yargs, 'connectivity')
      .option('domain', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.readiness.opt.domain') })
      .option('client-snapshot', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.readiness.opt.client-snapshot') })
      .option('host-snapshot', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.readiness.opt.host-snapshot') })
      .option('kms-log', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.opt.kms-log') })
      .option('expect-host', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.readiness.opt.expect-host') })
      .option('target-os', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.readiness.opt.target-os') })
      .example(
        '$0 readiness --domain contoso.com --expect-host kms01.contoso.com --host-snapshot kms01.json --target-os "Windows 11 Enterprise"',
        cliText('cli.readiness.example.rollout'),
      )
      .example('$0 readiness --domain contoso.com --format html --out readiness.html', cliText('cli.readiness.example.html'))
      .example('$0 readiness --domain contoso.com --format junit --out readiness.xml --fail-on warning', cliText('cli.readiness.example.junit')),
  run: async (args, { output, probing }) => {
    const strings = (list: unknown[]) => list.map(String);
    const domains = strings(args.domain).map((d) => parseKmsDomain(d, '--domain'));
    const expectHosts = strings(args['expect-host']).map((h) => parseDomainName(h, '--expect-host').toLowerCase());
    const { resolveTarget } = await import('../../host/key-coverage.js');
    const targetOs = strings(args['target-os']).map((t) => {
      const resolved = resolveTarget(t);
      if (!resolved.ok)
        throw sayInLanguage(
          inputError('input-error.unknown-product', { option: '--target-os', product: t, hasSuggestions: resolved.suggestions.length > 0, suggestions: resolved.suggestions }),
          cliLocale(),
        );
      return resolved.name;
    });
    const clientSnapshots = strings(args['client-snapshot']);
    if (domains.length === 0 && clientSnapshots.length === 0) throw new UsageError(cliText('cli.usage.readiness.no-domain'));
    const { connectivityActivation } = await import('../connectivity-activation.js');
    const activation = await connectivityActivation(args, probing.timeoutMs);
    const { runReadinessReport } = await import('../../commands/readiness-report.js');
    return runReadinessReport({
      output,
      probing,
      domains,
      clientSnapshots,
      hostSnapshots: strings(args['host-snapshot']),
      kmsLogs: strings(args['kms-log']),
      expectHosts,
      targetOs,
      activation,
      given: {
        domains,
        clientSnapshots,
        hostSnapshots: args['host-snapshot'],
        kmsLogs: args['kms-log'],
        expectHosts,
        targetOs,
        dnsServers: args['dns-server'],
        timeoutMs: probing.timeoutMs,
        ...(activation ? { activationRequest: activation.input } : {}),
      },
    });
  },
});
