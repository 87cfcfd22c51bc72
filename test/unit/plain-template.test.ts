import { IntlMessageFormat } from 'intl-messageformat';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CATALOGS, LOCALES } from '../../src/catalog/catalogs.js';
import { placeholdersOf } from '../../src/catalog/placeholders.js';
import { fillPlainTemplate, isPlainTemplate } from '../../src/catalog/plain-template.js';

const formatters = { getNumberFormat: (locales: string | string[], options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locales, { ...options, useGrouping: false }) };
const viaIntl = (text: string, locale: string, values: Record<string, string | number>) =>
  new IntlMessageFormat(text, locale, undefined, { formatters: { ...formatters, getDateTimeFormat: (l, o) => new Intl.DateTimeFormat(l, o), getPluralRules: (l, o) => new Intl.PluralRules(l, o) }, ignoreTag: true }).format(values);

test('every plain catalog template fills exactly as IntlMessageFormat formats it', () => {
  let plain = 0;
  for (const locale of LOCALES) {
    for (const [id, text] of Object.entries(CATALOGS[locale].messages as Record<string, string>)) {
      if (!isPlainTemplate(text)) continue;
      plain++;
      const names = [...placeholdersOf(text)];
      for (const sample of [(index: number) => `v'{${index}}#<b>`, (index: number) => 16880 + index, () => -1, () => 0]) {
        const values = Object.fromEntries(names.map((name, index) => [name, sample(index)]));
        assert.is(fillPlainTemplate(text, values), viaIntl(text, locale, values), `${locale} ${id}`);
      }
    }
  }
  assert.ok(plain > 50, `only ${plain} plain templates`);
});

test('what only Intl can format is left to it', () => {
  assert.is(fillPlainTemplate('{a, select, x {y} other {z}}', { a: 'x' }), undefined);
  assert.is(fillPlainTemplate("it''s {a}", { a: 'x' }), undefined);
  assert.is(fillPlainTemplate("'{a}'", { a: 'x' }), undefined);
  assert.is(fillPlainTemplate('{a} ms', { a: 1.23456 }), undefined);
  assert.is(fillPlainTemplate('{a}', { a: -0 }), undefined);
  assert.is(fillPlainTemplate('{a} of {b}', { a: 'x' }), undefined);
  assert.is(fillPlainTemplate("the client's {a}", { a: 'x' }), "the client's x");
});

test.run();
