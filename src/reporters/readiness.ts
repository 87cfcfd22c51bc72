/**
 * Renderers of the readiness report: human text, Markdown, a self-contained HTML page for a change
 * board, and JUnit XML for pipelines.
 *
 * JUnit mapping (one <testsuite>, one <testcase> per check):
 *   fail    → <failure type="fail">
 *   warn    → with --fail-on warning (or info): <failure type="warning">; otherwise the test case passes and
 *             carries the warning in <system-out> ("WARN: …"), so the JUnit gate agrees with the
 *             exit code
 *   not-run → <skipped message="…"/>
 *   pass    → an empty test case (detail in <system-out>)
 */
import type { CheckState } from '../readiness/model.js';
import type { ReadinessReport } from '../report/readiness.js';
import { htmlDocument, junitDocument } from './documents.js';
import { escapeXml, mdCell } from './markup-text.js';

const WORD: Readonly<Record<CheckState, string>> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', 'not-run': 'NOT RUN' };

export function renderReadinessHuman(report: ReadinessReport): string {
  const lines = ['KMS readiness (before deployment)', ''];
  const width = Math.max(...report.checks.map((c) => c.title.length), 10);
  for (const check of report.checks) {
    lines.push(`  ${WORD[check.state].padEnd(7)}  ${check.title.padEnd(width)}`);
    lines.push(`           ${check.detail}`);
    const evidence = [...check.evidence.findings, ...check.evidence.probes.slice(0, 4)];
    if (evidence.length > 0) lines.push(`           evidence: ${evidence.join(', ')}${check.evidence.probes.length > 4 ? ', …' : ''}`);
  }
  lines.push('');
  for (const note of report.notes) lines.push(`note: ${note}`);
  const s = report.summary;
  lines.push(`Verdict: ${s.worstCheck.toUpperCase()} — ${s.pass} pass, ${s.warn} warn, ${s.fail} fail, ${s.notRun} not run (fail on: ${s.failOn})`);
  return `${lines.join('\n')}\n`;
}

export function renderReadinessMarkdown(report: ReadinessReport): string {
  const s = report.summary;
  const lines = [
    '# KMS readiness report',
    '',
    `**Verdict: ${s.worstCheck.toUpperCase()}** — ${s.pass} pass, ${s.warn} warn, ${s.fail} fail, ${s.notRun} not run (fail on: ${s.failOn}).`,
    '',
    `Generated ${report.startedAt} by ${report.tool.name} ${report.tool.version}.`,
    '',
    '| State | Check | Detail | Evidence |',
    '| --- | --- | --- | --- |',
    ...report.checks.map((c) => `| **${WORD[c.state]}** | ${mdCell(c.title)} | ${mdCell(c.detail)} | ${mdCell([...c.evidence.findings, ...c.evidence.probes].join(', '))} |`),
  ];
  if (report.findings.length > 0) {
    lines.push('', '## Findings', '');
    for (const f of report.findings) lines.push(`- **${f.severity}** \`${f.ruleId}\`: ${mdCell(f.message)}`);
  }
  if (report.notes.length > 0) {
    lines.push('', '## Notes', '');
    for (const note of report.notes) lines.push(`- ${mdCell(note)}`);
  }
  return `${lines.join('\n')}\n`;
}

const COLOURS: Readonly<Record<CheckState, { fg: string; bg: string }>> = {
  pass: { fg: '#0b5d1e', bg: '#d9f2df' },
  warn: { fg: '#7a4d00', bg: '#fff1cc' },
  fail: { fg: '#8a1010', bg: '#fbdcdc' },
  'not-run': { fg: '#444444', bg: '#e8e8e8' },
};

/** One self-contained page: inline CSS, no scripts, no external assets; every text escaped. */
export function renderReadinessHtml(report: ReadinessReport): string {
  const s = report.summary;
  const e = escapeXml;
  const css = [
    'body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em;color:#222}',
    'table{border-collapse:collapse;width:100%}',
    'th,td{border:1px solid #ccc;padding:.4em .6em;text-align:left;vertical-align:top}',
    'th{background:#f3f3f3}',
    '.state{font-weight:bold;white-space:nowrap}',
    ...(Object.keys(COLOURS) as CheckState[]).map((state) => `.s-${state}{color:${COLOURS[state].fg};background:${COLOURS[state].bg}}`),
    '.verdict{display:inline-block;padding:.3em .8em;font-size:1.2em;font-weight:bold}',
    'code{font-size:.9em}',
  ].join('\n');
  const verdictState: CheckState = s.worstCheck;
  const rows = report.checks.map((c) => `<tr><td class="state s-${c.state}">${e(WORD[c.state])}</td><td>${e(c.title)}</td><td>${e(c.detail)}</td><td>${[...c.evidence.findings, ...c.evidence.probes].map((ref) => `<code>${e(ref)}</code>`).join(', ')}</td></tr>`);
  const findings = report.findings.length === 0 ? '' : `<h2>Findings</h2>\n<ul>\n${report.findings.map((f) => `<li><strong>${e(f.severity)}</strong> <code>${e(f.ruleId)}</code>: ${e(f.message)}</li>`).join('\n')}\n</ul>\n`;
  const notes = report.notes.length === 0 ? '' : `<h2>Notes</h2>\n<ul>\n${report.notes.map((n) => `<li>${e(n)}</li>`).join('\n')}\n</ul>\n`;
  return htmlDocument('KMS readiness report', css, `<h1>KMS readiness report</h1>
<p><span class="verdict s-${verdictState}">Verdict: ${e(s.worstCheck.toUpperCase())}</span></p>
<p>${s.pass} pass, ${s.warn} warn, ${s.fail} fail, ${s.notRun} not run (fail on: ${e(s.failOn)}). Generated ${e(report.startedAt)} by ${e(report.tool.name)} ${e(report.tool.version)}.</p>
<table>
<thead><tr><th>State</th><th>Check</th><th>Detail</th><th>Evidence</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
${findings}${notes}`);
}

export function renderReadinessJunit(report: ReadinessReport): string {
  const e = escapeXml;
  const warnFails = report.summary.failOn !== 'error';
  let failures = 0;
  let skipped = 0;
  const cases = report.checks.map((c) => {
    const head = `  <testcase classname="kmsdoctor.readiness" name="${e(c.id)}: ${e(c.title)}" time="0">`;
    const out = `    <system-out>${e(`${WORD[c.state]}: ${c.detail}`)}${c.evidence.findings.length + c.evidence.probes.length > 0 ? e(`\nevidence: ${[...c.evidence.findings, ...c.evidence.probes].join(', ')}`) : ''}</system-out>`;
    if (c.state === 'fail' || (c.state === 'warn' && warnFails)) {
      failures += 1;
      const type = c.state === 'fail' ? 'fail' : 'warning';
      return `${head}\n    <failure type="${type}" message="${e(c.detail)}">${e(c.detail)}</failure>\n${out}\n  </testcase>`;
    }
    if (c.state === 'not-run') {
      skipped += 1;
      return `${head}\n    <skipped message="${e(c.detail)}"/>\n${out}\n  </testcase>`;
    }
    return `${head}\n${out}\n  </testcase>`;
  });
  return junitDocument({ name: 'kmsdoctor readiness', cases, failures, skipped, durationMs: report.durationMs, startedAt: report.startedAt });
}
