/**
 * `kmsdoctor readiness`: the facts collected once (probes, host and client files, the optional
 * activation request) and the checks computed from them. Each check is a pure function over
 * ReadinessFacts (src/readiness/checks/*.ts).
 */
import type { ConnectivityFacts } from '../engine/model.js';
import type { HostFacts } from '../host/host-facts.js';
import type { ActivationSection } from '../engine/activation.js';
import type { Finding } from '../rules/types.js';

export type CheckState = 'pass' | 'warn' | 'fail' | 'not-run';

export const CHECK_STATE_RANK: Readonly<Record<CheckState, number>> = { 'not-run': 0, pass: 0, warn: 1, fail: 2 };

export interface CheckEvidence {
  /** Finding rule ids (kmsdoctor explain <id>). */
  findings: string[];
  /** ProbeResult ids, or setting/file references. */
  probes: string[];
}

export interface ReadinessCheck {
  id: string;
  title: string;
  state: CheckState;
  /** One line a person can read. */
  detail: string;
  evidence: CheckEvidence;
}

/** The inbound rule the host snapshot reports (snapshot.firewall, added by the collector). */
export interface FirewallFacts {
  kmsRuleEnabled: boolean | null;
  kmsRuleProfiles: string[];
}

/** One host snapshot's own word, as far as readiness needs it. */
export interface HostSnapshotFacts {
  name: string;
  file: string;
  clockUtc: string | null;
  /** undefined: the snapshot has no firewall field (older collector); null: the collector could not read it. */
  firewall: FirewallFacts | null | undefined;
}

export interface ClientSnapshotFacts {
  name: string;
  file: string;
  clockUtc: string | null;
}

/** Whether a host key covers one target product. */
export interface CoverageFact {
  target: string;
  host: string;
  covered: boolean | null;
  /** Whether Microsoft's planning matrix lists the pair for a covering key (false: only the KMS protocol covers it; null: no row or not covered). */
  listed?: boolean | null;
  key: string | null;
}

export interface ReadinessFacts {
  /** Domains clients search (from --domain and client snapshots). */
  domains: string[];
  /** Intended hosts (--expect-host), lower-case FQDNs. */
  expectHosts: string[];
  targetOs: string[];
  /** null when nothing was probed. */
  connectivity: ConnectivityFacts | null;
  /** evaluate() over the connectivity, host and activation facts. */
  findings: Finding[];
  host: HostFacts | null;
  hostSnapshots: HostSnapshotFacts[];
  clientSnapshots: ClientSnapshotFacts[];
  coverage: CoverageFact[];
  /** The measured activation response (--activation-request), or null. */
  activation: ActivationSection | null;
}

export type ReadinessCheckFn = (facts: ReadinessFacts) => ReadinessCheck;

export function findingIds(facts: ReadinessFacts, ids: readonly string[]): string[] {
  return [...new Set(facts.findings.filter((finding) => ids.includes(finding.ruleId)).map((finding) => finding.ruleId))];
}

export function sameHost(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\.$/, '') === b.toLowerCase().replace(/\.$/, '');
}
