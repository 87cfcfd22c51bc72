/**
 * The recorded CLI output the PowerShell module's unit tests replay (test/fixtures/cli-output/,
 * written by test/tools/record-cli-output.ts) must still be what the CLI prints: reports and
 * NDJSON lines validate against the published report schema, events against the snapshot
 * schema's kmsEvent, explain entries equal today's catalogs. If the CLI's output changes shape,
 * this fails here even on a machine where Pester does not run; re-record with the tool.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CODE_CATALOG, isKnownCode, KMS_CODES } from '../../src/catalog/codes/catalog.js';
import { isRuleId, RULE_CATALOG, RULE_IDS, type RuleId, ruleSummary, ruleTitle } from '../../src/catalog/findings.js';
import { rulePagePath } from '../../src/cli/commands/explain.js';
import { APPLICATION_IDS, PRODUCTS } from '../../src/kms/products.js';
import { SCHEMA_VERSION } from '../../src/report/envelope.js';
import { definitionErrors, reportSchemaErrors } from '../helpers/report-schema.js';
import { snapshotDefinitionErrors } from '../helpers/snapshot-schema.js';
import { FIXTURE_DIR, FIXTURES } from '../tools/record-cli-output.js';

const test = suite('recorded CLI output (Pester fixtures)');

const read = (file: string) => readFileSync(join(FIXTURE_DIR, file), 'utf8');
const json = (file: string) => JSON.parse(read(file)) as unknown;

/** NDJSON line types and the schema definition each payload must match. */
const LINE_DEFINITION = { result: 'probeResult', target: 'target', finding: 'finding' } as const;

test('the folder holds exactly the fixtures the recorder writes', () => {
  assert.equal(readdirSync(FIXTURE_DIR).sort(), FIXTURES.map((fixture) => fixture.file).sort());
});

for (const { file } of FIXTURES.filter((fixture) => fixture.file.endsWith('.ndjson'))) {
  test(`${file}: every line is of this schemaVersion and valid; result lines + summary make a valid report`, () => {
    const lines = read(file)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { type: string; schemaVersion: number; [key: string]: unknown });
    const results: unknown[] = [];
    let summaries = 0;
    for (const line of lines) {
      assert.is(line.schemaVersion, SCHEMA_VERSION, `${file}: ${line.type} line`);
      if (line.type === 'summary') {
        summaries++;
        const report = { ...(line.report as Record<string, unknown>), results };
        assert.equal(reportSchemaErrors(report), [], `${file}: summary`);
        continue;
      }
      const definition = LINE_DEFINITION[line.type as keyof typeof LINE_DEFINITION];
      assert.ok(definition, `${file}: unknown line type ${line.type}`);
      assert.equal(definitionErrors(definition, line[line.type]), [], `${file}: ${line.type} line`);
      if (line.type === 'result') results.push(line.result);
    }
    assert.is(summaries, 1, `${file}: one summary line`);
    assert.is(lines[lines.length - 1]!.type, 'summary', `${file}: the summary comes last`);
  });
}

test('connectivity-snapshot.json is a valid report with the client section', () => {
  const report = json('connectivity-snapshot.json') as { client?: unknown };
  assert.equal(reportSchemaErrors(report), []);
  assert.ok(report.client, 'the snapshot run reports the client');
});

for (const file of ['events-client.json', 'events-csv.json']) {
  test(`${file}: a valid events report whose events, attempts and failures hold valid kmsEvents`, () => {
    const out = json(file) as {
      kind: string;
      events: unknown[];
      attempts: Array<{ request: unknown; response: unknown }>;
      failures: Array<{ event: unknown }>;
      warnings: string[];
    };
    assert.equal(reportSchemaErrors(out), []);
    assert.is(out.kind, 'events');
    assert.ok(out.events.length > 0);
    for (const event of out.events) assert.equal(snapshotDefinitionErrors('kmsEvent', event), []);
    for (const attempt of out.attempts) {
      assert.equal(snapshotDefinitionErrors('kmsEvent', attempt.request), []);
      if (attempt.response !== null) assert.equal(snapshotDefinitionErrors('kmsEvent', attempt.response), []);
    }
    for (const failure of out.failures) assert.equal(snapshotDefinitionErrors('kmsEvent', failure.event), []);
    assert.ok(out.warnings.every((warning) => typeof warning === 'string'));
  });
}

const catalogEntry = (ruleId: RuleId) => ({ title: ruleTitle(ruleId), severity: RULE_CATALOG[ruleId].severity, summary: ruleSummary(ruleId) });

test('explain fixtures equal the catalogs and pages of today', () => {
  const code = json('explain-code.json') as { kind: string; code: string };
  assert.ok(isKnownCode(code.code));
  assert.equal(code, { kind: 'code', ...CODE_CATALOG[code.code as keyof typeof CODE_CATALOG] });

  const finding = json('explain-finding.json') as { kind: string; ruleId: string; page: string };
  assert.ok(isRuleId(finding.ruleId));
  if (!isRuleId(finding.ruleId)) return;
  assert.equal(finding, { kind: 'finding', ruleId: finding.ruleId, ...catalogEntry(finding.ruleId), page: readFileSync(rulePagePath(finding.ruleId), 'utf8') });

  assert.equal(
    json('explain-list.json'),
    RULE_IDS.map((ruleId) => ({ kind: 'finding', ruleId, ...catalogEntry(ruleId) })),
  );
  assert.equal(
    json('explain-codes.json'),
    KMS_CODES.map((known) => ({ kind: 'code', ...CODE_CATALOG[known] })),
  );
});

interface ActivationFixture {
  command: string;
  input: { mode: string };
  activation: {
    mode: string;
    requestSent: boolean;
    response: { hresult: string | null; currentCount: number | null } | null;
    sent: { fields: { cmid: string; workstation: string } };
  };
}

for (const [file, mode, sent] of [
  ['activate-probe-dry-run.json', 'dry-run', false],
  ['activate-probe-bind-only.json', 'bind-only', false],
  ['activate-probe-sent.json', 'sent', true],
] as const) {
  test(`${file}: a valid activation-probe report (${mode}; request sent: ${sent})`, () => {
    const report = json(file) as ActivationFixture;
    assert.equal(reportSchemaErrors(report), [], file);
    assert.is(report.command, 'activate-probe');
    assert.is(report.activation.mode, mode);
    assert.is(report.activation.requestSent, sent);
    // Recorded with a made-up CMID and workstation: never this machine's.
    assert.is(report.activation.sent.fields.cmid, '3f5b2d8e-6c1a-4e7b-9d20-8a4c1e6f0b37');
    assert.is(report.activation.sent.fields.workstation, 'kms-probe.test');
    if (sent) {
      assert.is(report.activation.response?.hresult, '0x00000000');
      assert.is(report.activation.response?.currentCount, 1);
    } else {
      assert.is(report.activation.response, null);
    }
  });
}

test("activate-probe-products.json: a valid products report listing today's product table", () => {
  const report = json('activate-probe-products.json') as {
    kind: string;
    products: Array<{ name: string; skuId: string; applicationId: string; protocol: number; minimumCount: number }>;
  };
  assert.equal(reportSchemaErrors(report), []);
  assert.is(report.kind, 'products');
  const list = report.products;
  assert.equal(
    list.map((p) => p.name),
    PRODUCTS.map((p) => p.name),
  );
  list.forEach((entry, i) => {
    const product = PRODUCTS[i]!;
    assert.is(entry.skuId, product.skuId);
    assert.is(entry.applicationId, APPLICATION_IDS[product.group.application]);
    assert.is(entry.protocol, product.group.protocol);
    assert.is(entry.minimumCount, product.group.minimumCount);
  });
});

test.run();
