import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CATALOGS, LOCALES } from '../../src/catalog/catalogs.js';
import { fillPlainTemplate, isPlainTemplate } from '../../src/catalog/plain-template.js';

const formatters = { getNumberFormat: (locales: string | string[], options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locales, { ...options, useGrouping: false }) };
const viaIntl = (text: string, locale: string, values: Record<string, string | number>) =>
  new IntlMessageFormat(text, locale, undefined, {
    formatters: { ...formatters, getDateTimeFormat: (l, o) => new Intl.DateTimeFormat(l, o), getPluralRules: (l, o) => new Intl.PluralRules(l, o) },
    ignoreTag: true,
  }).format(values);

/** Each argument of a template with the values worth trying: every select key, plural edges, awkward text. */
function samplesOf(text: string): Map<string, Array<string | number>> {
  const samples = new Map<string, Array<string | number>>();
  const add = (name: string, values: Array<string | number>) => samples.set(name, [...new Set([...(samples.get(name) ?? []), ...values])]);
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.select) {
        add(element.value, [...Object.keys(element.options), 'unlisted']);
        for (const option of Object.values(element.options)) visit(option.value);
      } else if (element.type === TYPE.plural) {
        add(element.value, [0, 1, 2, 5, 21, 16880]);
        for (const option of Object.values(element.options)) visit(option.value);
      } else if (element.type === TYPE.argument) {
        add(element.value, ["v'{0}#<b>", 16880, -1]);
      } else if (element.type === TYPE.tag) visit(element.children);
    }
  };
  visit(parse(text, { ignoreTag: true }));
  return samples;
}

test('every catalog template this path reads fills exactly as IntlMessageFormat formats it', () => {
  let read = 0;
  for (const locale of LOCALES) {
    for (const [id, text] of Object.entries(CATALOGS[locale].messages as Record<string, string>)) {
      if (!isPlainTemplate(text)) continue;
      read++;
      const samples = [...samplesOf(text)];
      // Every value of each argument at least once, the others cycling alongside.
      const rounds = Math.max(1, ...samples.map(([, values]) => values.length));
      for (let round = 0; round < rounds; round++) {
        const values = Object.fromEntries(samples.map(([name, options], index) => [name, options[(round + index) % options.length]!]));
        const fast = fillPlainTemplate(text, values, locale);
        if (fast !== undefined) assert.is(fast, viaIntl(text, locale, values), `${locale} ${id} ${JSON.stringify(values)}`);
      }
    }
  }
  assert.ok(read > 1000, `only ${read} templates read without ICU`);
});

test('what only Intl can format is left to it', () => {
  assert.is(fillPlainTemplate("it''s {a}", { a: 'x' }), undefined);
  assert.is(fillPlainTemplate("'{a}'", { a: 'x' }), undefined);
  assert.is(fillPlainTemplate('{a} ms', { a: 1.23456 }), undefined);
  assert.is(fillPlainTemplate('{a}', { a: -0 }), undefined);
  assert.is(fillPlainTemplate('{a} of {b}', { a: 'x' }), undefined);
  assert.is(fillPlainTemplate('{a, number}', { a: 3 }), undefined);
  assert.is(fillPlainTemplate('{a, plural, offset:1 one {#} other {#}}', { a: 3 }), undefined);
  assert.is(fillPlainTemplate("the client's {a}", { a: 'x' }), "the client's x");
});

test('select and plural, nested, with # and exact matches', () => {
  const text = '{n, plural, =0 {none} one {# host} other {# hosts{kind, select, stale { (stale)} other {}}}}';
  assert.is(fillPlainTemplate(text, { n: 0, kind: 'x' }), 'none');
  assert.is(fillPlainTemplate(text, { n: 1, kind: 'x' }), '1 host');
  assert.is(fillPlainTemplate(text, { n: 3, kind: 'stale' }), '3 hosts (stale)');
  assert.is(fillPlainTemplate(text, { n: 3, kind: 'stale' }, 'ja'), '3 hosts (stale)');
});

test.run();
