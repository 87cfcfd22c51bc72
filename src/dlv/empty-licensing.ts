/**
 * The service, product and counters a /dlv text starts from: every field "not shown" (null), so
 * that what the parser fills in is exactly what the text shows.
 */
import type { HostRequestCounters, LicensingProduct, LicensingService } from '../snapshot/model.js';

import { UNKNOWN_ACTIVATION_ID } from './unknown-activation-id.js';

export { UNKNOWN_ACTIVATION_ID };

/** The fields emptyProduct sets itself (in model.ts's order, which JSON output keeps); every other one starts null. */
type ProductIdentity = 'id' | 'applicationId' | 'name' | 'description' | 'channel';

/** Keys of T (but those in Except) that a field list below may name. */
type NullableKeys<T, Except extends keyof T = never> = readonly Exclude<keyof T, Except>[];

/**
 * `{ key: null, … }` for every listed key. Each list is also checked to be complete
 * (CompleteKeys), so a field added to model.ts and forgotten here is a compile error rather than
 * a missing field that the snapshot schema would reject.
 */
function nullRecord<K extends string>(keys: readonly K[]): Record<K, null> {
  return Object.fromEntries(keys.map((key) => [key, null])) as Record<K, null>;
}

/** Fails to compile when `Listed` misses a key of `All`. */
type CompleteKeys<All, Listed extends All> = Exclude<All, Listed> extends never ? true : never;

const SERVICE_FIELDS = [
  'version',
  'clientMachineId',
  'kmsMachine',
  'kmsPort',
  'lookupDomain',
  'hostCaching',
  'discoveredMachine',
  'discoveredPort',
  'discoveredIpAddress',
  'kmsHostEpid',
  'activationIntervalMinutes',
  'renewalIntervalMinutes',
  'isKmsHost',
  'currentCount',
  'requiredClientCount',
  'listeningPort',
  'dnsPublishing',
  'lowPriority',
  'requests',
  'remainingWindowsRearmCount',
] as const satisfies NullableKeys<LicensingService>;
const SERVICE_COMPLETE: CompleteKeys<keyof LicensingService, (typeof SERVICE_FIELDS)[number]> = true;

const PRODUCT_FIELDS = [
  'productKeyChannel',
  'partialProductKey',
  'licenseStatus',
  'licenseStatusReason',
  'gracePeriodRemainingMinutes',
  'kmsMachine',
  'kmsPort',
  'lookupDomain',
  'discoveredMachine',
  'discoveredPort',
  'discoveredIpAddress',
  'kmsHostEpid',
  'activationIntervalMinutes',
  'renewalIntervalMinutes',
  'activationTypeEnabled',
  'isKmsHost',
  'currentCount',
  'requiredClientCount',
  'kmsProductKeyId',
  // slmgr does not print LicenseIsAddon; isAddon() reads the licence name instead.
  'licenseIsAddon',
  'trustedTime',
] as const satisfies NullableKeys<LicensingProduct, ProductIdentity>;
const PRODUCT_COMPLETE: CompleteKeys<Exclude<keyof LicensingProduct, ProductIdentity>, (typeof PRODUCT_FIELDS)[number]> = true;

const COUNTER_FIELDS = [
  'total',
  'failed',
  'unlicensed',
  'licensed',
  'initialGrace',
  'expiredOrOutOfTolerance',
  'nonGenuineGrace',
  'notification',
] as const satisfies NullableKeys<HostRequestCounters>;
const COUNTERS_COMPLETE: CompleteKeys<keyof HostRequestCounters, (typeof COUNTER_FIELDS)[number]> = true;

// Referenced so the completeness checks above are not flagged as unused.
void [SERVICE_COMPLETE, PRODUCT_COMPLETE, COUNTERS_COMPLETE];

export function emptyService(): LicensingService {
  return nullRecord(SERVICE_FIELDS);
}

export function emptyProduct(name: string): LicensingProduct {
  return { id: UNKNOWN_ACTIVATION_ID, applicationId: null, name, description: '', channel: 'OTHER', ...nullRecord(PRODUCT_FIELDS) };
}

export function emptyCounters(): HostRequestCounters {
  return nullRecord(COUNTER_FIELDS);
}
