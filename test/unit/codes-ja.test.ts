import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isLocale, type Locale } from '../../src/catalog/catalogs.js';
import { codeEntry, KMS_CODES } from '../../src/catalog/codes/catalog.js';
import { CODE_COMMANDS } from '../../src/catalog/codes/commands.js';
import { codeSummary, renderCodePage } from '../../src/catalog/codes/render.js';
import { CODE_PAGE as EN_CODE_PAGE } from '../../src/catalog/en/code-page.js';
import { EN_CODES } from '../../src/catalog/en/codes.js';
import { CODE_PAGE as JA_CODE_PAGE } from '../../src/catalog/ja/code-page.js';
import { JA_CODES } from '../../src/catalog/ja/codes.js';
import { placeholdersOf } from '../../src/catalog/placeholders.js';

/**
 * The Japanese error-code pages say what the English ones say: every code, every cause, step and
 * place, and every command exactly as an admin copies it.
 */
const test = suite('codes in Japanese');

/**
 * What in a step an admin types or looks up, as the English text writes it: commands and their
 * switches, paths, placeholders, cmdlets, record names, error codes and KB numbers.
 */
function technicalTokens(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[("']+|[)"',;.]+$/g, ''))
    .filter((word) => /[/\\<>=_@%]|\.(?:vbs|exe|dat)$|^-\w|^0x[0-9A-F]{8}$|^[A-Z][a-z]+-[A-Z]|^KB\d+$/.test(word));
}

const japaneseText = /[\u3040-\u30ff\u4e00-\u9fff]/;
const codeSpans = (page: string) => [...page.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
const headings = (page: string) =>
  page
    .split('\n')
    .filter((line) => line.startsWith('## '))
    .map((line) => line.slice(3));

test('every code has Japanese text, with as many causes, remedies, places and notes as English', () => {
  assert.equal(Object.keys(JA_CODES), Object.keys(EN_CODES));
  assert.equal(Object.keys(JA_CODES), KMS_CODES);
  for (const code of KMS_CODES) {
    const english: { likelyCauses: readonly string[]; remedies: readonly string[]; where: readonly string[]; notes?: readonly string[] } = EN_CODES[code];
    const japanese: typeof english = JA_CODES[code];
    assert.is(japanese.likelyCauses.length, english.likelyCauses.length, `${code}: causes`);
    assert.is(japanese.remedies.length, english.remedies.length, `${code}: remedies`);
    assert.is(japanese.where.length, english.where.length, `${code}: places`);
    assert.is(japanese.notes?.length ?? 0, english.notes?.length ?? 0, `${code}: notes`);
  }
});

test('the Japanese text is Japanese, and its one-line summary is one sentence', () => {
  for (const code of KMS_CODES) {
    const entry = codeEntry(code, 'ja' as Locale);
    for (const text of [entry.meaning, ...entry.likelyCauses, ...entry.remedies]) assert.match(text, japaneseText, `${code}: ${text}`);
    const summary = codeSummary(entry);
    assert.ok(summary.endsWith('。'), `${code}: ${summary}`);
    // A full stop inside parentheses would cut the summary short.
    assert.is(summary.split('(').length, summary.split(')').length, `${code}: ${summary}`);
  }
});

test('each Japanese remedy keeps the commands, paths and codes of the English one', () => {
  for (const code of KMS_CODES) {
    const english: readonly string[] = EN_CODES[code].remedies;
    const japanese: readonly string[] = JA_CODES[code].remedies;
    english.forEach((step, i) => {
      const missing = technicalTokens(step).filter((token) => !japanese[i]!.includes(token));
      assert.equal(missing, [], `${code}, remedy ${i + 1}: ${japanese[i]}`);
    });
  }
});

test('a shared command reads the same in both languages, step by step', () => {
  for (const code of KMS_CODES) {
    const english: readonly string[] = EN_CODES[code].remedies;
    const japanese: readonly string[] = JA_CODES[code].remedies;
    for (const command of Object.values(CODE_COMMANDS)) {
      english.forEach((step, i) => {
        assert.is(japanese[i]!.includes(command), step.includes(command), `${code}, remedy ${i + 1}: ${command}`);
      });
    }
  }
});

test('the Japanese page templates have every English key, with the same placeholders', () => {
  assert.equal(Object.keys(JA_CODE_PAGE).sort(), Object.keys(EN_CODE_PAGE).sort());
  for (const [id, english] of Object.entries(EN_CODE_PAGE)) {
    const japanese = JA_CODE_PAGE[id as keyof typeof JA_CODE_PAGE];
    assert.equal([...placeholdersOf(japanese)].sort(), [...placeholdersOf(english)].sort(), id);
    // The related-finding line is layout only: an id, its title and a command.
    if (id !== 'code-page.related-finding') assert.match(japanese, japaneseText, id);
  }
});

// The page itself needs the Japanese message catalog, which src/catalog/catalogs.ts registers.
if (isLocale('ja')) {
  const ja = 'ja' as Locale;
  for (const code of KMS_CODES) {
    test(`${code}: the Japanese page has Japanese headings and the English page's commands`, () => {
      const english = renderCodePage(codeEntry(code));
      const japanese = renderCodePage(codeEntry(code, ja), ja);
      const { symbolicName } = codeEntry(code);
      if (symbolicName !== null) assert.is(japanese.split('\n')[0], english.split('\n')[0], 'the title line: code and symbolic name');
      assert.is(headings(japanese).length, headings(english).length);
      for (const heading of headings(japanese)) assert.match(heading, japaneseText);
      assert.equal(codeSpans(japanese), codeSpans(english));
    });
  }
}

test.run();
