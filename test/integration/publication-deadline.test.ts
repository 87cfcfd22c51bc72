/**
 * `publication` against DNS servers that never answer (an in-process silent UDP socket on
 * 127.0.2.1): the check ends by its one deadline, not after a timeout per query, and a domain
 * where nobody answered cannot pass; its lookups go to every server at once through one runner.
 */
import { createSocket } from 'node:dgram';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { publicationFindings } from '../../src/commands/publication-findings.js';
import { runDeadline } from '../../src/core/run-deadline.js';
import { ProbeRunner } from '../../src/engine/probe-runner.js';
import { checkPublication } from '../../src/publication/check.js';

const test = suite('publication: silent servers and one deadline');

test('silent authoritative server and resolver: ends by the deadline, and the unverified domain is an error', async () => {
  const silent = createSocket('udp4');
  await new Promise<void>((resolve) => silent.bind(0, '127.0.2.1', resolve));
  try {
    const server = { address: '127.0.2.1', port: silent.address().port };
    const started = performance.now();
    const facts = await checkPublication({
      hosts: [{ host: 'kms01.contoso.test', port: 1688, source: 'given', dnsPublishing: null }],
      domains: [{ domain: 'contoso.test', priority: 0, weight: 0, source: 'given' }],
      allowList: ['kms01.contoso.test'],
      resolvers: [server],
      resolverSource: 'given',
      authoritative: [],
      publishing: [],
      timeoutMs: 5000,
      deadline: runDeadline(700),
      notes: [],
    });
    const took = Math.round(performance.now() - started);
    // SOA, NS and SRV one after another would take 3 × 5 s without the shared deadline.
    assert.ok(took < 1500, `${took} ms`);
    const findings = publicationFindings(facts);
    const unanswered = findings.filter((f) => f.ruleId === 'publication/server-unanswered');
    assert.ok(unanswered.length > 0, findings.map((f) => f.ruleId).join(', '));
    assert.ok(
      unanswered.every((f) => f.severity === 'error'),
      'nothing verified: not a warning that lets the check pass',
    );
    assert.match(unanswered[0]!.message, /not verified/);
  } finally {
    silent.close();
  }
});

test("the SOA questions go to every server at once, through the run's probe runner, within its bound", async () => {
  const sockets = await Promise.all(
    [1, 2, 3].map(async () => {
      const socket = createSocket('udp4');
      await new Promise<void>((resolve) => socket.bind(0, '127.0.2.1', resolve));
      return socket;
    }),
  );
  const asked: number[] = [];
  for (const [i, socket] of sockets.entries()) socket.on('message', () => asked.push(i));
  try {
    const servers = sockets.map((socket) => ({ address: '127.0.2.1', port: socket.address().port }));
    const announced: string[] = [];
    const runner = new ProbeRunner({ concurrency: 8, deadlineMs: 5000, onResult: (result) => announced.push(result.id) });
    const started = performance.now();
    await checkPublication({
      hosts: [{ host: 'kms01.contoso.test', port: 1688, source: 'given', dnsPublishing: null }],
      domains: [{ domain: 'contoso.test', priority: 0, weight: 0, source: 'given' }],
      allowList: ['kms01.contoso.test'],
      resolvers: servers,
      resolverSource: 'given',
      authoritative: [],
      publishing: [],
      timeoutMs: 400,
      runner,
      notes: [],
    });
    const took = Math.round(performance.now() - started);
    // One after another: 3 × 400 ms for the SOA, 3 × 400 ms for the NS, then the SRV round.
    assert.ok(took < 2000, `${took} ms`);
    assert.equal([...new Set(asked)].sort(), [0, 1, 2], 'every server was asked');
    // The SRV probes are the report's; the SOA and NS lookups serve them and are not announced.
    assert.equal(announced.filter((id) => id.startsWith('srv:')).length, 3);
    assert.ok(
      announced.every((id) => !id.startsWith('soa:') && !id.startsWith('ns:')),
      announced.join(', '),
    );
  } finally {
    for (const socket of sockets) socket.close();
  }
});

test.run();
