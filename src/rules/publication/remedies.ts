/** Remedy steps and commands several publication rules share, so their wording and commands stay identical. */
import { type Message, msg } from '../../catalog/message.js';
import { manualRecordLines } from '../../publication/inputs.js';
import type { DomainPublication, ExpectedHost, UnexpectedRecord } from '../../publication/model.js';

export const RESTART_SPPSVC = 'Restart-Service sppsvc';
const HOST_EVENTS = "Get-WinEvent -FilterHashtable @{ LogName='Application'; ProviderName='Microsoft-Windows-Security-SPP'; Id=12293,12294 } -MaxEvents 20";

/** Restarting the Software Protection service makes the host register its record again. */
export function restartRemedy(): Message {
  return msg('remedy.publication.restart', { command: RESTART_SPPSVC });
}

export function hostEventsRemedy(): Message {
  return msg('remedy.publication.host-events', { command: HOST_EVENTS });
}

/** The two exact lines that create the host's record by hand: Microsoft DNS and a BIND zone file. */
export function manualRecordArgs(domain: DomainPublication, host: ExpectedHost): { command: string; zone: string; record: string } {
  const lines = manualRecordLines({ zone: domain.zone, domain: domain.domain, host: host.host, port: host.port, priority: domain.priority, weight: domain.weight });
  return { command: lines.powershell, zone: domain.zone, record: lines.bind };
}

/** The by-hand record as two steps, one per DNS server kind. */
export function manualRecordRemedy(domain: DomainPublication, host: ExpectedHost): Message[] {
  const { command, zone, record } = manualRecordArgs(domain, host);
  return [msg('remedy.publication.manual-microsoft-dns', { command }), msg('remedy.publication.manual-bind', { zone, record })];
}

export function compareSerialsRemedy(domain: DomainPublication): Message {
  return msg('remedy.publication.compare-serials', { command: `nslookup -type=soa ${domain.zone} <server>` });
}

/** The command that deletes a record of a host off the allow-list, exactly as the servers hold it. */
export function removeRecordCommand(domain: DomainPublication, record: UnexpectedRecord): string {
  const seen = domain.answers.flatMap((answer) => answer.records).find((entry) => entry.target === record.target && entry.port === record.port);
  const owner = manualRecordLines({ zone: domain.zone, domain: record.domain, host: record.target, port: record.port, priority: 0, weight: 0 }).bind.split(' ')[0];
  return `Remove-DnsServerResourceRecord -ZoneName ${domain.zone} -RRType Srv -Name ${owner} -RecordData '${seen?.priority ?? 0} ${seen?.weight ?? 0} ${record.port} ${record.target}.'`;
}
