import type { SrvData } from '../../../probes/srv-discovery.js';
import { msg } from '../../catalog/message.js';
import { addKmsRecordCommand, removeKmsRecordsCommand } from './commands.js';
import { searchedDomainRule } from './searched-domain-rule.js';

/**
 * `_vlmcs._tcp.<domain>` is a CNAME. Clients follow the alias, so what decides is whether SRV
 * records wait at its end: none (or a loop) is NODATA for the client, 0x8007251D, told here
 * rather than as a bare dns/srv-nodata because the fix is the alias, not a missing record.
 */
export const srvNameIsAlias = searchedDomainRule('dns/srv-name-is-alias', (discovery) => {
  const aliased = discovery.answers.filter((answer) => answer.data && isAliased(answer.data));
  if (aliased.length === 0) return null;
  const empty = aliased.filter((answer) => (answer.data?.records.length ?? 0) === 0 && !answer.data?.declined);
  const anyRecords = discovery.answers.some((answer) => (answer.data?.records.length ?? 0) > 0);
  const first = aliased[0]!.data!;
  const names = [discovery.queryName, ...(first.aliases ?? [])];
  const loop = aliased.some((answer) => answer.data?.aliasLoop);
  const canonical = names.at(-1)!;
  const domain = discovery.domain;
  return {
    answers: aliased,
    // Working through the alias is information; an alias to nothing is the client's failure,
    // unless other servers do list records (then dns/servers-disagree tells the split).
    severity: empty.length === 0 ? 'info' : anyRecords ? 'warning' : 'error',
    args: {
      // A chain reads as the path a resolver follows, not as a list.
      aliasChain: names.join(' → '),
      ...(empty.length > 0 ? { code: '0x8007251D' } : {}),
    },
    message: msg(empty.length === 0 ? 'dns/srv-name-is-alias.message.followed' : loop ? 'dns/srv-name-is-alias.message.loop' : 'dns/srv-name-is-alias.message.dead-end'),
    remedy: [
      msg('dns/srv-name-is-alias.remedy.see', { command: `Resolve-DnsName -Name ${discovery.queryName} -Type CNAME -DnsOnly` }),
      msg('dns/srv-name-is-alias.remedy.remove', { command: removeKmsRecordsCommand(domain, 'CName') }),
      msg('dns/srv-name-is-alias.remedy.publish', { command: addKmsRecordCommand(domain) }),
      loop
        ? msg('dns/srv-name-is-alias.remedy.break-loop', { names })
        : msg('dns/srv-name-is-alias.remedy.check-canonical', { canonical, command: `Resolve-DnsName -Name ${canonical} -Type SRV -DnsOnly` }),
    ],
  };
});

/** The SRV name is a CNAME: it leads somewhere, or (a CNAME to itself) nowhere at all. */
export function isAliased(data: SrvData): boolean {
  return (data.aliases?.length ?? 0) > 0 || data.aliasLoop === true;
}
