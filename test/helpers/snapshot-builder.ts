/**
 * Hand-built snapshots for the client tests: schema-valid (src/snapshot/snapshot.schema.json)
 * by construction, with a healthy KMS client as the default — a Windows Enterprise KMS client
 * (GVLK, licensed) on a domain member whose primary DNS suffix is `corp.test`, discovery by DNS,
 * host caching on, nothing cached yet — so each test overrides only what it is about.
 *
 *   buildSnapshot({ service: { kmsMachine: 'kms9.corp.test' }, dns: { primaryDnsSuffix: null } })
 *
 * Events are built from their insertion strings as Windows writes them (12288/12289 one
 * comma-joined Data element, 8198 `hr=…` plus the context), with `fields` parsed by the
 * project's own parser, as the collector's snapshot gets them after `mergeEvents`.
 */
import { WINDOWS_APPLICATION_ID } from '../../src/client/kms-client-product.js';
import { parseEventFields } from '../../src/events/fields.js';
import type { ComputerInfo, DnsClientView, KmsClientSettings, KmsEvent, LicensingProduct, LicensingService, Snapshot } from '../../src/snapshot/model.js';

export const COLLECTED_AT = '2025-03-01T12:00:00.000Z';
export const CMID = 'e3f1c1a9-6f0b-4b7e-9a51-2c7d2b8f4a10';
/** Windows 10/11 Enterprise KMS client activation id (the GVLK's SKU). */
export const ENTERPRISE_SKU = '73111121-5638-40f6-bc11-f1d7b0d64300';
export const OFFICE_APPLICATION_ID = '0ff1ce15-a989-479d-af46-f275c6370663';

/** The KMS settings service and product share, none shown (what /dlv gives when it lists none). */
export const NULL_CLIENT_SETTINGS: Readonly<KmsClientSettings> = {
  kmsMachine: null,
  kmsPort: null,
  lookupDomain: null,
  discoveredMachine: null,
  discoveredPort: null,
  discoveredIpAddress: null,
  kmsHostEpid: null,
  activationIntervalMinutes: null,
  renewalIntervalMinutes: null,
  isKmsHost: null,
  currentCount: null,
  requiredClientCount: null,
};

/** A KMS client that discovers its host by DNS, has met none yet, and uses the default intervals. */
function kmsClientSettings(): KmsClientSettings {
  return { ...NULL_CLIENT_SETTINGS, activationIntervalMinutes: 120, renewalIntervalMinutes: 10080, isKmsHost: false };
}

export function licensingService(overrides: Partial<LicensingService> = {}): LicensingService {
  return {
    version: '10.0.22621.2506',
    clientMachineId: CMID,
    ...kmsClientSettings(),
    hostCaching: true,
    listeningPort: 0,
    dnsPublishing: true,
    lowPriority: false,
    requests: null,
    remainingWindowsRearmCount: 1001,
    ...overrides,
  };
}

export function windowsProduct(overrides: Partial<LicensingProduct> = {}): LicensingProduct {
  return {
    id: ENTERPRISE_SKU,
    applicationId: WINDOWS_APPLICATION_ID,
    name: 'Windows(R), Enterprise edition',
    description: 'Windows(R) Operating System, VOLUME_KMSCLIENT channel',
    channel: 'VOLUME_KMSCLIENT',
    productKeyChannel: 'Volume:GVLK',
    partialProductKey: '2YT43',
    licenseStatus: 1,
    licenseStatusReason: '0x00000000',
    gracePeriodRemainingMinutes: 259200,
    ...kmsClientSettings(),
    activationTypeEnabled: 0,
    kmsProductKeyId: null,
    ...overrides,
  };
}

/** An Office KMS client product: never the "primary" product, whatever its settings. */
export function officeProduct(overrides: Partial<LicensingProduct> = {}): LicensingProduct {
  return windowsProduct({
    id: 'fbdb3e18-a8ef-4fb3-9183-dffd60bd0984',
    applicationId: OFFICE_APPLICATION_ID,
    name: 'Office 21, Office21ProPlus2021VL_KMS_Client_AE edition',
    description: 'Office 21, VOLUME_KMSCLIENT channel',
    partialProductKey: '6F7TH',
    ...overrides,
  });
}

export function dnsView(overrides: Partial<DnsClientView> = {}): DnsClientView {
  return {
    hostName: 'ws0142',
    primaryDnsSuffix: 'corp.test',
    connectionSuffixes: [],
    suffixSearchList: ['corp.test'],
    dnsServers: ['10.0.0.53'],
    ...overrides,
  };
}

export interface SnapshotSpec {
  collectedAt?: string;
  clockUtc?: string | null;
  computer?: Partial<ComputerInfo>;
  /** Merged into the default service; null = the snapshot has no service block. */
  service?: Partial<LicensingService> | null;
  /** Merged into the default Windows product; null = no Windows product. */
  windows?: Partial<LicensingProduct> | null;
  /** Further products after the Windows one (e.g. officeProduct()). */
  extraProducts?: LicensingProduct[];
  /** Merged into the default DNS view; null = the snapshot does not show the DNS settings. */
  dns?: Partial<DnsClientView> | null;
  /** The SPPSVC-In-TCP rule; null (the default) = unknown. */
  firewall?: Snapshot['firewall'];
  kmsLog?: Snapshot['kmsLog'];
  /** Any order; stored newest first as the collector does. */
  events?: KmsEvent[];
  sources?: Snapshot['sources'];
  notes?: string[];
}

export function buildSnapshot(spec: SnapshotSpec = {}): Snapshot {
  const collectedAt = spec.collectedAt ?? COLLECTED_AT;
  return {
    kind: 'kms-doctor-snapshot',
    schemaVersion: 1,
    collectedAt,
    sources: spec.sources ?? ['cim'],
    computer: { name: 'WS0142', domain: 'corp.test', partOfDomain: true, osCaption: 'Microsoft Windows 11 Enterprise', osVersion: '10.0.22631', ...spec.computer },
    clockUtc: spec.clockUtc === undefined ? collectedAt : spec.clockUtc,
    service: spec.service === null ? null : licensingService(spec.service),
    products: [...(spec.windows === null ? [] : [windowsProduct(spec.windows)]), ...(spec.extraProducts ?? [])],
    registry: null,
    firewall: spec.firewall ?? null,
    kmsLog: spec.kmsLog ?? null,
    dns: spec.dns === null ? null : dnsView(spec.dns),
    slmgrIni: null,
    events: [...(spec.events ?? [])].sort((a, b) => Date.parse(b.timeCreated) - Date.parse(a.timeCreated) || (b.recordId ?? 0) - (a.recordId ?? 0)),
    notes: spec.notes ?? [],
  };
}

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

let nextRecordId = 40_000;

/** One SPP event from its insertion strings; `fields` parsed as the readers do. */
export function kmsEvent(id: number, timeCreated: string, data: string[], overrides: Partial<KmsEvent> = {}): KmsEvent {
  return {
    id,
    timeCreated,
    recordId: nextRecordId++,
    provider: 'Microsoft-Windows-Security-SPP',
    log: 'Application',
    computer: 'ws0142.corp.test',
    data,
    fields: parseEventFields(id, data),
    ...overrides,
  };
}

/** 12288: the client sent a request (field 0 the result so far, field 2 host:port, field 9 the threshold). */
export function request12288(time: string, spec: { host?: string; hresult?: string; minimumCount?: number | null } = {}): KmsEvent {
  const minimum = spec.minimumCount === undefined ? 25 : spec.minimumCount;
  const data = `${spec.hresult ?? '0x0'}, 0x0, ${spec.host ?? 'kms1.corp.test:1688'}, ${CMID}, 2025/03/01 8:15, 0, 1, 129540, ${ENTERPRISE_SKU}, ${minimum ?? ''}`;
  return kmsEvent(12288, time, [data]);
}

/** 12289: the client processed the response (field 0 result, field 2 activated, field 4 host count). */
export function response12289(time: string, spec: { hresult?: string; activated?: boolean; currentCount?: number } = {}): KmsEvent {
  const data = `${spec.hresult ?? '0x0'}, 0x0, ${spec.activated === false ? 0 : 1}, 0, ${spec.currentCount ?? 42}, 120, 10080, 2025/03/01 8:15`;
  return kmsEvent(12289, time, [data]);
}

/** 8198: slui's activation run failed with `hr=…`. */
export function failure8198(time: string, hresult = '0xC004F074'): KmsEvent {
  return kmsEvent(8198, time, [
    `hr=${hresult}`,
    `RuleId=31e71c49-8da7-4a2f-ad92-45d98a1c79ba;Action=AutoActivate;AppId=${WINDOWS_APPLICATION_ID};SkuId=${ENTERPRISE_SKU};NotificationInterval=1440;Trigger=TimerEvent`,
  ]);
}
