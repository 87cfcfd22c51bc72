import type { Argv, CommandModule } from 'yargs';
import { withActivationOptions } from '../activation-options.js';
import type { RunReadinessArgs } from '../../readiness/run.js';
import { decimalOption, optionalDecimalOption } from '../decimal-option.js';

/** The command's flags are the run's arguments: one declaration, in src/readiness/run.ts. */
type ReadinessArgs = RunReadinessArgs;

export const readinessCommand: CommandModule<object, ReadinessArgs> = {
  command: 'readiness',
  describe: 'Before deployment: will KMS activation work? One pass/warn/fail per check, as text, JSON, Markdown, HTML or JUnit',
  builder: (yargs: Argv) =>
    withActivationOptions(yargs, 'connectivity')
      .option('domain', { type: 'string', array: true, default: [] as string[], describe: 'Domain the clients search for _vlmcs._tcp (repeatable)' })
      .option('client-snapshot', { type: 'string', array: true, default: [] as string[], describe: 'A client\'s snapshot (kmsdoctor collect): its domains are checked and its clock compared (repeatable)' })
      .option('host-snapshot', { type: 'string', array: true, default: [] as string[], describe: 'A KMS host\'s snapshot or slmgr /dlv text (repeatable)' })
      .option('kms-log', { type: 'string', array: true, default: [] as string[], describe: 'A KMS host\'s 12290 export (wevtutil XML, Get-WinEvent JSON or CSV) (repeatable)' })
      .option('expect-host', { type: 'string', array: true, default: [] as string[], describe: 'Intended KMS host FQDN (repeatable): probed directly, expected first in DNS' })
      .option('target-os', { type: 'string', array: true, default: [] as string[], describe: 'Product the hosts must activate, e.g. "Windows 11 Enterprise" (repeatable)' })
      .option('dns-server', { type: 'string', array: true, default: [] as string[], describe: 'DNS server to ask, IP[:port] (repeatable); default: this machine\'s resolvers' })
      .option('timeout', decimalOption('timeout', 'Budget of each probe, in ms', 3000))
      .option('deadline', optionalDecimalOption('deadline', 'The whole run ends by then, in ms (default: 4 × timeout + 1000)'))
      .option('format', { choices: ['human', 'json', 'markdown', 'html', 'junit'] as const, default: 'human' as const, describe: 'Report format (json schema: src/report/readiness.schema.json)' })
      .option('out', { type: 'string', describe: 'Write the report to this file (a regular file is replaced atomically; a device or FIFO is written through) instead of stdout' })
      .option('fail-on', { choices: ['fail', 'warn'] as const, default: 'fail' as const, describe: 'Exit 1 when a check is at least this bad' })
      .example('$0 readiness --domain contoso.com --expect-host kms01.contoso.com --host-snapshot kms01.json --target-os "Windows 11 Enterprise"', 'Is contoso.com ready for a Windows 11 rollout?')
      .example('$0 readiness --domain contoso.com --format html --out readiness.html', 'A page for the change board')
      .example('$0 readiness --domain contoso.com --format junit --out readiness.xml --fail-on warn', 'Gate a pipeline on it') as unknown as Argv<ReadinessArgs>,
  handler: async (args) => {
    const { runReadiness } = await import('../../readiness/run.js');
    process.exitCode = await runReadiness(args);
  },
};
