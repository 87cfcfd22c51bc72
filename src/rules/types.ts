import type { Severity } from '../catalog/findings.js';
import type { FactArgs, Message } from '../catalog/message.js';

// Severity belongs to the finding catalog (facts and reports name it without depending on rules).
export { SEVERITY_RANK, type Severity } from '../catalog/findings.js';

/** A pointer from a finding to what proves it. */
export interface Evidence {
  kind: 'probe' | 'event' | 'setting';
  /** A ProbeResult id, an event record id, or a setting name. */
  ref: string;
  /** One line a person can read without looking the reference up. */
  summary: string;
}

/** Evidence as a rule states it: the line is a catalog message, rendered in the report's language. */
export interface EvidenceDraft extends Omit<Evidence, 'summary'> {
  summary: Text;
}

/** Every sentence a rule states is a catalog message: rules never write text themselves. */
export type Text = Message;

/** What a rule returns: what it found, as data. The engine adds title, severity, docs and the text. */
export interface FindingDraft<Id extends string = string> {
  ruleId: Id;
  /** The language-neutral facts of this occurrence (host, domain, port, counts); JSON carries them. */
  args?: FactArgs;
  /** Specific: names the host, domain, server or port concerned. Its arguments default to `args`. */
  message: Text;
  target?: string;
  evidence: EvidenceDraft[];
  /** Ordered steps, exact commands where there is one. Their arguments default to `args`. */
  remedy: Text[];
  /** Lowers or raises the catalog severity for this occurrence (e.g. a partial outage). */
  severity?: Severity;
}

/** A finding as reports carry it: the draft's data, and its text rendered in the report's language. */
export interface Finding<Id extends string = string> {
  ruleId: Id;
  severity: Severity;
  title: string;
  message: string;
  target?: string;
  evidence: Evidence[];
  remedy: string[];
  /** The language-neutral facts behind the message: the same in every language. */
  args: FactArgs;
  /** `kmsdoctor explain <ruleId>` prints the page offline. */
  docs: string;
}
