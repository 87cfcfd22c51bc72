/**
 * `kmsdoctor readiness`: the facts collected once (probes, host and client files, the optional
 * activation request) and the checks computed from them. Each check is a pure function over
 * ReadinessFacts (src/readiness/checks/*.ts).
 */

import type { RuleId } from '../catalog/findings.js';
import type { Message } from '../catalog/message.js';
import type { ActivationSection } from '../engine/activation.js';
import type { ConnectivityFacts } from '../engine/model.js';
import type { HostFacts } from '../host/host-facts.js';
import type { Finding } from '../rules/types.js';

export type CheckState = 'pass' | 'warn' | 'fail' | 'not-run';

export const CHECK_STATE_RANK: Readonly<Record<CheckState, number>> = { 'not-run': 0, pass: 0, warn: 1, fail: 2 };

/** Every check, by the id its title and details are filed under in the catalog (`readiness.<id>.…`). */
export type ReadinessCheckId = 'discovery' | 'reachability' | 'host-licensed' | 'count' | 'key-coverage' | 'clock' | 'firewall' | 'srv-records';

export interface CheckEvidence {
  /** Finding rule ids (kmsdoctor explain <id>). */
  findings: RuleId[];
  /** ProbeResult ids, or setting/file references. */
  probes: string[];
}

/**
 * Phrases a detail line lists (a host pair, a domain's problem, a kind of bad record), each a
 * catalog message, filled into the detail's argument of the same name in the report's language:
 * `list` joins them the locale's list way, `clauses` as clauses of one sentence.
 */
export interface DetailPhrases {
  join: 'list' | 'clauses';
  phrases: Message[];
}

/** What a check found, as data: its detail is a catalog message, rendered in the report's language (src/readiness/render.ts). */
export interface CheckResult {
  id: ReadinessCheckId;
  state: CheckState;
  detail: Message;
  /** Arguments of `detail` that are themselves phrases. */
  phrases?: Readonly<Record<string, DetailPhrases>>;
  evidence: CheckEvidence;
}

/** A check as the report carries it: title and detail rendered. */
export interface ReadinessCheck {
  id: ReadinessCheckId;
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

export type ReadinessCheckFn = (facts: ReadinessFacts) => CheckResult;

export function findingIds(facts: ReadinessFacts, ids: readonly RuleId[]): RuleId[] {
  return [...new Set(facts.findings.map((finding) => finding.ruleId).filter((id): id is RuleId => (ids as readonly string[]).includes(id)))];
}

export function sameHost(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\.$/, '') === b.toLowerCase().replace(/\.$/, '');
}
