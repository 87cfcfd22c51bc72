import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { type AddressInfo, createServer, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { probeRpcBind } from '../../probes/rpc-bind.js';
import { render } from '../../src/catalog/render.js';
import { type RpcResponder, type RpcResponderMode, startRpcResponder } from '../../src/lab/rpc-responder.js';
import { encodeBindPdu, MINIMAL_KMS_CONTEXTS, WINDOWS_STYLE_KMS_CONTEXTS } from '../../src/rpc/bind-pdu.js';
import { type BindAckReply, decodeBindReply } from '../../src/rpc/bind-reply.js';
import { KMS_INTERFACE, NDR32, NDR64 } from '../../src/rpc/constants.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ZERO_SYNTAX = { uuid: '00000000-0000-0000-0000-000000000000', major: 0, minor: 0 };

/** Sockets, servers and timers: the handles that would keep the process from exiting. */
function liveHandles(): string[] {
  return process.getActiveResourcesInfo().filter((r) => /^(TCP|Timeout)/.test(r));
}

/** Closed handles leave the list a few loop turns later; wait for that without timers of our own. */
async function settledHandles(): Promise<string[]> {
  for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
  return liveHandles();
}

/** Sends raw bytes and collects whole PDUs until `count` arrived or the peer ended the connection. */
function rawExchange(port: number, request: Buffer, count: number): Promise<{ pdus: Buffer[]; ended: 'no' | 'end' | 'reset' }> {
  return new Promise((resolve) => {
    const socket = new Socket();
    let pending = Buffer.alloc(0);
    const pdus: Buffer[] = [];
    const done = (ended: 'no' | 'end' | 'reset'): void => {
      socket.destroy();
      resolve({ pdus, ended });
    };
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 16 && pending.length >= pending.readUInt16LE(8)) {
        const length = pending.readUInt16LE(8);
        pdus.push(pending.subarray(0, length));
        pending = pending.subarray(length);
      }
      if (pdus.length >= count) done('no');
    });
    socket.on('end', () => done('end'));
    socket.on('error', () => done('reset'));
    socket.connect({ host: '127.0.0.1', port }, () => socket.write(request));
  });
}

function ack(bytes: Buffer | undefined): BindAckReply {
  const decoded = decodeBindReply(bytes ?? Buffer.alloc(0));
  if (!decoded.ok) throw new Error(render(decoded.reason));
  if (decoded.reply.kind === 'bind_nak') throw new Error('unexpected bind_nak');
  return decoded.reply;
}

async function withResponder<T>(mode: RpcResponderMode, use: (responder: RpcResponder) => Promise<T>): Promise<T> {
  const responder = await startRpcResponder({ mode });
  try {
    return await use(responder);
  } finally {
    await responder.close();
  }
}

const probe = suite('probes/rpc-bind over loopback');
let baseline: string[] = [];

probe.before(async () => {
  baseline = await settledHandles();
});

probe('genuine: ok, KMS verdict, rejects a random interface', async () => {
  await withResponder('genuine', async ({ host, port }) => {
    const result = await probeRpcBind({ host, port, timeoutMs: 2000 });
    assert.is(result.status, 'ok');
    assert.is(result.ok, true);
    assert.is(result.probe, 'rpc.bind');
    assert.is(result.id, `rpc:127.0.0.1:${port}`);
    assert.is(result.attempts, 2);
    assert.type(result.durationMs, 'number');
    assert.ok(result.durationMs >= 0);
    assert.is(result.error, undefined);
    const data = result.data!;
    assert.is(data.verdict, 'kms');
    assert.equal(data.anomalies, []);
    assert.is(data.callId, 2);
    assert.is(data.secondaryAddress, String(port));
    assert.is(data.maxXmitFrag, 5840);
    assert.is(data.maxRecvFrag, 5840);
    assert.ok(data.assocGroup !== null && data.assocGroup > 0);
    assert.is(data.replyBytes, 60);
    assert.is(data.replyHex.slice(0, 8), '05000c03');
    assert.equal(data.contextResult, { result: 0, reason: 0, transferSyntax: `${NDR32.uuid} v2.0` });
    assert.is(data.sentBytes, encodeBindPdu({ callId: 2, contexts: MINIMAL_KMS_CONTEXTS }).toString('hex'));
    assert.is(data.acceptsAnyInterface, false);
    assert.is(data.anyInterface?.verdict, 'interface-not-supported');
    assert.is(data.anyInterface?.status, 'rpc-rejected');
    assert.ok(data.anyInterface?.interfaceUuid !== KMS_INTERFACE.uuid);
    // The second bind names the random interface and nothing else: still count-safe.
    assert.is(data.anyInterface?.sentBytes.length, 144);
    assert.not.equal(data.anyInterface?.sentBytes, data.sentBytes);
  });
});

probe('accept-any (py-kms-like): ok, accepts a random interface', async () => {
  await withResponder('accept-any', async ({ host, port }) => {
    const result = await probeRpcBind({ host: 'kms.lab.test', address: host, port, timeoutMs: 2000 });
    assert.is(result.status, 'ok');
    assert.is(result.id, `rpc:kms.lab.test[127.0.0.1]:${port}`);
    assert.equal(result.target, { host: 'kms.lab.test', port, transport: 'tcp', address: '127.0.0.1' });
    assert.is(result.data?.acceptsAnyInterface, true);
    assert.is(result.data?.anyInterface?.verdict, 'kms');
    assert.is(result.data?.assocGroup, 0x1063bf3f);
  });
});

probe('checkAnyInterface: false makes one connection and leaves the question open', async () => {
  await withResponder('accept-any', async ({ host, port }) => {
    const result = await probeRpcBind({ host, port, timeoutMs: 2000, checkAnyInterface: false });
    assert.is(result.status, 'ok');
    assert.is(result.attempts, 1);
    assert.is(result.data?.acceptsAnyInterface, null);
    assert.is(result.data?.anyInterface, null);
  });
});

probe('nak: rpc-rejected with the reject reason', async () => {
  await withResponder('nak', async ({ host, port }) => {
    const result = await probeRpcBind({ host, port, timeoutMs: 2000 });
    assert.is(result.status, 'rpc-rejected');
    assert.is(result.attempts, 1);
    assert.is(result.data?.verdict, 'bind-nak');
    assert.equal(result.data?.rejectReason, { code: 4, name: 'protocol version not supported' });
    assert.is(result.error?.code, 'BIND_NAK');
    assert.is(result.data?.acceptsAnyInterface, null);
  });
});

probe('garbage (HTTP 400): not-rpc, with the bytes as evidence', async () => {
  await withResponder('garbage', async ({ host, port }) => {
    const result = await probeRpcBind({ host, port, timeoutMs: 2000 });
    assert.is(result.status, 'not-rpc');
    assert.is(result.data?.verdict, 'not-rpc');
    assert.match(result.data?.explanation ?? '', /HTTP\/1\.1 400/);
    assert.is(
      Buffer.from(result.data?.replyHex ?? '', 'hex')
        .toString('latin1')
        .slice(0, 12),
      'HTTP/1.1 400',
    );
    assert.ok((result.data?.replyHex.length ?? 0) <= 128);
    assert.is(result.error?.code, 'NOT_RPC');
  });
});

probe('silent: no-reply after the budget, silence "timeout"', async () => {
  await withResponder('silent', async ({ host, port }) => {
    const result = await probeRpcBind({ host, port, timeoutMs: 300 });
    assert.is(result.status, 'no-reply');
    assert.is(result.data?.silence, 'timeout');
    assert.is(result.durationMs, 300);
    assert.is(result.data?.replyBytes, 0);
    assert.ok((result.data?.sentBytes.length ?? 0) > 0, 'the bind was sent');
  });
});

// A peer that hangs up instead of answering: the silence is named, with the error code of each.
for (const { mode, silence, code, how } of [
  { mode: 'close', silence: 'closed', code: 'EOF', how: 'FIN' },
  { mode: 'reset', silence: 'reset', code: 'ECONNRESET', how: 'RST' },
] as const) {
  probe(`${mode}: no-reply, silence "${silence}" (${how})`, async () => {
    await withResponder(mode, async ({ host, port }) => {
      const result = await probeRpcBind({ host, port, timeoutMs: 2000 });
      assert.is(result.status, 'no-reply');
      assert.is(result.data?.silence, silence);
      assert.is(result.error?.code, code);
    });
  });
}

probe('a closed port is refused, and nothing was sent', async () => {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const result = await probeRpcBind({ host: '127.0.0.1', port, timeoutMs: 2000 });
  assert.is(result.status, 'refused');
  assert.is(result.error?.code, 'ECONNREFUSED');
  assert.is(result.attempts, 1);
  assert.is(result.data?.sentBytes, '');
  assert.is(result.data?.verdict, null);
});

probe('an already aborted signal: cancelled, no connection attempted', async () => {
  await withResponder('genuine', async ({ host, port }) => {
    const controller = new AbortController();
    controller.abort();
    const result = await probeRpcBind({ host, port, timeoutMs: 2000, signal: controller.signal });
    assert.is(result.status, 'cancelled');
    assert.is(result.attempts, 0);
    assert.is(result.error?.code, 'ABORT_ERR');
  });
});

probe('aborting while waiting for a silent peer: cancelled before the budget ends', async () => {
  await withResponder('silent', async ({ host, port }) => {
    const controller = new AbortController();
    const pending = probeRpcBind({ host, port, timeoutMs: 10_000, signal: controller.signal });
    // Abort once the server has the connection, i.e. while the probe waits for a reply.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort(Object.assign(new Error('run deadline reached'), { code: 'DEADLINE' }));
    const result = await pending;
    assert.is(result.status, 'cancelled');
    assert.is(result.attempts, 1);
    assert.equal(result.error, { code: 'DEADLINE', message: 'run deadline reached', reason: { id: 'probe-error.cancelled', args: { detail: 'run deadline reached' } } });
    assert.ok(result.durationMs < 10_000);
  });
});

probe('many probes at once against one responder all succeed', async () => {
  await withResponder('genuine', async ({ host, port }) => {
    const results = await Promise.all(Array.from({ length: 25 }, () => probeRpcBind({ host, port, timeoutMs: 5000 })));
    assert.equal(
      results.map((r) => [r.status, r.data?.acceptsAnyInterface]),
      results.map(() => ['ok', false]),
    );
  });
});

probe('invalid options are programming errors, not results', async () => {
  for (const options of [
    { host: '127.0.0.1', port: 0, timeoutMs: 100 },
    { host: '127.0.0.1', port: 70000, timeoutMs: 100 },
    { host: '127.0.0.1', port: 1688, timeoutMs: 0 },
  ]) {
    let thrown: unknown;
    try {
      await probeRpcBind(options);
    } catch (error) {
      thrown = error;
    }
    assert.instance(thrown, RangeError);
  }
});

probe('no sockets, servers or timers are left behind', async () => {
  const left = await settledHandles();
  assert.ok(left.length <= baseline.length, `still open: ${left.join(', ')} (before: ${baseline.join(', ')})`);
});

probe.run();

const responder = suite('lab/rpc-responder');

responder('genuine answers the Windows-style bind like a 2012+ host: NDR32 2/2, NDR64 0/0, BTFN 3/0x0003', async () => {
  await withResponder('genuine', async ({ port }) => {
    const bind = encodeBindPdu({ callId: 2, contexts: WINDOWS_STYLE_KMS_CONTEXTS, flags: 0x13 });
    const { pdus } = await rawExchange(port, bind, 1);
    // Ephemeral ports have 4-5 digits, so the layout (and size) matches the captured 108-byte ack.
    assert.is(pdus[0]?.length, 108);
    const reply = ack(pdus[0]);
    assert.is(reply.header.flags, 0x13, 'CONC_MPX echoed');
    assert.is(reply.header.callId, 2);
    assert.is(reply.secondaryAddress, String(port));
    assert.equal(reply.results, [
      { result: 2, reason: 2, transferSyntax: ZERO_SYNTAX },
      { result: 0, reason: 0, transferSyntax: NDR64 },
      { result: 3, reason: 3, transferSyntax: ZERO_SYNTAX },
    ]);
  });
});

responder('genuine: bind then alter_context in one write get two answers on one association', async () => {
  await withResponder('genuine', async ({ port }) => {
    const bind = encodeBindPdu({ callId: 2, contexts: WINDOWS_STYLE_KMS_CONTEXTS, flags: 0x13 });
    const alter = encodeBindPdu({ callId: 3, contexts: MINIMAL_KMS_CONTEXTS, flags: 0x13, type: 'alter_context' });
    const { pdus } = await rawExchange(port, Buffer.concat([bind, alter]), 2);
    const [bindAck, alterResp] = [ack(pdus[0]), ack(pdus[1])];
    assert.is(alterResp.kind, 'alter_context_resp');
    assert.is(pdus[1]?.length, 56, 'same size as the captured alter_context_resp');
    assert.is(alterResp.header.flags, 0x03);
    assert.is(alterResp.header.callId, 3);
    assert.is(alterResp.secondaryAddress, '');
    assert.is(alterResp.assocGroup, bindAck.assocGroup, 'the association group stays');
    assert.equal(alterResp.results, [{ result: 0, reason: 0, transferSyntax: NDR32 }]);
    // Its pad bytes are deliberately not zero (as on real hosts); the decoder must not care.
    assert.is(pdus[1]?.subarray(26, 28).toString('latin1'), String(port).slice(0, 2));
  });
});

responder('genuine: unknown transfer syntax 2/2, unknown interface 2/1', async () => {
  await withResponder('genuine', async ({ port }) => {
    const bogusSyntax = { uuid: '11111111-2222-3333-4444-555555555555', major: 1, minor: 0 };
    const contexts = [
      { contextId: 0, abstractSyntax: KMS_INTERFACE, transferSyntax: bogusSyntax },
      { contextId: 1, abstractSyntax: bogusSyntax, transferSyntax: NDR32 },
    ];
    const { pdus } = await rawExchange(port, encodeBindPdu({ callId: 5, contexts }), 1);
    const reply = ack(pdus[0]);
    assert.is(reply.header.flags, 0x03, 'no CONC_MPX when the client sent none');
    assert.equal(
      reply.results.map((r) => [r.result, r.reason]),
      [
        [2, 2],
        [2, 1],
      ],
    );
  });
});

responder('accept-any answers like py-kms: NDR32 0/0 for any interface, NDR64 2/2, BTFN 3/3, CONC_MPX always', async () => {
  await withResponder('accept-any', async ({ port }) => {
    const { pdus } = await rawExchange(port, encodeBindPdu({ callId: 2, contexts: WINDOWS_STYLE_KMS_CONTEXTS }), 1);
    const reply = ack(pdus[0]);
    assert.is(reply.header.flags, 0x13);
    assert.is(reply.assocGroup, 0x1063bf3f);
    assert.equal(
      reply.results.map((r) => [r.result, r.reason]),
      [
        [0, 0],
        [2, 2],
        [3, 3],
      ],
    );
  });
});

responder('junk is answered with a reset, and the responder keeps serving', async () => {
  await withResponder('genuine', async ({ host, port }) => {
    const junk = await rawExchange(port, Buffer.from('GET / HTTP/1.1\r\nHost: kms\r\n\r\n'), 1);
    assert.is(junk.ended, 'reset');
    assert.equal(junk.pdus, []);
    const oversized = Buffer.from(encodeBindPdu({ callId: 2, contexts: MINIMAL_KMS_CONTEXTS }));
    oversized.writeUInt16LE(0xffff, 8);
    assert.is((await rawExchange(port, oversized, 1)).ended, 'reset');
    const result = await probeRpcBind({ host, port, timeoutMs: 2000 });
    assert.is(result.status, 'ok');
  });
});

responder('a request PDU is refused with a fault (the responder never activates)', async () => {
  await withResponder('genuine', async ({ port }) => {
    const request = Buffer.from('05000003100000001c000000030000000400000000000000deadbeef', 'hex');
    const { pdus } = await rawExchange(port, request, 1);
    const fault = pdus[0];
    assert.ok(fault !== undefined);
    assert.is(fault[2], 3, 'PTYPE fault');
    assert.is(fault[3], 0x23, 'FIRST|LAST|DID_NOT_EXECUTE');
    assert.is(fault.readUInt32LE(12), 3, 'call id echoed');
    assert.is(fault.readUInt32LE(24), 0x1c010003);
  });
});

responder('close() ends open connections and stops listening', async () => {
  const lab = await startRpcResponder({ mode: 'silent' });
  const client = new Socket();
  client.on('error', () => {});
  client.connect({ host: lab.host, port: lab.port });
  await once(client, 'connect');
  await new Promise((resolve) => setImmediate(resolve));
  const closed = once(client, 'close');
  await lab.close();
  await closed;
  const after = await probeRpcBind({ host: lab.host, port: lab.port, timeoutMs: 2000 });
  assert.is(after.status, 'refused');
});

responder('every responder connection is gone once close() resolved', async () => {
  const left = await settledHandles();
  assert.ok(left.length <= baseline.length, `still open: ${left.join(', ')} (before: ${baseline.join(', ')})`);
});

responder('an unknown mode is refused', async () => {
  let thrown: unknown;
  try {
    await startRpcResponder({ mode: 'chatty' as RpcResponderMode });
  } catch (error) {
    thrown = error;
  }
  assert.instance(thrown, TypeError);
});

responder.run();

const main = suite('lab/rpc-responder-main');

function runMain(args: string[]): ReturnType<typeof spawn> {
  return spawn(process.execPath, ['--import', 'tsx', 'src/lab/rpc-responder-main.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function collect(stream: NodeJS.ReadableStream | null): Promise<string> {
  let text = '';
  for await (const chunk of stream ?? []) text += String(chunk);
  return text;
}

main('prints one "listening host:port" line, serves, and exits 0 on SIGTERM', async () => {
  const child = runMain(['--host', '127.0.0.1', '--port', '0', '--mode', 'genuine']);
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += String(chunk)));
  const stderr = collect(child.stderr);
  while (!stdout.includes('\n')) await once(child.stdout!, 'data');
  const line = /^listening 127\.0\.0\.1:(\d+)\n$/.exec(stdout);
  assert.ok(line, `unexpected output: ${stdout}`);
  const result = await probeRpcBind({ host: '127.0.0.1', port: Number(line[1]), timeoutMs: 3000 });
  assert.is(result.status, 'ok');
  child.kill('SIGTERM');
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.is(code, 0);
  assert.is(stdout, line[0], 'exactly one line on stdout');
  assert.is(await stderr, '');
});

main('bad arguments: one line on stderr, exit 2', async () => {
  for (const args of [['--mode', 'chatty'], ['--port', 'x'], ['--port', '70000'], ['--bogus'], ['positional']]) {
    const child = runMain(args);
    const stdout = collect(child.stdout);
    const stderr = collect(child.stderr);
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.is(code, 2, args.join(' '));
    const err = await stderr;
    assert.is(err.split('\n').filter(Boolean).length, 1, err);
    assert.is(await stdout, '');
  }
});

main.run();
