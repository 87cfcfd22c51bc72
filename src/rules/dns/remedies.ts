/** Remedy steps several DNS rules share, so their wording and commands stay identical. */

export function publishSrvRemedy(domain: string): string[] {
  return [
    `On the KMS host, see whether it tried to publish and why it failed (12293 = failed, 12294 = published): Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='Microsoft-Windows-Security-SPP'; Id=12293,12294} -MaxEvents 10`,
    `Or create the record by hand on the DNS server: Add-DnsServerResourceRecord -Srv -ZoneName ${domain} -Name _vlmcs._tcp -DomainName <kms-host-fqdn> -Priority 0 -Weight 0 -Port 1688`,
    `If clients should search another domain, point them at it: slmgr.vbs /skms-domain <domain-with-the-record>`,
    `Or bypass discovery on the client: slmgr.vbs /skms <kms-host-fqdn>:1688`,
  ];
}

export function dnsServerCheckRemedy(server: string, queryName: string): string[] {
  const host = server.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return [
    `Repeat the query against that server from a client: Resolve-DnsName -Type SRV -Name ${queryName} -Server ${host} -DnsOnly`,
    `Check the DNS Server service and its event log on ${host}: Get-Service DNS; Get-WinEvent -LogName 'DNS Server' -MaxEvents 20`,
  ];
}
