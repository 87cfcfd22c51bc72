/**
 * The report every reporter renders: its exact top-level shape, the flat de-duplicated `results`
 * in structural (not completion) order, the summary and verdict, and agreement with the published
 * JSON Schema — including proof that the schema rejects broken reports. The last suite locks the
 * key set of real ProbeResults (probes run against loopback servers started here).
 */

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { probeAddresses } from '../../probes/address-resolution.js';
import { probeRpcBind } from '../../probes/rpc-bind.js';
import { probeSrv } from '../../probes/srv-discovery.js';
import { probeTcpPort } from '../../probes/tcp-port.js';
import { PROBE_STATUSES, type ProbeResult } from '../../src/core/result.js';
import { TOOL } from '../../src/core/tool-info.js';
import { observeActivation } from '../../src/engine/activation-result.js';
import type { ConnectivityFacts } from '../../src/engine/model.js';
import { ProbeRunner } from '../../src/engine/probe-runner.js';
import { findProduct } from '../../src/kms/products.js';
import { type LabDnsServer, startLabDnsServer } from '../../src/lab/dns-server.js';
import { type RpcResponder, startRpcResponder } from '../../src/lab/rpc-responder.js';
import { buildReport, type Report, SCHEMA_VERSION } from '../../src/report/report.js';
import { BIND_VERDICTS } from '../../src/rpc/bind-reply.js';
import { evaluate } from '../../src/rules/index.js';
import type { Severity } from '../../src/rules/types.js';
import { buildFacts, host } from '../helpers/facts.js';
import { startKmsResponder } from '../helpers/kms-responder.js';
import { REPORT_SCHEMA_PATH, reportSchemaErrors } from '../helpers/report-schema.js';

const A = '10.0.0.53:53';
const B = '10.0.0.54:53';

/** Two domains and two servers; kms1 is listed in both domains (its probes are shared). */
function fixtureFacts(): ConnectivityFacts {
  return buildFacts({
    dnsServers: [A, B],
    domains: [{ domain: 'corp.test' }, { domain: 'emea.corp.test' }],
    targets: [
      host('kms1.corp.test', { addresses: ['192.0.2.1'], management: 'closed' }),
      host('kms2.corp.test', { addresses: ['192.0.2.2', '2001:db8::2'], activation: 'filtered' }),
      host('kms3.corp.test', { addresses: [] }),
      host('kms1.corp.test', { domain: 'emea.corp.test', addresses: ['192.0.2.1'], management: 'closed' }),
      host('192.0.2.9', { source: 'kms-host', port: 1700, addresses: ['192.0.2.9'] }),
    ],
  });
}

const EXPECTED_RESULT_IDS = [
  `srv:_vlmcs._tcp.corp.test@${A}`,
  `srv:_vlmcs._tcp.corp.test@${B}`,
  `srv:_vlmcs._tcp.emea.corp.test@${A}`,
  `srv:_vlmcs._tcp.emea.corp.test@${B}`,
  `addr:kms1.corp.test@${A}`,
  'tcp:kms1.corp.test[192.0.2.1]:1688',
  'tcp:kms1.corp.test[192.0.2.1]:135',
  'rpc:kms1.corp.test[192.0.2.1]:1688',
  `addr:kms2.corp.test@${A}`,
  'tcp:kms2.corp.test[192.0.2.2]:1688',
  'tcp:kms2.corp.test[192.0.2.2]:135',
  'tcp:kms2.corp.test[2001:db8::2]:1688',
  'tcp:kms2.corp.test[2001:db8::2]:135',
  `addr:kms3.corp.test@${A}`,
  `addr:192.0.2.9@${A}`,
  'tcp:192.0.2.9:1700',
  'tcp:192.0.2.9:135',
  'rpc:192.0.2.9:1700',
];

function reportOf(facts: ConnectivityFacts, failOn: Severity = 'error'): Report {
  return buildReport({
    command: 'connectivity',
    startedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 1234.5,
    input: { domains: ['corp.test', 'emea.corp.test'], dnsServers: [A, B] },
    facts,
    findings: evaluate({ connectivity: facts }),
    failOn,
  });
}

/** A deep copy, as a consumer of the JSON sees it (undefined fields gone). */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// ---------------------------------------------------------------------------------------------
const shape = suite('report: shape');

shape('exact top-level keys, in order', () => {
  assert.equal(Object.keys(reportOf(fixtureFacts())), [
    'schemaVersion',
    'kind',
    'command',
    'tool',
    'startedAt',
    'durationMs',
    'input',
    'dnsServers',
    'dnsServerSource',
    'phases',
    'discovery',
    'targets',
    'results',
    'findings',
    'summary',
  ]);
});

shape('schemaVersion 2, kind connectivity, tool name and version from package.json', () => {
  const report = reportOf(fixtureFacts());
  assert.is(SCHEMA_VERSION, 2);
  assert.is(report.schemaVersion, 2);
  assert.is(report.kind, 'connectivity');
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  assert.equal(report.tool, { name: pkg.name, version: pkg.version });
  assert.equal(report.tool, TOOL);
});

shape('results are flat, de-duplicated, in structural order: discovery, then per target resolution/activation/management/rpc', () => {
  const report = reportOf(fixtureFacts());
  const ids = report.results.map((r) => r.id);
  assert.equal(ids, EXPECTED_RESULT_IDS);
  assert.is(new Set(ids).size, ids.length, 'no duplicates although kms1 is listed in two domains');
});

shape('results order does not depend on completion order', () => {
  const facts = fixtureFacts();
  // Make everything "finish" in reverse structural order: later probes started and ended first.
  const all = [
    ...facts.domains.flatMap((d) => d.answers),
    ...facts.targets.flatMap((t) => [t.resolution, ...t.endpoints.flatMap((e) => [e.activation, e.management, e.rpc])]),
  ].filter((r) => r !== undefined) as ProbeResult[];
  all.forEach((result, i) => {
    result.startedAt = new Date(Date.UTC(2025, 0, 1, 0, 0, 0, (all.length - i) * 10)).toISOString();
  });
  const ids = reportOf(facts).results.map((r) => r.id);
  assert.equal(ids, EXPECTED_RESULT_IDS);
  const byCompletion = [...reportOf(facts).results].sort((a, b) => a.startedAt.localeCompare(b.startedAt)).map((r) => r.id);
  assert.not.equal(byCompletion, ids, 'the fixture really has a different completion order');
});

shape('discovery and targets mirror the facts; endpoints list their probe ids', () => {
  const report = reportOf(fixtureFacts());
  assert.equal(
    report.discovery.map((d) => [d.domain, d.answers.map((a) => a.server)]),
    [
      ['corp.test', [A, B]],
      ['emea.corp.test', [A, B]],
    ],
  );
  assert.equal(report.discovery[0]!.answers[0], {
    server: A,
    status: 'ok',
    rcode: 'NOERROR',
    authoritative: true,
    transport: 'udp',
    records: 3,
    probe: `srv:_vlmcs._tcp.corp.test@${A}`,
  });
  assert.equal(
    report.targets.map((t) => [t.name, t.port, t.source, t.verdict]),
    [
      ['kms1.corp.test', 1688, 'srv', 'ready'],
      ['kms2.corp.test', 1688, 'srv', 'port-filtered'],
      ['kms3.corp.test', 1688, 'srv', 'unresolved'],
      ['kms1.corp.test', 1688, 'srv', 'ready'],
      ['192.0.2.9', 1700, 'kms-host', 'ready'],
    ],
  );
  const kms1 = report.targets[0]!;
  assert.equal(kms1.listedBy, [A, B]);
  assert.equal(kms1.endpoints, [
    {
      address: '192.0.2.1',
      activationPort: 1688,
      activationState: 'open',
      managementPort: 135,
      managementState: 'closed',
      rpcVerdict: 'kms',
      rpcAcceptsAnyInterface: false,
      probes: ['tcp:kms1.corp.test[192.0.2.1]:1688', 'tcp:kms1.corp.test[192.0.2.1]:135', 'rpc:kms1.corp.test[192.0.2.1]:1688'],
    },
  ]);
  const pinned = report.targets[4]!;
  assert.equal([pinned.domain, pinned.priority, pinned.weight, pinned.rank, pinned.listedBy], [null, null, null, null, []]);
  const resultIds = new Set(report.results.map((r) => r.id));
  for (const target of report.targets) {
    assert.ok(resultIds.has(target.resolution.probe), target.resolution.probe);
    for (const endpoint of target.endpoints) for (const id of endpoint.probes) assert.ok(resultIds.has(id), id);
  }
});

shape('summary counts the findings by severity and the results', () => {
  const report = reportOf(fixtureFacts());
  const count = (severity: Severity) => report.findings.filter((f) => f.severity === severity).length;
  assert.equal(
    report.findings.map((f) => f.ruleId),
    ['srv/target-unresolvable', 'tcp/kms-port-filtered', 'tcp/kms-port-filtered', 'kms/unusable-hosts-listed', 'srv/nonstandard-port', 'tcp/management-port-blocked'],
  );
  assert.equal(report.summary, { errors: 3, warnings: 1, infos: 2, probes: EXPECTED_RESULT_IDS.length, verdict: 'fail', failOn: 'error', exitCode: 1 });
  assert.equal([report.summary.errors, report.summary.warnings, report.summary.infos], [count('error'), count('warning'), count('info')]);
});

shape('verdict follows --fail-on', () => {
  // Only info findings: a non-standard port and a closed 135.
  const infoOnly = buildFacts({ domains: [{ domain: 'corp.test' }], targets: [host('kms1.corp.test', { port: 1700, management: 'closed' })] });
  assert.equal(
    reportOf(infoOnly).findings.map((f) => f.severity),
    ['info', 'info'],
  );
  assert.is(reportOf(infoOnly, 'error').summary.verdict, 'pass');
  assert.is(reportOf(infoOnly, 'warning').summary.verdict, 'pass');
  assert.is(reportOf(infoOnly, 'info').summary.verdict, 'fail');
  assert.is(reportOf(infoOnly, 'info').summary.failOn, 'info');
  // A warning: fails at warning and info, passes at error.
  const warning = buildFacts({ domains: [{ domain: 'corp.test' }], targets: [host('kms1.corp.test', { cnameChain: ['real.corp.test'] })] });
  assert.equal(
    ['error', 'warning', 'info'].map((failOn) => reportOf(warning, failOn as Severity).summary.verdict),
    ['pass', 'fail', 'fail'],
  );
  // No findings at all: passes even at info.
  const healthy = buildFacts({ domains: [{ domain: 'corp.test' }], targets: [host('kms1.corp.test')] });
  assert.equal(reportOf(healthy, 'info').summary, { errors: 0, warnings: 0, infos: 0, probes: 5, verdict: 'pass', failOn: 'info', exitCode: 0 });
});

shape.run();

// ---------------------------------------------------------------------------------------------
const schema = suite('report: JSON Schema');

schema('the fixture report validates (as built and after a JSON round trip)', () => {
  const report = reportOf(fixtureFacts());
  assert.equal(reportSchemaErrors(report), []);
  assert.equal(reportSchemaErrors(asJson(report)), []);
});

schema('reports of every phase combination and command validate', () => {
  for (const command of ['connectivity', 'srv', 'port', 'rpc', 'lab'] as const) {
    const facts = buildFacts({
      phases: command === 'srv' ? { activationPort: false, managementPort: false, rpc: false } : {},
      domains: [
        {
          domain: 'corp.test',
          answers: [
            { records: ['kms1.corp.test'], discarded: ['reply id mismatch'] },
            { server: B, status: 'timeout' },
          ],
        },
      ],
      targets: [host('kms1.corp.test', command === 'srv' ? { activation: null, management: null, rpc: null } : { rpc: { status: 'no-reply', silence: 'timeout' } })],
    });
    const report = { ...reportOf(facts), command };
    assert.equal(reportSchemaErrors(asJson(report)), [], command);
  }
});

schema('a deliberately broken report fails validation (the schema checks something)', () => {
  const good = asJson(reportOf(fixtureFacts()));
  // biome-ignore lint/suspicious/noExplicitAny: each case reaches into the JSON to break one field
  const broken: Array<[string, (r: Record<string, any>) => void]> = [
    ['missing summary', (r) => delete r.summary],
    ['missing results', (r) => delete r.results],
    ['unknown top-level key', (r) => (r.extra = true)],
    ['schemaVersion 1', (r) => (r.schemaVersion = 1)],
    ['unknown kind', (r) => (r.kind = 'weather')],
    ['a command of another kind', (r) => (r.command = 'fleet')],
    ['summary without exitCode', (r) => delete r.summary.exitCode],
    ['finding without args', (r) => delete r.findings[0].args],
    ['unknown probe status', (r) => (r.results[0].status = 'kaputt')],
    ['unknown probe kind', (r) => (r.results[0].probe = 'icmp.ping')],
    ['result without id', (r) => delete r.results[0].id],
    ['startedAt not a date-time', (r) => (r.results[0].startedAt = 'yesterday')],
    ['unknown target verdict', (r) => (r.targets[0].verdict = 'fine')],
    ['unknown activation state', (r) => (r.targets[0].endpoints[0].activationState = 'half-open')],
    ['finding without evidence', (r) => (r.findings[0].evidence = [])],
    ['finding without remedy', (r) => (r.findings[0].remedy = [])],
    ['unknown severity', (r) => (r.findings[0].severity = 'fatal')],
    ['summary count negative', (r) => (r.summary.errors = -1)],
    ['tcp data with an unknown state', (r) => (r.results[5].data.state = 'half-open')],
    ['rpc data missing acceptsAnyInterface', (r) => delete r.results[7].data.acceptsAnyInterface],
  ];
  for (const [name, breakIt] of broken) {
    // biome-ignore lint/suspicious/noExplicitAny: as above
    const report = structuredClone(good) as Record<string, any>;
    breakIt(report);
    assert.ok(reportSchemaErrors(report).length > 0, `${name} must not validate`);
  }
});

schema('the schema enums match the code (statuses, bind verdicts)', () => {
  const json = JSON.parse(readFileSync(REPORT_SCHEMA_PATH, 'utf8')) as { $id: string; $defs: Record<string, { enum?: unknown[] }> };
  assert.is(json.$id, 'urn:kms-doctor:report:2');
  assert.equal(json.$defs.probeStatus!.enum, [...PROBE_STATUSES]);
  assert.equal(json.$defs.bindVerdict!.enum, [...BIND_VERDICTS]);
});

schema.run();

// ---------------------------------------------------------------------------------------------
/**
 * Locks the key set of every kind of ProbeResult a probe returns (as execa's tests lock its result
 * object): adding, renaming or dropping a field must be a deliberate change here and in the schema.
 * Real probes, loopback only.
 */
const keys = suite('ProbeResult: locked key set (real probes on loopback)');

const BASE_KEYS = ['attempts', 'data', 'durationMs', 'id', 'ok', 'probe', 'startedAt', 'status', 'target'];
const WITH_ERROR = [...BASE_KEYS, 'error'].sort();
const DATA_KEYS: Record<ProbeResult['probe'], string[]> = {
  'dns.srv': [
    'additionalAddresses',
    'authoritative',
    'discarded',
    'discardedReasons',
    'domain',
    'queryName',
    'rcode',
    'records',
    'recursionAvailable',
    'replySize',
    'truncatedOverUdp',
  ],
  'dns.address': ['addresses', 'cnameChain', 'name', 'queries'],
  'tcp.port': ['localAddress', 'role', 'state'],
  'rpc.bind': [
    'acceptsAnyInterface',
    'anomalies',
    'anomalyReasons',
    'anyInterface',
    'assocGroup',
    'callId',
    'contextResult',
    'explanation',
    'explanationReason',
    'maxRecvFrag',
    'maxXmitFrag',
    'rejectReason',
    'replyBytes',
    'replyHex',
    'secondaryAddress',
    'sentBytes',
    'silence',
    'verdict',
  ],
  // The activation section's facts (test/integration/cli-activate-probe.test.ts streams it against a KMS responder).
  'kms.activation': [
    'activationStatus',
    'advice',
    'adviceReasons',
    'anyInterface',
    'bind',
    'emulatorTells',
    'latencyMs',
    'mode',
    'phase',
    'product',
    'requestSent',
    'response',
    'sent',
  ],
};

const live: { dns?: LabDnsServer; rpc?: RpcResponder; tcp?: Server; closedPort?: number; setupError?: unknown } = {};

keys.before(async () => {
  try {
    live.dns = await startLabDnsServer([
      {
        origin: 'shape.test',
        records: [
          {
            name: 'shape.test',
            type: 'SOA',
            ttl: 60,
            data: { mname: 'ns.shape.test', rname: 'hostmaster.shape.test', serial: 1, refresh: 60, retry: 60, expire: 60, minimum: 60 },
          },
          { name: '_vlmcs._tcp.shape.test', type: 'SRV', ttl: 60, data: { priority: 0, weight: 0, port: 1688, target: 'kms.shape.test' } },
          { name: 'kms.shape.test', type: 'A', ttl: 60, data: '127.0.0.1' },
        ],
      },
    ]);
    live.rpc = await startRpcResponder({ mode: 'genuine' });
    live.tcp = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => live.tcp!.listen(0, '127.0.0.1', resolve));
    const spare = createServer();
    live.closedPort = await new Promise<number>((resolve) =>
      spare.listen(0, '127.0.0.1', () => {
        const { port } = spare.address() as { port: number };
        spare.close(() => resolve(port));
      }),
    );
  } catch (error) {
    live.setupError = error;
  }
});

keys.after(async () => {
  await Promise.all([live.dns?.close(), live.rpc?.close(), live.tcp && new Promise((resolve) => live.tcp!.close(resolve))]);
});

function ready(): Required<Omit<typeof live, 'setupError'>> {
  if (live.setupError || !live.dns || !live.rpc || !live.tcp || live.closedPort === undefined) throw live.setupError ?? new Error('loopback servers not started');
  return live as Required<Omit<typeof live, 'setupError'>>;
}

/**
 * The result has `status`, and exactly the keys of its kind. `error` is there for network failures;
 * a DNS answer (NXDOMAIN, NODATA) is data, not an error.
 */
function checkResult(result: ProbeResult, status: ProbeResult['status'], dataKeys: string[], hasError = !result.ok): void {
  assert.is(result.status, status, result.id);
  assert.equal(Object.keys(result).sort(), hasError ? WITH_ERROR : [...BASE_KEYS].sort(), `${result.id} (${result.status})`);
  assert.equal(Object.keys(result.data as object).sort(), [...dataKeys].sort(), `${result.id} data`);
  if (result.error) assert.equal(Object.keys(result.error).sort(), ['code', 'message', 'reason']);
  assert.equal(reportSchemaErrors({ ...asJson(reportOf(buildFacts({}))), results: [asJson(result)] }), [], `${result.id} fits the schema`);
}

/** The lab DNS server as a probe's `server`. */
function labDns(): { address: string; port: number } {
  const { dns } = ready();
  return { address: dns.address, port: dns.port };
}

keys('dns.srv: an answer, and a missing name', async () => {
  const server = labDns();
  checkResult(await probeSrv({ domain: 'shape.test', server, timeoutMs: 2000 }), 'ok', DATA_KEYS['dns.srv']);
  checkResult(await probeSrv({ domain: 'nothing.shape.test', server, timeoutMs: 2000 }), 'dns-nxdomain', [...DATA_KEYS['dns.srv'], 'zone'], false);
  // Nothing listens on that UDP port: ICMP port-unreachable, a network failure with an error.
  const down = await probeSrv({ domain: 'shape.test', server: { address: '127.0.0.1', port: ready().closedPort }, timeoutMs: 1000 });
  checkResult(
    down,
    'refused',
    DATA_KEYS['dns.srv'].filter((key) => !['authoritative', 'rcode', 'recursionAvailable', 'replySize', 'truncatedOverUdp'].includes(key)),
  );
});

keys('dns.address: resolved and unresolved', async () => {
  const server = labDns();
  checkResult(await probeAddresses({ name: 'kms.shape.test', server, timeoutMs: 2000 }), 'ok', DATA_KEYS['dns.address']);
  checkResult(await probeAddresses({ name: 'gone.shape.test', server, timeoutMs: 2000 }), 'dns-nxdomain', DATA_KEYS['dns.address'], false);
});

keys('tcp.port: open and closed', async () => {
  const { tcp, closedPort } = ready();
  const port = (tcp.address() as { port: number }).port;
  checkResult(await probeTcpPort({ host: '127.0.0.1', port, role: 'activation', timeoutMs: 2000 }), 'ok', DATA_KEYS['tcp.port']);
  const closed = await probeTcpPort({ host: '127.0.0.1', port: closedPort, role: 'management', timeoutMs: 2000 });
  checkResult(
    closed,
    'refused',
    DATA_KEYS['tcp.port'].filter((key) => key !== 'localAddress'),
  );
});

keys('rpc.bind: genuine KMS and a refused port', async () => {
  const { rpc, closedPort } = ready();
  const kms = await probeRpcBind({ host: '127.0.0.1', port: rpc.port, timeoutMs: 2000 });
  checkResult(kms, 'ok', DATA_KEYS['rpc.bind']);
  assert.equal(Object.keys(kms.data!.anyInterface!).sort(), [
    'anomalies',
    'anomalyReasons',
    'interfaceUuid',
    'replyBytes',
    'replyHex',
    'sentBytes',
    'silence',
    'status',
    'verdict',
  ]);
  checkResult(await probeRpcBind({ host: '127.0.0.1', port: closedPort, timeoutMs: 2000 }), 'refused', DATA_KEYS['rpc.bind']);
});

keys("kms.activation: a bind-only probe announced by the run's runner", async () => {
  const responder = await startKmsResponder();
  try {
    const found = findProduct('Windows 11 Enterprise');
    if (!found.ok) throw new Error('the product table has Windows 11 Enterprise');
    const announced: ProbeResult[] = [];
    const runner = new ProbeRunner({ concurrency: 4, deadlineMs: 5000, onResult: (result) => announced.push(result) });
    const cmid = { cmid: '2a2d2c2b-1111-4222-8333-444455556666', source: 'given' as const, path: null, problem: null };
    await observeActivation(
      { host: '127.0.0.1', port: responder.port, product: found.product, cmid, workstation: 'shape.test', mode: 'bind-only', bindStyle: 'ndr32', timeoutMs: 2000 },
      runner,
    );
    assert.is(announced.length, 1);
    checkResult(announced[0]!, 'ok', DATA_KEYS['kms.activation']);
    assert.is(responder.stats.requests.length, 0);
  } finally {
    await responder.close();
  }
});

keys.run();
