/**
 * Hostile names and fields never reach the terminal raw nor a printed command: every renderer shows
 * control characters as visible escapes, JSON keeps the values but escapes what a terminal obeys,
 * and a remedy never embeds a name that is not a valid host name.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pc from 'picocolors';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runDeadline } from '../../src/core/run-deadline.js';
import { collectReadinessFacts } from '../../src/readiness/collect.js';
import { displaySafe, visibleText } from '../../src/report/display-text.js';
import { buildReadinessReport } from '../../src/report/readiness.js';
import { buildReport } from '../../src/report/report.js';
import type { ReportFormat } from '../../src/reporters/formats.js';
import { renderHuman } from '../../src/reporters/human/connectivity.js';
import { renderJson } from '../../src/reporters/json.js';
import { ndjsonTail } from '../../src/reporters/ndjson.js';
import { notAHostNameStep } from '../../src/rules/command-safety.js';
import { evaluate } from '../../src/rules/index.js';
import { buildFacts, host } from '../helpers/facts.js';
import { rejectsWithUsageError } from '../helpers/rejects.js';
import { render } from '../helpers/render.js';
import { scratchDir } from '../helpers/scratch-dir.js';
import { buildSnapshot } from '../helpers/snapshot-builder.js';

/** What a hostile DNS server can put in an SRV target: set the title, clear the screen, print a fake verdict. */
const TERMINAL_ATTACK = 'kms\u001b]0;owned\u0007\u001b[2J\u001b[1;1HPASS  0 errors\u009b31m\u007f.corp.test';
/** A name built to break out of the quoted PowerShell remedy. */
const PASTE_ATTACK = "kms'}; start-process calc; #.corp.test";
const D = 'corp.test';

/** Any control character but the newlines that separate lines. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/;

function reportWith(name: string) {
  const facts = buildFacts({ domains: [{ domain: D }], targets: [host('kms1.corp.test'), host(name, { addresses: [] })] });
  const findings = evaluate({ connectivity: facts });
  return {
    facts,
    findings,
    report: buildReport({ command: 'connectivity', startedAt: '2026-12-04T00:00:00.000Z', durationMs: 5, input: { domains: [D] }, facts, findings, failOn: 'error' }),
  };
}

const text = suite('hostile text: visible escapes');

text('visibleText shows C0, DEL, C1 and direction marks as escapes, and is idempotent', () => {
  assert.is(visibleText('a\u001b[2Jb\u0007\u007f\u009b\u202ec\nd'), 'a\\x1b[2Jb\\x07\\x7f\\u009b\\u202ec\\x0ad');
  assert.is(visibleText(visibleText('\u001b\u009b')), '\\x1b\\u009b');
  assert.is(visibleText('kms01.contoso.com — ok ✔ 日本'), 'kms01.contoso.com — ok ✔ 日本');
  assert.equal(displaySafe({ 'k\u001b': ['\u0085', 3, null] }), { 'k\\x1b': ['\\u0085', 3, null] });
});

text('the console report shows a hostile SRV target with visible escapes, with or without colour', () => {
  const { report } = reportWith(TERMINAL_ATTACK);
  for (const colors of [pc.createColors(false), pc.createColors(true)]) {
    const out = renderHuman(report, colors).replace(/\u001b\[\d+m/g, ''); // our own colour codes
    assert.not.match(out, RAW_CONTROL);
    assert.ok(out.includes('kms\\x1b]0;owned\\x07\\x1b[2J'), 'the name is shown, escaped');
  }
});

text('JSON and NDJSON keep the exact value but write C1, DEL and direction marks as \\u escapes', () => {
  const { report } = reportWith(TERMINAL_ATTACK);
  for (const out of [renderJson(report), ndjsonTail(report)]) {
    assert.not.match(out, RAW_CONTROL);
    const names =
      out.trim().split('\n').length > 1 && out.startsWith('{"type"')
        ? out
            .trim()
            .split('\n')
            .map((line) => JSON.stringify(JSON.parse(line)))
        : [JSON.stringify(JSON.parse(out))];
    assert.ok(
      names.some((line) => line.includes(JSON.stringify(TERMINAL_ATTACK).slice(1, -1))),
      'the parsed value is the name as found',
    );
  }
});

text('readiness: human, Markdown, HTML and JUnit show no raw control character; HTML and Markdown neutralise markup', () => {
  const report = buildReadinessReport({
    startedAt: '2026-12-04T00:00:00.000Z',
    durationMs: 1,
    input: {},
    failOn: 'error',
    checks: [
      {
        id: 'discovery',
        title: 'Discovery',
        state: 'fail',
        detail: `Not ready: ${TERMINAL_ATTACK} <script>alert(1)</script> [x](javascript:alert(1))`,
        evidence: { findings: [], probes: [`srv:${TERMINAL_ATTACK}`] },
      },
    ],
    findings: [],
    notes: [`note ${TERMINAL_ATTACK}`],
  });
  for (const format of ['human', 'markdown', 'html', 'junit'] as ReportFormat[]) {
    const out = render(report, format);
    assert.not.match(out, RAW_CONTROL, format);
    assert.match(out, /\\+x1b\\?\]0;owned/, `${format}: shown escaped`);
  }
  assert.not.match(render(report, 'html'), /<script>/);
  assert.not.match(render(report, 'markdown'), /\[x\]\(javascript/);
  assert.equal(JSON.parse(render(report, 'json')).notes, [`note ${TERMINAL_ATTACK}`]);
});

text.run();

const remedies = suite('hostile text: remedies never carry an invalid name');

remedies('a target named to break out of the quoted PowerShell command gets no command, only a sentence', () => {
  const { findings } = reportWith(PASTE_ATTACK);
  const unresolvable = findings.find((f) => f.ruleId === 'srv/target-unresolvable');
  assert.ok(unresolvable, findings.map((f) => f.ruleId).join(', '));
  assert.ok(unresolvable.message.includes(PASTE_ATTACK), 'the message still names it');
  for (const finding of findings) for (const step of finding.remedy) assert.not.ok(step.includes(PASTE_ATTACK), `${finding.ruleId}: ${step}`);
  assert.ok(unresolvable.remedy.includes(notAHostNameStep()));
});

remedies('names with control characters, spaces or Unicode quotes are not pasted either; valid names are', () => {
  for (const name of [TERMINAL_ATTACK, 'kms old.corp.test', 'kms\u2019; calc.corp.test']) {
    const { findings } = reportWith(name);
    for (const finding of findings) for (const step of finding.remedy) assert.not.ok(step.includes(name), `${JSON.stringify(name)} in ${finding.ruleId}: ${step}`);
  }
  const { findings } = reportWith('kms-old.corp.test');
  const steps = findings.flatMap((f) => f.remedy);
  assert.ok(
    steps.some((step) => step.includes("'kms-old.corp.test.'")),
    'a valid name keeps its command',
  );
  assert.not.ok(steps.includes(notAHostNameStep()));
});

remedies.run();

const snapshots = suite('hostile text: names in snapshots are checked as flags are');
const snapshotScratch = scratchDir(snapshots, 'kmsd-hostile-');

snapshots('readiness: a client snapshot whose DNS suffix is not a domain name is bad input, and nothing is queried', async () => {
  const file = join(snapshotScratch(), 'pc.json');
  writeFileSync(file, JSON.stringify(buildSnapshot({ dns: { primaryDnsSuffix: PASTE_ATTACK } })));
  await rejectsWithUsageError(
    collectReadinessFacts({
      domains: [],
      clientSnapshots: [file],
      hostSnapshots: [],
      kmsLogs: [],
      expectHosts: [],
      targetOs: [],
      // Never asked: the bad name must stop the run first (and this address is loopback anyway).
      dnsServers: [{ address: '127.0.2.1', port: 9 }],
      timeoutMs: 1000,
      deadlineMs: 2000,
      deadline: runDeadline(2000),
      activation: null,
    }),
    'DNS suffix in client snapshot',
    'invalid label',
  );
});

snapshots.run();
