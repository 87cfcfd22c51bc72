import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/catalog/catalogs.js';
import { isRuleId, RULE_CATALOG, RULE_IDS, ruleTitle } from '../../src/catalog/findings.js';
import { findingPagePath } from '../../src/catalog/pages.js';
import { rulePagePath } from '../../src/cli/commands/explain.js';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';

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
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
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

/** What each language's pages call the template's sections and severities. */
const PAGE_WORDS = {
  en: { sections: REQUIRED_SECTIONS, severity: { error: '(severity: error', warning: '(severity: warning', info: '(severity: info' } },
  ja: { sections: ['説明', '影響', 'よくある原因', '対処方法'], severity: { error: '(重大度: エラー', warning: '(重大度: 警告', info: '(重大度: 情報' } },
} as const satisfies Record<Locale, unknown>;

/** The `code spans` of a page: commands, ids and codes an admin copies, the same in every language. */
const codeSpans = (text: string) => new Set(text.match(/`[^`\n]+`/g) ?? []);

for (const locale of LOCALES) {
  const words = PAGE_WORDS[locale];
  for (const id of RULE_IDS) {
    const meta = RULE_CATALOG[id];
    const path = findingPagePath(id, locale);
    const name = `${locale} ${id}`;

    test(`${name}: the page exists and its first line is "# ${id} — <catalog title>"`, () => {
      assert.ok(existsSync(path), `no page ${path}`);
      const first = readLines(path)[0] ?? '';
      assert.ok(first.startsWith(`# ${id} — `), `first line is "${first}"`);
      assert.is(first.slice(`# ${id} — `.length).trim(), ruleTitle(id, locale));
    });

    test(`${name}: has the sections ${words.sections.join(', ')}, once each and in order`, () => {
      const headings = readLines(path)
        .filter((line) => line.startsWith('## '))
        .map((line) => line.slice(3).trim());
      for (const section of words.sections) {
        const count = headings.filter((heading) => heading === section).length;
        assert.is(count, 1, `"## ${section}" appears ${count} times`);
      }
      const order = headings.filter((heading) => (words.sections as readonly string[]).includes(heading));
      assert.equal(order, [...words.sections]);
    });

    test(`${name}: states the catalog severity "${meta.severity}"`, () => {
      assert.ok(readFileSync(path, 'utf8').includes(words.severity[meta.severity]), `no "${words.severity[meta.severity]}" on the page`);
    });

    if (locale !== DEFAULT_LOCALE) {
      test(`${name}: keeps every command, id and code of the English page`, () => {
        const translated = codeSpans(readFileSync(path, 'utf8'));
        const missing = [...codeSpans(readFileSync(findingPagePath(id, DEFAULT_LOCALE), 'utf8'))].filter((span) => !translated.has(span));
        assert.equal(missing, []);
      });
    }
  }
}

test.run();
