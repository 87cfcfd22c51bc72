/** How bad a finding is; `--fail-on` compares against it. */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** A pointer from a finding to what proves it. */
export interface Evidence {
  kind: 'probe' | 'event' | 'setting';
  /** A ProbeResult id, an event record id, or a setting name. */
  ref: string;
  /** One line a person can read without looking the reference up. */
  summary: string;
}

/** What a rule returns; the engine adds title, severity and docs from the catalog. */
export interface FindingDraft<Id extends string = string> {
  ruleId: Id;
  /** Specific: names the host, domain, server or port concerned. */
  message: string;
  target?: string;
  evidence: Evidence[];
  /** Ordered steps, exact commands where there is one. */
  remedy: string[];
  /** Lowers or raises the catalog severity for this occurrence (e.g. a partial outage). */
  severity?: Severity;
}

export interface Finding<Id extends string = string> extends Required<Omit<FindingDraft<Id>, 'target'>> {
  target?: string;
  title: string;
  severity: Severity;
  /** `kmsdoctor explain <ruleId>` prints the page offline. */
  docs: string;
}

export interface RuleMeta {
  title: string;
  severity: Severity;
  /** One sentence: what it means for activation. */
  summary: string;
}
