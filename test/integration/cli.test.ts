/**
 * The built CLI (the bundle dist/kmsdoctor.cjs) as a user runs it: exit codes, one-line usage errors, the
 * JSON/NDJSON/human outputs, and the network commands against BIND + a network namespace.
 * Needs `npm run build` first (test/run-all.sh does it).
 */
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { RULE_IDS } from '../../src/catalog/findings.js';
import { type Report, SCHEMA_VERSION } from '../../src/report/report.js';
import { startBefore } from '../helpers/before-fixture.js';
import { closedUdpPort } from '../helpers/closed-udp-port.js';
import { fqdn, KMS_NET_HOSTS, type KmsNetwork, startKmsNetwork, ZONE } from '../helpers/kms-network.js';
import { definitionErrors, reportSchemaErrors } from '../helpers/report-schema.js';
import { type CliRun, REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { assertOneLineUsageError } from '../helpers/usage-error.js';

const PKG = JSON.parse(readFileSync(`${REPO_ROOT}/package.json`, 'utf8')) as { version: string };

const show = (run: CliRun) => `exit ${run.exitCode}\n--- stdout\n${run.stdout.slice(0, 2000)}\n--- stderr\n${run.stderr.slice(0, 2000)}`;

function parseJson(run: CliRun): Report {
  try {
    return JSON.parse(run.stdout) as Report;
  } catch (error) {
    throw new Error(`stdout is not JSON (${String(error)}):\n${show(run)}`);
  }
}

/** A one-line usage error (test/helpers/usage-error.ts) that, unless `names` is null, names the input. */
function assertUsageError(run: CliRun, names: string | RegExp | null, label: string): void {
  const line = assertOneLineUsageError(run, label);
  if (names !== null) assert.ok(typeof names === 'string' ? line.includes(names) : names.test(line), `${label}: the message names the input (${String(names)}): ${line}`);
}

// ---------------------------------------------------------------------------------------------
const basics = suite('cli: version, help, usage errors (exit 2)');
let safeDns = '';

basics.before(async () => {
  // Where a command would ask DNS if validation ever let bad input through: loopback, nothing listening.
  safeDns = `127.0.0.1:${await closedUdpPort()}`;
});

basics('--version prints the package version, exit 0', async () => {
  const run = await runCli(['--version']);
  assert.is(run.exitCode, 0, show(run));
  assert.is(run.stdout, `${PKG.version}\n`);
  assert.is(run.stderr, '');
});

basics('--help, exit 0, lists the commands and exit codes', async () => {
  const run = await runCli(['--help']);
  assert.is(run.exitCode, 0, show(run));
  for (const command of ['connectivity', 'srv', 'port', 'rpc', 'lab', 'explain']) assert.match(run.stdout, `kmsdoctor ${command}`);
  assert.match(run.stdout, 'Exit codes: 0');
  assert.is(run.stderr, '');
});

basics("a command's --help, exit 0", async () => {
  const run = await runCli(['connectivity', '--help']);
  assert.is(run.exitCode, 0, show(run));
  assert.match(run.stdout, '--dns-server');
  assert.match(run.stdout, '--kms-host');
});

const long300 = `${'a'.repeat(49)}.`.repeat(6) + 'com'; // 303 characters, every label valid
const label64 = `${'b'.repeat(64)}.com`;
const host254 = `${'c'.repeat(62)}.`.repeat(4) + 'example'; // 259 characters

const BAD_INPUT: Array<{ label: string; args: () => Array<string | Uint8Array>; names: string | RegExp | null }> = [
  { label: 'domain with an empty label', args: () => ['connectivity', '--domain', 'bad..name', '--dns-server', safeDns], names: '"bad..name"' },
  { label: 'domain starting with a hyphen (--domain=-x.com)', args: () => ['connectivity', '--domain=-x.com', '--dns-server', safeDns], names: '"-x.com"' },
  { label: '300-character domain', args: () => ['srv', long300, '--dns-server', safeDns], names: long300.slice(0, 40) },
  { label: '64-character label', args: () => ['srv', label64, '--dns-server', safeDns], names: label64 },
  { label: 'too long --kms-host name', args: () => ['connectivity', '--kms-host', host254, '--dns-server', safeDns], names: host254.slice(0, 40) },
  {
    label: 'domain with invalid UTF-8 bytes',
    args: () => ['srv', Buffer.from([0x6b, 0x6d, 0x73, 0xff, 0xfe, 0x2e, 0x74, 0x65, 0x73, 0x74]), '--dns-server', safeDns],
    names: /"kms\uFFFD+\.test" is not valid UTF-8/,
  },
  { label: '--dns-server not an IP', args: () => ['connectivity', '--domain', 'corp.test', '--dns-server', 'not-an-ip'], names: '"not-an-ip"' },
  { label: '--dns-server port out of range', args: () => ['connectivity', '--domain', 'corp.test', '--dns-server', '1.2.3.4:99999'], names: '99999' },
  { label: 'unknown flag', args: () => ['connectivity', '--domain', 'corp.test', '--dns-server', safeDns, '--bogus'], names: 'bogus' },
  { label: 'port out of range (port --port 70000)', args: () => ['port', '127.0.0.1', '--port', '70000'], names: '"70000"' },
  { label: 'port 0 in an endpoint (rpc host:0)', args: () => ['rpc', '127.0.0.1:0'], names: '"127.0.0.1:0"' },
  { label: '--timeout 0', args: () => ['connectivity', '--domain', 'corp.test', '--dns-server', safeDns, '--timeout', '0'], names: '--timeout "0"' },
  { label: '--json with --ndjson', args: () => ['connectivity', '--domain', 'corp.test', '--dns-server', safeDns, '--json', '--ndjson'], names: /--json.*--ndjson/ },
  { label: 'explain an unknown id', args: () => ['explain', 'no/such-id'], names: '"no/such-id"' },
  // yargs reads "-x.com" after --domain as short flags, so the line names the flag, not the domain.
  { label: 'domain starting with a hyphen (--domain -x.com)', args: () => ['connectivity', '--domain', '-x.com', '--dns-server', safeDns], names: null },
  { label: 'unknown flag without a command', args: () => ['--bogus'], names: null },
  { label: 'no command at all', args: () => [], names: 'name a command' },
];

for (const { label, args, names } of BAD_INPUT) {
  basics(`bad input → exit 2, one line: ${label}`, async () => {
    assertUsageError(await runCli(args()), names, label);
  });
}

basics('an unreachable DNS server is a finding (exit 1, dns/server-unreachable), not a crash', async () => {
  const server = `127.0.0.1:${await closedUdpPort()}`;
  const run = await runCli(['connectivity', '--domain', 'corp.test', '--dns-server', server, '--timeout', '1000', '--json']);
  assert.is(run.exitCode, 1, show(run));
  assert.is(run.stderr, '');
  const report = parseJson(run);
  assert.equal(reportSchemaErrors(report), []);
  assert.equal(
    report.findings.map((f) => f.ruleId),
    ['dns/server-unreachable'],
  );
  assert.is(report.findings[0]!.target, server);
  assert.is(report.results[0]!.status, 'refused');
});

basics.run();

// ---------------------------------------------------------------------------------------------
const lab = suite('cli: lab and explain');

lab('lab --json: exit 0, stdout is one schema-valid report', async () => {
  const run = await runCli(['lab', '--json']);
  assert.is(run.exitCode, 0, show(run));
  assert.is(run.stderr, '');
  const report = parseJson(run);
  assert.equal(reportSchemaErrors(report), []);
  assert.is(report.command, 'lab');
  assert.ok(report.targets.some((t) => t.name.startsWith('kms01.') && t.verdict === 'ready'));
});

lab('lab --ndjson: typed JSON lines, results first, summary last, result lines valid probeResults', async () => {
  const run = await runCli(['lab', '--ndjson']);
  assert.is(run.exitCode, 0, show(run));
  assert.is(run.stderr, '');
  assert.ok(run.stdout.endsWith('\n'));
  const lines = run.stdout
    .slice(0, -1)
    .split('\n')
    .map((line, i) => {
      try {
        return JSON.parse(line) as { type: string; schemaVersion: number; result?: unknown; target?: unknown; finding?: unknown; report?: Record<string, unknown> };
      } catch {
        throw new Error(`line ${i + 1} is not JSON: ${line}`);
      }
    });
  const types = lines.map((line) => line.type);
  for (const type of types) assert.ok(['result', 'target', 'finding', 'summary'].includes(type), type);
  for (const line of lines) assert.is(line.schemaVersion, SCHEMA_VERSION);
  const lastResult = types.lastIndexOf('result');
  assert.ok(lastResult >= 0, 'there are result lines');
  assert.ok(
    types.slice(0, lastResult + 1).every((type) => type === 'result'),
    `results first: ${types.join(' ')}`,
  );
  assert.is(types.indexOf('summary'), types.length - 1, 'one summary, last');
  for (const line of lines.filter((l) => l.type === 'result')) assert.equal(definitionErrors('probeResult', line.result), [], JSON.stringify(line.result));
  for (const line of lines.filter((l) => l.type === 'target')) assert.equal(definitionErrors('target', line.target), []);
  for (const line of lines.filter((l) => l.type === 'finding')) assert.equal(definitionErrors('finding', line.finding), []);
  // The summary is the report without results; with the streamed results put back it is a valid report.
  const summary = lines.at(-1)!.report!;
  assert.not.ok('results' in summary, 'the summary does not repeat the results');
  const results = lines.filter((l) => l.type === 'result').map((l) => l.result);
  assert.equal(reportSchemaErrors({ ...summary, results }), []);
  assert.is((summary.summary as { probes: number }).probes, results.length);
});

lab('lab (human, NO_COLOR): no escape characters, ends with the self-check line', async () => {
  const run = await runCli(['lab']);
  assert.is(run.exitCode, 0, show(run));
  assert.not.ok(run.stdout.includes('\x1b'), 'no ESC in stdout');
  assert.not.ok(run.stderr.includes('\x1b'), 'no ESC in stderr');
  assert.is(run.stderr, '');
  const last = run.stdout.trimEnd().split('\n').at(-1)!;
  assert.match(last, /^Lab self-check: all 3 planted faults were diagnosed and kms01 is ready\.$/);
  assert.match(run.stdout, /FAIL {2}3 errors/);
});

lab('explain lists every finding id', async () => {
  const run = await runCli(['explain']);
  assert.is(run.exitCode, 0, show(run));
  const listed = run.stdout
    .trimEnd()
    .split('\n')
    .map((line) => line.split(/\s+/)[0]);
  assert.equal(listed, [...RULE_IDS]);
});

lab('explain tcp/kms-port-filtered prints its page', async () => {
  const run = await runCli(['explain', 'tcp/kms-port-filtered']);
  assert.is(run.exitCode, 0, show(run));
  assert.is(run.stderr, '');
  assert.ok(run.stdout.trim().length > 100, 'a page, not a line');
  assert.match(run.stdout, /filter/i);
});

lab('explain is case-insensitive', async () => {
  const run = await runCli(['explain', 'TCP/KMS-PORT-CLOSED']);
  // Same page (or same missing-page error) as the lower-case id.
  const lower = await runCli(['explain', 'tcp/kms-port-closed']);
  assert.equal([run.exitCode, run.stdout], [lower.exitCode, lower.stdout]);
});

lab.run();

// ---------------------------------------------------------------------------------------------
const network = suite('cli: commands against BIND + network namespace');
const kmsNetworkFixture = startBefore(network, 'KMS test network', startKmsNetwork);
network.after(async () => {
  await kmsNetworkFixture.current()?.stop();
});
const kmsNetwork = (): KmsNetwork => kmsNetworkFixture.get();

network('connectivity --domain corp.test --dns-server <bind> --json: exit 1, schema-valid, every verdict', async () => {
  const { bind } = kmsNetwork();
  const run = await runCli(['connectivity', '--domain', ZONE, '--dns-server', bind.server, '--timeout', '800', '--json']);
  assert.is(run.exitCode, 1, show(run));
  assert.is(run.stderr, '', 'nothing on stderr (no warnings) with --json');
  const report = parseJson(run);
  assert.equal(reportSchemaErrors(report), []);
  assert.is(report.command, 'connectivity');
  assert.equal(report.input.domains, [ZONE]);
  assert.equal(
    report.targets.map((t) => [t.name, t.verdict]),
    KMS_NET_HOSTS.map((h) => [fqdn(h.label), h.verdict]),
  );
  assert.is(report.summary.verdict, 'fail');
  assert.ok(report.summary.errors >= 4);
});

network('connectivity --fail-on with only infos: exit 0', async () => {
  const { net, bind } = kmsNetwork();
  // kms-any: ready, accepts any interface (info), 135 closed (info).
  const run = await runCli(['connectivity', '--kms-host', `${net.nsAddress}:1692`, '--dns-server', bind.server, '--timeout', '800', '--json']);
  assert.is(run.exitCode, 0, show(run));
  const report = parseJson(run);
  assert.equal(report.findings.map((f) => f.ruleId).sort(), ['rpc/accepts-any-interface', 'srv/nonstandard-port', 'tcp/management-port-blocked']);
  const strict = await runCli(['connectivity', '--kms-host', `${net.nsAddress}:1692`, '--dns-server', bind.server, '--timeout', '800', '--json', '--fail-on', 'info']);
  assert.is(strict.exitCode, 1, show(strict));
});

network('srv corp.test: phases all false, targets not tested or unresolved', async () => {
  const { bind } = kmsNetwork();
  const run = await runCli(['srv', ZONE, '--dns-server', bind.server, '--json']);
  assert.is(run.exitCode, 1, `kms-gone is an error: ${show(run)}`);
  const report = parseJson(run);
  assert.equal(reportSchemaErrors(report), []);
  assert.is(report.command, 'srv');
  assert.equal(report.phases, { activationPort: false, managementPort: false, rpc: false });
  assert.equal(
    report.targets.map((t) => [t.name, t.verdict]),
    KMS_NET_HOSTS.map((h) => [fqdn(h.label), h.verdict === 'unresolved' ? 'unresolved' : 'not-tested']),
  );
  for (const t of report.targets) {
    for (const e of t.endpoints) assert.equal([e.activationState, e.managementState, e.rpcVerdict, e.probes], [null, null, null, []], t.name);
  }
  assert.ok(
    report.results.every((r) => r.probe === 'dns.srv' || r.probe === 'dns.address'),
    'only DNS probes ran',
  );
  assert.ok(report.findings.some((f) => f.ruleId === 'srv/target-unresolvable' && f.target === fqdn('kms-gone')));
  assert.not.ok(report.findings.some((f) => f.ruleId.startsWith('tcp/') || f.ruleId.startsWith('rpc/') || f.ruleId === 'kms/no-usable-host'));
});

network('port: open, closed and filtered in JSON; 135 as the management port', async () => {
  const { net } = kmsNetwork();
  const run = await runCli(['port', net.nsAddress, '--port', '1688', '--port', '1689', '--port', '1690', '--port', '135', '--timeout', '800', '--json']);
  assert.is(run.exitCode, 1, show(run));
  const report = parseJson(run);
  assert.equal(reportSchemaErrors(report), []);
  assert.equal(report.phases, { activationPort: true, managementPort: true, rpc: false });
  assert.equal(
    report.targets.map((t) => [t.port, t.verdict, t.endpoints[0]?.activationState, t.endpoints[0]?.managementState, t.endpoints[0]?.rpcVerdict]),
    [
      [1688, 'port-open', 'open', 'closed', null],
      [1689, 'port-closed', 'closed', 'closed', null],
      [1690, 'port-filtered', 'filtered', 'closed', null],
    ],
  );
  assert.ok(
    report.targets.every((t) => t.port !== 135),
    '135 is never an activation port',
  );
  const ids = report.findings.map((f) => f.ruleId);
  assert.ok(ids.includes('tcp/kms-port-closed') && ids.includes('tcp/kms-port-filtered') && ids.includes('tcp/management-port-blocked'), ids.join(', '));
});

network('rpc: verdict kms for the genuine responder, accepts-any for the py-kms-like one', async () => {
  const { net } = kmsNetwork();
  const run = await runCli(['rpc', `${net.nsAddress}:1688`, `${net.nsAddress}:1692`, '--timeout', '800', '--json']);
  assert.is(run.exitCode, 0, show(run));
  const report = parseJson(run);
  assert.equal(reportSchemaErrors(report), []);
  assert.equal(report.phases, { activationPort: true, managementPort: false, rpc: true });
  assert.equal(
    report.targets.map((t) => [t.name, t.port, t.verdict, t.endpoints[0]?.rpcVerdict, t.endpoints[0]?.rpcAcceptsAnyInterface]),
    [
      [net.nsAddress, 1688, 'ready', 'kms', false],
      [net.nsAddress, 1692, 'ready', 'kms', true],
    ],
  );
});

network('rpc against a non-KMS listener: exit 1, rpc/not-kms-endpoint', async () => {
  const { net } = kmsNetwork();
  const run = await runCli(['rpc', `${net.nsAddress}:1691`, '--timeout', '800', '--json']);
  assert.is(run.exitCode, 1, show(run));
  const report = parseJson(run);
  assert.equal(
    report.findings.map((f) => f.ruleId),
    ['rpc/not-kms-endpoint', 'kms/no-usable-host', 'srv/nonstandard-port'],
  );
});

network('the process exits promptly: port against a filtered port with --timeout 500 takes < 5 s', async () => {
  const { net } = kmsNetwork();
  const run = await runCli(['port', net.nsAddress, '--port', '1690', '--timeout', '500', '--json'], { timeoutMs: 20_000 });
  assert.is(run.exitCode, 1, show(run));
  assert.is(parseJson(run).targets[0]!.verdict, 'port-filtered');
  // A generous bound that only a leaked handle (a process kept alive) would break.
  assert.ok(run.durationMs < 20_000, `took ${Math.round(run.durationMs)} ms`);
});

network('human output of a network command: no escape characters with NO_COLOR', async () => {
  const { bind } = kmsNetwork();
  const run = await runCli(['connectivity', '--domain', ZONE, '--dns-server', bind.server, '--timeout', '800']);
  assert.is(run.exitCode, 1, show(run));
  assert.not.ok(run.stdout.includes('\x1b') || run.stderr.includes('\x1b'), 'no ESC');
  assert.match(run.stdout.trimEnd().split('\n').at(-1)!, /^FAIL {2}\d+ errors?, /);
  for (const h of KMS_NET_HOSTS) assert.match(run.stdout, fqdn(h.label));
});

network.run();
