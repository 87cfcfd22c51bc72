import * as assert from 'uvu/assert';
import type { RuleId } from '../../src/catalog/findings.js';
import type { Finding } from '../../src/rules/types.js';

/** The one `id` finding among `findings` (others may fire too), at `severity` when one is given. */
export function only(findings: Finding<RuleId>[], id: RuleId, severity?: Finding<RuleId>['severity']): Finding<RuleId> {
  const matching = findings.filter((finding) => finding.ruleId === id);
  assert.is(matching.length, 1, `exactly one ${id}, got: ${findings.map((finding) => finding.ruleId).join(', ')}`);
  if (severity !== undefined) assert.is(matching[0]!.severity, severity);
  return matching[0]!;
}

/** The one finding of a run, after checking that it is `id` at `severity` and that nothing else fired. */
export function soleFinding(id: RuleId, severity: Finding<RuleId>['severity'], { ids, findings }: { ids: string[]; findings: Finding<RuleId>[] }): Finding<RuleId> {
  assert.equal(ids, [id]);
  const finding = findings[0]!;
  assert.is(finding.severity, severity);
  return finding;
}

/** What each piece of a finding's evidence is (setting, probe, event), in order. */
export function evidenceKinds(finding: Finding<RuleId>): string[] {
  return finding.evidence.map((evidence) => evidence.kind);
}
