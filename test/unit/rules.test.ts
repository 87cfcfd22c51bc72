/**
 * The rules, from hand-built facts to the exact list of finding ids (most severe first), plus the
 * invariants every finding must keep: evidence that points at a probe in the facts, at least one
 * remedy step, `docs` = `kmsdoctor explain <id>`, severity order, and one rule per catalog id.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_LOCALE, LOCALES } from '../../src/catalog/catalogs.js';
import { RULE_CATALOG, RULE_IDS, type RuleId, ruleSummary, ruleTitle } from '../../src/catalog/findings.js';
import type { ConnectivityFacts } from '../../src/engine/model.js';
import { evaluate, RULES } from '../../src/rules/index.js';
import { type Finding, SEVERITY_RANK } from '../../src/rules/types.js';
import { buildFacts, type FactsSpec, host, probeIds, type SrvSpec } from '../helpers/facts.js';
import { only, soleFinding } from '../helpers/findings.js';

const D = 'corp.test';
const A = '10.0.0.53:53';
const B = '10.0.0.54:53';

/** Every evaluation made by this file, for the invariants suite at the end. */
const evaluated: Array<{ name: string; facts: ConnectivityFacts; findings: Finding<RuleId>[] }> = [];

function run(name: string, spec: FactsSpec): { facts: ConnectivityFacts; findings: Finding<RuleId>[]; ids: string[] } {
  const facts = buildFacts(spec);
  const findings = evaluate({ connectivity: facts });
  evaluated.push({ name, facts, findings });
  return { facts, findings, ids: findings.map((f) => f.ruleId) };
}

/** The one DNS server asked about corp.test answering as `answer` says, and the hosts tested. */
function oneServerSays(answer: SrvSpec, targets?: FactsSpec['targets']): FactsSpec {
  return { domains: [{ domain: D, answers: [answer] }], ...(targets && { targets }) };
}

/** Both DNS servers asked about corp.test, A answering as `a` says and B as `b` says. */
function serversSay(a: SrvSpec, b: SrvSpec): FactsSpec {
  return {
    dnsServers: [A, B],
    domains: [
      {
        domain: D,
        answers: [
          { server: A, ...a },
          { server: B, ...b },
        ],
      },
    ],
  };
}

const healthy = (...names: string[]) => names.map((name) => host(name));

// ---------------------------------------------------------------------------------------------
const dns = suite('rules: DNS discovery');

dns('all healthy: no findings', () => {
  const { ids } = run('healthy', { dnsServers: [A, B], domains: [{ domain: D }], targets: healthy('kms1.corp.test', 'kms2.corp.test') });
  assert.equal(ids, []);
});

dns('no facts at all: no findings', () => {
  assert.equal(evaluate({}), []);
});

dns('NXDOMAIN on every server → dns/srv-missing, nothing about hosts', () => {
  const { ids, findings } = run('nxdomain', serversSay({ status: 'dns-nxdomain' }, { status: 'dns-nxdomain' }));
  assert.equal(ids, ['dns/srv-missing']);
  const f = findings[0]!;
  assert.is(f.severity, 'error');
  assert.match(f.message, '_vlmcs._tcp.corp.test');
  assert.match(f.message, '0x8007232B');
  assert.match(f.message, A);
  assert.match(f.message, B);
  assert.is(f.evidence.length, 2);
});

dns('NXDOMAIN on one server while another times out: srv-missing and server-unreachable', () => {
  const { ids } = run('nxdomain+timeout', serversSay({ status: 'dns-nxdomain' }, { status: 'timeout' }));
  assert.equal(ids, ['dns/srv-missing', 'dns/server-unreachable']);
});

dns('NODATA → dns/srv-nodata', () => {
  const { ids, findings } = run('nodata', oneServerSays({ status: 'dns-nodata' }));
  assert.equal(ids, ['dns/srv-nodata']);
  assert.match(findings[0]!.message, '0x8007251D');
});

dns('an alias at the SRV name with nothing behind it → dns/srv-name-is-alias (error, 0x8007251D), not a bare srv-nodata', () => {
  const finding = soleFinding('dns/srv-name-is-alias', 'error', run('alias-nodata', oneServerSays({ status: 'dns-nodata', aliases: ['_vlmcs._tcp.old.test'] })));
  assert.match(finding.message, '_vlmcs._tcp.corp.test → _vlmcs._tcp.old.test');
  assert.match(finding.message, '0x8007251D');
});

dns('a CNAME loop at the SRV name → dns/srv-name-is-alias naming the loop', () => {
  const { findings } = run('alias-loop', oneServerSays({ status: 'dns-nodata', aliases: ['x.corp.test'], aliasLoop: true }));
  const f = only(findings, 'dns/srv-name-is-alias');
  assert.is(f.severity, 'error');
  assert.match(f.message, /CNAME loop/);
  assert.ok(f.remedy.some((step) => /Break the loop/.test(step)));
});

dns('a CNAME from the SRV name to itself is a loop too (no chain, still the alias finding)', () => {
  const { ids, findings } = run('alias-self-loop', oneServerSays({ status: 'dns-nodata', aliasLoop: true }));
  assert.equal(ids, ['dns/srv-name-is-alias']);
  assert.match(findings[0]!.message, /CNAME loop \(_vlmcs\._tcp\.corp\.test → …/);
});

dns('an alias that leads to SRV records works: dns/srv-name-is-alias as info only', () => {
  const { findings } = run('alias-ok', oneServerSays({ records: ['kms1.corp.test'], aliases: ['_vlmcs._tcp.central.test'] }, healthy('kms1.corp.test')));
  assert.equal(
    findings.map((f) => `${f.ruleId} ${f.severity}`),
    ['dns/srv-name-is-alias info'],
  );
});

dns('an alias to nothing on one server while another lists records: a warning next to servers-disagree', () => {
  const { findings } = run('alias-split', {
    ...serversSay({ records: ['kms1.corp.test'] }, { status: 'dns-nodata', aliases: ['_vlmcs._tcp.old.test'] }),
    targets: healthy('kms1.corp.test'),
  });
  assert.is(only(findings, 'dns/srv-name-is-alias').severity, 'warning');
  only(findings, 'dns/servers-disagree');
});

dns('an SRV target "." (RFC 2782: not offered) → one dns/kms-not-offered, nothing about hosts', () => {
  const { findings } = run('declined', oneServerSays({ status: 'ok', declined: true }));
  assert.equal(
    findings.map((f) => `${f.ruleId} ${f.severity}`),
    ['dns/kms-not-offered error'],
  );
  assert.match(findings[0]!.message, 'decidedly not offered in corp.test');
  assert.not.match(findings[0]!.remedy.join('\n'), /registerdns|:0\b/);
});

dns('an SRV target "." next to records that name hosts → dns/kms-not-offered as a warning', () => {
  const { findings } = run('declined-mixed', oneServerSays({ records: ['kms1.corp.test'], declined: true }, healthy('kms1.corp.test')));
  assert.equal(
    findings.map((f) => `${f.ruleId} ${f.severity}`),
    ['dns/kms-not-offered warning'],
  );
});

dns('SERVFAIL → dns/server-failure', () => {
  const { ids, findings } = run('servfail', oneServerSays({ status: 'dns-servfail' }));
  assert.equal(ids, ['dns/server-failure']);
  assert.match(findings[0]!.message, 'SERVFAIL');
  assert.is(findings[0]!.target, A);
});

dns('REFUSED → dns/server-refused', () => {
  const { ids, findings } = run('refused-rcode', oneServerSays({ status: 'dns-refused' }));
  assert.equal(ids, ['dns/server-refused']);
  assert.match(findings[0]!.message, 'REFUSED');
});

dns('server timeout and server not listening → one dns/server-unreachable per server, even with several domains', () => {
  const domains = ['corp.test', 'emea.corp.test', 'apac.corp.test'].map((domain) => ({
    domain,
    answers: [
      { server: A, status: 'timeout' as const },
      { server: B, status: 'refused' as const },
    ],
  }));
  const { ids, findings } = run('servers-down', { dnsServers: [A, B], domains });
  assert.equal(ids, ['dns/server-unreachable', 'dns/server-unreachable']);
  const [first, second] = findings as [Finding, Finding];
  assert.is(first.target, A);
  assert.is(second.target, B);
  assert.match(first.message, 'no answer within the timeout');
  assert.match(second.message, 'nothing listens');
  assert.is(first.evidence.length, 3, 'one evidence line per domain asked');
  assert.is(second.evidence.length, 3);
});

dns('discarded replies next to a good answer → dns/bad-replies as a warning', () => {
  soleFinding(
    'dns/bad-replies',
    'warning',
    run('discarded', oneServerSays({ records: ['kms1.corp.test'], discarded: ['reply id 4711 does not match query id 99'] }, healthy('kms1.corp.test'))),
  );
});

dns('only garbage (dns-malformed) → dns/bad-replies as an error', () => {
  const finding = soleFinding('dns/bad-replies', 'error', run('malformed', oneServerSays({ status: 'dns-malformed', discarded: ['reply does not decode: short packet'] })));
  assert.match(finding.message, 'no usable answer');
});

dns('truncated over UDP and TCP failed → dns/truncated-tcp-failed', () => {
  const { ids, findings } = run('truncated', oneServerSays({ status: 'dns-truncated', transport: 'tcp' }));
  assert.equal(ids, ['dns/truncated-tcp-failed']);
  assert.match(findings[0]!.remedy.join('\n'), 'Port 53');
});

dns('two servers with different record sets → dns/servers-disagree', () => {
  const finding = soleFinding(
    'dns/servers-disagree',
    'warning',
    run('disagree', {
      ...serversSay({ records: ['kms1.corp.test', 'kms2.corp.test'] }, { records: ['kms1.corp.test'] }),
      targets: healthy('kms1.corp.test', 'kms2.corp.test'),
    }),
  );
  assert.match(finding.message, `${A}: `);
  assert.match(finding.message, `${B}: `);
});

dns('servers that return no record are named last, as "(none)"', () => {
  const { findings } = run('disagree-empty', {
    ...serversSay({ status: 'dns-nxdomain' }, { records: ['kms1.corp.test'] }),
    targets: healthy('kms1.corp.test'),
  });
  assert.is(only(findings, 'dns/servers-disagree').message, `DNS servers disagree about _vlmcs._tcp.${D} — ${B}: 0 100 1688 kms1.corp.test; ${A}: (none)`);
});

dns('the same records in another order do not disagree', () => {
  const { ids } = run('same-set', {
    ...serversSay({ records: ['kms1.corp.test', 'kms2.corp.test'] }, { records: ['kms2.corp.test', 'kms1.corp.test'] }),
    targets: healthy('kms1.corp.test', 'kms2.corp.test'),
  });
  assert.equal(ids, []);
});

dns.run();

// ---------------------------------------------------------------------------------------------
const srv = suite('rules: SRV targets');

srv('unresolved target next to a working one → srv/target-unresolvable + kms/unusable-hosts-listed', () => {
  const { ids, findings } = run('unresolved', { domains: [{ domain: D }], targets: [host('kms1.corp.test'), host('kms-old.corp.test', { addresses: [] })] });
  assert.equal(ids, ['srv/target-unresolvable', 'kms/unusable-hosts-listed']);
  const f = only(findings, 'srv/target-unresolvable');
  assert.is(f.target, 'kms-old.corp.test');
  assert.match(f.message, 'dns-nxdomain');
  assert.match(f.remedy.join('\n'), 'Remove-DnsServerResourceRecord');
});

srv('CNAME chain → srv/target-is-cname', () => {
  const finding = soleFinding('srv/target-is-cname', 'warning', run('cname', { domains: [{ domain: D }], targets: [host('kms.corp.test', { cnameChain: ['kms01.corp.test'] })] }));
  assert.match(finding.message, 'alias for kms01.corp.test');
});

srv('port other than 1688 → srv/nonstandard-port (info)', () => {
  const finding = soleFinding('srv/nonstandard-port', 'info', run('nonstandard', { domains: [{ domain: D }], targets: [host('kms1.corp.test', { port: 1700 })] }));
  assert.match(finding.message, '1700');
});

srv.run();

// ---------------------------------------------------------------------------------------------
const tcp = suite('rules: TCP ports');

tcp('filtered → tcp/kms-port-filtered with the SPPSVC firewall rule, no New-NetFirewallRule on 1688', () => {
  const { ids, findings } = run('filtered', { domains: [{ domain: D }], targets: [host('kms1.corp.test'), host('kms2.corp.test', { activation: 'filtered' })] });
  assert.equal(ids, ['tcp/kms-port-filtered', 'kms/unusable-hosts-listed']);
  const remedy = only(findings, 'tcp/kms-port-filtered').remedy.join('\n');
  assert.match(remedy, 'Set-NetFirewallRule -Name SPPSVC-In-TCP');
  assert.not.match(remedy, 'New-NetFirewallRule');
});

tcp('filtered on a non-1688 port → the remedy also opens that port with New-NetFirewallRule', () => {
  const { ids, findings } = run('filtered-1700', { domains: [{ domain: D }], targets: [host('kms1.corp.test'), host('kms2.corp.test', { port: 1700, activation: 'filtered' })] });
  assert.equal(ids, ['tcp/kms-port-filtered', 'kms/unusable-hosts-listed', 'srv/nonstandard-port']);
  const remedy = only(findings, 'tcp/kms-port-filtered').remedy.join('\n');
  assert.match(remedy, 'Set-NetFirewallRule -Name SPPSVC-In-TCP');
  assert.match(remedy, /New-NetFirewallRule .*-LocalPort 1700/);
});

tcp('closed → tcp/kms-port-closed', () => {
  const { ids } = run('closed', { domains: [{ domain: D }], targets: [host('kms1.corp.test'), host('kms2.corp.test', { activation: 'closed' })] });
  assert.equal(ids, ['tcp/kms-port-closed', 'kms/unusable-hosts-listed']);
});

tcp('unreachable → tcp/host-unreachable (an unreachable 135 is not a management finding)', () => {
  const { ids } = run('unreachable', {
    domains: [{ domain: D }],
    targets: [host('kms1.corp.test'), host('kms2.corp.test', { activation: 'unreachable', management: 'unreachable' })],
  });
  assert.equal(ids, ['tcp/host-unreachable', 'kms/unusable-hosts-listed']);
});

tcp('135 closed or filtered on every host → ONE tcp/management-port-blocked (info) naming them all', () => {
  const { ids, findings } = run('mgmt-blocked', {
    domains: [{ domain: D }],
    targets: [host('kms1.corp.test', { management: 'closed' }), host('kms2.corp.test', { management: 'filtered' }), host('kms3.corp.test', { management: 'closed' })],
  });
  assert.equal(ids, ['tcp/management-port-blocked']);
  const f = findings[0]!;
  assert.is(f.severity, 'info');
  for (const name of ['kms1.corp.test', 'kms2.corp.test', 'kms3.corp.test']) assert.match(f.message, name);
  assert.match(f.message, 'Activation does not need port 135');
  assert.is(f.evidence.length, 3);
});

tcp('a custom management port is named in the finding', () => {
  const { ids, findings } = run('mgmt-custom', { managementPort: 5985, domains: [{ domain: D }], targets: [host('kms1.corp.test', { management: 'closed' })] });
  assert.equal(ids, ['tcp/management-port-blocked']);
  assert.match(findings[0]!.message, 'TCP 5985');
  assert.match(findings[0]!.message, 'Activation does not need port 5985');
});

tcp.run();

// ---------------------------------------------------------------------------------------------
const rpc = suite('rules: RPC bind');

/** kms1 healthy and `name` answering the KMS bind as `spec` says: `id` fires, and `name` is listed as unusable. */
function secondHostRpc(runName: string, name: string, spec: NonNullable<Parameters<typeof host>[1]>['rpc'], id: RuleId) {
  const result = run(runName, { domains: [{ domain: D }], targets: [host('kms1.corp.test'), host(name, { rpc: spec })] });
  assert.equal(result.ids, [id, 'kms/unusable-hosts-listed']);
  return { ...result, finding: only(result.findings, id) };
}

rpc('not-rpc → rpc/not-kms-endpoint', () => {
  const { finding } = secondHostRpc('not-rpc', 'web01.corp.test', { status: 'not-rpc' }, 'rpc/not-kms-endpoint');
  assert.match(finding.message, 'does not speak DCE/RPC');
});

rpc('rpc-rejected → rpc/not-kms-endpoint', () => {
  const { finding } = secondHostRpc('rpc-rejected', 'dc01.corp.test', { status: 'rpc-rejected', verdict: 'interface-not-supported' }, 'rpc/not-kms-endpoint');
  assert.match(finding.message, 'interface-not-supported');
});

rpc('no-reply → rpc/no-reply', () => {
  const { finding } = secondHostRpc('no-reply', 'kms2.corp.test', { status: 'no-reply', silence: 'reset' }, 'rpc/no-reply');
  assert.match(finding.message, 'reset the connection');
});

rpc('rpc-invalid (a truncated or other-call reply) → rpc/not-kms-endpoint, never ready', () => {
  const { finding, facts } = secondHostRpc('rpc-invalid', 'kms2.corp.test', { status: 'rpc-invalid', verdict: 'call-id-mismatch' }, 'rpc/not-kms-endpoint');
  assert.match(finding.message, 'does not answer the KMS bind (call-id-mismatch');
  assert.is(facts.targets[1]!.verdict, 'not-kms');
});

rpc('incomplete (a reply still coming when the budget ran out) → rpc/reply-incomplete, with the bytes so far', () => {
  const { finding } = secondHostRpc('incomplete', 'kms2.corp.test', { status: 'incomplete', replyBytes: 7 }, 'rpc/reply-incomplete');
  assert.match(finding.message, /sent only 7 bytes/);
  assert.match(finding.evidence[0]!.summary, /^RPC bind to the KMS interface at .*: incomplete/);
});

rpc('acceptsAnyInterface true → rpc/accepts-any-interface (info)', () => {
  soleFinding('rpc/accepts-any-interface', 'info', run('accepts-any', { domains: [{ domain: D }], targets: [host('kms1.corp.test', { rpc: { acceptsAnyInterface: true } })] }));
});

rpc('acceptsAnyInterface null (inconclusive) is not a finding', () => {
  const { ids } = run('accepts-any-null', { domains: [{ domain: D }], targets: [host('kms1.corp.test', { rpc: { acceptsAnyInterface: null } })] });
  assert.equal(ids, []);
});

rpc('anomalies → rpc/protocol-anomaly', () => {
  const finding = soleFinding(
    'rpc/protocol-anomaly',
    'warning',
    run('anomaly', { domains: [{ domain: D }], targets: [host('kms1.corp.test', { rpc: { anomalies: ['drep: 00 00 00 00 instead of 10 00 00 00'] } })] }),
  );
  assert.match(finding.message, 'drep');
});

rpc.run();

// ---------------------------------------------------------------------------------------------
const kms = suite('rules: overall verdict');

kms('every target broken → kms/no-usable-host naming 0xC004F074', () => {
  const { ids, findings } = run('all-broken', {
    domains: [{ domain: D }],
    targets: [host('kms1.corp.test', { activation: 'closed' }), host('kms2.corp.test', { activation: 'filtered' }), host('kms3.corp.test', { addresses: [] })],
  });
  assert.equal(ids, ['srv/target-unresolvable', 'tcp/kms-port-filtered', 'tcp/kms-port-closed', 'kms/no-usable-host']);
  const f = only(findings, 'kms/no-usable-host');
  assert.is(f.severity, 'error');
  assert.match(f.message, '0xC004F074');
  assert.is(f.evidence.length, 3);
});

kms('a single pinned host (kms-host) that is closed → no-usable-host, not unusable-hosts-listed', () => {
  const { ids } = run('pinned-closed', { targets: [host('192.0.2.99', { source: 'kms-host', addresses: ['192.0.2.99'], activation: 'closed' })] });
  assert.equal(ids, ['tcp/kms-port-closed', 'kms/no-usable-host']);
});

kms('mixed working and broken listed hosts → kms/unusable-hosts-listed (warning)', () => {
  const { ids, findings } = run('mixed', {
    domains: [{ domain: D }],
    targets: [host('kms1.corp.test'), host('kms2.corp.test', { activation: 'closed' }), host('kms3.corp.test', { addresses: [] })],
  });
  assert.equal(ids, ['srv/target-unresolvable', 'tcp/kms-port-closed', 'kms/unusable-hosts-listed']);
  const f = only(findings, 'kms/unusable-hosts-listed');
  assert.is(f.severity, 'warning');
  assert.match(f.message, '2 of 3');
  assert.match(f.message, 'kms1.corp.test:1688');
});

kms('ports not tested (srv command) are not "broken"', () => {
  const { ids } = run('not-tested', {
    phases: { activationPort: false, managementPort: false, rpc: false },
    domains: [{ domain: D }],
    targets: [host('kms1.corp.test', { activation: null, management: null, rpc: null })],
  });
  assert.equal(ids, []);
});

kms('a probe ended by the overall deadline → run/deadline-reached (an incomplete check cannot pass)', () => {
  const finding = soleFinding('run/deadline-reached', 'error', run('deadline', serversSay({ status: 'cancelled' }, { status: 'cancelled' })));
  assert.is(finding.evidence.length, 2);
});

kms.run();

// ---------------------------------------------------------------------------------------------
const invariants = suite('rules: invariants over every scenario above');

invariants('the scenarios above produced findings to check', () => {
  assert.ok(evaluated.length >= 25, `${evaluated.length} scenarios`);
  const seen = new Set(evaluated.flatMap(({ findings }) => findings.map((f) => f.ruleId)));
  // Client and event rules have their own scenarios (client-rules.test.ts); these are the network ones.
  const network = RULE_IDS.filter((id) => /^(dns|srv|tcp|rpc|kms|run)\//.test(id));
  assert.equal(
    network.filter((id) => !seen.has(id)),
    [],
    'every network rule fired in some scenario',
  );
});

invariants('every finding has evidence pointing at a probe of its facts', () => {
  for (const { name, facts, findings } of evaluated) {
    const ids = probeIds(facts);
    for (const f of findings) {
      assert.ok(f.evidence.length >= 1, `${name}: ${f.ruleId} has no evidence`);
      for (const e of f.evidence) {
        assert.is(e.kind, 'probe', `${name}: ${f.ruleId}`);
        assert.ok(ids.has(e.ref), `${name}: ${f.ruleId} evidence ref ${e.ref} is not a probe of the facts`);
        assert.ok(e.summary.length > 0, `${name}: ${f.ruleId} evidence summary`);
      }
    }
  }
});

invariants('every finding has a remedy, a message, the catalog title and docs = kmsdoctor explain <id>', () => {
  for (const { name, findings } of evaluated) {
    for (const f of findings) {
      assert.ok(f.remedy.length >= 1, `${name}: ${f.ruleId} has no remedy`);
      assert.ok(
        f.remedy.every((step) => step.trim().length > 0),
        `${name}: ${f.ruleId} has an empty remedy step`,
      );
      assert.ok(f.message.trim().length > 0, `${name}: ${f.ruleId} message`);
      assert.is(f.title, ruleTitle(f.ruleId));
      assert.is(f.docs, `kmsdoctor explain ${f.ruleId}`);
    }
  }
});

invariants('every finding renders through the catalog in every language: same ids, severities and args; its own words', () => {
  for (const { name, facts, findings } of evaluated) {
    for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
      const translated = evaluate({ connectivity: facts }, locale);
      assert.equal(
        translated.map((f) => [f.ruleId, f.severity, f.args]),
        findings.map((f) => [f.ruleId, f.severity, f.args]),
        `${name} (${locale})`,
      );
      for (const [i, f] of translated.entries()) {
        assert.is(f.title, ruleTitle(f.ruleId, locale));
        assert.is.not(f.message, findings[i]!.message, `${name}: ${f.ruleId} message is the same in ${locale}`);
        assert.is(f.remedy.length, findings[i]!.remedy.length, `${name}: ${f.ruleId} remedy steps in ${locale}`);
      }
    }
  }
});

invariants('findings are sorted error → warning → info', () => {
  for (const { name, findings } of evaluated) {
    const ranks = findings.map((f) => SEVERITY_RANK[f.severity]);
    assert.equal(
      ranks,
      [...ranks].sort((a, b) => b - a),
      `${name}: ${findings.map((f) => `${f.ruleId}(${f.severity})`).join(', ')}`,
    );
  }
});

invariants('no finding says port 135 is needed for activation', () => {
  let mentions = 0;
  for (const { name, findings } of evaluated) {
    for (const f of findings) {
      const text = [f.title, f.message, ...f.remedy].join('\n');
      if (!/(?<![\d.])135(?![\d.])/.test(text)) continue;
      mentions += 1;
      assert.is(f.ruleId, 'tcp/management-port-blocked', `${name}: only the management finding talks about 135`);
      assert.is(f.severity, 'info');
      assert.match(f.message, /Activation does not need port \d+/);
      assert.not.match(text, /activation (fails|will fail|needs|requires)/i, `${name}: ${text}`);
    }
  }
  assert.ok(mentions > 0, 'some scenario produced the management finding');
});

invariants('RULES: ids unique, and every catalog id is produced by exactly one rule', () => {
  const ids = RULES.map((rule) => rule.id);
  assert.is(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const id of RULE_IDS) assert.is(ids.filter((ruleId) => ruleId === id).length, 1, `${id} has exactly one rule`);
  assert.equal([...ids].sort(), [...RULE_IDS].sort());
});

invariants('each rule only emits its own id', () => {
  for (const { facts } of evaluated) {
    for (const rule of RULES) {
      for (const draft of rule.check({ connectivity: facts })) assert.is(draft.ruleId, rule.id);
    }
  }
});

invariants('catalog entries are complete and ids match the documented pattern', () => {
  for (const id of RULE_IDS) {
    assert.match(id, /^[a-z]+\/[a-z0-9-]+$/);
    const meta = RULE_CATALOG[id];
    assert.ok(ruleTitle(id).length > 0 && ruleSummary(id).length > 0, id);
    assert.ok(['error', 'warning', 'info'].includes(meta.severity), id);
  }
});

invariants.run();
