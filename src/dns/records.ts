import type { Answer } from 'dns-packet';

/** A resource record reduced to what diagnostics need, in a JSON-friendly shape. */
export type DnsRecord =
  | { name: string; type: 'SRV'; ttl: number; priority: number; weight: number; port: number; target: string }
  | { name: string; type: 'A' | 'AAAA'; ttl: number; address: string }
  | { name: string; type: 'CNAME' | 'NS' | 'PTR'; ttl: number; target: string }
  | { name: string; type: 'SOA'; ttl: number; mname: string; minimum: number }
  | { name: string; type: 'OTHER'; ttl: number; rrtype: string };

const stripDot = (name: string) => name.replace(/\.$/, '').toLowerCase();

/** Converts one dns-packet record; names are lower-cased without the trailing dot so they compare. */
export function toDnsRecord(answer: Answer): DnsRecord {
  const name = stripDot(answer.name);
  const ttl = 'ttl' in answer && typeof answer.ttl === 'number' ? answer.ttl : 0;
  switch (answer.type) {
    case 'SRV':
      return { name, type: 'SRV', ttl, priority: answer.data.priority ?? 0, weight: answer.data.weight ?? 0, port: answer.data.port ?? 0, target: stripDot(answer.data.target) };
    case 'A':
    case 'AAAA':
      return { name, type: answer.type, ttl, address: answer.data };
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return { name, type: answer.type, ttl, target: stripDot(answer.data) };
    case 'SOA':
      return { name, type: 'SOA', ttl, mname: stripDot(answer.data.mname), minimum: answer.data.minimum ?? 0 };
    default:
      return { name, type: 'OTHER', ttl, rrtype: String(answer.type) };
  }
}
