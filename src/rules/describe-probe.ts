import type { ProbeResult } from '../core/result.js';
import type { AddressData } from '../../probes/address-resolution.js';
import type { RpcBindData } from '../../probes/rpc-bind.js';
import type { SrvData } from '../../probes/srv-discovery.js';
import type { TcpPortData } from '../../probes/tcp-port.js';
import type { Evidence } from './types.js';

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/** One line per probe outcome, used as evidence in findings and by the human reporter. */
export function describeProbe(result: ProbeResult): string {
  const cause = result.error ? `: ${result.error.message}` : '';
  switch (result.probe) {
    case 'dns.srv': {
      const data = result.data as SrvData | undefined;
      const flags = data?.rcode ? ` ${data.rcode}${data.authoritative ? ' (authoritative)' : ''}` : '';
      const count = data && result.ok ? `, ${data.records.length} record${data.records.length === 1 ? '' : 's'}` : '';
      const alias = data?.aliases?.length ? ` via CNAME ${data.aliases.join(' → ')}${data.aliasLoop ? ' (loop)' : ''}` : data?.aliasLoop ? ' via a CNAME to itself (loop)' : '';
      const ignored = data?.ignored?.length ? `; ignored ${data.ignored.join('; ')}` : '';
      const declined = data?.declined ? ' and target "." (not offered here)' : '';
      return `SRV ${data?.queryName ?? result.target.host} asked ${result.target.server}: ${result.status}${flags}${count}${declined}${alias} over ${result.target.transport} in ${ms(result.durationMs)}${result.ok ? '' : cause}${ignored}`;
    }
    case 'dns.address': {
      const data = result.data as AddressData | undefined;
      const found = data?.addresses.map((entry) => entry.address).join(', ');
      const alias = data?.cnameChain.length ? ` via CNAME ${data.cnameChain.join(' → ')}` : '';
      return `${result.target.host} resolved by ${result.target.server}: ${result.ok ? found : result.status}${alias}${result.ok ? '' : cause}`;
    }
    case 'tcp.port': {
      const data = result.data as TcpPortData | undefined;
      const where = `${result.target.address ?? result.target.host}:${result.target.port}`;
      return `TCP ${where} (${data?.role ?? 'port'}) ${data?.state ?? result.status} in ${ms(result.durationMs)}${result.ok ? '' : cause}`;
    }
    case 'rpc.bind': {
      const data = result.data as RpcBindData | undefined;
      const where = `${result.target.address ?? result.target.host}:${result.target.port}`;
      return `RPC bind to the KMS interface at ${where}: ${data?.verdict ?? result.status} in ${ms(result.durationMs)}${result.ok ? '' : cause}`;
    }
  }
}

export function probeEvidence(result: ProbeResult): Evidence {
  return { kind: 'probe', ref: result.id, summary: describeProbe(result) };
}
