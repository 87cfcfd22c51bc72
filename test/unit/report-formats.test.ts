/**
 * The reporter registry: every format renders every kind of report. The general Markdown, HTML and
 * JUnit renderings show hostile text (markup, control characters) as inert text, the JUnit gate
 * agrees with the summary's verdict, and NDJSON ends with the summary holding a valid report.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { summarize } from '../../src/report/envelope.js';
import { REPORT_FORMATS } from '../../src/reporters/formats.js';
import { canRender } from '../../src/reporters/registry.js';
import type { Finding, Severity } from '../../src/rules/types.js';
import { htmlProblems, junitCounts } from '../helpers/page-checks.js';
import { render } from '../helpers/render.js';
import { reportSchemaErrors } from '../helpers/report-schema.js';
import { eventsReport, srvReport } from '../helpers/sample-reports.js';

const HOSTILE = 'kms<script>alert(1)</script>\u001b[2J[x](javascript:alert(1))|&amp;.corp.test';
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const connectivityReport = (failOn: Severity = 'error') => srvReport({ unresolved: HOSTILE, failOn });

const finding = (severity: Severity, target: string): Finding => ({
  ruleId: 'dns/srv-missing',
  severity,
  title: 'No SRV record',
  message: `nothing for ${target}`,
  target,
  evidence: [{ kind: 'probe', ref: 'p1', summary: `asked about ${target}` }],
  remedy: [`add a record for ${target}`],
  args: { domain: target },
  docs: 'kmsdoctor explain dns/srv-missing',
});

const hostileEvents = (findings: Finding[], failOn: Severity = 'error') =>
  eventsReport({
    findings,
    failOn,
    warnings: [`a.xml: ${HOSTILE}`],
    warningMessages: [{ id: 'input-note.in-file', args: { path: 'a.xml', note: { id: 'input-note.as-written', args: { text: HOSTILE } } } }],
  });

const test = suite('reporter registry');

test("every general format renders every kind but csv, which is fleet's alone", () => {
  for (const format of REPORT_FORMATS)
    for (const kind of ['connectivity', 'publication', 'readiness', 'activation-probe', 'products', 'events', 'fleet'] as const)
      assert.ok(canRender(format, kind), `${format} ${kind}`);
  assert.ok(canRender('csv', 'fleet'));
  assert.not.ok(canRender('csv', 'connectivity'));
});

test('json and ndjson: the report as built, valid against the one schema; the summary line comes last', () => {
  const report = connectivityReport();
  assert.equal(reportSchemaErrors(JSON.parse(render(report, 'json'))), []);
  const lines = render(report, 'ndjson')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { type: string; report?: Record<string, unknown> });
  const last = lines[lines.length - 1]!;
  assert.is(last.type, 'summary');
  assert.equal(reportSchemaErrors({ ...last.report, results: report.results }), []);
  assert.ok(lines.some((line) => line.type === 'finding'));
  assert.equal(reportSchemaErrors(JSON.parse(render(hostileEvents([finding('error', HOSTILE)]), 'json'))), []);
});

test('html: one self-contained page, balanced, hostile text escaped, for a kind with no page of its own', () => {
  for (const report of [connectivityReport(), hostileEvents([finding('error', HOSTILE)])]) {
    const html = render(report, 'html');
    assert.equal(htmlProblems(html), [], report.kind);
    assert.not.match(html, /<script/i);
    assert.match(html, /&lt;script&gt;/);
    assert.not.match(html, RAW_CONTROL);
  }
});

test('markdown: literal text, no link or markup from the data, no raw control character', () => {
  const md = render(hostileEvents([finding('warning', HOSTILE)]), 'markdown');
  assert.match(md, /^# kmsdoctor events report/);
  assert.not.match(md, /<script/);
  assert.not.match(md, /\]\(javascript/);
  assert.not.match(md, RAW_CONTROL);
  assert.match(md, /\\x1b/);
});

test('junit: a failing case per finding at or above --fail-on, so the gate agrees with the verdict', () => {
  const findings = [finding('error', 'a.test'), finding('warning', 'b.test'), finding('info', HOSTILE)];
  for (const [failOn, failures] of [
    ['error', 1],
    ['warning', 2],
    ['info', 3],
  ] as const) {
    const report = hostileEvents(findings, failOn);
    const counts = junitCounts(render(report, 'junit'));
    assert.equal([counts.tests, counts.failures, counts.declared.failures], [3, failures, failures], failOn);
    assert.is(report.summary.verdict, 'fail');
  }
  const passing = junitCounts(render(hostileEvents([]), 'junit'));
  assert.equal([passing.tests, passing.failures], [1, 0], 'a run without findings is one passing case');
});

test('one summary computation: counts, verdict and exit code against --fail-on', () => {
  const findings = [finding('warning', 'a'), finding('info', 'b')];
  assert.equal(summarize({ findings, failOn: 'error', probes: 2 }), { errors: 0, warnings: 1, infos: 1, probes: 2, verdict: 'pass', failOn: 'error', exitCode: 0 });
  assert.equal(summarize({ findings, failOn: 'warning', probes: 2 }).exitCode, 1);
  // A kind may grade something else than its findings (readiness grades its checks).
  assert.equal(summarize({ findings, failOn: 'warning', probes: 0, graded: [] }).verdict, 'pass');
});

test.run();
