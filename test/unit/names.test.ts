/**
 * Name, host, port and endpoint parsing (src/core/names.ts): what users type on the command line.
 * Every rejection must be a UsageError whose message names the offending input.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatEndpoint, MAX_KMS_DOMAIN_LENGTH, parseDomainName, parseEndpoint, parseHostName, parseKmsDomain, parsePort } from '../../src/core/names.js';
import { UsageError } from '../../src/core/usage-error.js';
import { parseDnsServer } from '../../src/dns/server-address.js';

/** Asserts that `fn` throws a UsageError whose message contains every one of `mentions`. */
function rejects(fn: () => unknown, ...mentions: Array<string | RegExp>): UsageError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught !== undefined, `expected a UsageError mentioning ${mentions.join(', ')}, got no error`);
  assert.instance(caught, UsageError, `expected a UsageError, got ${String(caught)}`);
  const message = (caught as UsageError).message;
  assert.is((caught as UsageError).name, 'UsageError');
  for (const mention of mentions) {
    if (typeof mention === 'string') assert.ok(message.includes(mention), `message ${JSON.stringify(message)} should mention ${JSON.stringify(mention)}`);
    else assert.match(message, mention);
  }
  return caught as UsageError;
}

/** Asserts `parse(typed)` is `expected` for each row; a failure names the input. */
function expectParsed(parse: (text: string) => string, rows: Array<[typed: string, expected: string]>): void {
  for (const [typed, expected] of rows) assert.is(parse(typed), expected, typed);
}

// ---------------------------------------------------------------------------------------------
const domain = suite('names: parseDomainName');

domain('accepts ordinary names, lower-cased, with underscores for service labels', () => {
  expectParsed(parseDomainName, [
    ['contoso.com', 'contoso.com'],
    ['Corp.Contoso.COM', 'corp.contoso.com'],
    ['_vlmcs._tcp.contoso.com', '_vlmcs._tcp.contoso.com'],
    ['kms-01.x1.contoso.com', 'kms-01.x1.contoso.com'],
    ['localhost', 'localhost'],
  ]);
  assert.is(parseDomainName('  contoso.com  '), 'contoso.com', 'surrounding blanks are trimmed');
});

domain('a trailing dot (fully-qualified form) is accepted and dropped; two are an empty label', () => {
  assert.is(parseDomainName('contoso.com.'), 'contoso.com');
  rejects(() => parseDomainName('contoso.com..'), 'contoso.com.', 'empty label');
});

domain('internationalized names become punycode, as Windows sends them', () => {
  expectParsed(parseDomainName, [
    ['bücher.example', 'xn--bcher-kva.example'],
    ['BÜCHER.Example', 'xn--bcher-kva.example'],
    ['kms.münchen.de.', 'kms.xn--mnchen-3ya.de'],
    ['☃.com', 'xn--n3h.com'],
    // Already-punycode input passes through unchanged.
    ['xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
    // Full-width letters and the ideographic full stop are IDNA-mapped, not rejected.
    ['ａｂｃ.com', 'abc.com'],
    ['bü。de', 'xn--b-eha.de'],
  ]);
});

domain('a non-ASCII name with URL delimiters is rejected, not silently cut (domainToASCII parses a URL host)', () => {
  // domainToASCII('äb/c.com') returns 'xn--b-zfa': the part after '/' would vanish unnoticed.
  rejects(() => parseDomainName('äb/c.com'), '"äb/c.com"', 'invalid label');
  rejects(() => parseDomainName('äb?c.com'), '"äb?c.com"');
  rejects(() => parseDomainName('äb#c.com'), '"äb#c.com"');
  rejects(() => parseDomainName('bü\\cher.de'), 'bü\\cher.de');
  rejects(() => parseDomainName('bü%41.de'), 'bü%41.de', 'invalid label "bü%41"');
  rejects(() => parseDomainName('bü\tx.de'), 'bü\tx.de');
  rejects(() => parseDomainName('ä b.com'), '"ä b.com"');
  rejects(() => parseDomainName('kms.bücher.de:1688'), 'kms.bücher.de:1688');
  rejects(() => parseDomainName('evil.com@bücher.de'), 'evil.com@bücher.de');
});

domain('an empty name, or only dots or blanks, is rejected', () => {
  rejects(() => parseDomainName(''), 'domain is empty');
  rejects(() => parseDomainName('   '), 'domain is empty');
  rejects(() => parseDomainName('.'), 'domain is empty');
  rejects(() => parseDomainName('', 'KMS domain'), 'KMS domain is empty');
});

domain('an empty label in the middle or at the start is rejected and the input named', () => {
  rejects(() => parseDomainName('a..b'), '"a..b"', 'empty label');
  rejects(() => parseDomainName('.contoso.com'), '".contoso.com"', 'empty label');
});

domain('more than 253 characters is too long; exactly 253 is fine', () => {
  const label63 = 'a'.repeat(63);
  const name253 = `${label63}.${label63}.${label63}.${'b'.repeat(61)}`;
  assert.is(name253.length, 253);
  assert.is(parseDomainName(name253), name253);
  assert.is(parseDomainName(`${name253}.`), name253, 'the trailing dot does not count');
  const name254 = `${name253}c`.replace(/b{61}c$/, 'b'.repeat(62));
  assert.is(name254.length, 254);
  const error = rejects(() => parseDomainName(name254), '254 characters', 'at most 253', name254.slice(0, 40));
  assert.not.ok(error.message.includes(name254), 'an overlong name is shortened in the message');
});

domain('an IDN whose punycode form exceeds 253 characters is rejected', () => {
  // 6 labels of 12 scattered CJK characters: 77 characters typed, 268 as punycode (each label under 63).
  const label = (k: number) => Array.from({ length: 12 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919 + k * 104729) % 20000))).join('');
  const typed = Array.from({ length: 6 }, (_, k) => label(k)).join('.');
  assert.ok(typed.length <= 253);
  rejects(() => parseDomainName(typed), 'DNS form', 'longer than 253');
});

domain('a label longer than 63 characters is rejected; 63 is fine', () => {
  assert.is(parseDomainName(`${'a'.repeat(63)}.com`), `${'a'.repeat(63)}.com`);
  const name = `${'a'.repeat(64)}.com`;
  rejects(() => parseDomainName(name), name, 'longer than 63');
});

domain('bad characters and hyphen placement are rejected, naming the label', () => {
  rejects(() => parseDomainName('con toso.com'), '"con toso.com"', 'invalid label "con toso"');
  rejects(() => parseDomainName('ex*ample.com'), 'ex*ample.com', '"ex*ample"');
  rejects(() => parseDomainName('a%b.com'), 'a%b.com');
  rejects(() => parseDomainName('-kms.contoso.com'), '-kms.contoso.com', '"-kms"');
  rejects(() => parseDomainName('kms-.contoso.com'), 'kms-.contoso.com', '"kms-"');
  rejects(() => parseDomainName('kms/1.contoso.com'), 'kms/1.contoso.com');
  rejects(() => parseDomainName('a\u0000b.com'), 'a\u0000b.com');
});

domain('U+FFFD (invalid UTF-8 decoded by Node) is reported as not UTF-8', () => {
  rejects(() => parseDomainName('m\uFFFDnchen.de'), 'm\uFFFDnchen.de', 'not valid UTF-8');
  rejects(() => parseDomainName('\uFFFD', 'KMS domain'), /^KMS domain ".*" is not valid UTF-8$/);
});

domain('the `what` argument names the input in the message', () => {
  rejects(() => parseDomainName('a..b', '--domain'), /^--domain "a\.\.b"/);
});

// ---------------------------------------------------------------------------------------------
const host = suite('names: parseHostName');

host('IP literals pass through unchanged; brackets around IPv6 are removed', () => {
  expectParsed(parseHostName, [
    ['192.0.2.5', '192.0.2.5'],
    ['::1', '::1'],
    ['2001:db8::5', '2001:db8::5'],
    ['[::1]', '::1'],
    ['[2001:db8::5]', '2001:db8::5'],
  ]);
});

host('names are validated like domains', () => {
  assert.is(parseHostName('KMS01.Contoso.com.'), 'kms01.contoso.com');
  assert.is(parseHostName('kms.bücher.de'), 'kms.xn--bcher-kva.de');
  rejects(() => parseHostName('kms_01 .contoso.com', '--kms-host'), '--kms-host', 'kms_01 .contoso.com');
  rejects(() => parseHostName('[contoso.com]'), '[contoso.com]');
  rejects(() => parseHostName(''), 'host is empty');
});

// ---------------------------------------------------------------------------------------------
const port = suite('names: parsePort');

port('1 to 65535 as text or number', () => {
  assert.is(parsePort('1'), 1);
  assert.is(parsePort('1688'), 1688);
  assert.is(parsePort(' 53 '), 53);
  assert.is(parsePort('65535'), 65535);
  assert.is(parsePort(1688), 1688);
  assert.is(parsePort('0080'), 80);
});

port('0, 65536, non-numbers, signs, decimals and empty are rejected, naming the input', () => {
  rejects(() => parsePort('0'), 'port "0"', '1-65535');
  rejects(() => parsePort(0), 'port "0"');
  rejects(() => parsePort('65536'), 'port "65536"');
  rejects(() => parsePort('100000'), 'port "100000"');
  rejects(() => parsePort('abc'), 'port "abc"');
  rejects(() => parsePort('-1'), 'port "-1"');
  rejects(() => parsePort('+80'), 'port "+80"');
  rejects(() => parsePort('80.5'), 'port "80.5"');
  rejects(() => parsePort(80.5), 'port "80.5"');
  rejects(() => parsePort('1e3'), 'port "1e3"');
  rejects(() => parsePort('0x50'), 'port "0x50"');
  rejects(() => parsePort(''), 'port ""');
  rejects(() => parsePort('abc', '--port'), '--port "abc"');
});

// ---------------------------------------------------------------------------------------------
const endpoint = suite('names: parseEndpoint / formatEndpoint');

endpoint('host, host:port, IPv4:port', () => {
  assert.equal(parseEndpoint('kms01.contoso.com', 1688), { host: 'kms01.contoso.com', port: 1688 });
  assert.equal(parseEndpoint('KMS01.contoso.com:1689', 1688), { host: 'kms01.contoso.com', port: 1689 });
  assert.equal(parseEndpoint('192.0.2.5:1688', 53), { host: '192.0.2.5', port: 1688 });
  assert.equal(parseEndpoint('192.0.2.5', 53), { host: '192.0.2.5', port: 53 });
  assert.equal(parseEndpoint(' bücher.de:99 ', 53), { host: 'xn--bcher-kva.de', port: 99 });
});

endpoint('[v6]:port, [v6], and a bare IPv6 literal (which takes the default port)', () => {
  assert.equal(parseEndpoint('[::1]:5353', 53), { host: '::1', port: 5353 });
  assert.equal(parseEndpoint('[2001:db8::5]', 1688), { host: '2001:db8::5', port: 1688 });
  assert.equal(parseEndpoint('::1', 53), { host: '::1', port: 53 });
  // A bare literal whose last group could be a port (2001:db8::5:1688) is ambiguous: see the suite below.
  assert.equal(parseEndpoint('[2001:db8::5:1688]', 53), { host: '2001:db8::5:1688', port: 53 });
});

endpoint('bad ports, bad hosts and bracketed non-IPv6 are rejected, naming the input', () => {
  rejects(() => parseEndpoint('kms01:0', 1688), 'kms01:0', 'port in host');
  rejects(() => parseEndpoint('kms01:65536', 1688), 'kms01:65536');
  rejects(() => parseEndpoint('kms01:abc', 1688), 'kms01:abc');
  rejects(() => parseEndpoint('kms01:', 1688), 'kms01:');
  rejects(() => parseEndpoint('[::1]:', 1688), '[::1]:');
  rejects(() => parseEndpoint('[::1]:99999', 1688), '[::1]:99999');
  rejects(() => parseEndpoint('[192.0.2.5]:1688', 1688), '[192.0.2.5]:1688', 'not an IPv6 address');
  rejects(() => parseEndpoint('[kms01]', 1688), '[kms01]');
  rejects(() => parseEndpoint('a:b:c', 1688), 'a:b');
  rejects(() => parseEndpoint('kms 01:1688', 1688), 'kms 01');
  rejects(() => parseEndpoint('', 1688, '--kms-host'), '--kms-host is empty');
  rejects(() => parseEndpoint('   ', 1688), 'host is empty');
  rejects(() => parseEndpoint('bad*host:1688', 1688, '--kms-host'), '--kms-host', 'bad*host');
});

endpoint('formatEndpoint brackets IPv6 only, and its output parses back to the same endpoint', () => {
  assert.is(formatEndpoint({ host: '::1', port: 5353 }), '[::1]:5353');
  assert.is(formatEndpoint({ host: '192.0.2.5', port: 1688 }), '192.0.2.5:1688');
  assert.is(formatEndpoint({ host: 'kms01.contoso.com', port: 1688 }), 'kms01.contoso.com:1688');
  for (const original of [
    { host: '::1', port: 5353 },
    { host: '2001:db8::5:1688', port: 1688 },
    { host: '192.0.2.5', port: 1 },
    { host: 'kms01.contoso.com', port: 65535 },
  ]) {
    assert.equal(parseEndpoint(formatEndpoint(original), 9), original, formatEndpoint(original));
  }
});

// ---------------------------------------------------------------------------------------------
const kmsDomain = suite('names: parseKmsDomain (a domain below which _vlmcs._tcp is asked)');

/** A valid name of exactly `length` characters, in labels of at most 63. */
function nameOf(length: number): string {
  const labels: string[] = [];
  let left = length;
  while (left > 0) {
    const size = Math.min(63, left);
    labels.push('a'.repeat(size));
    left -= size + 1;
  }
  const name = labels.join('.');
  // A final label of length 0 would leave a trailing dot: shorten the last label instead.
  return name.length === length ? name : `${name.slice(0, length - 2)}.b`;
}

kmsDomain('241 characters is the longest domain that still fits with _vlmcs._tcp. in front', () => {
  assert.is(MAX_KMS_DOMAIN_LENGTH, 253 - '_vlmcs._tcp.'.length);
  const longest = nameOf(241);
  assert.is(longest.length, 241);
  assert.is(parseKmsDomain(longest), longest);
  assert.is(`_vlmcs._tcp.${longest}`.length, 253);
});

kmsDomain('242 to 253 characters: valid DNS names, but refused as domains to search, naming the limit', () => {
  for (const length of [242, 252, 253]) {
    const name = nameOf(length);
    assert.is(parseDomainName(name), name, 'a valid DNS name');
    rejects(() => parseKmsDomain(name, '--domain'), '--domain', `${length} characters`, 'at most 241');
  }
});

const ambiguous = suite('names: a bare IPv6 literal that seems to end in a port');

ambiguous('::1:1688 is refused with both unambiguous spellings, for endpoints and DNS servers', () => {
  rejects(() => parseEndpoint('::1:1688', 1688, '--kms-host'), '--kms-host "::1:1688" is ambiguous', '[::1]:1688', '[::1:1688]');
  rejects(() => parseDnsServer('::1:53'), '--dns-server "::1:53" is ambiguous', '[::1]:53');
  rejects(() => parseEndpoint('2001:db8::5:1688', 1688), '[2001:db8::5]:1688');
});

ambiguous('bracketed forms, and bare addresses whose last group is no port, are taken as they are', () => {
  assert.equal(parseEndpoint('[::1]:1688', 53), { host: '::1', port: 1688 });
  assert.equal(parseEndpoint('[::1:1688]', 53), { host: '::1:1688', port: 53 });
  assert.equal(parseEndpoint('fe80::1', 1688), { host: 'fe80::1', port: 1688 }, '"fe80:" is no address');
  assert.equal(parseEndpoint('2001:db8::beef', 1688), { host: '2001:db8::beef', port: 1688 }, 'hex is no port');
  assert.equal(parseDnsServer('[::1]:5353'), { address: '::1', port: 5353 });
  assert.equal(parseDnsServer('::1'), { address: '::1', port: 53 });
});

domain.run();
kmsDomain.run();
ambiguous.run();
host.run();
port.run();
endpoint.run();
