import type { Locale } from '../../catalog/catalogs.js';
import { type Message, msg } from '../../catalog/message.js';
import { render } from '../../catalog/render.js';
import type { Lab } from '../../lab/lab.js';
import type { Report } from '../../report/report.js';
import { outputContext } from '../../reporters/output-context.js';
import { padDisplay } from '../../reporters/table.js';
import { cliText } from '../cli-text.js';
import { EXIT } from '../exit-codes.js';
import type { NetworkReportArgs } from '../options/report-options.js';
import { networkReportCommand } from '../report-command.js';

interface LabArgs extends NetworkReportArgs {
  serve: boolean;
}

/** The faults planted in the lab, each of which the check must diagnose. */
const PLANTED: Array<{ host: string; ruleId: string }> = [
  { host: 'kms02', ruleId: 'tcp/kms-port-closed' },
  { host: 'web01', ruleId: 'rpc/not-kms-endpoint' },
  { host: 'kms-old', ruleId: 'srv/target-unresolvable' },
];

export const labCommand = networkReportCommand<LabArgs>('lab', cliText('cli.lab.describe'), {
  builder: (yargs) =>
    yargs
      .option('serve', { type: 'boolean', default: false, describe: cliText('cli.lab.opt.serve') })
      .example('$0 lab', cliText('cli.lab.example'))
      .epilog(cliText('cli.lab.epilog')),
  run: async (args, { output, probing }) => {
    // Loaded on use, so `--help` and `--version` do not pay for the engine.
    const { runConnectivityReport } = await import('../../commands/connectivity-report.js');
    const { startLab } = await import('../../lab/lab.js');
    const lab = await startLab();
    try {
      const server = `${lab.dns.address}:${lab.dns.port}`;
      if (args.serve) {
        await serve(lab, server, output.locale);
        return { exitCode: EXIT.OK };
      }
      const { report } = await runConnectivityReport({
        command: 'lab',
        probing: { ...probing, dnsServers: [{ address: lab.dns.address, port: lab.dns.port }] },
        // Named on the command line: nothing to read.
        load: async () => ({ targets: { domains: [lab.domain], kmsHosts: [] }, input: { domains: [lab.domain], dnsServers: [server], timeoutMs: probing.timeoutMs } }),
        output,
        preface: describeLab(lab, server, output.locale, outputContext({ color: output.color }).colors.bold),
      });
      const missed = missedFaults(report);
      if (output.format === 'human') {
        const line = missed.length === 0 ? msg('lab.self-check.passed', { planted: PLANTED.length }) : msg('lab.self-check.failed', { missed });
        process.stdout.write(`\n${render(line, output.locale)}\n`);
      }
      return { exitCode: missed.length === 0 ? EXIT.OK : EXIT.FINDINGS };
    } finally {
      if (!args.serve) await lab.close();
    }
  },
});

function describeLab(lab: Lab, server: string, locale: Locale, bold: (text: string) => string): string {
  const lines = [bold(render(msg('lab.heading', { domain: lab.domain, server }), locale))];
  for (const host of lab.hosts) {
    const where = host.address ? `${host.address}:${host.port}` : render(msg('lab.no-address'), locale);
    lines.push(`  ${padDisplay(host.name, 32)} ${padDisplay(where, 20)} ${render(msg(`lab.role.${host.role}`), locale)}`);
  }
  return `${lines.join('\n')}\n\n`;
}

/** Which planted faults the report failed to name, and whether the healthy host came out ready; each a message, said in the run's language. */
export function missedFaults(report: Report): Message[] {
  const missed = PLANTED.filter(({ host, ruleId }) => !report.findings.some((finding) => finding.ruleId === ruleId && finding.target?.startsWith(`${host}.`))).map(
    ({ host, ruleId }) => msg('lab.missed.not-reported', { ruleId, host }),
  );
  const healthy = report.targets.find((target) => target.name.startsWith('kms01.'));
  if (healthy === undefined) missed.push(msg('lab.missed.healthy-absent', { host: 'kms01' }));
  else if (healthy.verdict !== 'ready') missed.push(msg('lab.missed.healthy', { host: 'kms01', verdict: healthy.verdict }));
  return missed;
}

async function serve(lab: Lab, server: string, locale: Locale): Promise<void> {
  process.stdout.write(describeLab(lab, server, locale, (text) => text));
  process.stdout.write(
    `\n${render(msg('lab.serve.try', { command: `kmsdoctor connectivity --domain ${lab.domain} --dns-server ${server}` }), locale)}\n${render(msg('lab.serve.stop'), locale)}\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await lab.close();
}
