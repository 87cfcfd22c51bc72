/**
 * `kmsdoctor publication` against real BIND 9 servers on loopback (and, for stale vs rogue, the
 * namespace KMS network of test/helpers/kms-network.ts): several authoritative servers that
 * disagree, a dynamic-update zone the test publishes into with an RFC 2136 UPDATE, port and TTL
 * differences, 12293 correlation, and DisableDnsPublishing from a host snapshot.
 */
import { createSocket } from 'node:dgram';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as dnsPacket from 'dns-packet';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { publicationFindings } from '../../src/commands/publication-findings.js';
import { checkPublication } from '../../src/publication/check.js';
import type { PublicationInput } from '../../src/publication/model.js';
import { type BindServer, startBind } from '../helpers/bind9.js';
import { fqdn, ZONE as KMS_ZONE, startKmsNetwork } from '../helpers/kms-network.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';
import { runCli } from '../helpers/run-cli.js';

const test = suite('publication (BIND)');

const PRIMARY = '127.0.0.41';
const SECONDARY = '127.0.0.42';
const ZONE = 'pub.test';
const HOST = `kms01.${ZONE}`;

const schemaErrors = reportSchemaErrors;

const running: BindServer[] = [];
async function bind(
  address: string,
  records: string,
  options: { zone?: string; allowUpdate?: boolean; extraZones?: Array<{ name: string; records: string }> } = {},
): Promise<BindServer> {
  const server = await startBind({
    address,
    zones: [{ name: options.zone ?? ZONE, records, ...(options.allowUpdate ? { allowUpdate: true } : {}) }, ...(options.extraZones ?? [])],
  });
  running.push(server);
  return server;
}
test.after.each(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

function input(servers: BindServer[], overrides: Partial<PublicationInput> = {}): PublicationInput {
  return {
    hosts: [{ host: HOST, port: 1688, source: 'given', dnsPublishing: null }],
    domains: [{ domain: ZONE, priority: 0, weight: 0, source: 'host-domain' }],
    allowList: [HOST],
    resolvers: [],
    resolverSource: 'none',
    authoritative: servers.map((server) => ({ address: server.address, port: server.port })),
    publishing: [],
    timeoutMs: 1500,
    notes: [],
    ...overrides,
  };
}

async function findingsOf(servers: BindServer[], overrides: Partial<PublicationInput> = {}) {
  const facts = await checkPublication(input(servers, overrides));
  return { facts, findings: publicationFindings(facts) };
}

const ids = (findings: Array<{ ruleId: string }>) => findings.map((finding) => finding.ruleId).sort();

test('the record on the primary only: missing-on-some-servers names both servers; CLI --json validates, exit by --fail-on', async () => {
  const primary = await bind(PRIMARY, `_vlmcs._tcp 600 IN SRV 0 0 1688 kms01\nkms01 IN A 127.0.0.50`);
  const secondary = await bind(SECONDARY, `kms01 IN A 127.0.0.50`);
  const { facts, findings } = await findingsOf([primary, secondary]);
  assert.equal(ids(findings), ['publication/missing-on-some-servers']);
  assert.equal(facts.domains[0]!.hosts[0]!.presentOn, [primary.server]);
  assert.equal(facts.domains[0]!.hosts[0]!.missingOn, [secondary.server]);
  assert.ok(findings[0]!.message.includes(secondary.server));

  const args = ['publication', '--host', HOST, '--authoritative', primary.server, '--authoritative', secondary.server, '--timeout', '1500', '--json'];
  const run = await runCli(args);
  assert.is(run.exitCode, 0, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.equal(schemaErrors(report), []);
  assert.equal(
    report.findings.map((finding: { ruleId: string }) => finding.ruleId),
    ['publication/missing-on-some-servers'],
  );
  assert.is((await runCli([...args, '--fail-on', 'warning'])).exitCode, 1);
  const human = await runCli(args.filter((arg) => arg !== '--json'));
  assert.is(human.exitCode, 0);
  assert.match(human.stdout, /publication\/missing-on-some-servers/);
});

test('both servers agree: no findings, exit 0', async () => {
  const records = `_vlmcs._tcp 600 IN SRV 0 0 1688 kms01\nkms01 IN A 127.0.0.50`;
  const [a, b] = await Promise.all([bind(PRIMARY, records), bind(SECONDARY, records)]);
  const { findings } = await findingsOf([a, b]);
  assert.equal(findings, []);
});

test('TTL disagreement between the authoritative servers', async () => {
  const [a, b] = await Promise.all([
    bind(PRIMARY, `_vlmcs._tcp 600 IN SRV 0 0 1688 kms01\nkms01 IN A 127.0.0.50`),
    bind(SECONDARY, `_vlmcs._tcp 1200 IN SRV 0 0 1688 kms01\nkms01 IN A 127.0.0.50`),
  ]);
  const { findings } = await findingsOf([a, b]);
  assert.equal(ids(findings), ['publication/ttl-disagree']);
  assert.match(findings[0]!.message, /600/);
  assert.match(findings[0]!.message, /1200/);
});

test('port mismatch: the record says 1689, the host listens on 1688', async () => {
  const server = await bind(PRIMARY, `_vlmcs._tcp IN SRV 0 0 1689 kms01\nkms01 IN A 127.0.0.50`);
  const { findings } = await findingsOf([server]);
  assert.equal(ids(findings), ['publication/port-mismatch']);
  assert.match(findings[0]!.message, /port 1689, but the host listens on 1688/);
});

test('target mismatch: the host resolves to different addresses on the two servers, or nowhere', async () => {
  const [a, b] = await Promise.all([
    bind(PRIMARY, `_vlmcs._tcp IN SRV 0 0 1688 kms01\nkms01 IN A 127.0.0.50`),
    bind(SECONDARY, `_vlmcs._tcp IN SRV 0 0 1688 kms01\nkms01 IN A 127.0.0.51`),
  ]);
  const split = await findingsOf([a, b]);
  assert.equal(ids(split.findings), ['publication/target-mismatch']);
  assert.match(split.findings[0]!.message, /different addresses/);
  await Promise.all(running.splice(0).map((server) => server.stop()));
  const none = await bind(PRIMARY, `_vlmcs._tcp IN SRV 0 0 1688 kms01`);
  const unresolved = await findingsOf([none]);
  assert.equal(ids(unresolved.findings), ['publication/target-mismatch']);
  assert.match(unresolved.findings[0]!.message, /no server resolves/);
});

test("target mismatch: another name for the host's address and port is the host under an alias", async () => {
  const server = await bind(PRIMARY, `_vlmcs._tcp IN SRV 0 0 1688 kms01\n_vlmcs._tcp IN SRV 0 0 1688 oldkms\nkms01 IN A 127.0.0.50\noldkms IN A 127.0.0.50`);
  const { facts, findings } = await findingsOf([server]);
  assert.equal(
    facts.unexpected.map((record) => `${record.target}:${record.classification}:${record.aliasOf}`),
    [`oldkms.${ZONE}:alias:${HOST}`],
  );
  assert.equal(ids(findings), ['publication/target-mismatch']);
  assert.match(findings[0]!.message, /the address of kms01\.pub\.test/);
});

/** An RFC 2136 UPDATE (opcode 5) adding the host's SRV and A records, as a KMS host's dynamic registration does. */
async function publishByUpdate(server: BindServer): Promise<string> {
  const message = dnsPacket.encode({
    type: 'query',
    id: 4711,
    flags: 5 << 11, // OPCODE UPDATE
    questions: [{ name: ZONE, type: 'SOA', class: 'IN' }], // the zone section
    answers: [], // no prerequisites
    authorities: [
      { name: `_vlmcs._tcp.${ZONE}`, type: 'SRV', class: 'IN', ttl: 1200, data: { priority: 0, weight: 0, port: 1688, target: HOST } },
      { name: HOST, type: 'A', class: 'IN', ttl: 1200, data: '127.0.0.50' },
    ],
  });
  const socket = createSocket('udp4');
  try {
    const reply = await new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no reply to the UPDATE')), 3000);
      socket.once('message', (bytes) => {
        clearTimeout(timer);
        resolve(bytes);
      });
      socket.send(message, server.port, server.address);
    });
    return (dnsPacket.decode(reply) as { rcode?: string }).rcode ?? 'NOERROR';
  } finally {
    socket.close();
  }
}

test('dynamic-update zone: missing before, published by an RFC 2136 UPDATE, then the check passes', async () => {
  const server = await bind(PRIMARY, '', { allowUpdate: true });
  const before = await findingsOf([server]);
  assert.equal(ids(before.findings), ['publication/record-missing']);
  assert.match(
    before.findings[0]!.remedy.join('\n'),
    /Add-DnsServerResourceRecord -Srv -ZoneName pub\.test -Name _vlmcs\._tcp -DomainName kms01\.pub\.test -Priority 0 -Weight 0 -Port 1688/,
  );
  assert.is(await publishByUpdate(server), 'NOERROR');
  const after = await findingsOf([server]);
  assert.equal(after.findings, []);
  const run = await runCli(['publication', '--host', `${HOST}:1688`, '--authoritative', server.server, '--json']);
  assert.is(run.exitCode, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).summary.verdict, 'pass');
});

test('12293 0x80072338 from the sample events: publishing-failed with the ACL remedy, correlated with the missing record', async () => {
  const server = await bind(PRIMARY, `_vlmcs._tcp IN SRV 0 0 1688 kms02\nkms02 IN A 127.0.0.60`, { zone: 'contoso.com', extraZones: [{ name: 'emea.contoso.com', records: '' }] });
  const run = await runCli(['publication', '--host', 'kms02.contoso.com', '--events', 'samples/events/host-publishing.xml', '--authoritative', server.server, '--json']);
  assert.is(run.exitCode, 1, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.equal(schemaErrors(report), []);
  assert.equal(
    report.domains.map((domain: { domain: string; source: string }) => `${domain.domain}:${domain.source}`),
    ['contoso.com:host-domain', 'emea.contoso.com:events'],
  );
  const failed = report.findings.filter((finding: { ruleId: string }) => finding.ruleId === 'publication/publishing-failed');
  assert.is(failed.length, 1);
  assert.match(failed[0].message, /emea\.contoso\.com: event 12293 with 0x80072338/);
  assert.match(failed[0].remedy[0], /_VLMCS → Properties → Security: add the computer account KMS02\$ with Full Control/);
  const missing = report.findings.filter((finding: { ruleId: string }) => finding.ruleId === 'publication/record-missing');
  assert.is(missing.length, 1);
  assert.match(missing[0].message, /_vlmcs\._tcp\.emea\.contoso\.com and it logged 12293 \(0x80072338\)/);
});

test('DisableDnsPublishing in the host snapshot: the exact manual record lines for each intended domain', async () => {
  const server = await bind(PRIMARY, '', { zone: 'contoso.com', extraZones: [{ name: 'emea.contoso.com', records: '' }] });
  const dir = await mkdtemp(join(tmpdir(), 'kmsd-pub-'));
  try {
    const snapshot = JSON.parse(await readFile('samples/snapshots/kms-host-publish-list.json', 'utf8'));
    snapshot.registry.disableDnsPublishing = 1;
    snapshot.service.dnsPublishing = false;
    const path = join(dir, 'host.json');
    await writeFile(path, JSON.stringify(snapshot));
    const run = await runCli(['publication', '--snapshot', path, '--authoritative', server.server, '--json']);
    assert.is(run.exitCode, 1, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.equal(schemaErrors(report), []);
    assert.equal(report.hosts, [{ host: 'kms01.contoso.com', port: 1688, source: 'snapshot', dnsPublishing: false }]);
    const disabled = report.findings.filter((finding: { ruleId: string }) => finding.ruleId === 'publication/publishing-disabled');
    assert.equal(
      disabled.map((finding: { remedy: string[] }) => finding.remedy.slice(0, 2)),
      [
        [
          'Microsoft DNS: Add-DnsServerResourceRecord -Srv -ZoneName contoso.com -Name _vlmcs._tcp -DomainName kms01.contoso.com -Priority 0 -Weight 0 -Port 1688',
          'BIND zone contoso.com: _vlmcs._tcp IN SRV 0 0 1688 kms01.contoso.com.',
        ],
        [
          'Microsoft DNS: Add-DnsServerResourceRecord -Srv -ZoneName emea.contoso.com -Name _vlmcs._tcp -DomainName kms01.contoso.com -Priority 10 -Weight 100 -Port 1688',
          'BIND zone emea.contoso.com: _vlmcs._tcp IN SRV 10 100 1688 kms01.contoso.com.',
        ],
      ],
    );
    assert.ok(disabled.every((finding: { severity: string }) => finding.severity === 'error'));
    assert.not.ok(report.findings.some((finding: { ruleId: string }) => finding.ruleId === 'publication/record-missing'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('stale vs rogue: records of hosts not on the allow-list, probed in the namespace KMS network', async () => {
  const network = await startKmsNetwork();
  try {
    const facts = await checkPublication({
      hosts: [{ host: fqdn('kms-ok'), port: 1688, source: 'given', dnsPublishing: null }],
      domains: [{ domain: KMS_ZONE, priority: 0, weight: 0, source: 'given' }],
      allowList: [fqdn('kms-ok')],
      resolvers: [],
      resolverSource: 'none',
      authoritative: [network.dnsServer],
      publishing: [],
      timeoutMs: 1000,
      notes: [],
    });
    const byTarget = Object.fromEntries(facts.unexpected.map((record) => [record.target.split('.')[0], `${record.classification}:${record.verdict}`]));
    assert.equal(byTarget, {
      'kms-closed': 'stale:port-closed',
      'kms-filtered': 'stale:port-filtered',
      'kms-http': 'stale:not-kms',
      'kms-dead': 'stale:unreachable',
      'kms-gone': 'stale:unresolved',
      'kms-any': 'rogue:ready',
    });
    const findings = publicationFindings(facts);
    assert.equal(
      findings.filter((finding) => finding.ruleId === 'publication/rogue-host').map((finding) => finding.target),
      [fqdn('kms-any')],
    );
    assert.is(findings.filter((finding) => finding.ruleId === 'publication/stale-host').length, 5);
    // Allow-listing the second genuine host makes it expected, not rogue.
    const allowed = await checkPublication({ ...facts.input, allowList: [fqdn('kms-ok'), fqdn('kms-any')] });
    assert.not.ok(allowed.unexpected.some((record) => record.classification === 'rogue'));
  } finally {
    await network.stop();
  }
});

test.run();
