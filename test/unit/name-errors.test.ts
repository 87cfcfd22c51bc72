/**
 * Core's usage errors about names, addresses and ports: core sits below the catalog, so it writes
 * the English itself and carries the message (id + args) on the UsageError. Every id core uses is
 * in every catalog with the placeholders core fills, the English core writes is the catalog's
 * English, and the line reads in Japanese where the run is Japanese.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CATALOGS, LOCALES } from '../../src/catalog/catalogs.js';
import { checkedInput, inputError, sayInLanguage } from '../../src/catalog/input-error.js';
import type { Message } from '../../src/catalog/message.js';
import { placeholdersOf } from '../../src/catalog/placeholders.js';
import { render } from '../../src/catalog/render.js';
import { NAME_ERROR_IDS, NAME_WHAT } from '../../src/core/name-error.js';
import { parseDomainName, parseEndpoint, parseHostName, parseKmsDomain, parsePort, refuseAmbiguousIpv6 } from '../../src/core/names.js';
import { UsageError } from '../../src/core/usage-error.js';
import { parseDnsServer } from '../../src/dns/server-address.js';
import { parseEncodingName } from '../../src/inputs/encoding-names.js';
import { JAPANESE } from '../helpers/english-runs.js';

function thrown(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (error) {
    assert.instance(error, UsageError);
    return error as UsageError;
  }
  throw new Error('expected a UsageError');
}

const longName = `${'a'.repeat(60)}.`.repeat(5);
// 6 labels of 12 scattered CJK characters: 77 characters typed, 268 as punycode (as names.test.ts).
const cjkLabel = (k: number) => Array.from({ length: 12 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919 + k * 104729) % 20000))).join('');
const longIdn = Array.from({ length: 6 }, (_, k) => cjkLabel(k)).join('.');
/** One bad input for each of core's errors, with every kind of `what`: a flag, core's own name, another area's message, a plain phrase. */
const CASES: ReadonlyArray<readonly [string, () => unknown]> = [
  ['name-error.not-utf8', () => parseDomainName('\uFFFD.test', '--domain')],
  ['name-error.empty', () => parseDomainName(' ', '--domain')],
  ['name-error.empty', () => parseEndpoint('', 1688)],
  ['name-error.too-long', () => parseDomainName(longName)],
  ['name-error.invalid-idn', () => parseDomainName('\u00ad', NAME_WHAT.host)],
  ['name-error.idn-too-long', () => parseDomainName(longIdn)],
  ['name-error.empty-label', () => parseKmsDomain('a..test', { id: 'usage-error.readiness.suffix-in', args: { path: 'c.json' } })],
  ['name-error.long-label', () => parseHostName(`${'a'.repeat(64)}.test`, "the client's KMS host")],
  ['name-error.invalid-label', () => parseDomainName('bad_name!.test', '--expect-host')],
  ['name-error.kms-domain-too-long', () => parseKmsDomain(`${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}`, '--domain')],
  ['name-error.ambiguous-ipv6', () => refuseAmbiguousIpv6('::1:1688', '--kms-host')],
  ['name-error.not-port', () => parsePort('70000', '--port')],
  ['name-error.not-port', () => parseEndpoint('kms1:x', 1688, '--kms-host')],
  ['name-error.not-port', () => parseEndpoint('[::1]:0', 1688, NAME_WHAT.endpoint)],
  ['name-error.brackets', () => parseEndpoint('[kms1]:1688', 1688, '--kms-host')],
];

const messages = CATALOGS.en.messages as Record<string, string>;

test('every id core uses is in every catalog, and the arguments it passes are the placeholders of each language', () => {
  for (const id of NAME_ERROR_IDS) for (const locale of LOCALES) assert.ok((CATALOGS[locale].messages as Record<string, string>)[id] !== undefined, `${locale}: ${id}`);
  for (const [id, fn] of CASES) {
    const error = thrown(fn);
    assert.is(error.said?.id, id);
    for (const locale of LOCALES) {
      const template = (CATALOGS[locale].messages as Record<string, string>)[id]!;
      assert.equal([...placeholdersOf(template)].sort(), Object.keys(error.said?.args ?? {}).sort(), `${locale}: ${id}`);
    }
  }
  // Every error core can raise is exercised above (the names of inputs are arguments, not errors).
  const raised = new Set(CASES.map(([id]) => id));
  assert.equal(
    NAME_ERROR_IDS.filter((id) => !id.startsWith('name-error.what.') && !raised.has(id)),
    [],
  );
});

test("the English core writes is the English catalog's, whatever names the input", () => {
  for (const [id, fn] of CASES) {
    const error = thrown(fn);
    const said = error.said as Message;
    // A message core does not own reads neutrally in core's own English; the line shown is rendered from the message.
    const foreign = typeof said.args?.what === 'object' && !(said.args.what as Message).id.startsWith('name-error.');
    if (!foreign) assert.is(error.message, render(said), id);
    else {
      // Such a caller runs the check through checkedInput, which words the English from the catalog.
      const worded = thrown(() => checkedInput(fn));
      assert.is(worded.message, 'a DNS suffix in client snapshot "c.json" "a..test" has an empty label');
      assert.equal(worded.said, said);
    }
  }
});

test('each message in Japanese: flags, names and values as typed, the words in Japanese', () => {
  for (const [id, fn] of CASES) {
    const error = thrown(fn);
    const ja = (sayInLanguage(error, 'ja') as UsageError).message;
    assert.ok(JAPANESE.test(ja), `${id}: ${ja}`);
    for (const flag of error.message.match(/--[a-z-]+/g) ?? []) assert.ok(ja.includes(flag), `${id}: ${ja} keeps ${flag}`);
  }
  assert.is(
    (
      sayInLanguage(
        thrown(() => parsePort('70000', '--port')),
        'ja',
      ) as UsageError
    ).message,
    '--port "70000" は TCP/UDP ポート (1-65535) ではありません',
  );
  assert.is(
    (
      sayInLanguage(
        thrown(() => parseEndpoint('kms1:x', 1688, '--kms-host')),
        'ja',
      ) as UsageError
    ).message,
    '--kms-host "kms1:x" のポート "x" は TCP/UDP ポート (1-65535) ではありません',
  );
  assert.is(render({ id: 'name-error.what.domain' }, 'ja'), 'ドメイン');
});

test('a plain phrase for `what` still works (callers that name the input in their own words)', () => {
  const error = thrown(() => parseHostName('a..b', "the client's cached KMS host"));
  assert.is(error.message, 'the client\'s cached KMS host "a..b" has an empty label');
  assert.equal(error.said, { id: 'name-error.empty-label', args: { what: "the client's cached KMS host", name: 'a..b' } });
});

test('DNS server and encoding values: catalog messages in English and Japanese', () => {
  const server = thrown(() => parseDnsServer('dns.example'));
  assert.is(server.message, '--dns-server "dns.example" is not an IP address (optionally with :port)');
  assert.is((sayInLanguage(server, 'ja') as UsageError).message, '--dns-server "dns.example" は IP アドレス (:port 付きも可) ではありません');
  const port = thrown(() => parseDnsServer('192.0.2.53:99999'));
  assert.is(port.message, 'port in --dns-server "192.0.2.53:99999" "99999" is not a TCP/UDP port (1-65535)');
  assert.match((sayInLanguage(port, 'ja') as UsageError).message, /^--dns-server "192\.0\.2\.53:99999" のポート "99999" は/);
  const encoding = thrown(() => parseEncodingName('klingon'));
  assert.match(encoding.message, /^--encoding: "klingon" is not an encoding this tool reads \(utf-8, /);
  assert.match((sayInLanguage(encoding, 'ja') as UsageError).message, /^--encoding: "klingon" はこのツールが読めるエンコードではありません \(utf-8, /);
  assert.equal(inputError('usage-error.dns-server.not-ip', { flag: '--dns-server', value: 'x' }).said?.id, 'usage-error.dns-server.not-ip');
});

test('every usage-error message renders in both languages, nothing left unfilled, Japanese in Japanese', () => {
  const ids = Object.keys(messages).filter((id) => id.startsWith('usage-error.') || id.startsWith('name-error.'));
  assert.ok(ids.length > 40, String(ids.length));
  for (const id of ids) {
    const args = Object.fromEntries([...placeholdersOf(messages[id]!)].map((name) => [name, name === 'ranked' ? true : `<${name}>`]));
    const en = render({ id, args } as Message, 'en');
    const ja = render({ id, args } as Message, 'ja');
    assert.not.match(en + ja, /[{}]/, id);
    if (/[a-z]{3,} [a-z]{3,}/.test(en.replace(/<[^>]*>/g, ''))) assert.ok(JAPANESE.test(ja), `ja: ${id}: ${ja}`);
  }
});

test.run();
