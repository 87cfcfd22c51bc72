import { msg } from '../../catalog/message.js';
import { probeEvidence } from '../describe-probe.js';
import type { Rule } from '../rule.js';

type SrvFields = { target: string; port: number; priority: number; weight: number };

/** A record set as one comparable, readable value: `priority weight port target`, sorted. */
function setOf(records: SrvFields[]): string {
  return records
    .map((record) => `${record.priority} ${record.weight} ${record.port} ${record.target}`)
    .sort()
    .join(', ');
}

/** Compares the record sets of the servers that answered a domain (failures are other rules' business). */
export const serversDisagree: Rule = {
  id: 'dns/servers-disagree',
  check(facts) {
    return (facts.connectivity?.domains ?? []).flatMap((discovery) => {
      const answered = discovery.answers.filter((answer) => ['ok', 'dns-nxdomain', 'dns-nodata'].includes(answer.status));
      if (answered.length < 2) return [];
      const views = new Map<string, string[]>();
      for (const answer of answered) {
        const key = setOf(answer.data?.records ?? []);
        views.set(key, [...(views.get(key) ?? []), answer.target.server ?? '']);
      }
      if (views.size < 2) return [];
      // Servers without records are named apart, so the catalog words "none" (and they read last).
      const listing = [...views].filter(([records]) => records !== '').map(([records, servers]) => `${servers.join(', ')}: ${records}`);
      return [
        {
          ruleId: 'dns/servers-disagree',
          args: { queryName: discovery.queryName, domain: discovery.domain, views: listing.join('; '), emptyServers: views.get('') ?? null },
          message: msg('dns/servers-disagree.message'),
          target: discovery.domain,
          evidence: answered.map(probeEvidence),
          remedy: [
            msg('dns/servers-disagree.remedy.replicate', { command: 'repadmin /syncall /AdeP' }),
            msg('dns/servers-disagree.remedy.transfer', {
              command: `Resolve-DnsName -Type SOA ${discovery.domain} -Server <each-server>; Start-DnsServerZoneTransfer -Name ${discovery.domain}`,
            }),
            msg('dns/servers-disagree.remedy.stale'),
          ],
        },
      ];
    });
  },
};
