import { msg } from '../../catalog/message.js';
import { probeEvidence } from '../describe-probe.js';
import { LOOKUP_DOMAIN, pinKmsHostCommand } from '../kms/commands.js';
import type { Rule } from '../rule.js';
import { listKmsRecordsCommand, removeKmsRecordsCommand, srvTargetFilter } from './commands.js';

/**
 * An SRV record with target "." (RFC 2782: "the service is decidedly not available at this
 * domain"). It names no host, so there is nothing to resolve or probe: the domain says KMS is
 * not offered there, and a client searching only it finds no host.
 */
export const kmsNotOffered: Rule = {
  id: 'dns/kms-not-offered',
  check(facts) {
    // A comparison domain is not searched by the client: what it declines breaks nothing.
    return (facts.connectivity?.domains ?? []).filter((discovery) => discovery.role !== 'comparison').flatMap((discovery) => {
      const declining = discovery.answers.filter((answer) => answer.data?.declined);
      if (declining.length === 0) return [];
      const listed = discovery.answers.reduce((sum, answer) => sum + (answer.data?.records.length ?? 0), 0);
      const domain = discovery.domain;
      return [{
        ruleId: 'dns/kms-not-offered' as const,
        // Next to real records the "." record contradicts them: a warning, the hosts are still tried.
        severity: listed > 0 ? ('warning' as const) : ('error' as const),
        args: { queryName: discovery.queryName, domain, servers: declining.map((answer) => answer.target.server ?? ''), records: listed },
        message: msg(listed > 0 ? 'dns/kms-not-offered.message.contradicted' : 'dns/kms-not-offered.message.declined'),
        target: domain,
        evidence: declining.map(probeEvidence),
        remedy: [
          msg('dns/kms-not-offered.remedy.see', { command: listKmsRecordsCommand(domain) }),
          msg('dns/kms-not-offered.remedy.remove', { command: removeKmsRecordsCommand(domain, 'Srv', srvTargetFilter('.')) }),
          msg('dns/kms-not-offered.remedy.elsewhere', { lookupCommand: LOOKUP_DOMAIN, pinCommand: pinKmsHostCommand() }),
        ],
      }];
    });
  },
};
