/**
 * KMS host health from what the host says about itself (a snapshot, or `slmgr /dlv` text parsed
 * into one): is each host product licensed, where the count stands against each threshold
 * (kms-facts.md §8: 25 Windows client, 5 Windows Server, 5 Office; caps 50 and 10), the listening
 * port, DNS publishing and the cumulative request counters (§2.1, §6.3). Pure: no I/O.
 */

import { APPLICATION_IDS } from '../kms/products.js';
import type { KmsLogSettings, LicensingProduct, Snapshot } from '../snapshot/model.js';

export type ThresholdFamily = 'windows-client' | 'windows-server' | 'office';

/**
 * §8: the count each kind of client needs, and the most the count can reach. A family's name in
 * words is the reporter's (catalog 'report.host.threshold'), in the run's language.
 */
export const THRESHOLDS: Readonly<Record<ThresholdFamily, { threshold: number; cap: number }>> = Object.freeze({
  'windows-client': { threshold: 25, cap: 50 },
  'windows-server': { threshold: 5, cap: 50 },
  office: { threshold: 5, cap: 10 },
});

/** §8: the host counts distinct CMIDs seen in this many days. */
export const COUNT_WINDOW_DAYS = 30;

export interface ThresholdStatus {
  family: ThresholdFamily;
  threshold: number;
  cap: number;
  count: number | null;
  /** null when the count is unknown. */
  met: boolean | null;
  /** Clients still missing before this family activates (0 when met). */
  missing: number | null;
}

export interface HostProductHealth {
  id: string;
  name: string;
  description: string;
  application: 'windows' | 'office' | 'other';
  licenseStatus: number | null;
  licensed: boolean | null;
  currentCount: number | null;
  /** Windows: client and server thresholds; Office: the Office one. */
  thresholds: ThresholdStatus[];
}

export interface HostHealth {
  computer: string | null;
  collectedAt: string;
  sources: string[];
  isKmsHost: boolean;
  /** Every host product licensed (null when none has a known state). */
  licensed: boolean | null;
  products: HostProductHealth[];
  /** The port clients must reach; 0 is shown by slmgr as 1688 and means 1688. */
  listeningPort: number | null;
  dnsPublishing: boolean | null;
  lowPriority: boolean | null;
  requests: {
    total: number | null;
    failed: number | null;
    /** failed / total, 0..1; null when either is unknown or total is 0. */
    failedShare: number | null;
    unlicensed: number | null;
    licensed: number | null;
    initialGrace: number | null;
    expiredOrOutOfTolerance: number | null;
  } | null;
  /** The host key's ePID per host product id, when known (snapshot: not carried; /dlv text: read by the caller). */
  epids: Record<string, string>;
  /** The Key Management Service log's size, limit, retention and oldest record (snapshot only; null for /dlv text). */
  kmsLog: KmsLogSettings | null;
}

function applicationOf(product: LicensingProduct): HostProductHealth['application'] {
  const app = product.applicationId?.toLowerCase() ?? null;
  if (app === APPLICATION_IDS.windows) return 'windows';
  if (app === APPLICATION_IDS['office-2013+'] || app === APPLICATION_IDS['office-2010'] || /^office\b/i.test(product.name)) return 'office';
  if (/^windows/i.test(product.name)) return 'windows';
  return 'other';
}

export function thresholdStatus(family: ThresholdFamily, count: number | null): ThresholdStatus {
  const { threshold, cap } = THRESHOLDS[family];
  // −1 (0xFFFFFFFF) means "no requests yet" (§2.1): a count of 0.
  const known = count === null ? null : count < 0 || count > 0x7fffffff ? 0 : count;
  return { family, threshold, cap, count: known, met: known === null ? null : known >= threshold, missing: known === null ? null : Math.max(0, threshold - known) };
}

/** The products that make this machine a KMS host: a host key (VOLUME_KMS channel / Volume:CSVLK) or isKmsHost. */
export function hostProducts(snapshot: Snapshot): LicensingProduct[] {
  return snapshot.products.filter((p) => p.channel === 'VOLUME_KMS' || p.productKeyChannel === 'Volume:CSVLK' || (p.isKmsHost === true && p.channel !== 'VOLUME_KMSCLIENT'));
}

export function hostHealth(snapshot: Snapshot, epids: Record<string, string> = {}): HostHealth {
  const service = snapshot.service;
  const products = hostProducts(snapshot).map((product): HostProductHealth => {
    const application = applicationOf(product);
    const count = product.currentCount ?? (application === 'windows' ? (service?.currentCount ?? null) : null);
    const thresholds =
      application === 'office'
        ? [thresholdStatus('office', count)]
        : application === 'windows'
          ? [thresholdStatus('windows-client', count), thresholdStatus('windows-server', count)]
          : [];
    return {
      id: product.id,
      name: product.name,
      description: product.description,
      application,
      licenseStatus: product.licenseStatus,
      licensed: product.licenseStatus === null ? null : product.licenseStatus === 1,
      currentCount: count,
      thresholds,
    };
  });
  const states = products.map((p) => p.licensed).filter((v): v is boolean => v !== null);
  const requests = service?.requests ?? null;
  const total = requests?.total ?? null;
  const failed = requests?.failed ?? null;
  return {
    computer: snapshot.computer.name,
    collectedAt: snapshot.collectedAt,
    sources: snapshot.sources,
    isKmsHost: service?.isKmsHost === true || products.length > 0,
    licensed: states.length === 0 ? null : states.every((v) => v),
    products,
    listeningPort: service?.listeningPort === undefined || service?.listeningPort === null ? null : service.listeningPort === 0 ? 1688 : service.listeningPort,
    dnsPublishing: service?.dnsPublishing ?? null,
    lowPriority: service?.lowPriority ?? null,
    requests: requests
      ? {
          total,
          failed,
          failedShare: total !== null && failed !== null && total > 0 ? failed / total : null,
          unlicensed: requests.unlicensed,
          licensed: requests.licensed,
          initialGrace: requests.initialGrace,
          expiredOrOutOfTolerance: requests.expiredOrOutOfTolerance,
        }
      : null,
    epids,
    // Older snapshots lack the field; read it defensively.
    kmsLog: (snapshot as Partial<Snapshot>).kmsLog ?? null,
  };
}

/** A snapshot is a KMS host's when it says so or carries a host key. */
export function isHostSnapshot(snapshot: Snapshot): boolean {
  return snapshot.service?.isKmsHost === true || hostProducts(snapshot).length > 0;
}

/**
 * English `/dlv` text: the "Extended PID" of each product block, keyed by its Activation ID
 * (the snapshot model does not carry a product's own ePID). Other languages: empty.
 */
export function epidsFromDlvText(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let activationId: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*Name:/.test(line)) activationId = null;
    const id = /^\s*Activation ID:\s*([0-9a-fA-F-]{36})\s*$/.exec(line);
    if (id) activationId = id[1]!.toLowerCase();
    const epid = /^\s*Extended PID:\s*(\S+)\s*$/.exec(line);
    if (epid && activationId) out[activationId] = epid[1]!;
  }
  return out;
}
