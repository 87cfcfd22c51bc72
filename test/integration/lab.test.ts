/**
 * The built-in lab, in-process: the connectivity check run against it diagnoses every planted
 * fault (missedFaults from the lab command is empty), and closing the lab leaves no socket,
 * server or timer behind. Loopback only.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { render } from '../../src/catalog/render.js';
import { missedFaults } from '../../src/cli/commands/lab.js';
import { checkConnectivity } from '../../src/engine/connectivity.js';
import { LAB_DOMAIN, type Lab, startLab } from '../../src/lab/lab.js';
import { buildReport } from '../../src/report/report.js';
import { evaluate } from '../../src/rules/index.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';

/** Handles that would keep the process alive: sockets, servers, ref'd timers. */
function liveHandles(): string[] {
  return process
    .getActiveResourcesInfo()
    .filter((name) => /^(TCP|UDP|Pipe|Timeout)/.test(name))
    .sort();
}

/** Closed handles leave the list a few loop turns later. */
async function settledHandles(): Promise<string[]> {
  for (let turn = 0; turn < 50; turn += 1) await new Promise((resolve) => setImmediate(resolve));
  return liveHandles();
}

async function checkLab(lab: Lab) {
  const facts = await checkConnectivity({
    domains: [lab.domain],
    kmsHosts: [],
    dnsServers: [{ address: lab.dns.address, port: lab.dns.port }],
    timeoutMs: 2000,
    deadlineMs: 10_000,
    concurrency: 64,
  });
  const findings = evaluate({ connectivity: facts });
  return buildReport({ command: 'lab', startedAt: new Date().toISOString(), durationMs: 1, input: { domains: [lab.domain] }, facts, findings, failOn: 'error' });
}

const test = suite('built-in lab (in-process)');

test('every planted fault is diagnosed, kms01 is ready, and the lab closes without leaking handles', async () => {
  const baseline = await settledHandles();
  const lab = await startLab();
  let closed = false;
  try {
    assert.is(lab.domain, LAB_DOMAIN);
    assert.ok(lab.dns.address.startsWith('127.'), 'the lab DNS server is on loopback');
    for (const host of lab.hosts) if (host.address) assert.match(host.address, /^127\./, `${host.name} is on loopback`);

    const report = await checkLab(lab);
    assert.equal(missedFaults(report), []);
    assert.equal(reportSchemaErrors(JSON.parse(JSON.stringify(report))), []);
    assert.equal(report.targets.map((t) => [t.name.split('.')[0], t.verdict]).sort(), [
      ['kms-old', 'unresolved'],
      ['kms01', 'ready'],
      ['kms02', 'port-closed'],
      ['web01', 'not-kms'],
    ]);
    assert.ok(liveHandles().length > baseline.length, 'the running lab holds sockets (the check below means something)');
  } finally {
    await lab.close();
    closed = true;
  }
  assert.ok(closed);
  assert.equal(await settledHandles(), baseline, 'no socket, server or timer left after lab.close()');
});

test('missedFaults notices a fault that was not reported (it is not vacuous)', async () => {
  const lab = await startLab();
  try {
    const report = await checkLab(lab);
    const withoutClosed = { ...report, findings: report.findings.filter((f) => f.ruleId !== 'tcp/kms-port-closed') };
    assert.equal(
      missedFaults(withoutClosed).map((message) => render(message)),
      ['tcp/kms-port-closed not reported for kms02'],
    );
    assert.equal(
      missedFaults(withoutClosed).map((message) => render(message, 'ja')),
      ['kms02 について tcp/kms-port-closed が報告されていません'],
    );
    const healthyBroken = { ...report, targets: report.targets.map((t) => (t.name.startsWith('kms01.') ? { ...t, verdict: 'port-filtered' as const } : t)) };
    assert.equal(
      missedFaults(healthyBroken).map((message) => render(message)),
      ['kms01 is port-filtered, expected ready'],
    );
  } finally {
    await lab.close();
  }
});

test('two labs can run side by side and each closes on its own', async () => {
  const baseline = await settledHandles();
  const [one, two] = await Promise.all([startLab(), startLab()]);
  try {
    assert.is.not(`${one.dns.address}:${one.dns.port}`, `${two.dns.address}:${two.dns.port}`);
    const [r1, r2] = await Promise.all([checkLab(one), checkLab(two)]);
    assert.equal(missedFaults(r1), []);
    assert.equal(missedFaults(r2), []);
  } finally {
    await Promise.all([one.close(), two.close()]);
  }
  assert.equal(await settledHandles(), baseline);
});

test.run();
