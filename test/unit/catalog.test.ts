import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CATALOGS, LOCALES } from '../../src/catalog/catalogs.js';
import { RULE_IDS } from '../../src/catalog/findings.js';
import { placeholdersOf } from '../../src/catalog/placeholders.js';
import { render } from '../../src/catalog/render.js';

const english = CATALOGS.en.messages as Record<string, string>;

test('every English template parses as ICU MessageFormat', () => {
  for (const [id, text] of Object.entries(english)) {
    try {
      placeholdersOf(text);
    } catch (error) {
      assert.unreachable(`${id}: ${(error as Error).message}`);
    }
  }
});

test('every finding id has a title and a summary in every language', () => {
  for (const locale of LOCALES) {
    const messages = CATALOGS[locale].messages as Record<string, string>;
    for (const id of RULE_IDS) {
      assert.ok(messages[`${id}.title`]?.trim(), `${locale}: ${id}.title`);
      assert.ok(messages[`${id}.summary`]?.trim(), `${locale}: ${id}.summary`);
    }
  }
});

test('every language has every English message, with the same placeholders', () => {
  for (const locale of LOCALES) {
    const messages = CATALOGS[locale].messages as Record<string, string>;
    for (const [id, text] of Object.entries(english)) {
      assert.ok(messages[id] !== undefined, `${locale} lacks ${id}`);
      assert.equal([...placeholdersOf(messages[id]!)].sort(), [...placeholdersOf(text)].sort(), `${locale}: ${id}`);
    }
    for (const id of Object.keys(messages)) assert.ok(id in english, `${locale} has ${id}, which English does not`);
  }
});

test('numbers print without grouping, lists join, select takes booleans and null', () => {
  const text = render({ id: 'srv/nonstandard-port.message', args: { host: 'kms1:16880', port: 16880, defaultPort: 1688 } });
  assert.is(text, 'kms1:16880 uses port 16880 instead of 1688; firewalls between clients and the host must allow TCP 16880');
  assert.is(
    render({ id: 'srv/nonstandard-port.evidence', args: { source: 'srv', domain: 'corp.example', host: 'kms1:16880' } }),
    'SRV record in _vlmcs._tcp.corp.example: kms1:16880',
  );
  assert.is(render({ id: 'srv/nonstandard-port.evidence', args: { source: 'given', domain: null, host: 'kms1:16880' } }), 'given host: kms1:16880');
});

test('a missing argument throws instead of printing a hole', () => {
  assert.throws(() => render({ id: 'srv/nonstandard-port.message', args: { host: 'kms1' } }));
});

test("a message can show other messages: one, or a list joined the locale's way", () => {
  const port = (host: string) => ({ id: 'srv/nonstandard-port.evidence' as const, args: { source: 'given', domain: null, host } });
  assert.is(render({ id: 'srv/nonstandard-port.message', args: { host: port('a'), port: 1, defaultPort: 1688 } }).startsWith('given host: a uses port 1'), true);
  assert.is(
    render({ id: 'dns/srv-missing.message', args: { queryName: 'q', domain: 'd', code: '0x8007232B', servers: [port('a'), port('b')] } }),
    'q does not exist (NXDOMAIN from given host: a, given host: b); a KMS client searching d fails with 0x8007232B',
  );
});

test.run();
