import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { YARGS_JA } from '../../src/catalog/ja/yargs-strings.js';
import { chooseCliLocale, cliLocale, cliText, langFlag } from '../../src/cli/cli-text.js';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';

const NO_LOCALE = { LC_ALL: '', LC_MESSAGES: '', LANG: '', KMSDOCTOR_LANG: '' };

test('--lang is read from the arguments before yargs parses them: either spelling, the last one, none after --', () => {
  assert.is(langFlag(['connectivity', '--lang', 'ja']), 'ja');
  assert.is(langFlag(['--lang=ja', '--help']), 'ja');
  assert.is(langFlag(['--lang', 'ja', 'explain', '--lang=en']), 'en');
  assert.is(langFlag(['explain', '--', '--lang', 'ja']), undefined);
  assert.is(langFlag(['--lang']), undefined);
});

test('the command line chooses its language as the reports do: --lang, KMSDOCTOR_LANG, the locale, English', () => {
  try {
    assert.is(chooseCliLocale(['--help'], NO_LOCALE), 'en');
    assert.is(chooseCliLocale(['--help'], { ...NO_LOCALE, LANG: 'ja_JP.UTF-8' }), 'ja');
    assert.is(cliText('cli.opt.json'), '--format json と同じ');
    assert.is(chooseCliLocale(['--help', '--lang', 'en'], { ...NO_LOCALE, KMSDOCTOR_LANG: 'ja' }), 'en');
    assert.is(cliText('cli.opt.json'), 'Same as --format json');
    assert.is(chooseCliLocale(['--lang', 'fr'], NO_LOCALE), 'en');
  } finally {
    chooseCliLocale([], NO_LOCALE);
  }
  assert.is(cliLocale(), 'en');
});

test("yargs' Japanese words are all here (the bundle and the exe cannot read yargs' locale files)", () => {
  const shipped = JSON.parse(readFileSync(`${PACKAGE_ROOT}/node_modules/yargs/locales/ja.json`, 'utf8')) as Record<string, unknown>;
  assert.equal(Object.keys(YARGS_JA).sort(), Object.keys(shipped).sort());
  // The same shape as yargs' own: plural entries stay plural.
  for (const [key, value] of Object.entries(shipped)) assert.is(typeof YARGS_JA[key], typeof value, key);
});

test.run();
