import { readFile } from 'node:fs/promises';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parsePublicationFlags } from '../../src/cli/commands/publication.js';
import { UsageError } from '../../src/core/usage-error.js';
import { domainOfHost, hostFromSnapshot, isComputer, manualRecordLines, mergeDomains, parsePublishListLine } from '../../src/publication/inputs.js';
import type { Snapshot } from '../../src/snapshot/model.js';
import { runCli } from '../helpers/run-cli.js';

const test = suite('publication (unit, CLI input)');

test('DnsDomainPublishList lines: "domain" and "domain, priority, weight"', () => {
  assert.equal(parsePublishListLine('contoso.com'), { domain: 'contoso.com', priority: 0, weight: 0, source: 'publish-list' });
  assert.equal(parsePublishListLine(' EMEA.contoso.com , 10 , 100 '), { domain: 'emea.contoso.com', priority: 10, weight: 100, source: 'publish-list' });
  assert.equal(parsePublishListLine('contoso.com,10,100'), { domain: 'contoso.com', priority: 10, weight: 100, source: 'publish-list' });
  assert.equal(parsePublishListLine('contoso.com, 5'), { domain: 'contoso.com', priority: 5, weight: 0, source: 'publish-list' });
  assert.is(parsePublishListLine('  '), undefined);
  assert.throws(
    () => parsePublishListLine('contoso.com, x, 1'),
    (error: unknown) => error instanceof UsageError,
  );
  assert.throws(
    () => parsePublishListLine('contoso.com, 1, 2, 3'),
    (error: unknown) => error instanceof UsageError,
  );
});

test('the host snapshot gives FQDN, port, publishing flag and intended domains', async () => {
  const snapshot = JSON.parse(await readFile('samples/snapshots/kms-host-publish-list.json', 'utf8')) as Snapshot;
  const { host, domains } = hostFromSnapshot(snapshot, 'x.json');
  assert.equal(host, { host: 'kms01.contoso.com', port: 1688, source: 'snapshot', dnsPublishing: true });
  assert.equal(domains, [
    { domain: 'contoso.com', priority: 0, weight: 0, source: 'host-domain' },
    { domain: 'emea.contoso.com', priority: 10, weight: 100, source: 'publish-list' },
  ]);
  snapshot.registry!.disableDnsPublishing = 1;
  assert.is(hostFromSnapshot(snapshot, 'x.json').host.dnsPublishing, false);
});

test('mergeDomains keeps one entry per domain; an explicit priority/weight wins', () => {
  assert.equal(
    mergeDomains([
      { domain: 'a.test', priority: 0, weight: 0, source: 'host-domain' },
      { domain: 'a.test', priority: 3, weight: 7, source: 'publish-list' },
    ]),
    [{ domain: 'a.test', priority: 3, weight: 7, source: 'host-domain' }],
  );
});

test('manual record lines: zone apex and a domain below the zone', () => {
  assert.equal(manualRecordLines({ zone: 'contoso.com', domain: 'contoso.com', host: 'kms01.contoso.com', port: 1688, priority: 0, weight: 0 }), {
    powershell: 'Add-DnsServerResourceRecord -Srv -ZoneName contoso.com -Name _vlmcs._tcp -DomainName kms01.contoso.com -Priority 0 -Weight 0 -Port 1688',
    bind: '_vlmcs._tcp IN SRV 0 0 1688 kms01.contoso.com.',
  });
  assert.equal(
    manualRecordLines({ zone: 'contoso.com', domain: 'emea.contoso.com', host: 'kms01.contoso.com', port: 1700, priority: 10, weight: 100 }).bind,
    '_vlmcs._tcp.emea IN SRV 10 100 1700 kms01.contoso.com.',
  );
});

test('names: domain of a host, event computer matching', () => {
  assert.is(domainOfHost('kms01.contoso.com'), 'contoso.com');
  assert.is(domainOfHost('kms01'), undefined);
  assert.ok(isComputer('KMS01.contoso.com', 'kms01.contoso.com'));
  assert.ok(isComputer('KMS01', 'kms01.contoso.com'));
  assert.not.ok(isComputer('kms02.contoso.com', 'kms01.contoso.com'));
});

test('flags: an IP or a short name is not a host FQDN; a bad --authoritative is refused', () => {
  const base = { host: ['kms01.contoso.com:1689'], domain: [], 'expect-host': [], authoritative: [] };
  assert.equal(parsePublicationFlags(base).hosts, [{ host: 'kms01.contoso.com', port: 1689 }]);
  for (const host of ['10.0.0.5', 'kms01', '[::1]:1688'])
    assert.throws(
      () => parsePublicationFlags({ ...base, host: [host] }),
      (error: unknown) => error instanceof UsageError,
    );
  assert.throws(
    () => parsePublicationFlags({ ...base, authoritative: ['ns1.contoso.com'] }),
    (error: unknown) => error instanceof UsageError,
  );
});

const BAD_INPUT: Array<[string, string[], RegExp]> = [
  ['no host', ['publication'], /--host FQDN\[:port\] or --snapshot/],
  ['an IP as host', ['publication', '--host', '10.0.0.5'], /must be the KMS host's FQDN/],
  ['a bad port', ['publication', '--host', 'kms01.contoso.com:99999'], /not a TCP\/UDP port/],
  ['a bad authoritative server', ['publication', '--host', 'kms01.contoso.com', '--authoritative', 'ns1.contoso.com'], /--authoritative "ns1\.contoso\.com" is not an IP address/],
  ['a bad resolver', ['publication', '--host', 'kms01.contoso.com', '--dns-server', 'dc1'], /--dns-server "dc1" is not an IP address/],
  ['a bad timeout', ['publication', '--host', 'kms01.contoso.com', '--timeout', '0'], /--timeout "0"/],
  ['a missing snapshot', ['publication', '--snapshot', 'does-not-exist.json'], /does-not-exist\.json: cannot read the snapshot \(no such file\)/],
  ['a client snapshot', ['publication', '--snapshot', 'samples/snapshots/client-dns-discovery-ok.json'], /is not a KMS host's/],
  ['a bad domain', ['publication', '--host', 'kms01.contoso.com', '--domain', 'bad..name'], /--domain "bad\.\.name" has an empty label/],
  ['a missing event file', ['publication', '--host', 'kms01.contoso.com', '--events', 'nope.xml'], /nope\.xml/],
];
for (const [what, args, message] of BAD_INPUT) {
  test(`CLI: ${what} → exit 2, one line on stderr`, async () => {
    const run = await runCli([...args, '--authoritative', '127.0.0.1:9']);
    assert.is(run.exitCode, 2, run.stdout + run.stderr);
    assert.is(run.stdout, '');
    const lines = run.stderr.split('\n').filter(Boolean);
    assert.is(lines.length, 1, run.stderr);
    assert.match(lines[0]!, /^kmsdoctor: /);
    assert.match(lines[0]!, message);
  });
}

test.run();
