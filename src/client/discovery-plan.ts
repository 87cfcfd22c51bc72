import { type Message, msg } from '../catalog/message.js';
import { KMS_PORT } from '../core/ports.js';
import type { Snapshot } from '../snapshot/model.js';
import { primaryWindowsProduct } from './kms-client-product.js';

export interface PlannedHost {
  host: string;
  port: number;
}

/**
 * What the licensing service will do at its next attempt (kms-facts.md §7.1), in order:
 * `manual` — a KMS name is set (`slmgr /skms`), DNS is not consulted at all;
 * `lookup-domain` — `slmgr /skms-domain`: SRV only in that domain, no fallback;
 * `dns` — SRV in the client's own suffix(es), after the cached host when caching is on;
 * `no-suffix` — nothing to search: the client fails with 0x8007007B without sending a query;
 * `unknown` — the snapshot does not say enough.
 */
export type DiscoveryMode = 'manual' | 'lookup-domain' | 'dns' | 'no-suffix' | 'unknown';

export interface DiscoveryPlan {
  mode: DiscoveryMode;
  /** Where the manual name comes from: the Windows product's own setting wins over the service-wide one. */
  manualHost: (PlannedHost & { scope: 'product' | 'service' }) | null;
  /** The host used last, tried first while host caching is on (and no manual name is set). */
  cachedHost: PlannedHost | null;
  hostCaching: boolean | null;
  /** The domains whose `_vlmcs._tcp` the client will query, in order. */
  queryDomains: string[];
  /** Domains the client does not query but which explain a failure if they hold records (search list, AD domain). */
  comparisonDomains: string[];
  /** One sentence per step, for the report: catalog messages, worded in the report's language. */
  steps: Message[];
}

const clean = (name: string | null | undefined) => (name ?? '').trim().replace(/\.$/, '').toLowerCase();

/** Pure: predicts discovery from a snapshot; runs no query. */
export function planDiscovery(snapshot: Snapshot): DiscoveryPlan {
  const service = snapshot.service;
  const product = primaryWindowsProduct(snapshot);
  const manualName = clean(product?.kmsMachine) || clean(service?.kmsMachine);
  const manualScope = clean(product?.kmsMachine) ? 'product' : 'service';
  const manualPort = (manualScope === 'product' ? product?.kmsPort : service?.kmsPort) || KMS_PORT;
  const lookupDomain = clean(product?.lookupDomain) || clean(service?.lookupDomain);
  const hostCaching = service?.hostCaching ?? null;
  const discoveredName = clean(product?.discoveredMachine) || clean(service?.discoveredMachine);
  const discoveredPort = product?.discoveredPort || service?.discoveredPort || KMS_PORT;
  const dns = snapshot.dns;
  const primary = clean(dns?.primaryDnsSuffix);
  const connection = (dns?.connectionSuffixes ?? []).map((entry) => clean(entry.suffix)).filter(Boolean);
  const searchList = (dns?.suffixSearchList ?? []).map(clean).filter(Boolean);
  const adDomain = clean(snapshot.computer.domain);
  const ownSuffixes = unique([primary, ...connection].filter(Boolean));
  const comparison = (used: string[]) => unique([...searchList, adDomain].filter((domain) => domain && !used.includes(domain)));
  const cachedHost = discoveredName && hostCaching !== false ? { host: discoveredName, port: discoveredPort } : null;

  if (manualName) {
    const steps = [msg('facts.discovery.manual', { scope: manualScope, command: `slmgr /skms ${manualName}:${manualPort}` })];
    if (lookupDomain) steps.push(msg('facts.discovery.manual-ignores-domain', { domain: lookupDomain }));
    return {
      mode: 'manual',
      manualHost: { host: manualName, port: manualPort, scope: manualScope },
      cachedHost: null,
      hostCaching,
      queryDomains: [],
      comparisonDomains: unique([lookupDomain, ...ownSuffixes, ...comparison(ownSuffixes)].filter(Boolean)),
      steps,
    };
  }
  if (lookupDomain) {
    return {
      mode: 'lookup-domain',
      manualHost: null,
      cachedHost,
      hostCaching,
      queryDomains: [lookupDomain],
      comparisonDomains: comparison([lookupDomain, ...ownSuffixes]).concat(ownSuffixes.filter((d) => d !== lookupDomain)),
      steps: [
        ...(cachedHost ? [msg('facts.discovery.cached', { host: `${cachedHost.host}:${cachedHost.port}`, thenDns: false })] : []),
        msg('facts.discovery.lookup-domain', { command: `slmgr /skms-domain ${lookupDomain}`, queryName: `_vlmcs._tcp.${lookupDomain}` }),
      ],
    };
  }
  if (!dns && !adDomain) {
    return {
      mode: 'unknown',
      manualHost: null,
      cachedHost,
      hostCaching,
      queryDomains: [],
      comparisonDomains: [],
      steps: [msg('facts.discovery.unknown', { collect: 'kmsdoctor collect', domainOption: '--domain' })],
    };
  }
  const queryDomains = ownSuffixes.length > 0 ? ownSuffixes : adDomain ? [adDomain] : [];
  if (queryDomains.length === 0) {
    return {
      mode: 'no-suffix',
      manualHost: null,
      cachedHost,
      hostCaching,
      queryDomains: [],
      comparisonDomains: comparison([]),
      steps: [msg('facts.discovery.no-suffix', { code: '0x8007007B' })],
    };
  }
  return {
    mode: 'dns',
    manualHost: null,
    cachedHost,
    hostCaching,
    queryDomains,
    comparisonDomains: comparison(queryDomains),
    steps: [
      ...(cachedHost ? [msg('facts.discovery.cached', { host: `${cachedHost.host}:${cachedHost.port}`, thenDns: true })] : []),
      msg('facts.discovery.query', { names: queryDomains.map((domain) => `_vlmcs._tcp.${domain}`), count: queryDomains.length, adDomain: ownSuffixes.length === 0 }),
    ],
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
