/**
 * Proves the BIND 9 fixture works: it serves our zone, includes SRV glue, reports broken zones
 * clearly, runs several servers side by side, accepts dynamic updates, and cleans up.
 */
import { execFile } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, readFileSync } from 'node:fs';
import * as dnsPacket from 'dns-packet';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { type BindServer, startBind } from '../helpers/bind9.js';

const test = suite('bind9 fixture');
const running: BindServer[] = [];

test.after.each(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

const ZONE = 'corp.example.test';
const RECORDS = `
_vlmcs._tcp  IN SRV 0 100 1688 kms1
_vlmcs._tcp  IN SRV 10 50 1688 kms2.${ZONE}.
kms1         IN A    198.18.255.10
kms2         IN A    198.18.255.11
kms2         IN AAAA 2001:db8::11
`;

async function start(options: Parameters<typeof startBind>[0]): Promise<BindServer> {
  const server = await startBind(options);
  running.push(server);
  return server;
}

/** A tiny UDP query, independent of the project's own DNS code under test. */
function query(server: BindServer, name: string, type: dnsPacket.RecordType): Promise<dnsPacket.DecodedPacket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error(`no answer from ${server.server} for ${name} ${type}`));
    }, 2000);
    socket.once('message', (msg) => {
      clearTimeout(timer);
      socket.close();
      resolve(dnsPacket.decode(msg));
    });
    socket.send(dnsPacket.encode({ type: 'query', id: 4242, questions: [{ type, name }] }), server.port, server.address);
  });
}

test('answers an SRV query with the zone records and A/AAAA glue', async () => {
  const server = await start({ zones: [{ name: ZONE, records: RECORDS }] });
  assert.is(server.server, `127.0.0.1:${server.port}`);

  const reply = await query(server, `_vlmcs._tcp.${ZONE}`, 'SRV');
  assert.ok(reply.flag_aa, 'authoritative answer');
  const srv = (reply.answers ?? [])
    .filter((a): a is dnsPacket.SrvAnswer => a.type === 'SRV')
    .map((a) => a.data)
    .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  assert.equal(srv, [
    { priority: 0, weight: 100, port: 1688, target: `kms1.${ZONE}` },
    { priority: 10, weight: 50, port: 1688, target: `kms2.${ZONE}` },
  ]);
  const glue = (reply.additionals ?? []).map((a) => `${a.name} ${a.type} ${'data' in a ? String(a.data) : ''}`).sort();
  assert.equal(glue, [`kms1.${ZONE} A 198.18.255.10`, `kms2.${ZONE} A 198.18.255.11`, `kms2.${ZONE} AAAA 2001:db8::11`, `ns.${ZONE} A 127.0.0.1`]);
});

test('a broken zone file fails startup with named log in the error', async () => {
  const started = Date.now();
  try {
    await start({ zones: [{ name: ZONE, records: 'kms1 IN A not-an-address\n' }], startTimeoutMs: 5000 });
    assert.unreachable('startBind should have failed');
  } catch (err) {
    const msg = (err as Error).message;
    assert.match(msg, /BIND failed to start/);
    assert.match(msg, /--- named log ---/);
    assert.match(msg, /not loaded due to errors|bad dotted quad/);
  }
  assert.ok(Date.now() - started < 4000, 'fails fast rather than waiting for the timeout');
});

test('several servers for one zone can disagree (primary vs stale secondary)', async () => {
  const soa = (serial: number): string => `@ IN SOA ns hostmaster ${serial} 3600 600 86400 60\n@ IN NS ns\nns IN A 127.0.0.1\n`;
  const [a, b] = await Promise.all([
    start({ address: '127.0.0.2', zones: [{ name: ZONE, records: soa(2) + RECORDS }] }),
    start({ address: '127.0.0.3', zones: [{ name: ZONE, records: soa(1) }] }),
  ]);
  const serial = async (s: BindServer): Promise<number | undefined> => {
    const answer = (await query(s, ZONE, 'SOA')).answers?.[0];
    return answer?.type === 'SOA' ? answer.data.serial : undefined;
  };
  assert.is(await serial(a), 2);
  assert.is(await serial(b), 1);
  assert.is((await query(a, `_vlmcs._tcp.${ZONE}`, 'SRV')).answers?.length, 2);
  assert.is((await query(b, `_vlmcs._tcp.${ZONE}`, 'SRV')).answers?.length, 0);
});

test('allowUpdate zones accept dynamic updates (nsupdate)', async () => {
  const server = await start({ zones: [{ name: ZONE, records: RECORDS, allowUpdate: true }] });
  const script = `server ${server.address} ${server.port}\nzone ${ZONE}\nupdate add _vlmcs._tcp.${ZONE}. 300 IN SRV 5 0 1688 kms3.${ZONE}.\nsend\n`;
  await new Promise<void>((resolve, reject) => {
    const child = execFile('nsupdate', ['-t', '3'], (err) => (err ? reject(err) : resolve()));
    child.stdin!.end(script);
  });
  const reply = await query(server, `_vlmcs._tcp.${ZONE}`, 'SRV');
  assert.is(reply.answers?.length, 3);
});

test('stop() ends named and removes the work dir', async () => {
  const server = await startBind({ zones: [{ name: ZONE, records: RECORDS }] });
  const pid = Number(readFileSync(`${server.workDir}/named.pid`, 'utf8').trim());
  await server.stop();
  assert.not.ok(existsSync(server.workDir));
  assert.throws(() => process.kill(pid, 0), /ESRCH/);
});

test.run();
