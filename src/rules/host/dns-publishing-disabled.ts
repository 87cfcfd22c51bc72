import { KMS_PORT } from '../../core/ports.js';
import { manualRecordLines } from '../../publication/inputs.js';
import type { Rule } from '../rule.js';

/**
 * The host says "DNS publishing disabled" (slmgr /cdns, kms-facts.md §6.3, §7.2): it registers no
 * `_vlmcs._tcp` record, so clients that rely on auto-discovery only find it through a record made
 * by hand. The manual lines are the ones `publication` prints, with the host's own port; a port
 * other than 1688 is said in the same finding, because the hand-made record must carry it.
 */
export const hostDnsPublishingDisabled: Rule = {
  id: 'host/dns-publishing-disabled',
  check(facts) {
    return (facts.host?.hosts ?? []).flatMap((host) => {
      const health = host.health;
      if (!health || health.dnsPublishing !== false) return [];
      const port = health.listeningPort ?? KMS_PORT;
      const fqdn = host.dns.fqdn ?? '<kms-host-fqdn>';
      const domains = host.dns.domains.length > 0 ? host.dns.domains : [{ domain: '<your-domain>', priority: 0, weight: 0 }];
      const manual = domains.flatMap(({ domain, priority, weight }) => {
        const lines = manualRecordLines({ zone: domain, domain, host: fqdn, port, priority, weight });
        return [`Or create the record by hand — Microsoft DNS: ${lines.powershell}`, `BIND zone ${domain}: ${lines.bind}`];
      });
      const portNote = port !== KMS_PORT ? `; it also listens on port ${port}, not the default ${KMS_PORT}, so a record made by hand must carry port ${port} and clients pinned with slmgr /skms need ${fqdn}:${port}` : '';
      const unknownName = host.dns.fqdn === null ? ' (the input does not name the host or its domain: fill in <kms-host-fqdn> and <your-domain>)' : '';
      return [{
        ruleId: 'host/dns-publishing-disabled' as const,
        message: `KMS host ${host.name} has DNS publishing disabled (slmgr /cdns): it registers no _vlmcs._tcp record, so clients that rely on DNS auto-discovery will not find it unless someone created the record by hand${portNote}`,
        target: host.name,
        evidence: [
          { kind: 'setting' as const, ref: `host.${host.name}.dnsPublishing`, summary: `"DNS publishing disabled" (KeyManagementServiceDnsPublishing = false / DisableDnsPublishing = 1)` },
          { kind: 'setting' as const, ref: `host.${host.name}.listeningPort`, summary: `Listening on Port: ${port}${port !== KMS_PORT ? ` (not the default ${KMS_PORT})` : ''}` },
          ...host.dns.unreadable.map((line) => ({ kind: 'setting' as const, ref: `host.${host.name}.dnsDomainPublishList`, summary: `DnsDomainPublishList line ${JSON.stringify(line)} is not "domain[, priority, weight]": no record line printed for it` })),
        ],
        remedy: [
          `Let the host publish itself again: cscript //nologo %windir%\\System32\\slmgr.vbs /sdns, then Restart-Service sppsvc; event 12294 confirms the record${unknownName}`,
          ...manual,
          `Check what DNS holds now: kmsdoctor publication --host ${fqdn}:${port}`,
        ],
      }];
    });
  },
};
