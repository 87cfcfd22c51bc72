import { parseDomainName, parseKmsDomain } from '../../core/names.js';
import { UsageError } from '../../core/usage-error.js';
import { type ActivationArgs, withActivationOptions } from '../activation-options.js';
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

export const readinessCommand = networkReportCommand<ReadinessArgs>('readiness', 'Before deployment: will KMS activation work? One pass/warn/fail per check, as text, JSON, Markdown, HTML or JUnit', {
  builder: (yargs) => withActivationOptions(yargs, 'connectivity')
    .option('domain', { type: 'string', array: true, default: [] as string[], describe: 'Domain the clients search for _vlmcs._tcp (repeatable)' })
    .option('client-snapshot', { type: 'string', array: true, default: [] as string[], describe: 'A client\'s snapshot (kmsdoctor collect): its domains are checked and its clock compared (repeatable)' })
    .option('host-snapshot', { type: 'string', array: true, default: [] as string[], describe: 'A KMS host\'s snapshot or slmgr /dlv text (repeatable)' })
    .option('kms-log', { type: 'string', array: true, default: [] as string[], describe: 'A KMS host\'s 12290 export (wevtutil XML, Get-WinEvent JSON or CSV) (repeatable)' })
    .option('expect-host', { type: 'string', array: true, default: [] as string[], describe: 'Intended KMS host FQDN (repeatable): probed directly, expected first in DNS' })
    .option('target-os', { type: 'string', array: true, default: [] as string[], describe: 'Product the hosts must activate, e.g. "Windows 11 Enterprise" (repeatable)' })
    .example('$0 readiness --domain contoso.com --expect-host kms01.contoso.com --host-snapshot kms01.json --target-os "Windows 11 Enterprise"', 'Is contoso.com ready for a Windows 11 rollout?')
    .example('$0 readiness --domain contoso.com --format html --out readiness.html', 'A page for the change board')
    .example('$0 readiness --domain contoso.com --format junit --out readiness.xml --fail-on warning', 'Gate a pipeline on it, warnings included'),
  run: async (args, { output, probing }) => {
    const strings = (list: unknown[]) => list.map(String);
    const domains = strings(args.domain).map((d) => parseKmsDomain(d, '--domain'));
    const expectHosts = strings(args['expect-host']).map((h) => parseDomainName(h, '--expect-host').toLowerCase());
    const { resolveTarget } = await import('../../host/key-coverage.js');
    const targetOs = strings(args['target-os']).map((t) => {
      const resolved = resolveTarget(t);
      if (!resolved.ok) throw new UsageError(`--target-os: ${resolved.reason}`);
      return resolved.name;
    });
    const clientSnapshots = strings(args['client-snapshot']);
    if (domains.length === 0 && clientSnapshots.length === 0) throw new UsageError('name the client domain(s) with --domain, or give --client-snapshot');
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
