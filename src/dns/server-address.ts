import { getServers } from 'node:dns';
import { inputError } from '../catalog/input-error.js';
import { portIn } from '../core/name-error.js';
import { ipFamily, parsePort, refuseAmbiguousIpv6 } from '../core/names.js';
import type { DnsServer } from './exchange.js';

export const DNS_PORT = 53;

/**
 * Parses `--dns-server` values: `192.0.2.53`, `192.0.2.53:5353`, `::1`, `[::1]:5353`.
 * Only IP literals: naming the server by a DNS name would need DNS to find DNS, and the
 * diagnosis must not depend on the resolver it is diagnosing.
 */
export function parseDnsServer(input: string): DnsServer {
  const text = input.trim();
  refuseAmbiguousIpv6(text, '--dns-server');
  const bracketed = /^\[([^\]]+)\](?::(.+))?$/.exec(text);
  const [address, port] = bracketed
    ? [bracketed[1] ?? '', bracketed[2]]
    : ipFamily(text) === 6
      ? [text, undefined]
      : text.includes(':')
        ? [text.slice(0, text.lastIndexOf(':')), text.slice(text.lastIndexOf(':') + 1)]
        : [text, undefined];
  if (!ipFamily(address)) throw inputError('usage-error.dns-server.not-ip', { flag: '--dns-server', value: input });
  return { address, port: port === undefined ? DNS_PORT : parsePort(port, portIn('--dns-server', input)) };
}

/** The machine's own resolvers (resolv.conf on Unix, the adapters' DNS servers on Windows). */
export function systemDnsServers(): DnsServer[] {
  // Node lists a resolver on port 53 as a bare address, which is no ambiguity: it is never a typo.
  return getServers()
    .map((entry) => entry.replace(/%[^\]]+/, ''))
    .map((entry) => (ipFamily(entry) ? { address: entry, port: DNS_PORT } : parseDnsServer(entry)));
}

export function formatDnsServer(server: DnsServer): string {
  return ipFamily(server.address) === 6 ? `[${server.address}]:${server.port}` : `${server.address}:${server.port}`;
}
