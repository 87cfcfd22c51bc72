/**
 * The snapshot: what a Windows machine says about its own licensing, in one locale-independent
 * JSON format. The PowerShell collector writes it from CIM, the registry and event Properties;
 * the `slmgr /dlv` and event-export parsers produce the same shape from what a customer sends, so
 * every rule reads one model whatever the source. Absent knowledge is `null`, never a guess.
 */

import type { Message } from '../catalog/message.js';

export const SNAPSHOT_SCHEMA_VERSION = 1;

/** Where the facts came from: CIM is exact; parsed text carries only what the text shows. */
export type SnapshotSource = 'cim' | 'slmgr-dlv' | 'events';

export interface Snapshot {
  kind: 'kms-doctor-snapshot';
  schemaVersion: number;
  /** ISO 8601 UTC time of collection (for parsed text: when it was parsed). */
  collectedAt: string;
  sources: SnapshotSource[];
  computer: ComputerInfo;
  /** The machine's own clock in UTC when collected, for skew checks against a host; null when unknown. */
  clockUtc: string | null;
  service: LicensingService | null;
  /** Windows (and Office, where present) products that have a key installed. */
  products: LicensingProduct[];
  registry: SppRegistry | null;
  /** The built-in inbound rule for the KMS host (`SPPSVC-In-TCP`); null when unknown (no NetSecurity module, or no such rule). */
  firewall: KmsFirewallView | null;
  /**
   * The "Key Management Service" event log, where a KMS host writes 12290 (kms-facts.md §4.7):
   * null when the log does not exist (not a KMS host) or could not be read.
   */
  kmsLog: KmsLogSettings | null;
  dns: DnsClientView | null;
  /**
   * The machine's own slmgr.ini for its UI language (kms-facts.md §1.1), so `slmgr /dlv` text from
   * that machine can be read exactly later; null when there is none (English machines have none).
   */
  slmgrIni: SlmgrIniCopy | null;
  /** Activation-related events, newest first, read through Properties (never message text). */
  events: KmsEvent[];
  /** Problems the collector met (a property missing on an old build), in its own words, kept as written. */
  notes: string[];
  /**
   * What kmsdoctor's own readers noted while reading text (an unknown slmgr /dlv label, an event
   * export without property values), as catalog messages: the report says them in its language.
   * Absent in what the collector writes (absent means none).
   */
  noteMessages?: Message[];
}

export interface ComputerInfo {
  name: string | null;
  /** DNS domain of the machine (AD domain for a member), null for a workgroup machine. */
  domain: string | null;
  partOfDomain: boolean | null;
  osCaption: string | null;
  osVersion: string | null;
}

/** `%SystemRoot%\System32\slmgr\<LANGID>\slmgr.ini` as slmgr reads it (UTF-16, `L_Xxx=value` lines). */
export interface SlmgrIniCopy {
  /** The UI language's LANGID as 4 upper-case hex digits, the folder name: `0411` for ja-JP. */
  langId: string;
  /** Where the collector read it, e.g. `C:\Windows\System32\slmgr\0411\slmgr.ini`. */
  path: string;
  /**
   * Resource name → text, as slmgr takes them: key and value trimmed, one double quote dropped from
   * each end of the value, the first of two keys that differ only in case kept. Other lines are left out.
   */
  entries: Record<string, string>;
}

/**
 * The KMS settings and last-contact facts that `SoftwareLicensingService` (machine-wide) and
 * `SoftwareLicensingProduct` (per product) both carry, under the same CIM names (kms-facts.md §2.1).
 */
export interface KmsClientSettings {
  /** `/skms` host; null when discovery is used. */
  kmsMachine: string | null;
  /** `/skms` port; null when not set (the client then uses 1688). */
  kmsPort: number | null;
  /** `/skms-domain`; null when not set. */
  lookupDomain: string | null;
  discoveredMachine: string | null;
  discoveredPort: number | null;
  discoveredIpAddress: string | null;
  /** ePID of the host that last activated this client. */
  kmsHostEpid: string | null;
  activationIntervalMinutes: number | null;
  renewalIntervalMinutes: number | null;
  isKmsHost: boolean | null;
  /** Host side only; null on a client or when not reported. */
  currentCount: number | null;
  requiredClientCount: number | null;
}

/** `SoftwareLicensingService` (kms-facts.md §2.1), the machine-wide settings and host counters. */
export interface LicensingService extends KmsClientSettings {
  version: string | null;
  clientMachineId: string | null;
  /** true = caches the last host (the default); null when unknown. */
  hostCaching: boolean | null;
  listeningPort: number | null;
  dnsPublishing: boolean | null;
  lowPriority: boolean | null;
  requests: HostRequestCounters | null;
  remainingWindowsRearmCount: number | null;
}

export interface HostRequestCounters {
  total: number | null;
  failed: number | null;
  unlicensed: number | null;
  licensed: number | null;
  initialGrace: number | null;
  expiredOrOutOfTolerance: number | null;
  nonGenuineGrace: number | null;
  notification: number | null;
}

/** License channel as read from Description (`VOLUME_KMSCLIENT channel`), language-independent. */
export type LicenseChannel = 'VOLUME_KMSCLIENT' | 'VOLUME_KMS' | 'VOLUME_MAK' | 'RETAIL' | 'OEM' | 'OTHER';

/** `SoftwareLicensingProduct` with a partial key (kms-facts.md §2.1). */
export interface LicensingProduct extends KmsClientSettings {
  /** Activation (SKU) id. */
  id: string;
  applicationId: string | null;
  name: string;
  description: string;
  channel: LicenseChannel;
  /** `Volume:GVLK`, `Volume:CSVLK`, `Volume:MAK`, `Retail`, … as Windows reports it. */
  productKeyChannel: string | null;
  partialProductKey: string | null;
  /** 0–6 as in kms-facts.md §2.2. */
  licenseStatus: number | null;
  licenseStatusReason: string | null;
  /** Minutes left in the current state (for a KMS client: activation validity left). */
  gracePeriodRemainingMinutes: number | null;
  /** 0 all, 1 AD, 2 KMS, 3 token. */
  activationTypeEnabled: number | null;
  kmsProductKeyId: string | null;
  /**
   * `LicenseIsAddon`: an add-on licence (Extended Security Updates and the like) rather than an
   * edition. slmgr never takes an add-on as the primary Windows product. Absent in snapshots from
   * older collectors (read as unknown).
   */
  licenseIsAddon?: boolean | null;
  /**
   * `TrustedTime`: the licensing service's own clock. ISO 8601 UTC from CIM; from /dlv text as slmgr
   * printed it (a date in the user's locale, without a time zone). Absent or null when unknown.
   */
  trustedTime?: string | null;
}

/** Values under HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\SoftwareProtectionPlatform (§3). */
/** The `SPPSVC-In-TCP` firewall rule ("Key Management Service (TCP-In)"), read with Get-NetFirewallRule. */
export interface KmsFirewallView {
  /** Whether the rule is enabled; null when Windows did not say. Windows ships it disabled. */
  kmsRuleEnabled: boolean | null;
  /** Profiles the rule applies to, as names: `Domain`, `Private`, `Public`, or `Any`. */
  kmsRuleProfiles: string[];
}

/** `Get-WinEvent -ListLog 'Key Management Service'` and the oldest record's time. */
export interface KmsLogSettings {
  fileSizeBytes: number | null;
  maximumSizeBytes: number | null;
  /** Circular overwrites the oldest events; AutoBackup archives the full log; Retain keeps it and drops new events once full. */
  logMode: 'Circular' | 'AutoBackup' | 'Retain' | null;
  recordCount: number | null;
  isFull: boolean | null;
  /** ISO 8601 UTC; null when the log is empty or the record could not be read. */
  oldestRecordTime: string | null;
}

export interface SppRegistry {
  keyManagementServiceName: string | null;
  keyManagementServicePort: string | null;
  keyManagementServiceListeningPort: string | null;
  keyManagementServiceVersion: string | null;
  disableDnsPublishing: number | null;
  /** Raw lines: `domain` or `domain, priority, weight`. */
  dnsDomainPublishList: string[];
  enableKmsLowPriority: number | null;
  vlActivationInterval: number | null;
  vlRenewalInterval: number | null;
  skipRearm: number | null;
}

/** How the DNS client will build the `_vlmcs._tcp` name (§7.1). */
export interface DnsClientView {
  hostName: string | null;
  primaryDnsSuffix: string | null;
  /** Per adapter, e.g. from DHCP option 15. */
  connectionSuffixes: Array<{ interface: string; suffix: string }>;
  suffixSearchList: string[];
  dnsServers: string[];
}

/** One activation event, with its insertion strings kept raw and the fields parsed where known. */
export interface KmsEvent {
  id: number;
  /** ISO 8601 UTC. */
  timeCreated: string;
  recordId: number | null;
  provider: string | null;
  log: string | null;
  computer: string | null;
  /** Event Properties / Data elements, as strings, in order. */
  data: string[];
  /** Parsed fields for 12288, 12289, 12290, 12293, 12294, 8198; null when the data did not parse. */
  fields: KmsEventFields | null;
}

/** The client's request as both 12288 (client) and 12290 (host) log it. */
export interface LoggedRequest {
  cmid: string | null;
  clientTime: string | null;
  isVm: boolean | null;
  licenseState: number | null;
  minutesToExpiry: number | null;
  activationId: string | null;
}

export type KmsEventFields =
  | ({ kind: 'request'; hresult: string; host: string | null; port: number | null; minimumCount: number | null } & LoggedRequest)
  | {
      kind: 'response';
      hresult: string;
      activated: boolean | null;
      currentCount: number | null;
      activationIntervalMinutes: number | null;
      renewalIntervalMinutes: number | null;
      clientTime: string | null;
    }
  | ({ kind: 'host-request'; hresult: string; minimumCount: number | null; clientName: string | null } & LoggedRequest)
  | { kind: 'publish-failed'; hresult: string; domain: string | null }
  | { kind: 'publish-ok'; domain: string | null }
  | { kind: 'activation-failed'; hresult: string; context: string | null };
