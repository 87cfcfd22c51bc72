import { isAddon, isOfficeProduct, otherKeyedProducts, primaryWindowsProduct } from '../client/kms-client-product.js';
import { daysOf, statusWords } from '../client/license-state.js';
import { decodeEpid } from '../kms/epid.js';
import type { LicensingProduct, Snapshot } from '../snapshot/model.js';

/** A fact the input did not give, with the reason a person needs to believe the blank. */
export interface KnownOr<T> {
  value: T | null;
  /** Why the value is unknown; null when it is known. */
  unknownReason: string | null;
}

/** One keyed product as the report shows it. */
export interface ReportProduct {
  name: string;
  kind: 'windows' | 'office' | 'add-on';
  /** The product the client checks are about (slmgr's primary Windows SKU). */
  primary: boolean;
  channel: string;
  licenseStatus: number | null;
  licenseStatusWords: string | null;
  gracePeriodRemainingMinutes: number | null;
  /** Days, rounded up as slmgr prints them. */
  gracePeriodRemainingDays: number | null;
  trustedTime: string | null;
}

/** The client's most recent KMS activation facts (slmgr's "Key Management Service client information"). */
export interface ReportKmsClientFacts {
  cmid: KnownOr<string>;
  /** Host and port the client used or is pinned to, and how it got it. */
  host: KnownOr<{ name: string; port: number | null; source: 'registered' | 'dns' }>;
  hostIp: KnownOr<string>;
  /** The host's extended PID, decoded to its OS build and host key group where the ePID is well formed. */
  hostEpid: KnownOr<{ raw: string; build: number | null; os: string | null; hostKey: string | null; keyInstalled: string | null }>;
  activationIntervalMinutes: KnownOr<number>;
  renewalIntervalMinutes: KnownOr<number>;
}

function kindOf(product: LicensingProduct): ReportProduct['kind'] {
  if (isOfficeProduct(product)) return 'office';
  return isAddon(product) ? 'add-on' : 'windows';
}

export function reportProducts(snapshot: Snapshot): ReportProduct[] {
  const primary = primaryWindowsProduct(snapshot);
  return [primary, ...otherKeyedProducts(snapshot)]
    .filter((product): product is LicensingProduct => product !== null)
    .map((product) => ({
      name: product.name,
      kind: kindOf(product),
      primary: product === primary,
      channel: product.channel,
      licenseStatus: product.licenseStatus,
      licenseStatusWords: product.licenseStatus === null ? null : statusWords(product.licenseStatus),
      gracePeriodRemainingMinutes: product.gracePeriodRemainingMinutes,
      gracePeriodRemainingDays: product.gracePeriodRemainingMinutes === null ? null : daysOf(product.gracePeriodRemainingMinutes),
      trustedTime: product.trustedTime ?? null,
    }));
}

/**
 * Why a KMS client fact is missing, from what the input was: CIM reports every property Windows
 * has; slmgr prints the client block only for an activated KMS client (and a label it could not
 * read is in the notes); events alone carry no settings.
 */
function reasonFor(snapshot: Snapshot, product: LicensingProduct | null, what: string): string {
  if (snapshot.sources.length === 1 && snapshot.sources[0] === 'events') return 'the input holds events only, not the client\'s settings';
  if (snapshot.sources.includes('cim')) return `Windows reported no ${what}`;
  if (!product) return 'the slmgr text shows no Windows product';
  if (product.channel !== 'VOLUME_KMSCLIENT') return `the product is not a KMS client (${product.channel}), so slmgr prints no KMS client information`;
  if (product.licenseStatus !== 1) return 'slmgr prints the KMS client information only once the product is activated ("Please use slmgr.vbs /ato …")';
  return `not in the slmgr text (slmgr /dli omits some lines; a label that could not be read is listed in the notes)`;
}

function known<T>(value: T | null | undefined, reason: () => string): KnownOr<T> {
  return value === null || value === undefined ? { value: null, unknownReason: reason() } : { value, unknownReason: null };
}

export function kmsClientFacts(snapshot: Snapshot): ReportKmsClientFacts {
  const product = primaryWindowsProduct(snapshot);
  const service = snapshot.service;
  const pick = <K extends keyof LicensingProduct & keyof NonNullable<Snapshot['service']>>(key: K) => (product?.[key] ?? service?.[key] ?? null) as LicensingProduct[K] | null;
  const registered = pick('kmsMachine');
  const discovered = pick('discoveredMachine');
  const host = registered !== null
    ? { name: registered as string, port: pick('kmsPort') as number | null, source: 'registered' as const }
    : discovered !== null
      ? { name: discovered as string, port: pick('discoveredPort') as number | null, source: 'dns' as const }
      : null;
  const epid = pick('kmsHostEpid') as string | null;
  const decoded = epid ? decodeEpid(epid, new Date(snapshot.collectedAt)) : null;
  return {
    cmid: known(service?.clientMachineId, () => reasonFor(snapshot, product, 'client machine ID')),
    host: known(host, () => reasonFor(snapshot, product, 'KMS host (neither /skms nor one found through DNS)')),
    hostIp: known(pick('discoveredIpAddress') as string | null, () => reasonFor(snapshot, product, 'KMS host IP address')),
    hostEpid: known(
      decoded ? { raw: decoded.raw, build: decoded.build, os: decoded.buildName, hostKey: decoded.csvlk?.name ?? null, keyInstalled: decoded.activationDate } : null,
      () => reasonFor(snapshot, product, 'KMS host extended PID'),
    ),
    activationIntervalMinutes: known(pick('activationIntervalMinutes') as number | null, () => reasonFor(snapshot, product, 'activation interval')),
    renewalIntervalMinutes: known(pick('renewalIntervalMinutes') as number | null, () => reasonFor(snapshot, product, 'renewal interval')),
  };
}
