import { KMS_PORT } from '../../core/ports.js';

/**
 * DNS commands several remedies give an admin to copy. Built in one place so every finding prints
 * them alike, and outside the catalog so no translation can alter what is typed.
 */

/** The owner name of KMS SRV records, relative to a zone. */
const SRV_OWNER = '_vlmcs._tcp';

/** A DNS server as a command takes it: `10.0.0.53:53` → `10.0.0.53`, `[2001:db8::1]:53` → `2001:db8::1`. */
export function serverHost(server: string): string {
  return server.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
}

/** The zone's KMS records of one type, as the DNS server holds them. */
export function listKmsRecordsCommand(zone: string, type: 'Srv' | 'CName' = 'Srv'): string {
  return `Get-DnsServerResourceRecord -ZoneName ${zone} -Name ${SRV_OWNER} -RRType ${type}`;
}

/** Deletes the records `listKmsRecordsCommand` lists, those `filter` keeps (a Where-Object clause) or all. */
export function removeKmsRecordsCommand(zone: string, type: 'Srv' | 'CName', filter?: string): string {
  return `${listKmsRecordsCommand(zone, type)}${filter ? ` | ${filter}` : ''} | Remove-DnsServerResourceRecord -ZoneName ${zone} -Force`;
}

/** Keeps the SRV records whose target is `target` (`.` for the "not offered here" record). */
export function srvTargetFilter(target: string): string {
  return `Where-Object { $_.RecordData.DomainName -eq '${target}' }`;
}

export interface SrvRecordFields {
  target: string;
  priority: number;
  weight: number;
  port: number;
}

/** Creates a KMS SRV record; by default one for a host still to be named, on the default port. */
export function addKmsRecordCommand(zone: string, record: SrvRecordFields = { target: '<kms-host-fqdn>', priority: 0, weight: 0, port: KMS_PORT }): string {
  return `Add-DnsServerResourceRecord -Srv -ZoneName ${zone} -Name ${SRV_OWNER} -DomainName ${record.target} -Priority ${record.priority} -Weight ${record.weight} -Port ${record.port}`;
}

/** Whether the client reaches a DNS server's TCP port 53. */
export function testDnsTcpCommand(host: string): string {
  return `Test-NetConnection ${host} -Port 53`;
}
