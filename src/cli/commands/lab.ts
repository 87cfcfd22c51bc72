import type { Lab } from '../../lab/lab.js';
import type { Report } from '../../report/report.js';
import { outputContext } from '../../reporters/output-context.js';
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

export const labCommand = networkReportCommand<LabArgs>('lab', 'Start the built-in KMS lab on loopback and run the connectivity check against it', {
  builder: (yargs) => yargs
    .option('serve', { type: 'boolean', default: false, describe: 'Keep the lab running (Ctrl+C to stop) and print how to point other commands at it' })
    .example('$0 lab', 'See what a diagnosis looks like, with no KMS network around')
    .epilog('Exit code: 0 when every planted fault was diagnosed and the healthy host passed, 1 otherwise, 2 when the lab could not start.'),
  run: async (args, { output, probing }) => {
    // Loaded on use, so `--help` and `--version` do not pay for the engine.
    const { runConnectivityReport } = await import('../../commands/connectivity-report.js');
    const { startLab } = await import('../../lab/lab.js');
    const lab = await startLab();
    try {
      const server = `${lab.dns.address}:${lab.dns.port}`;
      if (args.serve) {
        await serve(lab, server);
        return { exitCode: EXIT.OK };
      }
      const { report } = await runConnectivityReport({
        command: 'lab',
        probing: { ...probing, dnsServers: [{ address: lab.dns.address, port: lab.dns.port }] },
        // Named on the command line: nothing to read.
        load: async () => ({ targets: { domains: [lab.domain], kmsHosts: [] }, input: { domains: [lab.domain], dnsServers: [server], timeoutMs: probing.timeoutMs } }),
        output,
        preface: describeLab(lab, server, outputContext({ color: output.color }).colors.bold),
      });
      const missed = missedFaults(report);
      if (output.format === 'human') {
        process.stdout.write(missed.length === 0 ? `\nLab self-check: all ${PLANTED.length} planted faults were diagnosed and kms01 is ready.\n` : `\nLab self-check FAILED: ${missed.join('; ')}\n`);
      }
      return { exitCode: missed.length === 0 ? EXIT.OK : EXIT.FINDINGS };
    } finally {
      if (!args.serve) await lab.close();
    }
  },
});

function describeLab(lab: Lab, server: string, bold: (text: string) => string): string {
  const lines = [bold(`Built-in lab: ${lab.domain}, DNS server ${server} (loopback only)`)];
  for (const host of lab.hosts) lines.push(`  ${host.name.padEnd(32)} ${(host.address ? `${host.address}:${host.port}` : 'no address').padEnd(20)} ${host.role}`);
  return `${lines.join('\n')}\n\n`;
}

/** Which planted faults the report failed to name, and whether the healthy host came out ready. */
export function missedFaults(report: Report): string[] {
  const missed = PLANTED.filter(({ host, ruleId }) => !report.findings.some((finding) => finding.ruleId === ruleId && finding.target?.startsWith(`${host}.`))).map(({ host, ruleId }) => `${ruleId} not reported for ${host}`);
  const healthy = report.targets.find((target) => target.name.startsWith('kms01.'));
  if (healthy?.verdict !== 'ready') missed.push(`kms01 is ${healthy?.verdict ?? 'missing'}, expected ready`);
  return missed;
}

async function serve(lab: Lab, server: string): Promise<void> {
  process.stdout.write(describeLab(lab, server, (text) => text));
  process.stdout.write(`\nTry: kmsdoctor connectivity --domain ${lab.domain} --dns-server ${server}\nPress Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await lab.close();
}
