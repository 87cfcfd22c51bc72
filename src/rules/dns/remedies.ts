import { msg, type Message } from '../../catalog/message.js';
import { KMS_PORT } from '../../core/ports.js';

/** Remedy steps several DNS rules share, so their wording and commands stay identical. */

export function publishSrvRemedy(domain: string): Message[] {
  return [
    msg('remedy.publish-srv.events', { command: `Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='Microsoft-Windows-Security-SPP'; Id=12293,12294} -MaxEvents 10` }),
    msg('remedy.publish-srv.by-hand', { command: `Add-DnsServerResourceRecord -Srv -ZoneName ${domain} -Name _vlmcs._tcp -DomainName <kms-host-fqdn> -Priority 0 -Weight 0 -Port ${KMS_PORT}` }),
    msg('remedy.publish-srv.lookup-domain', { command: 'slmgr.vbs /skms-domain <domain-with-the-record>' }),
    msg('remedy.publish-srv.pin', { command: `slmgr.vbs /skms <kms-host-fqdn>:${KMS_PORT}` }),
  ];
}

export function dnsServerCheckRemedy(server: string, queryName: string): Message[] {
  const host = server.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return [
    msg('remedy.dns-server.repeat-query', { command: `Resolve-DnsName -Type SRV -Name ${queryName} -Server ${host} -DnsOnly` }),
    msg('remedy.dns-server.service', { server: host, command: `Get-Service DNS; Get-WinEvent -LogName 'DNS Server' -MaxEvents 20` }),
  ];
}
