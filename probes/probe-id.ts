import { formatEndpoint } from '../src/core/names.js';

/**
 * Probe ids are how findings point at evidence, so they are built in one place. Endpoints:
 * `kind:host[address]:port`, the bracket part only when an address differs from the host name.
 */
export function endpointProbeId(kind: string, host: string, address: string | undefined, port: number): string {
  const via = address && address !== host ? `[${address}]` : '';
  return `${kind}:${via ? `${host}${via}:${port}` : formatEndpoint({ host, port })}`;
}

/** `addr:name@server`: an address lookup of `name` through one DNS server, or `os` for the system resolver. */
export function addressProbeId(name: string, server: string): string {
  return `addr:${name}@${server}`;
}

/** `srv:queryName@server`: one SRV query (`_vlmcs._tcp.domain`) through one DNS server. */
export function srvProbeId(queryName: string, server: string): string {
  return `srv:${queryName}@${server}`;
}

/** `kms:host[address]:port`: the activation probe (bind, and the one request when asked) at one endpoint. */
export function activationProbeId(host: string, address: string | undefined, port: number): string {
  return endpointProbeId('kms', host, address, port);
}
