/**
 * One deadline for the whole run: readiness's second probe pass and the activation request after
 * the probes end by the run's deadline, and a response dripped fragment by fragment ends with one
 * budget, not one per fragment. In-process peers on 127.0.2.1, port 0.
 */
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { probeKmsActivation } from '../../probes/kms-activation.js';
import { connectivityActivation } from '../../src/cli/connectivity-activation.js';
import { runDeadline } from '../../src/core/run-deadline.js';
import { RequestGuard } from '../../src/kms/policy.js';
import { listenTcp } from '../../src/lab/tcp-listener.js';
import { collectReadinessFacts } from '../../src/readiness/collect.js';
import { evaluate } from '../../src/rules/index.js';
import { MINIMAL_BIND_ACK as ACK_60 } from '../fixtures/kms-exchanges.js';
import { buildFacts, host } from '../helpers/facts.js';
import { testKmsRequest } from '../helpers/kms-request.js';
import { runCli } from '../helpers/run-cli.js';

const HOST = '127.0.2.1';

/** A response fragment for call 2 that is never the last: FIRST_FRAG on the first only. */
function fragment(first: boolean): Buffer {
  const pdu = Buffer.alloc(32);
  pdu.set([5, 0, 2, first ? 0x01 : 0x00, 0x10, 0, 0, 0]);
  pdu.writeUInt16LE(pdu.length, 8);
  pdu.writeUInt32LE(2, 12);
  return pdu;
}

const elapsed = (started: number) => Math.round(performance.now() - started);

/** A KMS-looking peer: accepts the bind, then answers the request with a fragment every `everyMs`, forever. */
async function withSlowFragments<T>(everyMs: number, use: (port: number) => Promise<T>): Promise<T> {
  const peer = await listenTcp(HOST, 0, (socket) => {
    let pdus = 0;
    socket.on('data', () => {
      pdus += 1;
      if (pdus === 1) socket.write(ACK_60);
      if (pdus !== 2) return;
      let sent = 0;
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(fragment(sent++ === 0))), everyMs);
      socket.on('close', () => clearInterval(timer));
    });
  });
  try {
    return await use(peer.port);
  } finally {
    await peer.close();
  }
}

const REQUEST = testKmsRequest();

const test = suite('one deadline for the whole run');

test('a response dripped fragment by fragment ends with one response budget: incomplete, not 16 timeouts', async () => {
  await withSlowFragments(200, async (port) => {
    const started = performance.now();
    const result = await probeKmsActivation({ host: HOST, port, timeoutMs: 700, request: REQUEST, send: true, guard: new RequestGuard(), checkAnyInterface: false });
    const took = elapsed(started);
    assert.is(result.status, 'incomplete', result.error?.message);
    assert.match(result.error?.message ?? '', /did not complete within 700 ms: \d+ fragments/);
    // 16 fragments × 200 ms would be 3.2 s; one budget is 0.7 s.
    assert.ok(took < 1500, `${took} ms`);
  });
});

test("connectivity --activation-request: the request after the probes ends by the run's deadline", async () => {
  await withSlowFragments(200, async (port) => {
    const planned = await connectivityActivation(
      {
        'activation-request': true,
        product: 'Windows Server 2019 Standard',
        cmid: '44444444-5555-4666-8777-888888888888',
        workstation: 'kms-probe.test',
        'bind-style': 'ndr32',
        'interface-check': false,
      },
      5000,
    );
    assert.ok(planned);
    const facts = buildFacts({ targets: [host('kms.deadline.test', { source: 'kms-host', port, addresses: [HOST] })] });
    const started = performance.now();
    const section = await planned.hook(facts, runDeadline(600));
    const took = elapsed(started);
    assert.is(section?.probe?.status, 'cancelled');
    assert.ok(took < 1400, `${took} ms: the 5 s budget ran instead of the 0.6 s deadline`);
    const findings = evaluate({ connectivity: facts, activation: section! });
    assert.ok(
      findings.some((f) => f.ruleId === 'run/deadline-reached'),
      findings.map((f) => f.ruleId).join(', '),
    );
  });
});

test('readiness: discovery and the direct probe of an unlisted host share one deadline', async () => {
  const silent: UdpSocket = createSocket('udp4');
  await new Promise<void>((resolve) => silent.bind(0, HOST, resolve));
  try {
    const started = performance.now();
    const { facts } = await collectReadinessFacts({
      domains: ['deadline.test'],
      clientSnapshots: [],
      hostSnapshots: [],
      kmsLogs: [],
      expectHosts: ['kms01.deadline.test'],
      targetOs: [],
      dnsServers: [{ address: HOST, port: silent.address().port }],
      timeoutMs: 10_000,
      deadlineMs: 800,
      deadline: runDeadline(800),
      activation: null,
    });
    const took = elapsed(started);
    assert.ok(took < 1500, `${took} ms: each pass ran its own 0.8 s deadline`);
    assert.ok(facts.findings.some((f) => f.ruleId === 'run/deadline-reached'));
  } finally {
    silent.close();
  }
});

test("activate-probe has an overall bound: --deadline ends a silent peer's bind before --timeout (built CLI)", async () => {
  const server = createServer((socket) => socket.on('error', () => undefined)); // accepts, never answers
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  try {
    const { port } = server.address() as { port: number };
    const run = await runCli([
      'activate-probe',
      `${HOST}:${port}`,
      '--product',
      'Windows Server 2019 Standard',
      '--cmid',
      '44444444-5555-4666-8777-888888888888',
      '--timeout',
      '4000',
      '--deadline',
      '800',
      '--json',
    ]);
    assert.is(run.exitCode, 1, run.stderr);
    const report = JSON.parse(run.stdout) as { activation: { probe: { status: string } }; findings: Array<{ ruleId: string }> };
    assert.is(report.activation.probe.status, 'cancelled');
    assert.ok(report.findings.some((f) => f.ruleId === 'run/deadline-reached'));
    assert.ok(run.durationMs < 3000, `${Math.round(run.durationMs)} ms: the 4 s timeout ran instead of the 0.8 s deadline`);
  } finally {
    server.close();
  }
});

test.run();
