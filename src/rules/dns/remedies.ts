import { type Message, msg } from '../../catalog/message.js';
import { LOOKUP_DOMAIN, pinKmsHostCommand } from '../kms/commands.js';
import { addKmsRecordCommand, serverHost } from './commands.js';

/** Remedy steps several DNS rules share, so their wording and commands stay identical. */

export function publishSrvRemedy(domain: string): Message[] {
  return [
    msg('remedy.publish-srv.events', {
      command: `Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='Microsoft-Windows-Security-SPP'; Id=12293,12294} -MaxEvents 10`,
    }),
    msg('remedy.publish-srv.by-hand', { command: addKmsRecordCommand(domain) }),
    msg('remedy.publish-srv.lookup-domain', { command: LOOKUP_DOMAIN }),
    msg('remedy.publish-srv.pin', { command: pinKmsHostCommand() }),
  ];
}

export function dnsServerCheckRemedy(server: string, queryName: string): Message[] {
  const host = serverHost(server);
  return [
    msg('remedy.dns-server.repeat-query', { command: `Resolve-DnsName -Type SRV -Name ${queryName} -Server ${host} -DnsOnly` }),
    msg('remedy.dns-server.service', { server: host, command: `Get-Service DNS; Get-WinEvent -LogName 'DNS Server' -MaxEvents 20` }),
  ];
}
