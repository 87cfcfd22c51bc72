import { msg } from '../../catalog/message.js';
import { publishSrvRemedy } from './remedies.js';
import { searchedDomainRule } from './searched-domain-rule.js';

/** Every server that answered says the name does not exist (and none has records). */
export const srvMissing = searchedDomainRule('dns/srv-missing', (discovery) => {
  const answered = discovery.answers.filter((answer) => answer.data?.rcode !== undefined);
  const missing = answered.filter((answer) => answer.status === 'dns-nxdomain');
  if (missing.length === 0 || missing.length !== answered.length) return null;
  return { answers: missing, args: { code: '0x8007232B' }, message: msg('dns/srv-missing.message'), remedy: publishSrvRemedy(discovery.domain) };
});
