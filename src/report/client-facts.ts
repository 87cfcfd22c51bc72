import type { Locale } from '../catalog/catalogs.js';
import { type Message, msg } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import { isAddon, isOfficeProduct, otherKeyedProducts, primaryWindowsProduct } from '../client/kms-client-product.js';
import { daysOf, statusWords } from '../client/license-state.js';
import { decodeEpid } from '../kms/epid.js';
import type { LicensingProduct, Snapshot } from '../snapshot/model.js';

/** A fact the input did not give, with the reason a person needs to believe the blank. */
export interface KnownOr<T> {
  value: T | null;
  /** Why the value is unknown, in the report's language; null when it is known. */
  unknownReason: string | null;
  /** The same reason as its catalog message (id and language-neutral args), for scripts; null when known. */
  unknownReasonMessage: Message | null;
}

/** One keyed product as the report shows it. */
export interface ReportProduct {
  name: string;
  kind: 'windows' | 'office' | 'add-on';
  /** The product the client checks are about (slmgr's primary Windows SKU). */
  primary: boolean;
  channel: string;
  licenseStatus: number | null;
  /** slmgr's English words for the status: a stable value in every language (src/client/license-state.ts). */
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

/** Which KMS client fact is missing, as the catalog's `fact` key. */
type FactName = 'cmid' | 'host' | 'hostIp' | 'hostEpid' | 'activationInterval' | 'renewalInterval';

/**
 * Why a KMS client fact is missing, from what the input was: CIM reports every property Windows
 * has; slmgr prints the client block only for an activated KMS client (and a label it could not
 * read is in the notes); events alone carry no settings.
 */
function reasonFor(snapshot: Snapshot, product: LicensingProduct | null, fact: FactName): Message {
  if (snapshot.sources.length === 1 && snapshot.sources[0] === 'events') return msg('facts.client.unknown.events-only');
  if (snapshot.sources.includes('cim')) return msg('facts.client.unknown.cim', { fact });
  if (!product) return msg('facts.client.unknown.no-product');
  if (product.channel !== 'VOLUME_KMSCLIENT') return msg('facts.client.unknown.not-kms-client', { channel: product.channel });
  // The line slmgr prints instead of the block, as an English Windows prints it.
  if (product.licenseStatus !== 1) return msg('facts.client.unknown.not-activated', { slmgrLine: 'Please use slmgr.vbs /ato …' });
  return msg('facts.client.unknown.not-in-text');
}

export function kmsClientFacts(snapshot: Snapshot, locale: Locale): ReportKmsClientFacts {
  const product = primaryWindowsProduct(snapshot);
  const service = snapshot.service;
  const known = <T>(value: T | null | undefined, fact: FactName): KnownOr<T> => {
    if (value !== null && value !== undefined) return { value, unknownReason: null, unknownReasonMessage: null };
    const reason = reasonFor(snapshot, product, fact);
    return { value: null, unknownReason: render(reason, locale), unknownReasonMessage: reason };
  };
  const pick = <K extends keyof LicensingProduct & keyof NonNullable<Snapshot['service']>>(key: K) => (product?.[key] ?? service?.[key] ?? null) as LicensingProduct[K] | null;
  const registered = pick('kmsMachine');
  const discovered = pick('discoveredMachine');
  const host =
    registered !== null
      ? { name: registered as string, port: pick('kmsPort') as number | null, source: 'registered' as const }
      : discovered !== null
        ? { name: discovered as string, port: pick('discoveredPort') as number | null, source: 'dns' as const }
        : null;
  const epid = pick('kmsHostEpid') as string | null;
  const decoded = epid ? decodeEpid(epid, new Date(snapshot.collectedAt)) : null;
  return {
    cmid: known(service?.clientMachineId, 'cmid'),
    host: known(host, 'host'),
    hostIp: known(pick('discoveredIpAddress') as string | null, 'hostIp'),
    hostEpid: known(
      decoded ? { raw: decoded.raw, build: decoded.build, os: decoded.buildName, hostKey: decoded.csvlk?.name ?? null, keyInstalled: decoded.activationDate } : null,
      'hostEpid',
    ),
    activationIntervalMinutes: known(pick('activationIntervalMinutes') as number | null, 'activationInterval'),
    renewalIntervalMinutes: known(pick('renewalIntervalMinutes') as number | null, 'renewalInterval'),
  };
}
