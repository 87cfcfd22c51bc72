/**
 * Records the CLI output that the PowerShell module's unit tests replay through a mocked
 * Invoke-KmsDoctorCli (test/fixtures/cli-output/). Every fixture is the real CLI's stdout, run
 * against the built-in lab (loopback only) and the samples, so the Pester tests see what the CLI
 * really prints; test/unit/cli-output-fixtures.test.ts validates each one against the report
 * schema (and the catalogs), so a change in the CLI's output fails a Node test even where Pester
 * does not run.
 *
 * Run after changing the CLI's output:  npm run build && node --import tsx test/tools/record-cli-output.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import type { Lab } from '../../src/lab/lab.js';

export const FIXTURE_DIR = join(PACKAGE_ROOT, 'test', 'fixtures', 'cli-output');

/** What the lab gives the argument lists: its DNS server and each host's port. */
interface LabView {
  dns: string;
  port(host: string): number;
}

export interface Fixture {
  file: string;
  /** The CLI arguments, output flag included (file paths relative to the package root). */
  args(lab: LabView): string[];
}

const LAB = 'lab.kms-doctor.test';
const host = (name: string) => `${name}.${LAB}`;

/** Every fixture; the validation test checks that the folder holds exactly these files. */
export const FIXTURES: readonly Fixture[] = [
  { file: 'connectivity-lab.ndjson', args: (lab) => ['connectivity', '--domain', LAB, '--dns-server', lab.dns, '--ndjson'] },
  // The client's own domains are not served by the lab's DNS server: it refuses them (loopback only).
  { file: 'connectivity-snapshot.json', args: (lab) => ['connectivity', '--snapshot', 'samples/snapshots/client-dns-discovery-ok.json', '--dns-server', lab.dns, '--timeout', '1000', '--json'] },
  { file: 'srv-lab.ndjson', args: (lab) => ['srv', LAB, '--dns-server', lab.dns, '--ndjson'] },
  { file: 'srv-nxdomain.ndjson', args: (lab) => ['srv', `none.${LAB}`, '--dns-server', lab.dns, '--ndjson'] },
  { file: 'port-lab.ndjson', args: (lab) => ['port', host('kms02'), host('kms-old'), '--port', '1688', '--port', '135', '--dns-server', lab.dns, '--ndjson'] },
  {
    file: 'rpc-lab.ndjson',
    args: (lab) => ['rpc', ...['kms01', 'kms02', 'kms-old', 'web01'].map((name) => `${host(name)}:${lab.port(name)}`), '--dns-server', lab.dns, '--ndjson'],
  },
  { file: 'analyze-events.ndjson', args: () => ['analyze', 'samples/events/client-wevtutil.xml', '--ndjson'] },
  { file: 'analyze-ja.ndjson', args: () => ['analyze', 'samples/dlv/client-ja.txt', '--ndjson'] },
  { file: 'analyze-ja-ini.ndjson', args: () => ['analyze', 'samples/dlv/client-ja.txt', 'samples/dlv/slmgr-0411.ini', '--ndjson'] },
  { file: 'events-client.json', args: () => ['events', 'samples/events/client-wevtutil.xml', '--json'] },
  { file: 'events-csv.json', args: () => ['events', 'samples/events/client-export.csv', '--json'] },
  { file: 'explain-code.json', args: () => ['explain', '0xC004F074', '--json'] },
  { file: 'explain-finding.json', args: () => ['explain', 'tcp/kms-port-closed', '--json'] },
  { file: 'explain-list.json', args: () => ['explain', '--json'] },
  { file: 'explain-codes.json', args: () => ['explain', '--codes', '--json'] },
];

function labView(lab: Lab): LabView {
  return {
    dns: `${lab.dns.address}:${lab.dns.port}`,
    port: (name) => {
      const found = lab.hosts.find((entry) => entry.name === host(name));
      if (!found) throw new Error(`the lab has no host ${name}`);
      return found.port;
    },
  };
}

async function main(): Promise<void> {
  const { startLab } = await import('../../src/lab/lab.js');
  const { runCli } = await import('../helpers/run-cli.js');
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const lab = await startLab();
  try {
    const view = labView(lab);
    for (const fixture of FIXTURES) {
      const run = await runCli(fixture.args(view));
      // 0 = ok, 1 = findings: both are successful runs the module must read.
      if (run.exitCode !== 0 && run.exitCode !== 1) throw new Error(`${fixture.file}: kmsdoctor exited ${run.exitCode}: ${run.stderr.trim()}`);
      writeFileSync(join(FIXTURE_DIR, fixture.file), run.stdout);
      console.log(`wrote test/fixtures/cli-output/${fixture.file} (exit code ${run.exitCode})`);
    }
  } finally {
    await lab.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
