import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { rulePagePath } from '../../src/cli/commands/explain.js';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { RULE_CATALOG, RULE_IDS, isRuleId, ruleTitle } from '../../src/rules/catalog.js';

/**
 * `kmsdoctor explain <id>` prints src/catalog/en/pages/<id>.md. These tests keep the pages and the
 * catalog in step: one page per id, no page without an id, and every page in the template shape.
 */
const test = suite('rules/docs');

const DOCS_ROOT = join(PACKAGE_ROOT, 'src', 'catalog', 'en', 'pages');
/** The template's sections, in the order a page must present them. */
const REQUIRED_SECTIONS = ['Explanation', 'Consequences', 'Common causes', 'Remedy'] as const;

/** Every file below `dir`, as paths relative to DOCS_ROOT with forward slashes. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full);
    return [relative(DOCS_ROOT, full).split(sep).join('/')];
  });
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
}

test('every id in RULE_CATALOG has a page', () => {
  const missing = RULE_IDS.filter((id) => !existsSync(rulePagePath(id)));
  assert.equal(missing, [], `ids without a page under src/catalog/en/pages: ${missing.join(', ')}`);
});

test('every page corresponds to an id (no orphans)', () => {
  const files = listFiles(DOCS_ROOT);
  assert.ok(files.length > 0, `no pages found under ${DOCS_ROOT}`);
  const orphans = files.filter((file) => !file.endsWith('.md') || !isRuleId(file.slice(0, -'.md'.length)));
  assert.equal(orphans, [], `files under src/catalog/en/pages that match no catalog id: ${orphans.join(', ')}`);
});

test('the catalog and the pages have the same number of entries', () => {
  assert.is(listFiles(DOCS_ROOT).length, RULE_IDS.length);
});

for (const id of RULE_IDS) {
  const meta = RULE_CATALOG[id];

  test(`${id}: first line is "# ${id} — <catalog title>"`, () => {
    const lines = readLines(rulePagePath(id));
    const first = lines[0] ?? '';
    assert.ok(first.startsWith(`# ${id} — `), `first line is "${first}"`);
    assert.is(first.slice(`# ${id} — `.length).trim(), ruleTitle(id));
  });

  test(`${id}: has the sections ${REQUIRED_SECTIONS.join(', ')}, once each and in order`, () => {
    const headings = readLines(rulePagePath(id))
      .filter((line) => line.startsWith('## '))
      .map((line) => line.slice(3).trim());
    for (const section of REQUIRED_SECTIONS) {
      const count = headings.filter((heading) => heading === section).length;
      assert.is(count, 1, `"## ${section}" appears ${count} times`);
    }
    const order = headings.filter((heading) => (REQUIRED_SECTIONS as readonly string[]).includes(heading));
    assert.equal(order, [...REQUIRED_SECTIONS]);
  });

  test(`${id}: states the catalog severity "${meta.severity}"`, () => {
    const text = readFileSync(rulePagePath(id), 'utf8');
    assert.ok(text.includes(`(severity: ${meta.severity}`), `no "(severity: ${meta.severity}" on the page`);
  });
}

test.run();
