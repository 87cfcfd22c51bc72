/**
 * The client check end to end, through the built CLI (the bundle dist/kmsdoctor.cjs; `npm run build` first):
 *
 *   - `connectivity --snapshot` against REAL BIND zones: the snapshot's DNS view names test zones,
 *     the report's plan says which `_vlmcs._tcp` name the client will query, and discovery (and
 *     BIND's own query log) shows exactly that name was asked, plus the comparison domains only.
 *     SRV targets point at the genuine KMS responder in the namespace of test/helpers/kms-network.ts;
 *   - `connectivity --dlv` (English, and Japanese read with its slmgr.ini: the same product);
 *   - `analyze` of every sample combination, offline;
 *   - bad input: truncated or ill-typed snapshots, German /dlv text without an ini, an XML entity
 *     bomb, a 2 GB sparse file, conflicting options — exit 2 with one line, or a run with notes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Report } from '../../src/report/report.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { type BindServer, startBind } from '../helpers/bind9.js';
import { closedUdpPort } from '../helpers/closed-udp-port.js';
import { type KmsNetwork, startKmsNetwork } from '../helpers/kms-network.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';
import { CLI_PATH, type CliRun, REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { scratchDir } from '../helpers/scratch-dir.js';
import { buildSnapshot, type SnapshotSpec } from '../helpers/snapshot-builder.js';
import { snapshotSchemaErrors } from '../helpers/snapshot-schema.js';
import { assertOneLineUsageError } from '../helpers/usage-error.js';

const TIMEOUT = ['--timeout', '800'];
const SAMPLES = join(REPO_ROOT, 'samples');
const sample = (path: string) => join(SAMPLES, path);

const show = (run: CliRun) => `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(0, 3000)}\n--- stderr\n${run.stderr.slice(0, 2000)}`;

/** Exit 0 or 1 (ran), a JSON report on stdout that matches the published schema. */
function report(run: CliRun, label: string): Report {
  assert.ok(run.exitCode === 0 || run.exitCode === 1, `${label}: exit 0 or 1, never 2: ${show(run)}`);
  let value: Report;
  try {
    value = JSON.parse(run.stdout) as Report;
  } catch (error) {
    throw new Error(`${label}: stdout is not JSON (${String(error)}):\n${show(run)}`);
  }
  assert.equal(reportSchemaErrors(value), [], `${label}: schema-valid report`);
  assert.ok(value.client, `${label}: the report has a client section`);
  return value;
}

const ids = (value: Report) => value.findings.map((finding) => finding.ruleId);

/** A one-line usage error (test/helpers/usage-error.ts) whose message names each of `names`. */
function assertOneLineError(run: CliRun, names: Array<string | RegExp>, label: string): string {
  const line = assertOneLineUsageError(run, label);
  for (const name of names) assert.ok(typeof name === 'string' ? line.includes(name) : name.test(line), `${label}: the message names ${String(name)}: ${line}`);
  return line;
}

// ---------------------------------------------------------------------------------------------
// Zones. Each client's DNS view points at one of them; SRV targets resolve to the genuine KMS
// responder (kms-ok of the KMS test network, port 1688).
//
//   site-a.test    healthy: _vlmcs._tcp → kms1 (ready)          client (a) primary suffix
//   ad-a.test      healthy: _vlmcs._tcp → kms1.site-a.test      client (a) AD domain (comparison)
//   site-b.test    no _vlmcs record                             client (b) primary suffix
//   search-b.test  healthy: _vlmcs._tcp → kms1                  client (b) search list only
//   site-c.test    no records at all                            client (c), pinned to kms-nowhere.site-c.test
//   site-d.test    healthy at the apex; lookup.site-d.test      client (d) suffix, and its lookup domain
//                  has nothing (NXDOMAIN)
// ---------------------------------------------------------------------------------------------

const A = 'site-a.test';
const AD_A = 'ad-a.test';
const B = 'site-b.test';
const SEARCH_B = 'search-b.test';
const C = 'site-c.test';
const D = 'site-d.test';
const LOOKUP_D = `lookup.${D}`;
const PINNED_C = `kms-nowhere.${C}`;

const e2e = suite('client e2e: connectivity --snapshot / --dlv against BIND');
let kms: KmsNetwork | undefined;
let bind: BindServer | undefined;
let dir = '';
let setupError: unknown;

// uvu swallows errors thrown by `before` hooks, so keep the error and rethrow it from each test.
e2e.before(async () => {
  try {
    dir = mkdtempSync(join(tmpdir(), 'kmsd-client-e2e-'));
    kms = await startKmsNetwork();
    const address = kms.addressOf('kms-ok')!;
    const healthy = `_vlmcs._tcp IN SRV 0 100 1688 kms1\nkms1 IN A ${address}\n`;
    bind = await startBind({
      zones: [
        { name: A, records: healthy },
        { name: AD_A, records: `_vlmcs._tcp IN SRV 0 100 1688 kms1.${A}.\n` },
        { name: B, records: `www IN A ${address}\n` },
        { name: SEARCH_B, records: healthy },
        { name: C, records: '' },
        { name: D, records: healthy },
      ],
      // Every query named in the log, so the test sees what the CLI really asked.
      extraOptions: 'querylog yes;',
    });
  } catch (error) {
    setupError = error;
  }
});
e2e.after(async () => {
  await Promise.allSettled([bind?.stop(), kms?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function env(): { kms: KmsNetwork; bind: BindServer } {
  if (!kms || !bind) throw setupError ?? new Error('BIND or the KMS test network did not start');
  return { kms, bind };
}

/** Writes a snapshot whose DNS view asks the test BIND; asserts it is one the collector could write. */
function snapshotFile(name: string, spec: SnapshotSpec): string {
  const value: Snapshot = buildSnapshot({ ...spec, dns: spec.dns === null ? null : { dnsServers: [env().bind.address], ...spec.dns } });
  assert.equal(snapshotSchemaErrors(value), [], name);
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

/** The SRV and A/AAAA names BIND logged after `from` (a log offset), once the expected names arrived. */
async function queriesSince(from: number, expect: string[]): Promise<{ srv: string[]; address: string[] }> {
  const read = () => {
    const log = env().bind.log().slice(from);
    const names = (type: string) => [...log.matchAll(new RegExp(`query: (\\S+) IN ${type} `, 'g'))].map((match) => match[1]!.toLowerCase());
    return { srv: [...new Set(names('SRV'))], address: [...new Set([...names('A'), ...names('AAAA')])] };
  };
  // named logs as it answers, but the pipe to us may lag the CLI's exit by a moment.
  const arrived = () => {
    const { srv, address } = read();
    return expect.every((name) => srv.includes(name) || address.includes(name));
  };
  for (let waited = 0; waited < 2000 && !arrived(); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  return read();
}

async function connectivity(args: string[]): Promise<{ run: CliRun; logFrom: number }> {
  const logFrom = env().bind.log().length;
  const run = await runCli(['connectivity', ...args, '--dns-server', env().bind.server, ...TIMEOUT, '--json'], { timeoutMs: 30_000 });
  return { run, logFrom };
}

e2e('(a) healthy primary suffix: the plan queries _vlmcs._tcp.<suffix> only, discovery asked exactly that (plus comparison domains)', async () => {
  const path = snapshotFile('a-healthy', { computer: { domain: AD_A }, dns: { primaryDnsSuffix: A, suffixSearchList: [A] } });
  const { run, logFrom } = await connectivity(['--snapshot', path]);
  const value = report(run, '(a)');
  const client = value.client!;
  assert.is(client.plan.mode, 'dns');
  assert.equal(client.plan.queryNames, [`_vlmcs._tcp.${A}`]);
  assert.equal(client.plan.comparisonDomains, [AD_A]);
  assert.equal(
    value.discovery.map((discovery) => discovery.queryName),
    [`_vlmcs._tcp.${A}`, `_vlmcs._tcp.${AD_A}`],
  );
  assert.equal(value.input.domains, [A]);
  assert.equal(
    value.discovery.map((discovery) => discovery.role),
    ['query', 'comparison'],
  );
  assert.ok(
    value.discovery.every((discovery) => discovery.answers.every((answer) => answer.status === 'ok' && answer.records === 1)),
    'both zones answer with their SRV record',
  );
  const logged = await queriesSince(logFrom, [`_vlmcs._tcp.${A}`, `_vlmcs._tcp.${AD_A}`]);
  assert.equal(logged.srv.sort(), [`_vlmcs._tcp.${A}`, `_vlmcs._tcp.${AD_A}`].sort(), 'BIND saw exactly these SRV queries');
  const target = value.targets.find((t) => t.name === `kms1.${A}` && t.domain === A);
  assert.ok(target, `kms1.${A} listed: ${value.targets.map((t) => t.name).join(', ')}`);
  assert.is(target!.verdict, 'ready');
  assert.is(target!.endpoints[0]!.address, env().kms.addressOf('kms-ok'));
  assert.equal(
    ids(value).filter((id) => id.startsWith('client/') || id.startsWith('dns/') || id.startsWith('kms/')),
    [],
    'nothing wrong with this client',
  );
  assert.is(run.exitCode, 0, show(run));
});

e2e('(b) suffix zone empty, records only in a search-list domain → client/suffix-mismatch', async () => {
  const path = snapshotFile('b-mismatch', { computer: { domain: B }, dns: { primaryDnsSuffix: B, suffixSearchList: [B, SEARCH_B] } });
  const { run, logFrom } = await connectivity(['--snapshot', path]);
  const value = report(run, '(b)');
  assert.is(run.exitCode, 1, show(run));
  assert.equal(value.client!.plan.queryNames, [`_vlmcs._tcp.${B}`]);
  assert.equal(value.client!.plan.comparisonDomains, [SEARCH_B]);
  assert.equal(
    value.discovery.map((discovery) => [discovery.queryName, discovery.answers[0]!.status]),
    [
      [`_vlmcs._tcp.${B}`, 'dns-nxdomain'],
      [`_vlmcs._tcp.${SEARCH_B}`, 'ok'],
    ],
  );
  const mismatch = value.findings.find((finding) => finding.ruleId === 'client/suffix-mismatch');
  assert.ok(mismatch, ids(value).join(', '));
  assert.is(mismatch!.target, SEARCH_B);
  assert.match(mismatch!.message, `but the client queries _vlmcs._tcp.${B}`);
  assert.ok(mismatch!.remedy.includes(`Point the client at that domain: slmgr.vbs /skms-domain ${SEARCH_B}`));
  assert.ok(ids(value).includes('dns/srv-missing'));
  assert.equal((await queriesSince(logFrom, [`_vlmcs._tcp.${B}`, `_vlmcs._tcp.${SEARCH_B}`])).srv.sort(), [`_vlmcs._tcp.${B}`, `_vlmcs._tcp.${SEARCH_B}`].sort());
});

e2e('(c) pinned to a name with no address → client/manual-host-unusable; the plan queries no SRV name', async () => {
  const path = snapshotFile('c-pinned', { service: { kmsMachine: PINNED_C, kmsPort: 1688 }, computer: { domain: C }, dns: { primaryDnsSuffix: C, suffixSearchList: [C] } });
  const { run, logFrom } = await connectivity(['--snapshot', path]);
  const value = report(run, '(c)');
  assert.is(run.exitCode, 1, show(run));
  const plan = value.client!.plan;
  assert.is(plan.mode, 'manual');
  assert.is(plan.manualHost, `${PINNED_C}:1688`);
  assert.equal(plan.queryNames, [], 'a pinned client sends no SRV query at all');
  assert.ok(
    value.discovery.every((discovery) => plan.comparisonDomains.includes(discovery.domain)),
    "whatever SRV name was checked only explains; it is not the client's query",
  );
  const pinned = value.targets.find((target) => target.name === PINNED_C);
  assert.ok(pinned);
  assert.equal([pinned!.source, pinned!.role, pinned!.verdict], ['kms-host', 'pinned', 'unresolved']);
  const finding = value.findings.find((f) => f.ruleId === 'client/manual-host-unusable');
  assert.ok(finding, ids(value).join(', '));
  assert.is(finding!.target, PINNED_C);
  assert.match(finding!.message, 'unresolved');
  const logged = await queriesSince(logFrom, [PINNED_C]);
  assert.ok(logged.address.includes(PINNED_C), `the pinned name was resolved through BIND: ${logged.address.join(', ')}`);
});

e2e('(d) lookup domain NXDOMAIN → client/lookup-domain-without-records, no fallback to the healthy own suffix', async () => {
  const path = snapshotFile('d-lookup', { service: { lookupDomain: LOOKUP_D }, computer: { domain: D }, dns: { primaryDnsSuffix: D, suffixSearchList: [D] } });
  const { run } = await connectivity(['--snapshot', path]);
  const value = report(run, '(d)');
  assert.is(run.exitCode, 1, show(run));
  assert.is(value.client!.plan.mode, 'lookup-domain');
  assert.equal(value.client!.plan.queryNames, [`_vlmcs._tcp.${LOOKUP_D}`]);
  assert.equal(
    value.discovery.find((discovery) => discovery.domain === LOOKUP_D)?.answers.map((answer) => answer.status),
    ['dns-nxdomain'],
  );
  const finding = value.findings.find((f) => f.ruleId === 'client/lookup-domain-without-records');
  assert.ok(finding, ids(value).join(', '));
  assert.is(finding!.target, LOOKUP_D);
  assert.ok(ids(value).includes('client/suffix-mismatch'), 'the records in its own suffix are not used');
});

let englishProduct: unknown;
let englishPlan: unknown;

e2e('(e) connectivity --dlv client-en.txt --domain <zone>: the named domain is checked, the cached host too', async () => {
  const { run } = await connectivity(['--dlv', sample('dlv/client-en.txt'), '--domain', A]);
  const value = report(run, '(e)');
  const client = value.client!;
  assert.equal(client.sources, ['slmgr-dlv']);
  assert.equal(client.product, { name: 'Windows(R), Enterprise edition', channel: 'VOLUME_KMSCLIENT', licenseStatus: 1, gracePeriodRemainingMinutes: 259197 });
  assert.is(client.plan.mode, 'unknown', '/dlv does not show the DNS settings');
  assert.match(client.plan.steps.join(' '), `--domain: ${A}`);
  assert.is(client.plan.cachedHost, 'kms01.contoso.com:1688');
  assert.equal(
    value.discovery.map((discovery) => discovery.queryName),
    [`_vlmcs._tcp.${A}`],
  );
  const cached = value.targets.find((target) => target.name === 'kms01.contoso.com');
  assert.equal([cached?.source, cached?.role], ['kms-host', 'cached']);
  assert.ok(value.targets.some((target) => target.name === `kms1.${A}` && target.verdict === 'ready'));
  englishProduct = client.product;
  englishPlan = client.plan;
});

e2e('(f) connectivity --dlv client-ja.txt --slmgr-ini slmgr-0411.ini: the same client as (e)', async () => {
  const { run } = await connectivity(['--dlv', sample('dlv/client-ja.txt'), '--slmgr-ini', sample('dlv/slmgr-0411.ini'), '--domain', A]);
  const value = report(run, '(f)');
  assert.ok(englishProduct, '(e) ran first');
  assert.equal(value.client!.product, englishProduct);
  assert.equal(value.client!.plan, englishPlan);
  assert.not.ok(
    value.client!.notes.some((note) => /not English|not known/.test(note)),
    value.client!.notes.join('\n'),
  );
});

e2e.run();

// ---------------------------------------------------------------------------------------------
const offline = suite('client e2e: analyze every sample combination (offline)');
const scratch = scratchDir(offline, 'kmsd-client-analyze-');

async function analyze(files: string[], label: string): Promise<{ run: CliRun; value: Report }> {
  const run = await runCli(['analyze', ...files, '--json']);
  assert.is(run.stderr, '', `${label}: nothing on stderr`);
  const value = report(run, label);
  assert.is(value.command, 'analyze');
  assert.equal(value.results, [], `${label}: offline, nothing probed`);
  return { run, value };
}

/** Every sample snapshot, so a new one is covered too; the known ones get their findings checked. */
const SNAPSHOTS = readdirSync(join(SAMPLES, 'snapshots'))
  .filter((name) => name.endsWith('.json'))
  .sort();

for (const name of SNAPSHOTS) {
  offline(`analyze samples/snapshots/${name}`, async () => {
    const { run, value } = await analyze([sample(`snapshots/${name}`)], name);
    const client = value.client!;
    assert.ok(client.sources.length > 0, 'the report says where the facts came from');
    if (name === 'client-dns-discovery-ok.json') {
      // Activated at the last attempt; the 8198 a week earlier is history. Offline, nothing says the cached host is stale.
      assert.equal(ids(value), ['events/activation-failures-logged']);
      assert.is(value.findings[0]!.severity, 'info');
      assert.is(client.plan.mode, 'dns');
      assert.equal(client.plan.queryNames, ['_vlmcs._tcp.contoso.com', '_vlmcs._tcp.emea.contoso.com']);
      assert.is(client.plan.cachedHost, 'kms01.contoso.com:1688');
      assert.is(run.exitCode, 0, show(run));
    } else if (name === 'client-skms-old-host.json') {
      // Pinned to kms-old; its last 12288 got no 12289.
      assert.is(client.plan.mode, 'manual');
      assert.is(client.plan.manualHost, 'kms-old.contoso.com:1688');
      // 38,870 of 259,200 minutes left: renewals have failed for months, on the host it is pinned to.
      assert.equal(ids(value), ['events/request-unanswered', 'events/activation-failures-logged', 'client/renewal-overdue']);
      assert.is(client.attempts.at(-1)!.host, 'kms-old.contoso.com:1688');
      assert.is(run.exitCode, 1, show(run));
    } else if (name === 'kms-host-publish-list.json') {
      // A KMS host alone: its own state is analysed; there is no client clock to compare.
      assert.is(client.computer, 'KMS01');
      assert.equal(
        ids(value).filter((id) => id.startsWith('client/')),
        [],
        'a licensed KMS host is not a misconfigured client',
      );
    }
  });
}

offline('analyze samples/dlv/client-en.txt + samples/events/client-wevtutil.xml', async () => {
  const { run, value } = await analyze([sample('dlv/client-en.txt'), sample('events/client-wevtutil.xml')], 'dlv+xml');
  const client = value.client!;
  assert.equal(client.sources, ['slmgr-dlv', 'events']);
  assert.is(client.product?.channel, 'VOLUME_KMSCLIENT');
  // Three attempts: unanswered (kms-old), 0xC004F06C, then activated the next day; the 8198 before is history.
  assert.equal(
    client.attempts.map((attempt) => [attempt.answered, attempt.responseHresult]),
    [
      [false, null],
      [true, '0xC004F06C'],
      [true, '0x00000000'],
    ],
  );
  assert.is(client.attempts.at(-1)!.activated, true);
  assert.equal(client.failureCodes, ['0xC004F074']);
  // kms-old was tried once, unanswered, next to kms01 twice: called out, but the client activated since.
  assert.equal(ids(value), ['events/unusual-host', 'events/activation-failures-logged']);
  assert.equal(
    value.findings.map((finding) => finding.severity),
    ['warning', 'info'],
  );
  assert.match(value.findings[0]!.message, 'went to kms-old.contoso.com:1688, a host this client tried only once, and got no answer');
  assert.is(run.exitCode, 0, show(run));
});

offline('analyze a client snapshot + the host snapshot: clocks compared (70 minutes apart: no skew)', async () => {
  const { value } = await analyze([sample('snapshots/client-dns-discovery-ok.json'), sample('snapshots/kms-host-publish-list.json')], 'client+host');
  assert.is(value.client!.computer, 'CLIENT01', 'the client is the subject, the host gives the clock');
  assert.not.ok(ids(value).includes('client/clock-skew'));
});

offline('analyze a client snapshot 5 hours fast + the host snapshot → client/clock-skew', async () => {
  const client = JSON.parse(readFileSync(sample('snapshots/client-dns-discovery-ok.json'), 'utf8')) as Snapshot;
  const host = JSON.parse(readFileSync(sample('snapshots/kms-host-publish-list.json'), 'utf8')) as Snapshot;
  client.clockUtc = new Date(Date.parse(host.clockUtc!) + 5 * 3_600_000).toISOString();
  const path = join(scratch(), 'client-fast.json');
  writeFileSync(path, JSON.stringify(client));
  const { run, value } = await analyze([path, sample('snapshots/kms-host-publish-list.json')], 'fast client+host');
  const skew = value.findings.find((finding) => finding.ruleId === 'client/clock-skew');
  assert.ok(skew, ids(value).join(', '));
  assert.match(skew!.message, '5.0 hours ahead of');
  assert.is(run.exitCode, 1, show(run));
  // The order of the files does not matter.
  const swapped = await analyze([sample('snapshots/kms-host-publish-list.json'), path], 'host+fast client');
  assert.ok(ids(swapped.value).includes('client/clock-skew'));
});

offline('analyze samples/events/client-get-winevent.json alone: count 11–12 of 25, 0xC004F038', async () => {
  const { run, value } = await analyze([sample('events/client-get-winevent.json')], 'get-winevent');
  assert.equal(value.client!.sources, ['events']);
  assert.is(value.client!.product, null);
  assert.is(value.client!.plan.mode, 'unknown');
  assert.equal(ids(value), ['events/last-attempt-failed', 'events/count-below-threshold', 'events/activation-failures-logged']);
  assert.ok(value.findings[0]!.remedy[0]!.includes('kmsdoctor explain 0xC004F038'));
  assert.is(run.exitCode, 1, show(run));
});

offline('analyze samples/events/client-export.csv alone: fields read from Message, the unanswered last 12288 and the 8198 after it', async () => {
  const { run, value } = await analyze([sample('events/client-export.csv')], 'csv');
  assert.equal(ids(value), ['events/request-unanswered', 'events/activation-failures-logged']);
  assert.ok(
    value.client!.notes.some((note) => note.includes('Properties column holds a .NET type name')),
    value.client!.notes.join('\n'),
  );
  assert.is(run.exitCode, 1, show(run));
});

offline('analyze the CSV as PowerShell 7 writes it (no #TYPE line): read as events, not as /dlv text', async () => {
  const path = join(scratch(), 'pwsh7-export.csv');
  writeFileSync(path, readFileSync(sample('events/client-export.csv'), 'utf8').replace(/^#TYPE[^\n]*\n/, ''));
  const { value } = await analyze([path], 'csv without #TYPE');
  assert.equal(value.client!.sources, ['events']);
  assert.equal(ids(value), ['events/request-unanswered', 'events/activation-failures-logged']);
});

offline.run();

// ---------------------------------------------------------------------------------------------
const bad = suite('client e2e: bad input');
let badDir = '';
let safeDns = '';

bad.before(async () => {
  badDir = mkdtempSync(join(tmpdir(), 'kmsd-client-bad-'));
  safeDns = `127.0.0.1:${await closedUdpPort()}`;
});
bad.after(() => {
  if (badDir) rmSync(badDir, { recursive: true, force: true });
});

bad('a truncated snapshot → exit 2, one line naming the file (analyze and connectivity --snapshot)', async () => {
  const text = readFileSync(sample('snapshots/client-dns-discovery-ok.json'), 'utf8');
  const path = join(badDir, 'cut.json');
  writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
  const line = assertOneLineError(await runCli(['analyze', path, '--json']), [path], 'analyze cut.json');
  assert.match(line, /not valid JSON|cut short/);
  assertOneLineError(await runCli(['connectivity', '--snapshot', path, '--dns-server', safeDns, '--json']), [path], 'connectivity --snapshot cut.json');
});

bad('a snapshot with a wrong field type → exit 2 naming the file and the field path', async () => {
  const value = JSON.parse(readFileSync(sample('snapshots/client-skms-old-host.json'), 'utf8')) as { service: Record<string, unknown> };
  value.service.kmsPort = '1688';
  const path = join(badDir, 'typed.json');
  writeFileSync(path, JSON.stringify(value, null, 2));
  assertOneLineError(await runCli(['analyze', path, '--json']), [path, '/service/kmsPort'], 'analyze typed.json');
  assertOneLineError(await runCli(['connectivity', '--snapshot', path, '--dns-server', safeDns, '--json']), [path, '/service/kmsPort'], 'connectivity typed.json');
});

bad('German-looking /dlv text without an ini → runs, with a warning in client.notes', async () => {
  const path = join(badDir, 'dlv-de.txt');
  writeFileSync(
    path,
    [
      'Softwarelizenzierungsdienst-Version: 10.0.19041.5072',
      '',
      'Name: Windows(R), Enterprise edition',
      'Beschreibung: Windows(R) Operating System, VOLUME_KMSCLIENT channel',
      'Aktivierungs-ID: 73111121-5638-40f6-bc11-f1d7b0d64300',
      'Anwendungs-ID: 55c92734-d682-4d71-983e-d6ec3f16059f',
      'Teil-Product Key: 2YT43',
      'Lizenzstatus: Lizenziert',
      'Ablauf der Volumenaktivierung: 259197 Minute(n) (180 Tag(e))',
      '',
      'Informationen zum Schlüsselverwaltungsdienst-Client',
      '    Client-Computer-ID (CMID): 3b1d1b3c-5c8e-4c4e-9d2a-6f0e2b7a1c44',
      '    KMS-Hostzwischenspeicherung ist aktiviert',
      '',
    ].join('\r\n'),
  );
  const run = await runCli(['analyze', path, '--json']);
  const value = report(run, 'German dlv');
  assert.is(value.client!.product?.channel, 'VOLUME_KMSCLIENT', 'language-independent values are still read');
  assert.ok(
    value.client!.notes.some((note) => /not English/.test(note) && /slmgr\.ini/.test(note)),
    value.client!.notes.join('\n'),
  );
});

bad('an event XML with a DOCTYPE / ENTITY (billion laughs) → exit 2, one line, quickly', async () => {
  const path = join(badDir, 'laughs.xml');
  const entities = Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
  writeFileSync(
    path,
    `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol0 "lol">\n${entities}\n]>\n<Events><Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><EventID>12288</EventID><TimeCreated SystemTime='2025-03-11T09:02:17Z'/></System><EventData><Data>&lol9;</Data></EventData></Event></Events>\n`,
  );
  const run = await runCli(['analyze', path, '--json'], { timeoutMs: 20_000 });
  assertOneLineError(run, [path, /DOCTYPE|ENTITY/], 'billion laughs');
  assert.ok(run.durationMs < 10_000, `took ${Math.round(run.durationMs)} ms`);
  assertOneLineError(await runCli(['connectivity', '--events', path, '--dns-server', safeDns, '--json']), [path], 'connectivity --events billion laughs');
});

/** Runs the CLI, sampling its peak RSS (VmHWM) from /proc until it exits. */
function runMeasured(args: string[], timeoutMs: number): Promise<{ exitCode: number | null; stderr: string; stdout: string; peakKb: number; durationMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI_PATH, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const sample = () => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      } catch {
        // Gone between the check and the read.
      }
    };
    const poll = setInterval(sample, 5);
    const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (exitCode) => {
      clearInterval(poll);
      clearTimeout(kill);
      resolve({ exitCode, stdout, stderr, peakKb, durationMs: performance.now() - started });
    });
  });
}

bad('a 2 GB sparse file → exit 2 quickly with bounded memory, never a crash (whatever its head claims)', async () => {
  const heads: Array<[string, string]> = [
    ['zeros.bin', ''],
    ['dlv.txt', 'Name: Windows(R), Enterprise edition\r\n'],
    ['events.xml', '<Events>'],
    ['events.json', '['],
    ['snapshot.json', '{"kind": "kms-doctor-snapshot", '],
  ];
  for (const [name, head] of heads) {
    const path = join(badDir, name);
    writeFileSync(path, head);
    truncateSync(path, 2 * 1024 ** 3);
    const run = await runMeasured(['analyze', path, '--json'], 60_000);
    assert.is(run.exitCode, 2, `${name}: exit ${run.exitCode}\n${run.stderr}`);
    assert.is(run.stdout, '', name);
    const lines = run.stderr.trimEnd().split('\n');
    assert.is(lines.length, 1, `${name}: one line: ${run.stderr}`);
    assert.match(lines[0]!, /^kmsdoctor: /);
    assert.ok(lines[0]!.includes(path), `${name}: names the file: ${lines[0]}`);
    assert.not.match(run.stderr, /internal error|heap|ERR_/);
    assert.ok(run.durationMs < 15_000, `${name}: took ${Math.round(run.durationMs)} ms`);
    assert.ok(run.peakKb > 0 && run.peakKb < 300 * 1024, `${name}: peak RSS ${run.peakKb} kB`);
    rmSync(path);
  }
});

bad('--snapshot and --dlv together → exit 2', async () => {
  const run = await runCli([
    'connectivity',
    '--snapshot',
    sample('snapshots/client-dns-discovery-ok.json'),
    '--dlv',
    sample('dlv/client-en.txt'),
    '--dns-server',
    safeDns,
    '--json',
  ]);
  assertOneLineError(run, ['--snapshot', '--dlv'], 'snapshot+dlv');
});

bad('--slmgr-ini without --dlv → exit 2 (with --snapshot, or alone)', async () => {
  assertOneLineError(await runCli(['connectivity', '--slmgr-ini', sample('dlv/slmgr-0411.ini'), '--dns-server', safeDns, '--json']), ['--slmgr-ini', '--dlv'], 'ini alone');
  assertOneLineError(
    await runCli(['connectivity', '--snapshot', sample('snapshots/client-dns-discovery-ok.json'), '--slmgr-ini', sample('dlv/slmgr-0411.ini'), '--dns-server', safeDns, '--json']),
    ['--slmgr-ini'],
    'ini with a snapshot',
  );
});

bad.run();
