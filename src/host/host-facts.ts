/**
 * What is known about the KMS hosts of an `analyze` run: per host its own word (health, key
 * coverage) and its 12290 log, plus the count split over all of them. Built by load-host.ts.
 */
import type { HostHealth } from './health.js';
import type { HostDnsIdentity } from './host-dns.js';
import type { KeyCoverage } from './key-coverage.js';
import type { KmsLogAnalysis } from './kms-log.js';
import type { HostUpdates } from './required-updates.js';
import type { SplitCount } from './split-count.js';

export interface HostSubject {
  /** Computer name (snapshot, log) or the file name when nothing names the machine. */
  name: string;
  /** The files this host's facts come from. */
  files: string[];
  health: HostHealth | null;
  coverage: KeyCoverage[];
  log: KmsLogAnalysis | null;
  /** Where it would publish its SRV record (snapshot only; unknown for /dlv text and logs). */
  dns: HostDnsIdentity;
  /** The host OS, its service version and the required updates its key's clients need (null: no snapshot or /dlv). */
  updates: HostUpdates | null;
}

export interface HostFacts {
  hosts: HostSubject[];
  /** Present when there are two hosts or more. */
  split: SplitCount | null;
  /** `--target-os`: the client product the hosts should activate, when given. */
  targetProduct: string | null;
}
