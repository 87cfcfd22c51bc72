import type { HostHealth } from '../host/health.js';
import type { HostFacts } from '../host/host-facts.js';
import type { KeyCoverage } from '../host/key-coverage.js';
import type { KmsLogAnalysis } from '../host/kms-log.js';
import type { HostUpdates } from '../host/required-updates.js';
import type { SplitCount } from '../host/split-count.js';

/** The host part of an `analyze` report: each KMS host's health, key coverage and log, and the count split. */
export interface ReportHost {
  targetProduct: string | null;
  hosts: Array<{ name: string; files: string[]; health: HostHealth | null; coverage: KeyCoverage[]; log: KmsLogAnalysis | null; updates: HostUpdates | null }>;
  split: SplitCount | null;
}

export function hostSection(host: HostFacts): ReportHost {
  return {
    targetProduct: host.targetProduct,
    hosts: host.hosts.map(({ name, files, health, coverage, log, updates }) => ({ name, files, health, coverage, log, updates })),
    split: host.split,
  };
}
