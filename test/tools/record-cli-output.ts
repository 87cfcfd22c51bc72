/**
 * Records the CLI output that the PowerShell module's unit tests replay through a mocked
 * Invoke-KmsDoctorCli (test/fixtures/cli-output/). Every fixture is the real CLI's stdout, run
 * against the built-in lab (loopback only), the in-process test KMS responder
 * (test/helpers/kms-responder.ts, for activate-probe) and the samples, so the Pester tests see what the CLI
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
import type { KmsResponder } from '../helpers/kms-responder.js';

export const FIXTURE_DIR = join(PACKAGE_ROOT, 'test', 'fixtures', 'cli-output');

/** What the lab gives the argument lists: its DNS server, each host's port, and the test KMS responder. */
interface LabView {
  dns: string;
  port(host: string): number;
  /** HOST:PORT of the test KMS responder (answers activation requests; loopback only). */
  kms: string;
  /** A loopback UDP port nothing listens on: a DNS server that cannot be asked. */
  closedDns: string;
}

export interface Fixture {
  file: string;
  /** The CLI arguments, output flag included (file paths relative to the package root). */
  args(lab: LabView): string[];
}

const LAB = 'lab.kms-doctor.test';
const host = (name: string) => `${name}.${LAB}`;

/**
 * activate-probe runs use a fixed CMID and workstation name, so the fixtures never hold this
 * machine's CMID or host name and no CMID file is created; the CMID is a made-up one.
 */
const ACTIVATE = (kms: string, ...mode: string[]) => [
  'activate-probe',
  kms,
  '--product',
  'Windows 11 Enterprise',
  ...mode,
  '--cmid',
  '3f5b2d8e-6c1a-4e7b-9d20-8a4c1e6f0b37',
  '--workstation',
  'kms-probe.test',
  '--timeout',
  '3000',
  '--json',
];

/** Every fixture; the validation test checks that the folder holds exactly these files. */
export const FIXTURES: readonly Fixture[] = [
  { file: 'connectivity-lab.ndjson', args: (lab) => ['connectivity', '--domain', LAB, '--dns-server', lab.dns, '--ndjson'] },
  // The client's own domains are not served by the lab's DNS server: it refuses them (loopback only).
  {
    file: 'connectivity-snapshot.json',
    args: (lab) => ['connectivity', '--snapshot', 'samples/snapshots/client-dns-discovery-ok.json', '--dns-server', lab.dns, '--timeout', '1000', '--json'],
  },
  { file: 'publication-lab.json', args: (lab) => ['publication', '--host', host('kms01'), '--domain', LAB, '--authoritative', lab.dns, '--timeout', '2000', '--json'] },
  { file: 'srv-lab.ndjson', args: (lab) => ['srv', LAB, '--dns-server', lab.dns, '--ndjson'] },
  { file: 'srv-nxdomain.ndjson', args: (lab) => ['srv', `none.${LAB}`, '--dns-server', lab.dns, '--ndjson'] },
  // The lab's server answers, the closed one cannot be asked: not the same as "no record".
  { file: 'srv-unreachable.ndjson', args: (lab) => ['srv', LAB, `none.${LAB}`, '--dns-server', lab.closedDns, '--dns-server', lab.dns, '--timeout', '1000', '--ndjson'] },
  { file: 'srv-no-server.ndjson', args: (lab) => ['srv', LAB, '--dns-server', lab.closedDns, '--timeout', '1000', '--ndjson'] },
  { file: 'port-lab.ndjson', args: (lab) => ['port', host('kms02'), host('kms-old'), '--port', '1688', '--port', '135', '--dns-server', lab.dns, '--ndjson'] },
  {
    file: 'rpc-lab.ndjson',
    args: (lab) => ['rpc', ...['kms01', 'kms02', 'kms-old', 'web01'].map((name) => `${host(name)}:${lab.port(name)}`), '--dns-server', lab.dns, '--ndjson'],
  },
  { file: 'analyze-events.ndjson', args: () => ['analyze', 'samples/events/client-wevtutil.xml', '--ndjson'] },
  { file: 'analyze-ja.ndjson', args: () => ['analyze', 'samples/dlv/client-ja.txt', '--ndjson'] },
  { file: 'analyze-ja-ini.ndjson', args: () => ['analyze', 'samples/dlv/client-ja.txt', 'samples/dlv/slmgr-0411.ini', '--ndjson'] },
  { file: 'events-client.json', args: () => ['events', 'samples/events/client-wevtutil.xml', '--json'] },
  { file: 'events-host.json', args: () => ['events', 'samples/events/host-12290-wevtutil.xml', '--json'] },
  { file: 'events-csv.json', args: () => ['events', 'samples/events/client-export.csv', '--json'] },
  { file: 'explain-code.json', args: () => ['explain', '0xC004F074', '--json'] },
  { file: 'explain-finding.json', args: () => ['explain', 'tcp/kms-port-closed', '--json'] },
  { file: 'explain-list.json', args: () => ['explain', '--json'] },
  { file: 'explain-codes.json', args: () => ['explain', '--codes', '--json'] },
  { file: 'activate-probe-dry-run.json', args: (lab) => ACTIVATE(lab.kms, '--dry-run') },
  { file: 'activate-probe-bind-only.json', args: (lab) => ACTIVATE(lab.kms) },
  // The one real activation request, answered by the test responder (count 1 of 25: a finding).
  { file: 'activate-probe-sent.json', args: (lab) => ACTIVATE(lab.kms, '--activation-request') },
  { file: 'activate-probe-products.json', args: () => ['activate-probe', '--list-products', '--json'] },
];

function labView(lab: Lab, kms: KmsResponder, closedDnsPort: number): LabView {
  return {
    dns: `${lab.dns.address}:${lab.dns.port}`,
    closedDns: `127.0.0.1:${closedDnsPort}`,
    kms: `${kms.host}:${kms.port}`,
    port: (name) => {
      const found = lab.hosts.find((entry) => entry.name === host(name));
      if (!found) throw new Error(`the lab has no host ${name}`);
      return found.port;
    },
  };
}

/** A loopback UDP port that was free a moment ago (bound, then closed), so nothing answers on it. */
async function closedUdpPort(): Promise<number> {
  const { createSocket } = await import('node:dgram');
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

async function main(): Promise<void> {
  const { startLab } = await import('../../src/lab/lab.js');
  const { startKmsResponder } = await import('../helpers/kms-responder.js');
  const { runCli } = await import('../helpers/run-cli.js');
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const lab = await startLab();
  const kms = await startKmsResponder({ host: '127.0.0.1' });
  try {
    const view = labView(lab, kms, await closedUdpPort());
    for (const fixture of FIXTURES) {
      const run = await runCli(fixture.args(view));
      // 0 = ok, 1 = findings: both are successful runs the module must read.
      if (run.exitCode !== 0 && run.exitCode !== 1) throw new Error(`${fixture.file}: kmsdoctor exited ${run.exitCode}: ${run.stderr.trim()}`);
      writeFileSync(join(FIXTURE_DIR, fixture.file), run.stdout);
      console.log(`wrote test/fixtures/cli-output/${fixture.file} (exit code ${run.exitCode})`);
    }
  } finally {
    await Promise.all([lab.close(), kms.close()]);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
