/** Pure helpers that turn a host snapshot, flags and events into what `publication` checks. */

import { inputError } from '../catalog/input-error.js';
import { parseDomainName, parseKmsDomain } from '../core/names.js';
import { KMS_PORT } from '../core/ports.js';
import type { PublishingResult } from '../events/attempts.js';
import type { Snapshot } from '../snapshot/model.js';
import type { ExpectedHost, IntendedDomain } from './model.js';

/**
 * One DnsDomainPublishList line: `domain` (WSD-DNS) or `domain, priority, weight` (dn502532;
 * priority and weight default to 0). Returns undefined for an empty line.
 */
export function parsePublishListLine(line: string): IntendedDomain | undefined {
  const parts = line.split(',').map((part) => part.trim());
  if (parts.length === 0 || parts[0] === '') return undefined;
  if (parts.length > 3) throw inputError('input-error.publish-list.too-many-parts', { line });
  const number = (text: string | undefined, what: string): number => {
    if (text === undefined || text === '') return 0;
    if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw inputError('input-error.publish-list.not-a-number', { line, part: what, value: text });
    return Number(text);
  };
  return {
    domain: parseKmsDomain(parts[0]!, `DnsDomainPublishList domain "${parts[0]}"`),
    priority: number(parts[1], 'priority'),
    weight: number(parts[2], 'weight'),
    source: 'publish-list',
  };
}

/** The domain part of a host FQDN (`kms01.contoso.com` → `contoso.com`); undefined for a single label. */
export function domainOfHost(host: string): string | undefined {
  const dot = host.indexOf('.');
  return dot > 0 && dot < host.length - 1 ? host.slice(dot + 1) : undefined;
}

export interface SnapshotHost {
  host: ExpectedHost;
  domains: IntendedDomain[];
}

/** The host's FQDN, listening port, publishing flag and intended domains from its snapshot. */
export function hostFromSnapshot(snapshot: Snapshot, path: string): SnapshotHost {
  const name = snapshot.computer.name;
  const ownDomain = snapshot.computer.domain ?? snapshot.dns?.primaryDnsSuffix ?? null;
  if (!name || !ownDomain) throw inputError('input-error.snapshot.no-name', { path, option: '--host FQDN' });
  // Named by the snapshot's fields and file: the same words in every language.
  const host = parseDomainName(`${name}.${ownDomain}`, `computer.name + computer.domain (${path})`);
  const registryPort = Number(snapshot.registry?.keyManagementServiceListeningPort ?? Number.NaN);
  const port = snapshot.service?.listeningPort ?? (Number.isInteger(registryPort) && registryPort > 0 ? registryPort : KMS_PORT);
  const disabled = snapshot.registry?.disableDnsPublishing;
  const dnsPublishing = disabled !== null && disabled !== undefined ? disabled === 0 : (snapshot.service?.dnsPublishing ?? null);
  const domains = mergeDomains([
    { domain: parseKmsDomain(ownDomain, `computer.domain (${path})`), priority: 0, weight: 0, source: 'host-domain' },
    ...(snapshot.registry?.dnsDomainPublishList ?? []).flatMap((line) => parsePublishListLine(line) ?? []),
  ]);
  return { host: { host, port, source: 'snapshot', dnsPublishing }, domains };
}

/** One entry per domain, the first source kept, a later explicit priority/weight winning over a default 0/0. */
export function mergeDomains(list: IntendedDomain[]): IntendedDomain[] {
  const byName = new Map<string, IntendedDomain>();
  for (const entry of list) {
    const known = byName.get(entry.domain);
    if (!known) byName.set(entry.domain, { ...entry });
    else if (entry.source === 'publish-list' && (entry.priority !== 0 || entry.weight !== 0)) Object.assign(known, { priority: entry.priority, weight: entry.weight });
  }
  return [...byName.values()];
}

/** Whether an event's computer is this host (FQDN or the short name). */
export function isComputer(computer: string | null, host: string): boolean {
  if (computer === null) return false;
  const name = computer.toLowerCase().replace(/\.$/, '');
  return name === host.toLowerCase() || name === host.toLowerCase().split('.')[0];
}

/** Keeps the publishing results of the expected hosts; with one host, events naming no computer count as its own. */
export function publishingOfHosts(results: PublishingResult[], hosts: ExpectedHost[]): { kept: PublishingResult[]; ignored: string[] } {
  const kept: PublishingResult[] = [];
  const ignored = new Set<string>();
  for (const result of results) {
    if (hosts.some((host) => isComputer(result.computer, host.host)) || (result.computer === null && hosts.length === 1)) kept.push(result);
    else ignored.add(result.computer ?? '(no computer)');
  }
  return { kept, ignored: [...ignored] };
}

/** The host a publishing result belongs to. */
export function hostOfResult(result: PublishingResult, hosts: ExpectedHost[]): ExpectedHost | undefined {
  return hosts.find((host) => isComputer(result.computer, host.host)) ?? (hosts.length === 1 ? hosts[0] : undefined);
}

/** The two exact lines that create the record by hand (facts §7.2). */
export function manualRecordLines(options: { zone: string; domain: string; host: string; port: number; priority: number; weight: number }): { powershell: string; bind: string } {
  const { zone, domain, host, port, priority, weight } = options;
  const below = domain === zone ? '' : domain.endsWith(`.${zone}`) ? `.${domain.slice(0, -(zone.length + 1))}` : '';
  const name = `_vlmcs._tcp${below}`;
  return {
    powershell: `Add-DnsServerResourceRecord -Srv -ZoneName ${zone} -Name ${name} -DomainName ${host} -Priority ${priority} -Weight ${weight} -Port ${port}`,
    bind: `${name} IN SRV ${priority} ${weight} ${port} ${host}.`,
  };
}
