import type { Locale } from '../catalog/catalogs.js';
import type { Message } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import { primaryWindowsProduct } from '../client/kms-client-product.js';
import type { ClientFacts } from '../rules/facts.js';
import { snapshotNotes } from '../snapshot/notes.js';
import { kmsClientFacts, type ReportKmsClientFacts, type ReportProduct, reportProducts } from './client-facts.js';

/** The client part of a report: whose machine, which product, and what discovery will do. */
export interface ReportClient {
  computer: string | null;
  collectedAt: string;
  sources: string[];
  product: { name: string; channel: string; licenseStatus: number | null; gracePeriodRemainingMinutes: number | null } | null;
  /** Every keyed product (Windows, Office, add-ons), the primary one first; each is judged on its own. */
  products: ReportProduct[];
  /** CMID, host used, its address and decoded ePID, intervals — each with the reason when unknown. */
  kms: ReportKmsClientFacts;
  plan: {
    mode: string;
    manualHost: string | null;
    cachedHost: string | null;
    hostCaching: boolean | null;
    queryNames: string[];
    comparisonDomains: string[];
    /** What discovery will do, one sentence per step in the report's language. */
    steps: string[];
    /** The same steps as catalog messages (ids and language-neutral args), for scripts. */
    stepMessages: Message[];
  };
  /** The newest activation attempts from the client's events (up to five, oldest first). */
  attempts: Array<{
    time: string;
    host: string | null;
    requestHresult: string | null;
    answered: boolean;
    responseHresult: string | null;
    currentCount: number | null;
    minimumCount: number | null;
    activated: boolean | null;
  }>;
  /** Distinct `hr=` codes of 8198 events, newest first. */
  failureCodes: string[];
  /** What could not be read or was skipped in the inputs, in the report's language (a collector's own notes as written). */
  notes: string[];
  /** The same notes as catalog messages (ids and language-neutral args), in the same order. */
  noteMessages: Message[];
}

export function clientSection(client: ClientFacts, locale: Locale): ReportClient {
  const { snapshot, plan } = client;
  const product = primaryWindowsProduct(snapshot);
  const notes = snapshotNotes(snapshot);
  return {
    computer: snapshot.computer.name,
    collectedAt: snapshot.collectedAt,
    sources: snapshot.sources,
    product: product
      ? { name: product.name, channel: product.channel, licenseStatus: product.licenseStatus, gracePeriodRemainingMinutes: product.gracePeriodRemainingMinutes }
      : null,
    products: reportProducts(snapshot),
    kms: kmsClientFacts(snapshot, locale),
    plan: {
      mode: plan.mode,
      manualHost: plan.manualHost ? `${plan.manualHost.host}:${plan.manualHost.port}` : null,
      cachedHost: plan.cachedHost ? `${plan.cachedHost.host}:${plan.cachedHost.port}` : null,
      hostCaching: plan.hostCaching,
      queryNames: plan.queryDomains.map((domain) => `_vlmcs._tcp.${domain}`),
      comparisonDomains: plan.comparisonDomains,
      steps: plan.steps.map((step) => render(step, locale)),
      stepMessages: plan.steps,
    },
    attempts: client.events.attempts.slice(-5).map((attempt) => ({
      time: attempt.time,
      host: attempt.host ? `${attempt.host}${attempt.port ? `:${attempt.port}` : ''}` : null,
      requestHresult: attempt.requestHresult,
      answered: attempt.answered,
      responseHresult: attempt.responseHresult,
      currentCount: attempt.currentCount,
      minimumCount: attempt.minimumCount,
      activated: attempt.activated,
    })),
    failureCodes: client.events.failureCodes,
    notes: notes.map((note) => render(note, locale)),
    noteMessages: notes,
  };
}
