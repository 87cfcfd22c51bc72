import { msg } from '../../catalog/message.js';
import { publishSrvRemedy } from './remedies.js';
import { searchedDomainRule } from './searched-domain-rule.js';
import { isAliased } from './srv-name-is-alias.js';

/** The name exists on every server that answered, but holds no SRV record. */
export const srvNodata = searchedDomainRule('dns/srv-nodata', (discovery) => {
  const answered = discovery.answers.filter((answer) => answer.data?.rcode !== undefined);
  // An empty answer through an alias is explained by dns/srv-name-is-alias instead.
  const empty = answered.filter((answer) => answer.status === 'dns-nodata' && !(answer.data && isAliased(answer.data)));
  if (empty.length === 0 || answered.some((answer) => answer.ok)) return null;
  return { answers: empty, args: { code: '0x8007251D' }, message: msg('dns/srv-nodata.message'), remedy: publishSrvRemedy(discovery.domain) };
});
