import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer } from 'dns-packet';
import { SaxesParser } from 'saxes';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { type RpcResponder, startRpcResponder } from '../../src/lab/rpc-responder.js';
import type { FleetReport } from '../../src/report/fleet-report.js';
import { type FakeDns, reply, startFakeDns } from '../helpers/fake-dns.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';
import { runCli } from '../helpers/run-cli.js';
import { expectedFleet, SAMPLE_FLEET_SPEC, syntheticFleet, writeSyntheticFleet } from '../helpers/synthetic-fleet.js';

const test = suite('cli: fleet');
const SAMPLE = join(PACKAGE_ROOT, 'samples', 'fleet');
const scratch = mkdtempSync(join(tmpdir(), 'kmsd-fleet-'));

test('samples/fleet is what the generator writes (regenerate: node --import tsx test/tools/generate-sample-fleet.ts)', () => {
  const expected = [...syntheticFleet(SAMPLE_FLEET_SPEC)];
  assert.equal(
    readdirSync(SAMPLE)
      .filter((n) => n.endsWith('.json'))
      .sort(),
    expected.map((e) => e.file).sort(),
  );
  for (const { file, snapshot } of expected) assert.is(readFileSync(join(SAMPLE, file), 'utf8'), `${JSON.stringify(snapshot, null, 2)}\n`, file);
});

test('kmsdoctor fleet samples/fleet/: the findings of the sample, exit 1', async () => {
  const run = await runCli(['fleet', SAMPLE]);
  assert.is(run.exitCode, 1, run.stderr);
  for (const id of [
    'fleet/duplicate-cmid',
    'fleet/threshold-not-reached',
    'fleet/count-split',
    'fleet/host-not-published',
    'fleet/products-not-activated',
    'fleet/renewals-failing',
    'fleet/clock-skew',
  ])
    assert.match(run.stdout, id);
  assert.match(run.stdout, /Clone groups \(duplicate CMIDs\): 2 groups, 11 machines, 9 counts lost/);
});

test('--format json: valid against its schema, the known answers', async () => {
  const run = await runCli(['fleet', SAMPLE, '--format', 'json']);
  const report = JSON.parse(run.stdout) as FleetReport;
  assert.equal(reportSchemaErrors(report), []);
  const want = expectedFleet(SAMPLE_FLEET_SPEC);
  assert.is(report.summary.clients, want.clients);
  assert.is(report.cloneGroups.countLost, want.countLost);
  assert.is(report.activation.expiringTotal, want.expiring);
  assert.is(report.activation.renewalsFailingTotal, want.renewalsFailing);
  assert.is(report.clock.skewedTotal, want.skewed);
});

test('--format html --out: the dashboard holds its SVG charts and nothing external', async () => {
  const out = join(scratch, 'fleet.html');
  const run = await runCli(['fleet', SAMPLE, '--format', 'html', '--out', out]);
  assert.is(run.exitCode, 1, run.stderr);
  assert.is(run.stdout, '');
  const html = readFileSync(out, 'utf8');
  for (const id of ['chart-state', 'chart-days-left', 'chart-hosts', 'chart-clones']) assert.match(html, new RegExp(`<svg [^>]*id="${id}"[^>]*>.*?<rect `, 's'));
  assert.not.match(html, /<script|<link|@import|url\(/i);
  // Each chart is well-formed XML on its own (inline SVG is parsed by the HTML parser, but a broken
  // fragment would also break the page when saved as .svg).
  const charts = html.match(/<svg [\s\S]*?<\/svg>/g) ?? [];
  assert.ok(charts.length >= 4);
  for (const svg of charts) {
    const parser = new SaxesParser();
    parser.write(svg).close();
  }
});

test("--kms-log: the host's 12290 log is read (its refused clocks counted); a file without 12290 events is exit 2", async () => {
  const run = await runCli(['fleet', SAMPLE, '--kms-log', join(PACKAGE_ROOT, 'samples', 'events', 'host-12290-wevtutil.xml'), '--format', 'json']);
  assert.is(run.exitCode, 1, run.stderr);
  const report = JSON.parse(run.stdout) as FleetReport;
  assert.is(report.clock.refusedByHosts, 1);
  assert.equal((report.input.kmsLogs as string[]).length, 1);
  const wrong = await runCli(['fleet', SAMPLE, '--kms-log', join(PACKAGE_ROOT, 'samples', 'events', 'client-wevtutil.xml')]);
  assert.is(wrong.exitCode, 2);
  assert.match(wrong.stderr, /no 12290 event/);
});

test('clients that show no license state cannot make a fleet pass: exit 2', async () => {
  const dir = join(scratch, 'stateless');
  await writeSyntheticFleet(dir, { ...SAMPLE_FLEET_SPEC, clients: 40, eventPairs: 0 });
  for (const name of readdirSync(dir)) {
    const snapshot = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { products: Array<{ licenseStatus: number | null }> };
    for (const product of snapshot.products) product.licenseStatus = null;
    writeFileSync(join(dir, name), JSON.stringify(snapshot));
  }
  const run = await runCli(['fleet', dir]);
  assert.is(run.exitCode, 2);
  assert.match(run.stderr, /none of the 40 client snapshots shows a product with a license state/);
});

test('--format csv: a row per client', async () => {
  const run = await runCli(['fleet', SAMPLE, '--format', 'csv']);
  const lines = run.stdout.trimEnd().split('\r\n');
  assert.is(lines.length, SAMPLE_FLEET_SPEC.clients + 1);
  assert.match(lines[0]!, /^name,file,cmid,cloneGroupSize,/);
});

test('bad input is exit 2 with one line; a broken file among good ones is a finding', async () => {
  const missing = await runCli(['fleet', join(scratch, 'nope')]);
  assert.is(missing.exitCode, 2);
  assert.is(missing.stderr.trim().split('\n').length, 1);
  const junk = join(scratch, 'junk');
  await writeSyntheticFleet(junk, { ...SAMPLE_FLEET_SPEC, clients: 40, eventPairs: 0 });
  writeFileSync(join(junk, 'cut.json'), '{"kind":"kms-doctor-snapshot","schemaVersion":1,');
  const mixed = await runCli(['fleet', junk, '--format', 'json']);
  const report = JSON.parse(mixed.stdout) as FleetReport;
  assert.is(report.summary.unreadable, 1);
  assert.ok(report.findings.some((f) => f.ruleId === 'fleet/unreadable-snapshots'));
  const only = join(scratch, 'only-junk');
  await writeSyntheticFleet(only, { ...SAMPLE_FLEET_SPEC, clients: 40, eventPairs: 0 });
  for (const name of readdirSync(only)) writeFileSync(join(only, name), 'not json');
  const none = await runCli(['fleet', only]);
  assert.is(none.exitCode, 2);
  assert.match(none.stderr, /none of 42 files is a client snapshot/);
});

test('--probe: each domain asked once, each host probed once; the branch domain without records and the retired host are found', async () => {
  let responder: RpcResponder | undefined;
  let dns: FakeDns | undefined;
  try {
    responder = await startRpcResponder({ host: '127.0.7.1', mode: 'genuine' });
    const port = responder.port;
    const a = (name: string): Answer => ({ name, type: 'A', ttl: 60, class: 'IN', data: '127.0.7.1' });
    dns = await startFakeDns({
      address: '127.0.7.1',
      udp: (q) => {
        const question = q.packet!.questions![0]!;
        const name = question.name.toLowerCase();
        if (name === '_vlmcs._tcp.corp.test' && question.type === 'SRV') {
          return [
            reply(q, {
              authoritative: true,
              answers: ['kms01.corp.test', 'kms02.corp.test'].map((target) => ({ name, type: 'SRV', ttl: 60, class: 'IN', data: { priority: 0, weight: 0, port, target } })),
            }),
          ];
        }
        if ((name === 'kms01.corp.test' || name === 'kms02.corp.test') && question.type === 'A') return [reply(q, { authoritative: true, answers: [a(name)] })];
        if (name === 'kms01.corp.test' || name === 'kms02.corp.test') return [reply(q, { authoritative: true })];
        return [reply(q, { rcode: 3, authoritative: true })];
      },
    });
    const dir = join(scratch, 'probe');
    await writeSyntheticFleet(dir, { ...SAMPLE_FLEET_SPEC, hostPort: port, eventPairs: 0 });
    const run = await runCli(['fleet', dir, '--probe', '--dns-server', `127.0.7.1:${dns.port}`, '--timeout', '1000', '--format', 'json']);
    assert.is(run.exitCode, 1, run.stderr);
    const report = JSON.parse(run.stdout) as FleetReport;
    assert.equal(reportSchemaErrors(report), []);
    const srvAsked = (domain: string) => dns!.queries.filter((q) => q.packet?.questions?.[0]?.name.toLowerCase() === `_vlmcs._tcp.${domain}`).length;
    assert.is(srvAsked('corp.test'), 1, 'one SRV query for the 51 clients of corp.test');
    assert.is(srvAsked('branch.corp.test'), 1);
    const aAsked = (name: string) => dns!.queries.filter((q) => q.packet?.questions?.[0]?.name.toLowerCase() === name && q.packet.questions[0]!.type === 'A').length;
    assert.is(aAsked('kms-old.corp.test'), 1, 'the retired host resolved once for its 4 pinned clients');
    assert.equal(
      report.domains.map((d) => [d.domain, d.srv]),
      [
        ['corp.test', 'records'],
        ['branch.corp.test', 'none'],
      ],
    );
    const host = (name: string) => report.hosts.find((h) => h.host === name)!;
    assert.is(host(`kms01.corp.test:${port}`).reachable, 'ready');
    assert.is(host(`kms01.corp.test:${port}`).published, true);
    assert.is(host('kms-old.corp.test:1688').reachable, 'unresolved');
    const ids = report.findings.map((f) => `${f.ruleId} ${f.target}`);
    assert.ok(ids.includes('fleet/domain-without-srv branch.corp.test'), ids.join('\n'));
    assert.ok(ids.includes('fleet/host-unreachable kms-old.corp.test:1688'), ids.join('\n'));
    assert.ok(ids.includes('fleet/host-not-published kms-old.corp.test:1688'), ids.join('\n'));
    assert.not.ok(
      ids.some((id) => id.startsWith('fleet/host-unreachable kms0')),
      ids.join('\n'),
    );
  } finally {
    await dns?.close();
    await responder?.close();
  }
});

test.after(() => rmSync(scratch, { recursive: true, force: true }));

test.run();
