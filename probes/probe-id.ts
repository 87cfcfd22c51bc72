import { formatEndpoint } from '../src/core/names.js';

/**
 * Probe ids are how findings point at evidence, so they are built in one place:
 * `kind:host[address]:port`, the bracket part only when an address differs from the host name.
 */
export function endpointProbeId(kind: string, host: string, address: string | undefined, port: number): string {
  const via = address && address !== host ? `[${address}]` : '';
  return `${kind}:${via ? `${host}${via}:${port}` : formatEndpoint({ host, port })}`;
}
