import { msg } from '../../catalog/message.js';
import { KMS_PORT } from '../../core/ports.js';
import { manualRecordLines } from '../../publication/inputs.js';
import type { Rule } from '../rule.js';
import { SLMGR } from './commands.js';

/** What the admin fills in when the input names neither the host nor its domain. */
const HOST_PLACEHOLDER = '<kms-host-fqdn>';
const DOMAIN_PLACEHOLDER = '<your-domain>';

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
      if (health?.dnsPublishing !== false) return [];
      const port = health.listeningPort ?? KMS_PORT;
      const fqdn = host.dns.fqdn ?? HOST_PLACEHOLDER;
      const domains = host.dns.domains.length > 0 ? host.dns.domains : [{ domain: DOMAIN_PLACEHOLDER, priority: 0, weight: 0 }];
      const manual = domains.flatMap(({ domain, priority, weight }) => {
        const lines = manualRecordLines({ zone: domain, domain, host: fqdn, port, priority, weight });
        return [
          msg('host/dns-publishing-disabled.remedy.record-microsoft', { command: lines.powershell }),
          msg('host/dns-publishing-disabled.remedy.record-bind', { zone: domain, record: lines.bind }),
        ];
      });
      return [
        {
          ruleId: 'host/dns-publishing-disabled' as const,
          args: { host: host.name, fqdn, port, defaultPort: KMS_PORT, nonDefaultPort: port !== KMS_PORT },
          message: msg('host/dns-publishing-disabled.message'),
          target: host.name,
          evidence: [
            { kind: 'setting' as const, ref: `host.${host.name}.dnsPublishing`, summary: msg('host/dns-publishing-disabled.evidence.setting') },
            { kind: 'setting' as const, ref: `host.${host.name}.listeningPort`, summary: msg('host/dns-publishing-disabled.evidence.port') },
            ...host.dns.unreadable.map((line) => ({
              kind: 'setting' as const,
              ref: `host.${host.name}.dnsDomainPublishList`,
              summary: msg('host/dns-publishing-disabled.evidence.unreadable-line', { line: JSON.stringify(line) }),
            })),
          ],
          remedy: [
            msg('host/dns-publishing-disabled.remedy.publish', {
              command: `${SLMGR} /sdns`,
              restartCommand: 'Restart-Service sppsvc',
              fqdnKnown: host.dns.fqdn !== null,
              hostPlaceholder: HOST_PLACEHOLDER,
              domainPlaceholder: DOMAIN_PLACEHOLDER,
            }),
            ...manual,
            msg('host/dns-publishing-disabled.remedy.check', { command: `kmsdoctor publication --host ${fqdn}:${port}` }),
          ],
        },
      ];
    });
  },
};
