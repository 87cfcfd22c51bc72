import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { probeSrv } from '../../probes/srv-discovery.js';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { checkConnectivity } from '../../src/engine/connectivity.js';
import { type BindServer, startBind } from '../helpers/bind9.js';
import { englishRuns } from '../helpers/english-runs.js';
import { definitionErrors, reportSchemaErrors } from '../helpers/report-schema.js';

/** Every file in samples/ is read here, so no sample can silently go stale. */
const SAMPLES = join(PACKAGE_ROOT, 'samples');
const files = (folder: string, extension: string) =>
  readdirSync(join(SAMPLES, folder))
    .filter((name) => name.endsWith(extension))
    .map((name) => join(SAMPLES, folder, name));

const reports = suite('samples/reports');

reports('there are sample reports of every format', () => {
  assert.ok(files('reports', '.json').length > 0);
  assert.ok(files('reports', '.ndjson').length > 0);
  assert.ok(files('reports', '.txt').length > 0);
});

reports('every JSON sample is a valid report', () => {
  for (const file of files('reports', '.json')) {
    assert.equal(reportSchemaErrors(JSON.parse(readFileSync(file, 'utf8'))), [], file);
  }
});

reports('every NDJSON sample streams results first, the summary last, each line valid', () => {
  for (const file of files('reports', '.ndjson')) {
    const lines = readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; result?: unknown; finding?: unknown });
    const types = lines.map((line) => line.type);
    assert.is(types.at(-1), 'summary', file);
    assert.is(types.indexOf('summary'), types.length - 1, file);
    assert.ok(types.lastIndexOf('result') < types.indexOf('target'), `${file}: result lines come before target lines`);
    for (const line of lines) {
      if (line.type === 'result') assert.equal(definitionErrors('probeResult', line.result), [], file);
      if (line.type === 'finding') assert.equal(definitionErrors('finding', line.finding), [], file);
    }
  }
});

reports('every human sample is plain text ending with the lab self-check', () => {
  for (const file of files('reports', '.txt')) {
    const text = readFileSync(file, 'utf8');
    assert.not.match(text, /\x1b\[/, `${file} has colour codes`);
    // In the sample's own language: English, or Japanese for lab-ja.txt.
    assert.match(text, /Lab self-check: all 3 planted faults were diagnosed|ラボの自己チェック: 仕込んだ 3 件の障害をすべて検出し/);
  }
});

reports('the Japanese human sample has its frames in Japanese and keeps ids and PASS/FAIL', () => {
  const text = readFileSync(join(SAMPLES, 'reports', 'lab-ja.txt'), 'utf8');
  assert.match(text, /\n検出事項\n/);
  assert.match(text, /^組み込みラボ: lab\.kms-doctor\.test/);
  assert.match(text, /\nFAIL {2}エラー \d+ 件、警告 \d+ 件、情報 \d+ 件 — プローブ \d+ 件 \(\d+ ms\)\n/);
  assert.match(text, /srv\/target-unresolvable/);
});

reports('the Japanese readiness page says its language and has no English sentence outside ids, codes, names and commands', () => {
  const page = readFileSync(join(SAMPLES, 'reports', 'readiness-ja.html'), 'utf8');
  assert.match(page, /^<!DOCTYPE html>\n<html lang="ja">/);
  assert.match(page, /<h1>KMS 展開準備レポート<\/h1>/);
  // The lab's planted faults, by their ids, and the checks' fixed state words.
  for (const kept of ['srv/target-unresolvable', 'tcp/kms-port-closed', 'rpc/not-kms-endpoint', 'FAIL']) assert.ok(page.includes(kept), kept);
  assert.equal(englishRuns(page), []);
});

reports.run();

const absolute = (name: string, origin: string) => (name.endsWith('.') ? name.slice(0, -1) : `${name}.${origin}`);

/** The SRV lines of a zone file, as `priority weight port target ttl` with absolute targets. */
function srvLinesOf(zoneText: string, origin: string): string[] {
  return zoneText
    .split('\n')
    .map((line) => line.replace(/;.*/, '').trim())
    .map((line) => /^(\S+)\s+(\d+)\s+IN\s+SRV\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && match[1] === '_vlmcs._tcp')
    .map((match) => `${match[3]} ${match[4]} ${match[5]} ${absolute(match[6]!, origin)} ${match[2]}`)
    .sort();
}

const zones = suite('samples/zones on BIND');
let bind: BindServer | undefined;
let setupError: unknown;
const zoneFiles = files('zones', '.zone');

zones.before(async () => {
  try {
    bind = await startBind({
      zones: zoneFiles.map((file) => ({
        name: file
          .split('/')
          .at(-1)!
          .replace(/\.zone$/, ''),
        records: readFileSync(file, 'utf8'),
      })),
    });
  } catch (error) {
    setupError = error;
  }
});
zones.after(async () => bind?.stop());

zones('BIND serves exactly the SRV records written in each sample zone', async () => {
  if (setupError) throw setupError;
  for (const file of zoneFiles) {
    const origin = file
      .split('/')
      .at(-1)!
      .replace(/\.zone$/, '');
    const result = await probeSrv({ domain: origin, server: { address: bind!.address, port: bind!.port }, timeoutMs: 2000 });
    assert.is(result.status, 'ok', file);
    const served = result.data!.records.map((record) => `${record.priority} ${record.weight} ${record.port} ${record.target} ${record.ttl}`).sort();
    assert.equal(served, srvLinesOf(readFileSync(file, 'utf8'), origin), file);
  }
});

zones('the contoso sample shows its stale record as unresolved and its live hosts as resolved', async () => {
  if (setupError) throw setupError;
  const facts = await checkConnectivity({
    domains: ['contoso.test'],
    kmsHosts: [],
    dnsServers: [{ address: bind!.address, port: bind!.port }],
    timeoutMs: 1000,
    deadlineMs: 5000,
    concurrency: 16,
    phases: { activationPort: false, managementPort: false, rpc: false },
  });
  const verdicts = Object.fromEntries(facts.targets.map((target) => [target.name, target.verdict]));
  assert.equal(verdicts, {
    'kms01.contoso.test': 'not-tested',
    'kms02.contoso.test': 'not-tested',
    'kms-2012.contoso.test': 'unresolved',
    'pc-test-17.contoso.test': 'not-tested',
  });
  const kms02 = facts.targets.find((target) => target.name === 'kms02.contoso.test')!;
  assert.equal(kms02.endpoints.map((endpoint) => endpoint.address).sort(), ['127.0.0.1', '::1']);
});

zones.run();
