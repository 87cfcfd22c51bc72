import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chooseLocale } from '../../src/catalog/choose-locale.js';

const linux = (env: NodeJS.ProcessEnv, flag?: string) => chooseLocale({ flag, env, platform: 'linux', runtimeLocale: () => 'ja-JP' });

test('--lang wins over everything', () => {
  assert.is(linux({ KMSDOCTOR_LANG: 'ja', LANG: 'ja_JP.UTF-8' }, 'en'), 'en');
});

test('then KMSDOCTOR_LANG, then LC_ALL, LC_MESSAGES, LANG in that order', () => {
  assert.is(linux({ KMSDOCTOR_LANG: 'en', LANG: 'ja_JP.UTF-8' }), 'en');
  assert.is(linux({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8' }), 'en');
  assert.is(linux({ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' }), 'ja');
  assert.is(linux({ LANG: 'ja_JP.UTF-8' }), 'ja');
  assert.is(linux({ LANG: 'C.UTF-8' }), 'en');
  assert.is(linux({}), 'en', 'the runtime locale is asked only on Windows');
});

test('Windows falls back to the language the runtime reports', () => {
  assert.is(chooseLocale({ env: {}, platform: 'win32', runtimeLocale: () => 'ja-JP' }), 'ja');
  assert.is(chooseLocale({ env: {}, platform: 'win32', runtimeLocale: () => 'de-DE' }), 'en');
});

test('a language without a catalog is English, not a mix', () => {
  assert.is(linux({ LANG: 'fr_FR.UTF-8' }), 'en');
  assert.is(linux({}, 'xx'), 'en');
});

test.run();
