import { msg } from '../../catalog/message.js';
import { LOOKUP_DOMAIN, pinKmsHostCommand } from '../kms/commands.js';
import { listKmsRecordsCommand, removeKmsRecordsCommand, srvTargetFilter } from './commands.js';
import { searchedDomainRule } from './searched-domain-rule.js';

/**
 * An SRV record with target "." (RFC 2782: "the service is decidedly not available at this
 * domain"). It names no host, so there is nothing to resolve or probe: the domain says KMS is
 * not offered there, and a client searching only it finds no host.
 */
export const kmsNotOffered = searchedDomainRule('dns/kms-not-offered', (discovery) => {
  const declining = discovery.answers.filter((answer) => answer.data?.declined);
  if (declining.length === 0) return null;
  const listed = discovery.answers.reduce((sum, answer) => sum + (answer.data?.records.length ?? 0), 0);
  const domain = discovery.domain;
  return {
    answers: declining,
    // Next to real records the "." record contradicts them: a warning, the hosts are still tried.
    severity: listed > 0 ? 'warning' : 'error',
    args: { records: listed },
    message: msg(listed > 0 ? 'dns/kms-not-offered.message.contradicted' : 'dns/kms-not-offered.message.declined'),
    remedy: [
      msg('dns/kms-not-offered.remedy.see', { command: listKmsRecordsCommand(domain) }),
      msg('dns/kms-not-offered.remedy.remove', { command: removeKmsRecordsCommand(domain, 'Srv', srvTargetFilter('.')) }),
      msg('dns/kms-not-offered.remedy.elsewhere', { lookupCommand: LOOKUP_DOMAIN, pinCommand: pinKmsHostCommand() }),
    ],
  };
});
