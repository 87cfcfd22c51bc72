import { primaryWindowsProduct } from '../client/kms-client-product.js';
import type { ClientFacts } from '../rules/facts.js';

/** The client part of a report: whose machine, which product, and what discovery will do. */
export interface ReportClient {
  computer: string | null;
  collectedAt: string;
  sources: string[];
  product: { name: string; channel: string; licenseStatus: number | null; gracePeriodRemainingMinutes: number | null } | null;
  plan: {
    mode: string;
    manualHost: string | null;
    cachedHost: string | null;
    hostCaching: boolean | null;
    queryNames: string[];
    comparisonDomains: string[];
    steps: string[];
  };
}

export function clientSection(client: ClientFacts): ReportClient {
  const { snapshot, plan } = client;
  const product = primaryWindowsProduct(snapshot);
  return {
    computer: snapshot.computer.name,
    collectedAt: snapshot.collectedAt,
    sources: snapshot.sources,
    product: product ? { name: product.name, channel: product.channel, licenseStatus: product.licenseStatus, gracePeriodRemainingMinutes: product.gracePeriodRemainingMinutes } : null,
    plan: {
      mode: plan.mode,
      manualHost: plan.manualHost ? `${plan.manualHost.host}:${plan.manualHost.port}` : null,
      cachedHost: plan.cachedHost ? `${plan.cachedHost.host}:${plan.cachedHost.port}` : null,
      hostCaching: plan.hostCaching,
      queryNames: plan.queryDomains.map((domain) => `_vlmcs._tcp.${domain}`),
      comparisonDomains: plan.comparisonDomains,
      steps: plan.steps,
    },
  };
}
