import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';

/** Compares the record sets of the servers that answered a domain (failures are other rules' business). */
export const serversDisagree: Rule = {
  id: 'dns/servers-disagree',
  check(facts) {
    return (facts.connectivity?.domains ?? []).flatMap((discovery) => {
      const answered = discovery.answers.filter((answer) => ['ok', 'dns-nxdomain', 'dns-nodata'].includes(answer.status));
      if (answered.length < 2) return [];
      const setOf = (records: Array<{ target: string; port: number; priority: number; weight: number }>) =>
        records.map((record) => `${record.priority} ${record.weight} ${record.port} ${record.target}`).sort().join(', ') || '(none)';
      const views = new Map<string, string[]>();
      for (const answer of answered) {
        const key = setOf(answer.data?.records ?? []);
        views.set(key, [...(views.get(key) ?? []), answer.target.server ?? '']);
      }
      if (views.size < 2) return [];
      const detail = [...views].map(([records, servers]) => `${servers.join(', ')}: ${records}`).join('; ');
      return [{
        ruleId: 'dns/servers-disagree',
        message: `DNS servers disagree about ${discovery.queryName} — ${detail}`,
        target: discovery.domain,
        evidence: answered.map(probeEvidence),
        remedy: [
          `For an AD-integrated zone, force replication and compare again: repadmin /syncall /AdeP`,
          `For primary/secondary zones, compare SOA serials and trigger a transfer: Resolve-DnsName -Type SOA ${discovery.domain} -Server <each-server>; Start-DnsServerZoneTransfer -Name ${discovery.domain}`,
          `Remove records of hosts that no longer exist on the server that still holds them`,
        ],
      }];
    });
  },
};
