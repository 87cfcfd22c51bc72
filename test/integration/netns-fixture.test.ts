/**
 * Proves the network-namespace fixture gives real port states, seen from the root namespace
 * with plain node:net: open, closed (RST), filtered (drop), firewall RST, unreachable (ICMP),
 * blackhole, and that destroy() leaves nothing behind.
 */
import { execFileSync } from 'node:child_process';
import { connect } from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startBefore } from '../helpers/before-fixture.js';
import { createTestNetwork, NS_LISTENER, type TestNetwork } from '../helpers/netns.js';
import { BANNER } from '../helpers/ns-listener.js';

/** How a TCP connect ended, with the first data received if it connected. */
type Outcome = { state: 'open'; data: string; ms: number } | { state: 'error'; code: string; ms: number } | { state: 'timeout'; ms: number };

/** One connect attempt with our own timer, as the probes do; never waits longer than timeoutMs. */
function tryConnect(host: string, port: number, timeoutMs: number): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const finish = (outcome: Outcome): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ state: 'timeout', ms: Date.now() - started }), timeoutMs);
    socket.once('error', (err: NodeJS.ErrnoException) => finish({ state: 'error', code: err.code ?? '?', ms: Date.now() - started }));
    socket.once('data', (data) => finish({ state: 'open', data: data.toString(), ms: Date.now() - started }));
  });
}

const test = suite('netns fixture');
const testNetwork = startBefore(test, 'test network', createTestNetwork);
test.after(async () => {
  await testNetwork.current()?.destroy();
});
const network = (): TestNetwork => testNetwork.get();

test('addresses are in 198.18.0.0/15 and the namespace exists', () => {
  const n = network();
  for (const a of [n.hostSideAddress, n.nsAddress, n.unreachableAddress, n.blackholeAddress]) {
    assert.match(a, /^198\.1[89]\.\d{1,3}\.\d{1,3}$/);
  }
  assert.match(execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' }), new RegExp(`^${n.ns}\\b`, 'm'));
});

test('a listener in the namespace is open; another port is closed (RST)', async () => {
  const n = network();
  const listener = n.spawnNodeScript(NS_LISTENER, ['--host', n.nsAddress, '--port', '1688', '--mode', 'banner']);
  try {
    const m = await listener.waitForLine(/^listening (\S+):(\d+)$/);
    assert.is(m[1], n.nsAddress);
    const open = await tryConnect(n.nsAddress, 1688, 2000);
    assert.equal(open.state === 'open' && open.data, BANNER, JSON.stringify(open));
    const closed = await tryConnect(n.nsAddress, 1689, 2000);
    assert.equal(closed.state === 'error' && closed.code, 'ECONNREFUSED', JSON.stringify(closed));
  } finally {
    await listener.stop();
  }
});

test('dropPort makes a port filtered (connect times out)', async () => {
  const n = network();
  await n.dropPort(1690);
  const filtered = await tryConnect(n.nsAddress, 1690, 500);
  assert.is(filtered.state, 'timeout', JSON.stringify(filtered));
  await n.resetRules();
  const after = await tryConnect(n.nsAddress, 1690, 2000);
  assert.equal(after.state === 'error' && after.code, 'ECONNREFUSED', 'resetRules lifts the drop');
});

test('rejectPortWithRst refuses even though something listens', async () => {
  const n = network();
  const listener = n.spawnNodeScript(NS_LISTENER, ['--host', n.nsAddress, '--port', '1691', '--mode', 'echo']);
  try {
    await listener.waitForLine(/^listening /);
    await n.rejectPortWithRst(1691);
    const rst = await tryConnect(n.nsAddress, 1691, 2000);
    assert.equal(rst.state === 'error' && rst.code, 'ECONNREFUSED', JSON.stringify(rst));
  } finally {
    await n.resetRules();
    await listener.stop();
  }
});

test('the unreachable address fails fast with EHOSTUNREACH, repeatedly', async () => {
  const n = network();
  // Several in a row: ICMP rate limiting inside the namespace must not turn these into timeouts.
  for (let i = 0; i < 3; i++) {
    const r = await tryConnect(n.unreachableAddress, 1688, 500);
    assert.equal(r.state === 'error' && r.code, 'EHOSTUNREACH', JSON.stringify(r));
    // Far below the 500 ms budget: an ICMP answer, not a timeout (the exact figure depends on load).
    assert.ok(r.ms < 450, `took ${r.ms} ms`);
  }
});

test('the blackhole address times out', async () => {
  const n = network();
  const r = await tryConnect(n.blackholeAddress, 1688, 500);
  assert.is(r.state, 'timeout', JSON.stringify(r));
});

test('destroy() kills children and removes namespace and veth', async () => {
  const n = await createTestNetwork();
  const listener = n.spawnNodeScript(NS_LISTENER, ['--host', n.nsAddress, '--port', '1688']);
  await listener.waitForLine(/^listening /);
  await n.destroy();
  assert.ok(listener.child.exitCode !== null || listener.child.signalCode !== null, 'listener stopped');
  assert.not.match(execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' }), new RegExp(`^${n.ns}\\b`, 'm'));
  assert.not.match(execFileSync('ip', ['-br', 'link'], { encoding: 'utf8' }), new RegExp(`^${n.hostInterface}\\b`, 'm'));
  await n.destroy(); // idempotent
});

test.run();
