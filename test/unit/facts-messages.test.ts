/**
 * What the facts say in words (src/catalog/<locale>/facts-*.ts), the facts blocks of the console
 * report (report-facts.ts), the usage errors about the input (input-error.ts) and the notes the
 * input readers leave (input-notes.ts): every message, in every branch of its selects, reads as its language
 * — Japanese with no English phrase left, English with no Japanese — and keeps the data it is
 * given (hosts, codes, commands) as it is, in both languages.
 */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CATALOGS, type MessageId } from '../../src/catalog/catalogs.js';
import { FACTS_CLIENT } from '../../src/catalog/en/facts-client.js';
import { FACTS_HOST } from '../../src/catalog/en/facts-host.js';
import { FACTS_TEXT } from '../../src/catalog/en/facts-text.js';
import { INPUT_ERROR } from '../../src/catalog/en/input-error.js';
import { INPUT_NOTES } from '../../src/catalog/en/input-notes.js';
import { REPORT_FACTS } from '../../src/catalog/en/report-facts.js';
import { render } from '../../src/catalog/render.js';
import { englishRuns, JAPANESE } from '../helpers/english-runs.js';

const test = suite('facts messages in both languages');

const IDS = [
  ...Object.keys(FACTS_CLIENT),
  ...Object.keys(FACTS_HOST),
  ...Object.keys(REPORT_FACTS),
  ...Object.keys(INPUT_ERROR),
  ...Object.keys(INPUT_NOTES),
  ...Object.keys(FACTS_TEXT),
] as MessageId[];

/** A value of data for a plain argument: a host, a code or a command an admin copies, never a word. */
const DATA = 'kms01.contoso.com';

/** Each select's keys (every branch) and plural edges, per argument of the English template. */
function branchesOf(text: string): Map<string, Array<string | number | boolean | null>> {
  const out = new Map<string, Array<string | number | boolean | null>>();
  const add = (name: string, values: Array<string | number | boolean | null>) => out.set(name, [...new Set([...(out.get(name) ?? []), ...values])]);
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.select) {
        add(
          element.value,
          Object.keys(element.options).map((key) => (key === 'true' ? true : key === 'false' ? false : key === 'null' ? null : key === 'other' ? 'kms-data-value' : key)),
        );
        for (const option of Object.values(element.options)) visit(option.value);
      } else if (element.type === TYPE.plural) {
        add(element.value, [1, 2]);
        for (const option of Object.values(element.options)) visit(option.value);
      } else if (element.type === TYPE.argument) add(element.value, [DATA]);
    }
  };
  visit(parse(text, { ignoreTag: true }));
  return out;
}

/** Every branch of every argument at least once, the others cycling alongside. */
function argumentSets(id: MessageId): Array<Record<string, string | number | boolean | null>> {
  const branches = [...branchesOf((CATALOGS.en.messages as Record<string, string>)[id]!)];
  const rounds = Math.max(1, ...branches.map(([, values]) => values.length));
  return Array.from({ length: rounds }, (_, round) => Object.fromEntries(branches.map(([name, values], index) => [name, values[(round + index) % values.length]!])));
}

test('the facts areas hold messages (so the checks below check something)', () => {
  assert.ok(IDS.length >= 50, String(IDS.length));
});

for (const id of IDS) {
  test(`${id}: Japanese in every branch, English in every branch, the data kept`, () => {
    for (const args of argumentSets(id)) {
      const japanese = render({ id, args }, 'ja');
      const english = render({ id, args }, 'en');
      const shown = `${JSON.stringify(args)}\n${japanese}\n${english}`;
      // A branch that is only data and product names ('Office 42/5') has nothing to translate; every other one says something in Japanese.
      if (english.replace(/kms01\.contoso\.com|kms-data-value|Office|Windows Server|[\d\s?()/%,.;:—–×-]/g, '') !== '') assert.ok(JAPANESE.test(japanese), shown);
      assert.equal(englishRuns(japanese), [], shown);
      assert.not.ok(JAPANESE.test(english), shown);
      const data = (text: string) => (text.match(/kms01\.contoso\.com|kms-data-value/g) ?? []).length;
      assert.is(data(japanese), data(english), shown);
    }
  });
}

test("the license states: slmgr's own Japanese word for Licensed, the glossary's for grace and notification", () => {
  const state = (value: string) => render({ id: 'facts.license.status', args: { state: value, status: 0 } }, 'ja');
  assert.is(state('licensed'), 'ライセンスされています');
  assert.match(state('initialGrace'), '猶予期間');
  assert.match(state('notification'), '通知モード');
  assert.is(render({ id: 'facts.license.status', args: { state: 'other', status: 9 } }, 'en'), 'status 9');
});

test.run();
