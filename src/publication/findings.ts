/** Pure: publication facts → findings (ids `publication/*`, catalog in src/rules/catalog.ts). */
import { sameName } from '../dns/message.js';
import { lookupCode } from '../codes/catalog.js';
import type { PublishingResult } from '../events/attempts.js';
import type { RuleId } from '../rules/catalog.js';
import type { FindingDraft } from '../rules/types.js';
import { hostOfResult, manualRecordLines } from './inputs.js';
import type { DomainPublication, ExpectedHost, PublicationFacts } from './model.js';

type Draft = FindingDraft<RuleId>;

const RESTART = 'On the KMS host: Restart-Service sppsvc (it re-registers the record at start and every 24 hours), then look for event 12294';
const HOST_EVENTS = "On the KMS host: Get-WinEvent -FilterHashtable @{ LogName='Application'; ProviderName='Microsoft-Windows-Security-SPP'; Id=12293,12294 } -MaxEvents 20";

function latestFor(facts: PublicationFacts, host: ExpectedHost, domain: string): PublishingResult | undefined {
  return facts.input.publishing
    .filter((result) => result.domain !== null && sameName(result.domain, domain) && hostOfResult(result, facts.input.hosts) === host)
    .sort((a, b) => Date.parse(a.time) - Date.parse(b.time))
    .at(-1);
}

function eventEvidence(result: PublishingResult) {
  return { kind: 'event' as const, ref: String(result.event.recordId ?? result.time), summary: `${result.ok ? '12294 published' : `12293 failed ${result.hresult ?? ''}`} in ${result.domain ?? '?'} at ${result.time} (${result.computer ?? 'unknown computer'})` };
}

function manualLines(domain: DomainPublication, host: ExpectedHost): string[] {
  const lines = manualRecordLines({ zone: domain.zone, domain: domain.domain, host: host.host, port: host.port, priority: domain.priority, weight: domain.weight });
  return [`Microsoft DNS: ${lines.powershell}`, `BIND zone ${domain.zone}: ${lines.bind}`];
}

function srvEvidence(domain: DomainPublication, server: string) {
  const answer = domain.answers.find((entry) => entry.server === server);
  const records = answer?.records.map((record) => `${record.priority} ${record.weight} ${record.port} ${record.target} (TTL ${record.ttl})`).join('; ') || 'no records';
  return { kind: 'probe' as const, ref: answer?.probe ?? server, summary: `${server} (${answer?.role ?? 'server'}, ${answer?.status ?? '?'}${answer?.aa ? ', AA' : ''}): ${records}` };
}

export function publicationDrafts(facts: PublicationFacts): Draft[] {
  const drafts: Draft[] = [];
  const { hosts } = facts.input;
  for (const domain of facts.domains) {
    const qname = `_vlmcs._tcp.${domain.domain}`;
    const definite = (answer: (typeof domain.answers)[number]) => ['ok', 'dns-nodata', 'dns-nxdomain'].includes(answer.status) && !(answer.role === 'authoritative' && answer.aa === false);
    // Nobody answered for the domain (silence, refusal, the deadline): nothing was verified, so this cannot pass.
    const unverified = domain.answers.length > 0 && !domain.answers.some(definite);
    for (const answer of domain.answers) {
      const lame = answer.role === 'authoritative' && answer.status === 'ok' && answer.aa === false;
      if (answer.status === 'ok' || answer.status === 'dns-nodata' || answer.status === 'dns-nxdomain') {
        if (!lame) continue;
      }
      drafts.push({
        ruleId: 'publication/server-unanswered',
        ...(unverified && { severity: 'error' as const }),
        message: unverified && !lame
          ? `${answer.server} (${answer.role}) gave no usable answer for ${qname}: ${answer.status}${answer.rcode ? ` (${answer.rcode})` : ''}; no server answered, so whether the record is published is not verified`
          : lame ? `${answer.server} is named as authoritative for ${domain.zone} but answered ${qname} without the AA flag (a cache or a lame delegation)` : `${answer.server} (${answer.role}) gave no usable answer for ${qname}: ${answer.status}${answer.rcode ? ` (${answer.rcode})` : ''}; whether the record is there is unknown`,
        target: answer.server,
        evidence: [srvEvidence(domain, answer.server)],
        remedy: [`Ask it by hand: nslookup -type=srv ${qname} ${answer.server.replace(/:53$/, '')}`, `Check that the server hosts zone ${domain.zone} and answers this network (BIND: allow-query; Windows: Get-DnsServerZone -Name ${domain.zone})`],
      });
    }
    for (const host of hosts) {
      const presence = domain.hosts.find((entry) => entry.host === host.host)!;
      const latest = latestFor(facts, host, domain.domain);
      const answered = presence.presentOn.length + presence.missingOn.length;
      const disabled = host.dnsPublishing === false;
      if (disabled) {
        const missing = presence.presentOn.length === 0 && answered > 0;
        drafts.push({
          ruleId: 'publication/publishing-disabled',
          severity: missing ? 'error' : 'info',
          message: missing
            ? `${host.host} has DNS publishing disabled (DisableDnsPublishing = 1) and no server holds its record in ${domain.domain}: create it by hand`
            : `${host.host} has DNS publishing disabled (DisableDnsPublishing = 1); its record in ${domain.domain} must be kept by hand${presence.missingOn.length ? ` (missing on ${presence.missingOn.join(', ')})` : ''}`,
          target: host.host,
          evidence: [{ kind: 'setting', ref: 'DisableDnsPublishing', summary: `DisableDnsPublishing = 1 on ${host.host} (slmgr /cdns)` }, ...domain.answers.map((answer) => srvEvidence(domain, answer.server))],
          remedy: [...manualLines(domain, host), `Or let the host publish itself again: slmgr.vbs /sdns, then ${RESTART}`],
        });
      } else if (presence.presentOn.length === 0 && answered > 0) {
        const why = latest ? (latest.ok ? ` although it last logged 12294 (published) at ${latest.time}: the record was deleted or scavenged, or the servers asked do not get the zone from the one it updated` : ` and it logged 12293 (${latest.hresult}) at ${latest.time}`) : '';
        drafts.push({
          ruleId: 'publication/record-missing',
          message: `No server holds ${host.host}'s record in ${qname}${why}`,
          target: host.host,
          evidence: [...domain.answers.map((answer) => srvEvidence(domain, answer.server)), ...(latest ? [eventEvidence(latest)] : [])],
          remedy: [HOST_EVENTS, RESTART, `Or create the record by hand: ${manualLines(domain, host).join(' | ')}`],
        });
      } else if (presence.presentOn.length > 0 && presence.missingOn.length > 0) {
        drafts.push({
          ruleId: 'publication/missing-on-some-servers',
          message: `${host.host}'s record in ${qname} is on ${presence.presentOn.join(', ')} but not on ${presence.missingOn.join(', ')}: clients asking those servers do not find it (replication lag, a stale secondary, or a split-horizon view)`,
          target: host.host,
          evidence: domain.answers.map((answer) => srvEvidence(domain, answer.server)),
          remedy: [
            `Compare the zone serials: nslookup -type=soa ${domain.zone} <server> on each server`,
            'Active Directory-integrated zone: repadmin /syncall /AdeP, then Get-DnsServerResourceRecord -ZoneName ' + `${domain.zone} -RRType SRV on each DC`,
            `BIND secondary: rndc retransfer ${domain.zone} (and check that the primary sends NOTIFY to it)`,
            'Split-horizon DNS: publish the record in every view the clients use',
          ],
        });
      }
      if (latest && !latest.ok) {
        const entry = latest.hresult ? lookupCode(latest.hresult) : undefined;
        const acl = latest.hresult === '0x80072338';
        const account = `${host.host.split('.')[0]!.toUpperCase()}$`;
        drafts.push({
          ruleId: 'publication/publishing-failed',
          message: `${host.host} failed to publish in ${domain.domain}: event 12293 with ${latest.hresult ?? 'no code'}${entry ? ` — ${entry.meaning.split('. ')[0]!.replace(/\.$/, '')}` : ''}`,
          target: host.host,
          evidence: [eventEvidence(latest), ...domain.answers.map((answer) => srvEvidence(domain, answer.server))],
          remedy: acl
            ? [
                `DNS Manager → zone ${domain.zone} → _tcp → _VLMCS → Properties → Security: add the computer account ${account} with Full Control (or grant an AD group of all KMS hosts Full Control on _VLMCS._TCP in every zone they publish to)`,
                RESTART,
                `Or, if ${host.host} should not publish there, remove ${domain.domain} from its DnsDomainPublishList`,
              ]
            : [...(entry?.remedies ?? []), RESTART],
        });
      }
    }
    for (const host of hosts) {
      for (const answer of domain.answers) {
        for (const record of answer.records.filter((entry) => sameName(entry.target, host.host) && entry.port !== host.port)) {
          drafts.push({
            ruleId: 'publication/port-mismatch',
            message: `${answer.server} lists ${host.host} in ${qname} on port ${record.port}, but the host listens on ${host.port}: clients that pick this record fail to connect`,
            target: host.host,
            evidence: [srvEvidence(domain, answer.server)],
            remedy: ['On the host, confirm "Listening on Port" in slmgr.vbs /dlv', `Replace the record: ${manualLines(domain, host).join(' | ')}, and remove the one with port ${record.port}`],
          });
        }
      }
      const addresses = facts.addresses.find((entry) => sameName(entry.name, host.host));
      const listed = domain.answers.some((answer) => answer.records.some((record) => sameName(record.target, host.host)));
      if (listed && addresses) {
        const resolved = addresses.byServer.filter((row) => row.addresses.length > 0);
        const sets = [...new Set(resolved.map((row) => row.addresses.join(',')))];
        if (resolved.length === 0) {
          drafts.push({
            ruleId: 'publication/target-mismatch',
            message: `${qname} names ${host.host}, which no server resolves to an address (${addresses.byServer.map((row) => `${row.server}: ${row.status}`).join(', ')})`,
            target: host.host,
            evidence: addresses.byServer.map((row) => ({ kind: 'probe' as const, ref: `addr:${host.host}@${row.server}`, summary: `${host.host} on ${row.server}: ${row.status}` })),
            remedy: [`Register the host's address: ipconfig /registerdns on ${host.host}`, 'The KMS host must be able to register its own A/AAAA record as well as the SRV record'],
          });
        } else if (sets.length > 1) {
          drafts.push({
            ruleId: 'publication/target-mismatch',
            message: `${host.host} resolves to different addresses on different servers (${resolved.map((row) => `${row.server}: ${row.addresses.join(' ')}`).join('; ')}): some clients connect to an old address`,
            target: host.host,
            evidence: resolved.map((row) => ({ kind: 'probe' as const, ref: `addr:${host.host}@${row.server}`, summary: `${host.host} on ${row.server}: ${row.addresses.join(' ')}` })),
            remedy: [`Remove the outdated A/AAAA record of ${host.host}`, `On ${host.host}: ipconfig /registerdns`],
          });
        }
      }
    }
    // TTLs of one record, compared between authoritative answers (resolvers count cached TTLs down).
    const ttls = new Map<string, Array<{ server: string; ttl: number }>>();
    for (const answer of domain.answers.filter((entry) => entry.role === 'authoritative' && entry.aa)) {
      for (const record of answer.records) {
        const key = `${record.target}:${record.port}`;
        ttls.set(key, [...(ttls.get(key) ?? []), { server: answer.server, ttl: record.ttl }]);
      }
    }
    for (const [key, list] of ttls) {
      if (new Set(list.map((entry) => entry.ttl)).size < 2) continue;
      drafts.push({
        ruleId: 'publication/ttl-disagree',
        message: `The authoritative servers give the record ${key} in ${qname} different TTLs (${list.map((entry) => `${entry.server}: ${entry.ttl}`).join(', ')}): they do not serve the same version of the zone`,
        target: key.slice(0, key.lastIndexOf(':')),
        evidence: list.map((entry) => srvEvidence(domain, entry.server)),
        remedy: [`Compare the zone serials: nslookup -type=soa ${domain.zone} <server> on each server`, 'Let replication or zone transfer finish, or make the manual record identical on every server'],
      });
    }
  }
  for (const record of facts.unexpected) {
    const domain = facts.domains.find((entry) => entry.domain === record.domain)!;
    const qname = `_vlmcs._tcp.${record.domain}`;
    const evidence = [...record.listedBy.map((server) => srvEvidence(domain, server)), { kind: 'probe' as const, ref: `${record.target}:${record.port}`, summary: `${record.target}:${record.port} → ${record.addresses.join(' ') || 'no address'}: ${record.verdict}` }];
    const seen = domain.answers.flatMap((answer) => answer.records).find((entry) => entry.target === record.target && entry.port === record.port);
    const owner = manualRecordLines({ zone: domain.zone, domain: record.domain, host: record.target, port: record.port, priority: 0, weight: 0 }).bind.split(' ')[0];
    const remove = `Remove-DnsServerResourceRecord -ZoneName ${domain.zone} -RRType Srv -Name ${owner} -RecordData '${seen?.priority ?? 0} ${seen?.weight ?? 0} ${record.port} ${record.target}.'`;
    if (record.classification === 'alias') {
      drafts.push({
        ruleId: 'publication/target-mismatch',
        message: `${qname} names ${record.target}:${record.port}, which resolves to ${record.addresses.join(' ')} — the address of ${record.aliasOf}; the host publishes under another name (renamed host, or a record made by hand)`,
        target: record.target,
        evidence,
        remedy: [`Point the record at the host's FQDN (${record.aliasOf}) or add ${record.target} to --expect-host if it is intended`, remove],
      });
    } else if (record.classification === 'stale') {
      drafts.push({
        ruleId: 'publication/stale-host',
        message: `${qname} still lists ${record.target}:${record.port}, which is not on the allow-list and does not work (${record.verdict}): a decommissioned host whose record was never removed`,
        target: record.target,
        evidence,
        remedy: [remove, 'Or turn on scavenging for the zone so dynamic records of dead hosts age out', 'Clients that cached the old host: slmgr.vbs /ckms'],
      });
    } else {
      drafts.push({
        ruleId: 'publication/rogue-host',
        message: `${qname} lists ${record.target}:${record.port}, which answers as a KMS host (${record.verdict}) but is not on the allow-list: clients split their count across it`,
        target: record.target,
        evidence,
        remedy: [`If it is legitimate, add it with --expect-host ${record.target}`, `Otherwise, on ${record.target}: install the KMS client key (slmgr.vbs /ipk <GVLK>) or slmgr.vbs /cdns, then delete its record: ${remove}`, 'Restrict who may publish: grant only a KMS hosts group Full Control on _VLMCS._TCP'],
      });
    }
  }
  return drafts;
}

