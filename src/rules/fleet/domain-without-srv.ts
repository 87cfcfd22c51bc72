import { msg } from '../../catalog/message.js';
import { fleetRule } from './fleet-rule.js';

/** With --probe: a DNS suffix group whose domain has no `_vlmcs._tcp` record; its clients cannot discover a host (0x8007232B / 0x8007251D). */
export const fleetDomainWithoutSrv = fleetRule('fleet/domain-without-srv', (fleet) => {
  if (!fleet.probed) return [];
  return fleet.domains
    .filter((d) => d.srv === 'none')
    .map((d) => ({
      // `answers`: what each DNS server said, as "server: status" (a server address and a status code).
      args: { clients: d.clients, domain: d.domain, queryName: `_vlmcs._tcp.${d.domain}`, answers: d.answers.map(({ server, status }) => `${server}: ${status}`) },
      message: msg('fleet/domain-without-srv.message'),
      target: d.domain,
      // One item per SRV query, pointing at its probe result (srvProbeId: `srv:<name>@<server>`).
      evidence: d.answers.map(({ probeId, server, status }) => ({
        kind: 'probe' as const,
        ref: probeId,
        summary: msg('fleet/domain-without-srv.evidence', { answers: `${server}: ${status}` }),
      })),
      remedy: [
        msg('fleet/domain-without-srv.remedy.publish', {
          setting: 'DnsDomainPublishList',
          command: `Add-DnsServerResourceRecord -Srv -Name _vlmcs._tcp -ZoneName ${d.domain} -DomainName <host FQDN> -Port 1688 -Priority 0 -Weight 0`,
        }),
        msg('fleet/domain-without-srv.remedy.other-domain', { command: 'slmgr.vbs /skms-domain <domain>' }),
      ],
    }));
});
