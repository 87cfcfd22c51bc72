/**
 * The RPC bind (rpc probe and activation probe) against in-process peers that misbehave in ways a
 * real server will not: a bind_ack cut short, a reply to another call_id, a reply dripped one valid
 * byte at a time. None of them may be judged a KMS endpoint; slowness is reported as slowness.
 * Peers listen on 127.0.2.1, port 0.
 */
import type { Socket } from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { probeKmsActivation } from '../../probes/kms-activation.js';
import { probeRpcBind } from '../../probes/rpc-bind.js';
import { listenTcp } from '../../src/lab/tcp-listener.js';
import { evaluate } from '../../src/rules/index.js';
import { MINIMAL_BIND_ACK as ACK_60 } from '../fixtures/kms-exchanges.js';
import { buildFacts, host } from '../helpers/facts.js';
import { testKmsRequest } from '../helpers/kms-request.js';

const HOST = '127.0.2.1';

/** The same ack announcing 100 bytes (40 bytes of a padded tail), of which 60 are sent. */
const ACK_100_HEAD = Buffer.from(ACK_60);
ACK_100_HEAD.writeUInt16LE(100, 8);
/** The ack for call_id 1 (old Wine always answers 1). */
const ACK_OTHER_CALL = Buffer.from(ACK_60);
ACK_OTHER_CALL.writeUInt32LE(1, 12);

type Behaviour = (socket: Socket) => void;

async function withPeer<T>(behaviour: Behaviour, use: (port: number) => Promise<T>): Promise<T> {
  const peer = await listenTcp(HOST, 0, (socket) => socket.once('data', () => behaviour(socket)));
  try {
    return await use(peer.port);
  } finally {
    await peer.close();
  }
}

const sendAndClose =
  (bytes: Buffer): Behaviour =>
  (socket) =>
    socket.end(bytes);
const sendAndStay =
  (bytes: Buffer): Behaviour =>
  (socket) =>
    socket.write(bytes);
/** One valid byte of the 60-byte ack every `everyMs`, never finishing within the probe's budget. */
const drip =
  (everyMs: number): Behaviour =>
  (socket) => {
    let at = 0;
    const timer = setInterval(() => {
      if (socket.destroyed || at >= ACK_60.length) return clearInterval(timer);
      socket.write(ACK_60.subarray(at, at + 1));
      at += 1;
    }, everyMs);
    socket.on('close', () => clearInterval(timer));
  };

const rpc = suite('rpc probe: hostile peers');

rpc('a bind_ack cut at 60 of the 100 bytes it announces, then closed: rpc-invalid, truncated, never ok', async () => {
  await withPeer(sendAndClose(ACK_100_HEAD), async (port) => {
    const result = await probeRpcBind({ host: HOST, port, timeoutMs: 2000 });
    assert.is(result.status, 'rpc-invalid');
    assert.is(result.ok, false);
    assert.is(result.data?.verdict, 'truncated');
    assert.is(result.data?.replyBytes, 60);
    assert.match(result.error?.message ?? '', /60 of 100 bytes/);
  });
});

rpc('a bind_ack for another call_id: rpc-invalid, call-id-mismatch, never ok', async () => {
  await withPeer(sendAndStay(ACK_OTHER_CALL), async (port) => {
    const result = await probeRpcBind({ host: HOST, port, timeoutMs: 2000 });
    assert.is(result.status, 'rpc-invalid');
    assert.is(result.data?.verdict, 'call-id-mismatch');
    assert.is(result.error?.code, 'CALL_ID_MISMATCH');
  });
});

rpc('a peer dripping valid bytes is slow, not "not RPC": incomplete, with the bytes so far', async () => {
  await withPeer(drip(150), async (port) => {
    const result = await probeRpcBind({ host: HOST, port, timeoutMs: 700 });
    assert.is(result.status, 'incomplete');
    assert.is(result.data?.verdict, null);
    const received = result.data?.replyBytes ?? 0;
    assert.ok(received >= 1 && received < 16, `${received} bytes`);
    assert.is(result.data?.replyHex, ACK_60.subarray(0, received).toString('hex'));
    assert.match(result.error?.message ?? '', new RegExp(`did not complete within 700 ms: ${received} bytes received`));
    // The finding says slowness, with the probe as evidence; the host is not ready.
    const facts = buildFacts({ targets: [host('kms1.corp.test', { source: 'kms-host', rpc: null })] });
    const endpoint = facts.targets[0]!.endpoints[0]!;
    const findings = evaluate({ connectivity: { ...facts, targets: [{ ...facts.targets[0]!, endpoints: [{ ...endpoint, rpc: result }], verdict: 'not-kms' }] } });
    assert.ok(
      findings.some((f) => f.ruleId === 'rpc/reply-incomplete' && f.evidence[0]!.ref === result.id),
      findings.map((f) => f.ruleId).join(', '),
    );
    assert.not.ok(findings.some((f) => f.ruleId === 'rpc/not-kms-endpoint'));
  });
});

rpc.run();

const activation = suite('activation probe (bind only): hostile peers');

const REQUEST = testKmsRequest();
const bindOnly = (port: number, timeoutMs = 2000) => probeKmsActivation({ host: HOST, port, timeoutMs, request: REQUEST, send: false, checkAnyInterface: false });

activation('a cut bind_ack is rpc-invalid, and no request would follow', async () => {
  await withPeer(sendAndClose(ACK_100_HEAD), async (port) => {
    const result = await bindOnly(port);
    assert.is(result.status, 'rpc-invalid');
    assert.is(result.ok, false);
    assert.is(result.data.bind?.contextId ?? null, null);
  });
});

activation('a bind_ack for another call_id is rpc-invalid, not "not-sent" (which would mean the bind was accepted)', async () => {
  await withPeer(sendAndStay(ACK_OTHER_CALL), async (port) => {
    const result = await bindOnly(port);
    assert.is(result.status, 'rpc-invalid');
    assert.is(result.error?.code, 'CALL_ID_MISMATCH');
  });
});

activation('a dripping peer is incomplete (slow), not no-reply', async () => {
  await withPeer(drip(150), async (port) => {
    const result = await bindOnly(port, 700);
    assert.is(result.status, 'incomplete');
    assert.match(result.error?.message ?? '', /did not complete within 700 ms: \d+ bytes received/);
  });
});

activation.run();
