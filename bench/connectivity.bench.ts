/**
 * Concurrency benchmark: 20 SRV targets in one domain, 5 of them behind a firewall that drops
 * packets, `--timeout 2000`. The whole `connectivity` run should take about one timeout; the
 * baseline probes the same targets one after another, in this script, with the same probes.
 * Needs root (network namespace + nftables), like the integration tests.
 */
import type { Answer } from 'dns-packet';
import { probeAddresses } from '../probes/address-resolution.js';
import { probeRpcBind } from '../probes/rpc-bind.js';
import { probeTcpPort } from '../probes/tcp-port.js';
import { startLabDnsServer } from '../src/lab/dns-server.js';
import { createTestNetwork } from '../test/helpers/netns.js';
import { fmt, timeCommand } from './measure.js';

const DOMAIN = 'bench.kms-doctor.test';
const TIMEOUT_MS = 2000;
const HEALTHY = 15;
const FILTERED = 5;

const net = await createTestNetwork();
try {
  const responder = net.spawnNodeScript('src/lab/rpc-responder-main.ts', ['--host', net.nsAddress, '--port', '1688', '--mode', 'genuine']);
  await responder.waitForLine(/^listening /);
  const hosts = [
    ...Array.from({ length: HEALTHY }, (_, i) => ({ name: `kms${String(i + 1).padStart(2, '0')}.${DOMAIN}`, address: net.nsAddress })),
    ...Array.from({ length: FILTERED }, (_, i) => ({ name: `fw${i + 1}.${DOMAIN}`, address: net.blackholeAddress })),
  ];
  const records: Answer[] = [
    { name: DOMAIN, type: 'SOA', ttl: 300, data: { mname: `ns.${DOMAIN}`, rname: `hostmaster.${DOMAIN}`, serial: 1, refresh: 300, retry: 60, expire: 86400, minimum: 60 } },
    ...hosts.flatMap((host, i): Answer[] => [
      { name: `_vlmcs._tcp.${DOMAIN}`, type: 'SRV', ttl: 300, data: { priority: i % 3, weight: 10, port: 1688, target: host.name } },
      { name: host.name, type: 'A', ttl: 300, data: host.address },
    ]),
  ];
  const dns = await startLabDnsServer([{ origin: DOMAIN, records }]);
  const server = { address: dns.address, port: dns.port };

  // Baseline: the same probes, strictly one after another.
  const sequentialStart = process.hrtime.bigint();
  for (const host of hosts) {
    const resolution = await probeAddresses({ name: host.name, server, timeoutMs: TIMEOUT_MS });
    for (const { address } of resolution.data?.addresses ?? []) {
      const activation = await probeTcpPort({ host: host.name, address, port: 1688, role: 'activation', timeoutMs: TIMEOUT_MS });
      await probeTcpPort({ host: host.name, address, port: 135, role: 'management', timeoutMs: TIMEOUT_MS });
      if (activation.ok) await probeRpcBind({ host: host.name, address, port: 1688, timeoutMs: TIMEOUT_MS });
    }
  }
  const sequentialMs = Number(process.hrtime.bigint() - sequentialStart) / 1e6;

  const cli = await timeCommand(process.execPath, [
    'dist/src/cli/main.js',
    'connectivity',
    '--domain',
    DOMAIN,
    '--dns-server',
    `${dns.address}:${dns.port}`,
    '--timeout',
    String(TIMEOUT_MS),
    '--json',
  ]);
  const report = JSON.parse(cli.stdout) as { targets: Array<{ verdict: string }>; summary: { probes: number } };
  const verdicts: Record<string, number> = {};
  for (const target of report.targets) verdicts[target.verdict] = (verdicts[target.verdict] ?? 0) + 1;

  console.log(`connectivity: ${hosts.length} SRV targets (${FILTERED} filtered), --timeout ${TIMEOUT_MS}`);
  console.log(`  kmsdoctor connectivity (CLI, whole process) ${fmt(cli.ms)}   exit ${cli.exitCode}, ${report.summary.probes} probes, verdicts ${JSON.stringify(verdicts)}`);
  console.log(`  same probes one after another (baseline)    ${fmt(sequentialMs)}`);
  console.log(`  ratio baseline / concurrent                 ${(sequentialMs / cli.ms).toFixed(1)}×   target: CLI under 3000 ms → ${cli.ms < 3000 ? 'met' : 'NOT met'}`);
  await dns.close();
  await responder.stop();
} finally {
  await net.destroy();
}
