/**
 * The fleet as JUnit for a pipeline gate: one test case per fleet rule. A rule with findings at or
 * above --fail-on fails (one <failure> with every message); below it, the case passes and carries
 * the messages in <system-out>, so the gate agrees with the exit code; a rule that needs --probe
 * and did not get it is skipped — never passed.
 */

import type { Locale } from '../../catalog/catalogs.js';
import { ruleTitle } from '../../catalog/findings.js';
import type { FleetReport } from '../../report/fleet-report.js';
import { FLEET_RULES } from '../../rules/fleet/index.js';
import { SEVERITY_RANK } from '../../rules/types.js';
import { junitDocument } from '../documents.js';
import { escapeXml } from '../markup-text.js';
import { fleetText } from './text.js';

const NEEDS_PROBE = new Set(['fleet/host-unreachable', 'fleet/domain-without-srv']);

export function renderFleetJunit(report: FleetReport, locale: Locale = 'en'): string {
  const e = escapeXml;
  const t = fleetText(locale);
  let failures = 0;
  let skipped = 0;
  const cases = FLEET_RULES.map((rule) => {
    const title = ruleTitle(rule.id, locale);
    const head = `  <testcase classname="kmsdoctor.fleet" name="${e(rule.id)}: ${e(title)}" time="0">`;
    const found = report.findings.filter((f) => f.ruleId === rule.id);
    if (found.length === 0 && NEEDS_PROBE.has(rule.id) && !report.input.probe) {
      skipped += 1;
      return `${head}\n    <skipped message="${e(t('fleet-report.junit.not-probed'))}"/>\n  </testcase>`;
    }
    const text = found.map((f) => `${f.severity.toUpperCase()}: ${f.message}`).join('\n');
    if (found.some((f) => SEVERITY_RANK[f.severity as keyof typeof SEVERITY_RANK] >= SEVERITY_RANK[report.summary.failOn])) {
      failures += 1;
      return `${head}\n    <failure type="${e(found[0]!.severity)}" message="${e(t('fleet-report.junit.findings', { count: found.length }))}">${e(text)}</failure>\n  </testcase>`;
    }
    return found.length > 0 ? `${head}\n    <system-out>${e(text)}</system-out>\n  </testcase>` : `${head}</testcase>`;
  });
  return junitDocument({
    name: 'kmsdoctor fleet',
    suiteName: `kmsdoctor fleet (${report.summary.clients} clients)`,
    cases,
    failures,
    skipped,
    durationMs: report.durationMs,
    startedAt: report.startedAt,
  });
}
