/**
 * kmsdoctor.exe (dist/, `npm run package`) run as a Windows program under Wine: the version, an
 * error code page, an analysis of a sample, the built-in lab's self-check (its DNS server, TCP
 * probes and RPC bind all on loopback), and DNS over TCP after a truncated UDP answer. Run by the
 * test command after packaging (test/run-all.sh), not with the other suites.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer } from 'dns-packet';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { type FakeDns, framed, reply, startFakeDns } from '../helpers/fake-dns.js';
import { findWine, NO_PLACEHOLDER_MEMORY, Wine, withoutVirtualAlloc2 } from './wine.js';

const SHIPPED = join(PACKAGE_ROOT, 'dist', 'kmsdoctor.exe');
const test = suite('kmsdoctor.exe under Wine');
let wine: Wine;
let scratch = '';
let exe = '';
let patchedAt: number | null = null;

test.before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'kmsd-wine-'));
  wine = new Wine(findWine(), join(PACKAGE_ROOT, '.tmp', 'wine'), scratch);
  await wine.prepare();
  exe = join(scratch, 'kmsdoctor.exe');
  copyFileSync(SHIPPED, exe);
  copyFileSync(join(PACKAGE_ROOT, 'samples', 'snapshots', 'client-dns-discovery-ok.json'), join(scratch, 'client.json'));
  const first = await wine.run(exe, ['--version'], 'probe');
  if (first.exitCode !== 0 && first.stderr.includes(NO_PLACEHOLDER_MEMORY)) {
    const { patched, offset } = withoutVirtualAlloc2(readFileSync(SHIPPED));
    writeFileSync(exe, patched);
    patchedAt = offset;
    console.log(`  (this Wine lacks placeholder memory: running a copy with V8's VirtualAlloc2 lookup renamed at byte ${offset})`);
  }
});
test.after(async () => {
  await wine?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

test('what runs is the shipped exe, byte for byte, or with only the VirtualAlloc2 name changed', () => {
  const shipped = readFileSync(SHIPPED);
  const running = readFileSync(exe);
  assert.is(running.length, shipped.length);
  const differing: number[] = [];
  for (let i = 0; i < shipped.length; i++) if (shipped[i] !== running[i]) differing.push(i);
  if (patchedAt === null) assert.equal(differing, []);
  else assert.equal(differing, [patchedAt + 12], 'only the last letter of "VirtualAlloc2" differs');
});

test('--version prints the package version', async () => {
  const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  const run = await wine.run(exe, ['--version'], 'version');
  assert.is(run.exitCode, 0, run.stderr);
  assert.is(run.stdout.trim(), version);
});

test('explain 0xC004F074 prints the code page carried inside the exe', async () => {
  const run = await wine.run(exe, ['explain', '0xC004F074'], 'explain');
  assert.is(run.exitCode, 0, run.stderr);
  assert.match(run.stdout, /^# 0xC004F074 — SL_E_VL_BINDING_SERVICE_UNAVAILABLE/);
  assert.match(run.stdout, /slmgr exit code -1073418124/);
});

test('analyze reads a snapshot (validated by the schema inside) and writes its report', async () => {
  const run = await wine.run(exe, ['analyze', 'client.json', '--json'], 'analyze');
  assert.ok(run.exitCode === 0 || run.exitCode === 1, `exit ${run.exitCode}: ${run.stderr}`);
  const report = JSON.parse(run.stdout) as { command: string; input: { files: string[] }; tool: { version: string } };
  assert.is(report.command, 'analyze');
  assert.equal(report.input.files, ['client.json']);
});

test('lab: the self-check passes with DNS, TCP probes and the RPC bind on loopback', async () => {
  const run = await wine.run(exe, ['lab'], 'lab');
  assert.is(run.exitCode, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /Lab self-check: all 3 planted faults were diagnosed and kms01 is ready\./);
  assert.match(run.stdout, /kms02/);
});

test('srv falls back to DNS over TCP when the UDP answer is truncated', async () => {
  const name = '_vlmcs._tcp.wine.kms-doctor.test';
  const answers: Answer[] = Array.from({ length: 12 }, (_, i) => ({
    name,
    type: 'SRV',
    ttl: 300,
    data: { priority: 0, weight: i, port: 1688, target: `kms-${i}.a-rather-long-host-name.wine.kms-doctor.test` },
  }));
  const server: FakeDns = await startFakeDns({
    udp: (query) => [reply(query, { truncated: true, authoritative: true })],
    tcp: (query) => [framed(reply(query, { authoritative: true, answers }))],
  });
  try {
    const run = await wine.run(exe, ['srv', 'wine.kms-doctor.test', '--dns-server', `${server.address}:${server.port}`, '--json', '--timeout', '5000'], 'srv');
    const report = JSON.parse(run.stdout) as { results: Array<{ probe: string; target: { transport?: string }; data?: { truncatedOverUdp?: boolean; records?: unknown[] } }> };
    const srv = report.results.find((result) => result.probe === 'dns.srv');
    assert.ok(srv, run.stdout);
    assert.is(srv.target.transport, 'tcp');
    assert.is(srv.data?.truncatedOverUdp, true);
    assert.is(srv.data?.records?.length, answers.length);
    const srvQueries = server.queries.filter((query) => query.packet?.questions?.[0]?.type === 'SRV');
    assert.equal(
      srvQueries.map((query) => query.transport),
      ['udp', 'tcp'],
    );
  } finally {
    await server.close();
  }
});

test.run();
