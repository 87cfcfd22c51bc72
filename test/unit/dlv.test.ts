/**
 * slmgr /dlv and /dli parsing (src/dlv/): the label table, the slmgr.ini reader, every sample in
 * samples/dlv read to the value, the Japanese sample read through its ini and without it, text in a
 * language without labels, and robustness (every prefix of every sample, random bytes, arbitrary
 * mixtures of label lines, oversized input). Every snapshot produced is checked against the
 * snapshot JSON Schema.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { UsageError } from '../../src/core/usage-error.js';
import { detectDlvLanguage } from '../../src/dlv/detect-language.js';
import { MAX_INI_BYTES, parseSlmgrIni, readSlmgrIni } from '../../src/dlv/ini.js';
import { JAPANESE_CONFIRMED_LABELS } from '../../src/dlv/japanese.js';
import { DLV_LABELS, LABEL_BY_KEY, OFFICE_APPLICATION_ID, WINDOWS_APPLICATION_ID } from '../../src/dlv/labels.js';
import { MAX_DLV_TEXT_CHARS } from '../../src/dlv/limits.js';
import { type DlvParseOptions, type DlvParseResult, matchDlvLabel, parseDlv, readDlvText } from '../../src/dlv/parse-dlv.js';
import { UNKNOWN_ACTIVATION_ID } from '../../src/dlv/unknown-activation-id.js';
import { decodeTextBytes as decodeText } from '../../src/inputs/text-encoding.js';
import type { LicensingProduct, LicensingService, Snapshot } from '../../src/snapshot/model.js';
import { rejectsWithUsageError } from '../helpers/rejects.js';
import { notesSaid, said } from '../helpers/said.js';
import { NULL_CLIENT_SETTINGS } from '../helpers/snapshot-builder.js';
import { snapshotSchemaErrors } from '../helpers/snapshot-schema.js';

const DIR = join(PACKAGE_ROOT, 'samples', 'dlv');
const sample = (name: string) => readFileSync(join(DIR, name), 'utf8');
const NOW = new Date('2025-01-20T08:00:00.000Z');
const INI_BYTES = readFileSync(join(DIR, 'slmgr-0411.ini'));
const INI = parseSlmgrIni(INI_BYTES, 'slmgr-0411.ini');

/** Parses and checks the snapshot against the schema, so every test also proves schema validity. */
function parse(text: string, options: DlvParseOptions = {}): DlvParseResult {
  const result = parseDlv(text, { now: NOW, ...options });
  assert.equal(snapshotSchemaErrors(result.snapshot), [], 'snapshot matches the schema');
  return result;
}

function service(result: DlvParseResult): LicensingService {
  assert.ok(result.snapshot.service, 'service present');
  return result.snapshot.service;
}

function product(result: DlvParseResult, index = 0): LicensingProduct {
  const p = result.snapshot.products[index];
  assert.ok(p, `product ${index} present`);
  return p;
}

const NULL_SERVICE: LicensingService = {
  ...NULL_CLIENT_SETTINGS,
  version: null,
  clientMachineId: null,
  hostCaching: null,
  listeningPort: null,
  dnsPublishing: null,
  lowPriority: null,
  requests: null,
  remainingWindowsRearmCount: null,
};

const NULL_PRODUCT: Omit<LicensingProduct, 'name' | 'description' | 'channel'> = {
  ...NULL_CLIENT_SETTINGS,
  id: UNKNOWN_ACTIVATION_ID,
  applicationId: null,
  productKeyChannel: null,
  partialProductKey: null,
  licenseStatus: null,
  licenseStatusReason: null,
  gracePeriodRemainingMinutes: null,
  activationTypeEnabled: null,
  kmsProductKeyId: null,
  licenseIsAddon: null,
  trustedTime: null,
};

/**
 * The Windows Enterprise KMS client of the samples as its language-independent values show it
 * (name, description, channel, activation and application IDs, key channel): what any /dlv
 * language yields, labels known or not.
 */
const ENTERPRISE_ANCHORS: LicensingProduct = {
  ...NULL_PRODUCT,
  id: '73111121-5638-40f6-bc11-f1d7b0d64300',
  applicationId: WINDOWS_APPLICATION_ID,
  name: 'Windows(R), Enterprise edition',
  description: 'Windows(R) Operating System, VOLUME_KMSCLIENT channel',
  channel: 'VOLUME_KMSCLIENT',
  productKeyChannel: 'Volume:GVLK',
};

/** The snapshot without the products' trusted time, which slmgr prints in the user's own date format. */
function withoutTrustedTime(snapshot: Snapshot): Snapshot {
  return { ...snapshot, products: snapshot.products.map((product) => ({ ...product, trustedTime: null })) };
}

const CLIENT_CMID = '3b1d1b3c-5c8e-4c4e-9d2a-6f0e2b7a1c44';
const CLIENT_HOST_EPID = '06401-00206-491-066942-03-1033-17763.0000-0112025';

// ---------------------------------------------------------------------------------------------
const labels = suite('dlv/labels');

labels('keys and resources are unique; the form agrees with the English text', () => {
  assert.is(new Set(DLV_LABELS.map((l) => l.key)).size, DLV_LABELS.length);
  const resources = DLV_LABELS.flatMap((l) => (l.resource ? [l.resource.toLowerCase()] : []));
  assert.is(new Set(resources).size, resources.length);
  for (const label of DLV_LABELS) {
    if (label.resource !== null) assert.match(label.resource, /^L_Msg\w+$/, label.key);
    const hasPlaceholder = /%\w+%/.test(label.english);
    assert.is(hasPlaceholder, label.form === 'template', `${label.key}: template iff placeholders`);
    if (label.form === 'prefix') assert.ok(label.english.endsWith(': '), `${label.key}: a prefix ends with ": "`);
    if (label.form === 'line') assert.not.ok(label.english.endsWith(': '), `${label.key}: a line has no value`);
  }
  // The only label without a resource of its own is the bare "License Status: ".
  assert.equal(
    DLV_LABELS.filter((l) => l.resource === null).map((l) => l.key),
    ['licenseStatus'],
  );
});

labels('every English label, printed as slmgr prints it, is recognised as itself', () => {
  for (const label of DLV_LABELS) {
    const line = render(label.english, label.form);
    const match = matchDlvLabel(`    ${line}`);
    assert.ok(match, `${label.key}: "${line}" recognised`);
    assert.is(match.key, label.key, line);
    assert.is(match.source, 'english');
  }
});

labels('every label of the sample slmgr.ini is recognised as itself through the ini', () => {
  const known = new Map(DLV_LABELS.flatMap((l) => (l.resource ? [[l.resource.toLowerCase(), l] as const] : [])));
  for (const [resource, text] of INI) {
    const label = known.get(resource.toLowerCase());
    assert.ok(label, `${resource}: the sample ini uses only resource names from the table`);
    const match = matchDlvLabel(render(text, label.form), { ini: INI });
    assert.ok(match, `${resource}: recognised`);
    assert.is(match.key, label.key, resource);
    assert.is(match.source, 'ini', resource);
  }
});

labels('the built-in Japanese labels are exactly the console-confirmed ones', () => {
  assert.equal(
    JAPANESE_CONFIRMED_LABELS.map((l) => [l.key, l.text]),
    [
      ['licenseStatusLicensed', 'ライセンスの状態: ライセンスされています'],
      ['licenseStatus', 'ライセンスの状態:'],
      ['kmsNameFromDns', 'DNS の KMS コンピューター名'],
    ],
  );
  for (const l of JAPANESE_CONFIRMED_LABELS) assert.ok(LABEL_BY_KEY.has(l.key), l.key);
  // Whitespace and colon width are not part of the evidence: both spellings match.
  for (const line of ['ライセンスの状態: ライセンスされています', 'ライセンスの状態：ライセンスされています', 'ライセンスの状態:ライセンスされています']) {
    assert.is(matchDlvLabel(line, { language: 'ja' })?.key, 'licenseStatusLicensed', line);
  }
  assert.equal(matchDlvLabel('    DNS の KMS コンピューター名 kms01.contoso.com:1688', { language: 'ja' })?.values, { value: 'kms01.contoso.com:1688' });
  assert.equal(matchDlvLabel('DNS の KMS コンピューター名: kms01.contoso.com:1688', { language: 'ja' })?.values, { value: 'kms01.contoso.com:1688' });
  // Without language 'ja' (and without an ini) they are not used.
  assert.is(matchDlvLabel('ライセンスの状態: ライセンスされています'), null);
});

/** A label as slmgr prints it: a prefix with a value, placeholders filled, a line as is. */
function render(text: string, form: string): string {
  if (form === 'prefix') return `${text}X1`;
  if (form === 'template') return text.replace(/%(\w+)%/g, (_, name: string) => (name === 'KMS' ? 'kms.contoso.com:1688' : name === 'ERRCODE' ? 'C004F009' : '5'));
  return text;
}

labels.run();

// ---------------------------------------------------------------------------------------------
const ini = suite('dlv/ini');

ini('the UTF-16LE sample with BOM loads: quotes dropped, trailing spaces kept, confirmed texts verbatim', () => {
  assert.equal(decodeText(INI_BYTES, 'x').encoding, 'utf-16le');
  assert.ok(decodeText(INI_BYTES, 'x').bom);
  assert.is(INI.size, 66);
  assert.is(INI.get('L_MsgProductName'), '名前: ');
  assert.is(INI.get('L_MsgLicenseStatusLicensed_1'), 'ライセンスの状態: ライセンスされています');
  assert.is(INI.get('L_MsgKmsFromDns'), 'DNS の KMS コンピューター名: ');
  assert.is(INI.get('L_MsgActivationInterval'), 'ライセンス認証の間隔: %INTERVAL% 分');
  assert.ok(![...INI.keys()].some((key) => key.startsWith(';') || key.startsWith('[')), 'comments and sections skipped');
});

ini('UTF-8 (with and without BOM), UTF-16LE without BOM and UTF-16BE load the same map', () => {
  const text = decodeText(INI_BYTES, 'x').text;
  const utf16be = Buffer.from(text, 'utf16le').swap16();
  const variants: Array<[string, Uint8Array]> = [
    ['utf-8', Buffer.from(text, 'utf8')],
    ['utf-8 bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['utf-16le no bom', Buffer.from(text, 'utf16le')],
    ['utf-16be bom', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
  ];
  for (const [name, bytes] of variants) assert.equal([...parseSlmgrIni(bytes, name)], [...INI], name);
  assert.equal([...parseSlmgrIni(text, 'string')], [...INI], 'an already decoded string');
});

ini('lines are read as slmgr reads them: first "=" splits, first definition wins, keys case-insensitive', () => {
  const map = parseSlmgrIni(
    ['[Strings]', '; comment', '# comment', '', '  L_MsgA = "x = y "  ', 'l_msga=second', 'L_MsgB=plain', 'NotAKey=1', 'no equals sign', 'L_MsgC=""', 'L_MsgD="'].join('\r\n'),
    'test.ini',
  );
  assert.equal(
    [...map],
    [
      ['L_MsgA', 'x = y '],
      ['L_MsgB', 'plain'],
      ['L_MsgC', ''],
      ['L_MsgD', ''],
    ],
  );
});

ini('binary, empty, invalid and oversized input is a UsageError naming the file', () => {
  const cases: Array<[string, Uint8Array | string]> = [
    ['picture.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])],
    ['empty.ini', Buffer.alloc(0)],
    ['comments.ini', '; only a comment\r\n[Strings]\r\n'],
    ['odd.ini', Buffer.from([0xff, 0xfe, 0x4c, 0x00, 0x5f])],
    ['big.ini', Buffer.alloc(MAX_INI_BYTES + 1, 0x41)],
  ];
  for (const [name, data] of cases) {
    assert.throws(
      () => parseSlmgrIni(data, name),
      (error: unknown) => error instanceof UsageError && error.message.startsWith(`${name}: `),
      name,
    );
  }
  // Re-saved by an editor as "ANSI": not UTF-8, read through the one detector as the Western code page.
  assert.is(parseSlmgrIni(Buffer.from('L_MsgProductName=Nom\xe9: ', 'latin1'), 'latin1.ini').get('L_MsgProductName'), 'Nomé:');
});

ini('readSlmgrIni reads the sample file and reports a missing file as a UsageError', async () => {
  assert.equal([...(await readSlmgrIni(join(DIR, 'slmgr-0411.ini')))], [...INI]);
  const missing = join(DIR, 'does-not-exist.ini');
  const error = await rejectsWithUsageError(readSlmgrIni(missing));
  assert.ok(error.message.startsWith(missing));
});

ini('arbitrary bytes: a map or a UsageError, nothing else', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
      try {
        const map = parseSlmgrIni(bytes, 'random.ini');
        return map.size > 0;
      } catch (error) {
        return error instanceof UsageError;
      }
    }),
    { numRuns: 500 },
  );
});

ini.run();

// ---------------------------------------------------------------------------------------------
const samples = suite('dlv/samples');

samples('every file in samples/dlv is read by this test and described in the README', () => {
  const expected = [
    'README.md',
    'client-en-all-office.txt',
    'client-en-all-office-utf16.txt',
    'client-en-lookup-domain.txt',
    'client-en-mak.txt',
    'client-en-skms.txt',
    'client-en.txt',
    'client-ja-cp932.txt',
    'client-ja.txt',
    'host-en.txt',
    'host-en-cdns-new.txt',
    'host-en-ws2019-csvlk2022.txt',
    'slmgr-0411.ini',
  ];
  assert.equal(readdirSync(DIR).sort(), expected.sort());
  const readme = sample('README.md');
  for (const name of expected.filter((n) => n !== 'README.md')) assert.ok(readme.includes(name), `README mentions ${name}`);
});

samples('client-en.txt: KMS client activated through DNS discovery (CRLF, cscript banner)', () => {
  const text = sample('client-en.txt');
  assert.ok(text.includes('\r\n') && text.startsWith('Microsoft (R) Windows Script Host'));
  const result = parse(text);
  assert.is(result.language, 'en');
  assert.equal(result.unknownLines, []);
  assert.equal(result.warnings, []);
  assert.equal(result.snapshot.sources, ['slmgr-dlv']);
  assert.is(result.snapshot.collectedAt, NOW.toISOString());
  assert.equal(result.snapshot.notes, []);
  assert.equal(result.snapshot.products, [
    {
      ...ENTERPRISE_ANCHORS,
      partialProductKey: '2YT43',
      licenseStatus: 1,
      gracePeriodRemainingMinutes: 259197,
      discoveredMachine: 'kms01.contoso.com',
      discoveredPort: 1688,
      discoveredIpAddress: '192.0.2.10',
      kmsHostEpid: CLIENT_HOST_EPID,
      kmsProductKeyId: CLIENT_HOST_EPID,
      activationIntervalMinutes: 120,
      renewalIntervalMinutes: 10080,
      activationTypeEnabled: 0,
      trustedTime: '1/15/2025 9:30:12 AM',
    },
  ]);
  assert.equal(service(result), {
    ...NULL_SERVICE,
    version: '10.0.19041.5072',
    clientMachineId: CLIENT_CMID,
    hostCaching: true,
    discoveredMachine: 'kms01.contoso.com',
    discoveredPort: 1688,
    discoveredIpAddress: '192.0.2.10',
    kmsHostEpid: CLIENT_HOST_EPID,
    activationIntervalMinutes: 120,
    renewalIntervalMinutes: 10080,
    remainingWindowsRearmCount: 1001,
  });
  const s = result.snapshot;
  assert.equal([s.clockUtc, s.registry, s.dns, s.events], [null, null, null, []]);
  assert.equal(s.computer, { name: null, domain: null, partOfDomain: null, osCaption: null, osVersion: null });
});

samples('client-en-skms.txt: /skms set, then /dli of a client not yet activated', () => {
  const result = parse(sample('client-en-skms.txt'));
  assert.equal(result.unknownLines, [], 'prompt lines and the /skms message are recognised');
  assert.is(result.snapshot.products.length, 1);
  const p = product(result);
  assert.is(p.name, 'Windows(R), Professional edition');
  assert.is(p.channel, 'VOLUME_KMSCLIENT');
  assert.is(p.partialProductKey, 'T83GX');
  assert.is(p.licenseStatus, 2);
  assert.is(p.gracePeriodRemainingMinutes, 43187);
  assert.is(p.activationTypeEnabled, 0);
  // /dli prints no activation ID, application ID, key channel or version.
  assert.is(p.id, UNKNOWN_ACTIVATION_ID);
  assert.equal([p.applicationId, p.productKeyChannel], [null, null]);
  assert.ok(said(result.warnings).some((w) => w.includes('activation ID is not shown')));
  // Not activated: slmgr prints the /ato hint instead of the client block, so no discovered host.
  assert.equal([p.discoveredMachine, p.kmsMachine, p.activationIntervalMinutes], [null, null, null]);
  // The manual host comes from the /skms message (a service-level setting).
  assert.equal(service(result), { ...NULL_SERVICE, kmsMachine: 'kms02.contoso.com', kmsPort: 1688 });
});

samples('client-en-lookup-domain.txt: /skms-domain, DNS-discovered host, caching disabled, type KMS', () => {
  const result = parse(sample('client-en-lookup-domain.txt'));
  assert.equal([result.unknownLines, result.warnings], [[], []]);
  const p = product(result);
  assert.is(p.name, 'Windows(R), ServerStandard edition');
  assert.is(p.lookupDomain, 'corp.contoso.com');
  assert.equal([p.discoveredMachine, p.discoveredPort, p.discoveredIpAddress], ['kms02.corp.contoso.com', 1688, '192.0.2.20']);
  assert.equal([p.kmsMachine, p.kmsPort], [null, null]);
  assert.is(p.activationTypeEnabled, 2);
  assert.is(p.gracePeriodRemainingMinutes, 251340);
  const s = service(result);
  assert.is(s.lookupDomain, 'corp.contoso.com');
  assert.is(s.hostCaching, false);
  assert.is(s.clientMachineId, '9a4f2c71-0d3e-4b8a-a6c5-2e7d91f0b384');
  assert.equal([s.activationIntervalMinutes, s.renewalIntervalMinutes], [120, 10080]);
});

samples('client-en-mak.txt: VOLUME_MAK channel, no KMS client block', () => {
  const result = parse(sample('client-en-mak.txt'));
  assert.equal([result.unknownLines, result.warnings], [[], []], 'URL lines are recognised');
  assert.equal(product(result), {
    ...NULL_PRODUCT,
    trustedTime: '1/15/2025 10:02:44 AM',
    id: '2de67392-b7a7-462a-b1ca-108dd189f588',
    applicationId: WINDOWS_APPLICATION_ID,
    name: 'Windows(R), Professional edition',
    description: 'Windows(R) Operating System, VOLUME_MAK channel',
    channel: 'VOLUME_MAK',
    productKeyChannel: 'Volume:MAK',
    partialProductKey: '8HVX7',
    licenseStatus: 1,
  });
  assert.equal(service(result), { ...NULL_SERVICE, version: '10.0.22621.4317', remainingWindowsRearmCount: 1001 });
});

samples('host-en-cdns-new.txt: a new host, DNS publishing disabled, port 1690, count 3', () => {
  const result = parse(sample('host-en-cdns-new.txt'));
  assert.equal([result.unknownLines, result.warnings], [[], []]);
  assert.equal(
    result.snapshot.products.map((p) => [p.channel, p.productKeyChannel, p.licenseStatus, p.currentCount]),
    [['VOLUME_KMS', 'Volume:CSVLK', 1, 3]],
  );
  const s = service(result);
  assert.equal([s.version, s.isKmsHost, s.currentCount, s.listeningPort, s.dnsPublishing, s.requests?.total], ['10.0.20348.1', true, 3, 1690, false, 41]);
});

samples('host-en.txt: /dlv all on a KMS host — Windows and Office host products, an unkeyed license left out', () => {
  const result = parse(sample('host-en.txt'));
  assert.equal([result.unknownLines, result.warnings], [[], []]);
  const products = result.snapshot.products;
  assert.equal(
    products.map((p) => [p.name, p.channel, p.productKeyChannel, p.licenseStatus, p.isKmsHost, p.currentCount]),
    [
      ['Windows(R), ServerStandard edition', 'VOLUME_KMS', 'Volume:CSVLK', 1, true, 50],
      ['Office 16, OfficeKMSHostVL_KMS_Host edition', 'VOLUME_KMS', 'Volume:CSVLK', 1, true, 12],
    ],
    '"This license is not in use." products have no key and are not snapshot products',
  );
  assert.is(product(result, 1).applicationId, OFFICE_APPLICATION_ID);
  assert.equal(service(result), {
    ...NULL_SERVICE,
    version: '10.0.20348.2849',
    isKmsHost: true,
    currentCount: 50,
    listeningPort: 1688,
    dnsPublishing: true,
    lowPriority: false,
    remainingWindowsRearmCount: 1000,
    // The Windows host's counters; the Office host's (total 310) describe only that product.
    requests: { total: 1234, failed: 5, unlicensed: 0, licensed: 1000, initialGrace: 229, expiredOrOutOfTolerance: 0, nonGenuineGrace: 0, notification: 0 },
  });
});

samples('client-ja.txt with the sample slmgr.ini parses exactly like client-en.txt', () => {
  const english = parse(sample('client-en.txt'));
  const japanese = parse(sample('client-ja.txt'), { ini: INI });
  assert.is(japanese.language, 'ja');
  assert.equal(japanese.unknownLines, []);
  assert.equal(japanese.warnings, []);
  assert.equal(withoutTrustedTime(japanese.snapshot), withoutTrustedTime(english.snapshot));
  assert.is(japanese.snapshot.products[0]!.trustedTime, '2025/01/15 9:30:12', 'as printed, in the Japanese date format');
});

samples('client-ja.txt without an ini: confirmed labels and anchors only, the rest reported', () => {
  const result = parse(sample('client-ja.txt'));
  assert.is(result.language, 'ja');
  assert.ok(said(result.warnings).some((w) => w.startsWith('labels are not English and no slmgr.ini was given') && w.includes('0411')));
  assert.equal(product(result), {
    // anchors
    ...ENTERPRISE_ANCHORS,
    // confirmed labels
    licenseStatus: 1,
    discoveredMachine: 'kms01.contoso.com',
    discoveredPort: 1688,
  });
  assert.equal(service(result), {
    ...NULL_SERVICE,
    version: '10.0.19041.5072',
    clientMachineId: CLIENT_CMID,
    discoveredMachine: 'kms01.contoso.com',
    discoveredPort: 1688,
  });
  // Every other line is reported, including those an anchor was read from.
  assert.is(result.unknownLines.length, 22);
  assert.ok(result.unknownLines.includes('プロダクト キーの一部: 2YT43'));
  assert.ok(result.unknownLines.includes('KMS ホスト キャッシュは有効です'));
  assert.not.ok(result.unknownLines.some((line) => line.startsWith('ライセンスの状態') || line.startsWith('DNS の KMS')));
  assert.ok(notesSaid(result.snapshot).includes('unknown line: プロダクト キーの一部: 2YT43'));
});

samples('a UTF-16LE file (PowerShell redirection) reads back as the same text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kmsd-dlv-'));
  try {
    const text = sample('client-ja.txt');
    const file = join(dir, 'dlv.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    assert.is(await readDlvText(file), text);
    writeFileSync(file, Buffer.from([0, 1, 2, 3, 0, 0, 0, 0, 9, 9]));
    const error = await rejectsWithUsageError(readDlvText(file));
    assert.ok(error.message.startsWith(file), 'binary file refused, naming it');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

samples.run();

// ---------------------------------------------------------------------------------------------
const variants = suite('dlv/variants');

const CLIENT_EN = sample('client-en.txt');

variants('LF, CRLF, CR, a BOM, no banner and tab indentation parse the same', () => {
  const base = parse(CLIENT_EN).snapshot;
  const lf = CLIENT_EN.replace(/\r\n/g, '\n');
  const forms = [lf, `\uFEFF${CLIENT_EN}`, lf.replace(/\n/g, '\r'), lf.split('\n').slice(3).join('\n'), lf.replace(/^ {4}/gm, '\t')];
  for (const text of forms) {
    const result = parse(text);
    assert.equal(result.unknownLines, []);
    assert.equal(result.snapshot, base);
  }
});

variants('/dli of the same client: no /dlv-only lines, activation ID unknown', () => {
  const dlvOnly = /^(Software licensing|Activation ID|Application ID|Extended PID|Product Key Channel|Installation ID|Remaining|Trusted time)/;
  const dli = CLIENT_EN.split('\r\n')
    .filter((line) => !dlvOnly.test(line))
    .join('\r\n');
  const result = parse(dli);
  assert.equal(result.unknownLines, []);
  const p = product(result);
  assert.equal([p.id, p.applicationId, p.productKeyChannel, p.licenseStatus, p.discoveredMachine], [UNKNOWN_ACTIVATION_ID, null, null, 1, 'kms01.contoso.com']);
  assert.equal([service(result).version, service(result).remainingWindowsRearmCount, service(result).clientMachineId], [null, null, CLIENT_CMID]);
});

variants('an activated /skms client: registered name and port (1688 as shown), with the lookup-domain override warning', () => {
  const text = CLIENT_EN.replace(
    '    KMS machine name from DNS: kms01.contoso.com:1688',
    '    Registered KMS SRV record lookup domain: corp.contoso.com\r\n    Registered KMS machine name: kms03.contoso.com:1688',
  ).concat('Warning: /skms setting overrides the /skms-domain setting. kms03.contoso.com:1688 will be used for activation.\r\n');
  const result = parse(text);
  assert.equal(result.unknownLines, []);
  const p = product(result);
  assert.equal([p.kmsMachine, p.kmsPort, p.lookupDomain, p.discoveredMachine, p.discoveredPort], ['kms03.contoso.com', 1688, 'corp.contoso.com', null, null]);
  const s = service(result);
  assert.equal([s.kmsMachine, s.kmsPort, s.lookupDomain, s.discoveredMachine], ['kms03.contoso.com', 1688, 'corp.contoso.com', null]);
  // An IPv6 host, as /skms requires it, keeps its address without the brackets.
  const v6 = parse(CLIENT_EN.replace('KMS machine name from DNS: kms01.contoso.com:1688', 'Registered KMS machine name: [2001:db8::10]:1700'));
  assert.equal([product(v6).kmsMachine, product(v6).kmsPort], ['2001:db8::10', 1700]);
});

variants('"not available" and DNS auto-discovery without a name leave the values null', () => {
  const text = CLIENT_EN.replace('KMS machine name from DNS: kms01.contoso.com:1688', 'DNS auto-discovery: KMS name not available').replace(
    'KMS machine IP address: 192.0.2.10',
    'KMS machine IP address: not available',
  );
  const result = parse(text);
  assert.equal(result.unknownLines, []);
  const p = product(result);
  assert.equal([p.discoveredMachine, p.discoveredPort, p.discoveredIpAddress], [null, null, null]);
  assert.equal([service(result).discoveredMachine, service(result).discoveredIpAddress], [null, null]);
});

variants('every status text maps to its LicenseStatus; grace minutes and notification reason are read', () => {
  const statuses: Array<[string, number | null]> = [
    ['License Status: Unlicensed', 0],
    ['License Status: Licensed', 1],
    ['License Status: Initial grace period', 2],
    ['License Status: Additional grace period (KMS license expired or hardware out of tolerance)', 3],
    ['License Status: Non-genuine grace period.', 4],
    ['License Status: Notification', 5],
    ['License Status: Extended grace period', 6],
    ['License Status: Unknown', null],
  ];
  for (const [line, status] of statuses) {
    const result = parse(
      `Name: Windows(R), Enterprise edition\nDescription: Windows(R) Operating System, VOLUME_KMSCLIENT channel\n${line}\nTime remaining: 1234 minute(s) (1 day(s))\n`,
    );
    assert.is(product(result).licenseStatus, status, line);
    assert.is(product(result).gracePeriodRemainingMinutes, 1234);
    assert.is(
      said(result.warnings).some((w) => w.includes('License Status: Unknown')),
      status === null,
      line,
    );
  }
  const notification = parse('Name: Windows(R), Enterprise edition\nLicense Status: Notification\nNotification Reason: 0xC004F009 (grace time expired).\n');
  assert.equal([product(notification).licenseStatus, product(notification).licenseStatusReason], [5, '0xC004F009']);
  const other = parse('Name: Windows(R), Enterprise edition\nLicense Status: Notification\nNotification Reason: 0xc004f200 (non-genuine).\n');
  assert.is(product(other).licenseStatusReason, '0xC004F200');
});

variants('a status value the labels do not know is reported, not guessed', () => {
  const result = parse('Name: Windows(R), Enterprise edition\nLicense Status: Sleeping\n');
  assert.is(product(result).licenseStatus, null);
  assert.ok(said(result.warnings).some((w) => w.includes('"Sleeping"')));
  const ja = parse('名前: Windows(R), Enterprise edition\nライセンスの状態: 通知\n');
  assert.is(ja.language, 'ja');
  assert.is(product(ja).licenseStatus, null, 'only "ライセンスされています" is confirmed');
  assert.ok(said(ja.warnings).some((w) => w.includes('"通知"')));
  assert.is(parse('名前: Windows(R), Enterprise edition\nライセンスの状態: 通知\n', { ini: INI }).snapshot.products[0]?.licenseStatus, 5, 'through the ini it is known');
});

variants('an unknown label is reported in unknownLines and notes, and nothing is read from it', () => {
  const base = parse(CLIENT_EN).snapshot;
  const result = parse(CLIENT_EN.replace('    KMS host caching is enabled', '    KMS frobnication level: 7\r\n    KMS host caching is enabled'));
  assert.equal(result.unknownLines, ['KMS frobnication level: 7']);
  assert.ok(said(result.warnings).includes('1 line has a label that is not known and was not read'));
  assert.ok(notesSaid(result.snapshot).includes('unknown line: KMS frobnication level: 7'));
  assert.equal(result.snapshot.products, base.products);
  assert.equal(result.snapshot.service, base.service);
});

variants('unparseable values are left null with a warning, and the snapshot stays valid', () => {
  const result = parse(
    CLIENT_EN.replace(CLIENT_CMID, 'not-a-guid')
      .replace('kms01.contoso.com:1688', 'kms01.contoso.com:99999')
      .replace('Activation interval: 120 minutes', 'Activation interval: -5 minutes')
      .replace('73111121-5638-40f6-bc11-f1d7b0d64300', '7311'),
  );
  const p = product(result);
  assert.equal([p.id, p.discoveredMachine, p.discoveredPort, p.activationIntervalMinutes], [UNKNOWN_ACTIVATION_ID, 'kms01.contoso.com', null, null]);
  assert.is(service(result).clientMachineId, null);
  for (const part of ['not-a-guid', '99999', '"-5"', '"7311"'])
    assert.ok(
      said(result.warnings).some((w) => w.includes(part)),
      part,
    );
});

variants('a slmgr.ini lacking a resource falls back to English for that line, as slmgr does', () => {
  const partial = new Map([...INI].filter(([key]) => key !== 'L_MsgCmid'));
  const mixed = sample('client-ja.txt').replace('クライアント コンピューター ID (CMID): ', 'Client Machine ID (CMID): ');
  const result = parse(mixed, { ini: partial });
  assert.equal(result.unknownLines, []);
  assert.equal(withoutTrustedTime(result.snapshot), withoutTrustedTime(parse(CLIENT_EN).snapshot));
});

variants('German-looking text without an ini: a warning, anchors only, no guessed values', () => {
  // These German labels are made up for this test (only "Lizenzstatus: Lizenziert" is attested):
  // exactly the kind of text the parser must not guess meanings from.
  const german = [
    'Version des Softwarelizenzierungsdienstes: 10.0.19041.5072',
    '',
    'Name: Windows(R), Enterprise edition',
    'Beschreibung: Windows(R) Operating System, VOLUME_KMSCLIENT channel',
    'Aktivierungs-ID: 73111121-5638-40f6-bc11-f1d7b0d64300',
    `Anwendungs-ID: ${WINDOWS_APPLICATION_ID}`,
    'Produktschlüsselkanal: Volume:GVLK',
    'Product Key (teilweise): 2YT43',
    'Lizenzstatus: Lizenziert',
    'Ablauf der Volumenaktivierung: 259197 Minute(n) (180 Tag(e))',
    'Konfigurierter Aktivierungstyp: Alle',
    '',
    'Letzte Aktivierungsinformationen:',
    'Informationen zum Schlüsselverwaltungsdienst-Client',
    `    Clientcomputer-ID (CMID): ${CLIENT_CMID}`,
    '    KMS-Computername aus DNS: kms01.contoso.com:1688',
    '    IP-Adresse des KMS-Computers: 192.0.2.10',
    '    Aktivierungsintervall: 120 Minuten',
    '    Erneuerungsintervall: 10080 Minuten',
    '    Zwischenspeicherung des KMS-Hosts ist aktiviert',
  ].join('\r\n');
  assert.is(detectDlvLanguage(german), 'de');
  const result = parse(german);
  assert.is(result.language, 'de');
  assert.ok(said(result.warnings).some((w) => w.startsWith('labels are not English and no slmgr.ini was given')));
  assert.ok(
    said(result.warnings).some((w) => w.includes('kms01.contoso.com:1688') && w.includes('not known')),
    'the host is reported, not assigned',
  );
  assert.equal(product(result), {
    ...ENTERPRISE_ANCHORS,
  });
  assert.equal(service(result), { ...NULL_SERVICE, version: '10.0.19041.5072', clientMachineId: CLIENT_CMID });
  assert.is(result.unknownLines.length, 17, '"Name:" is the only line whose label is known (same text as English)');
});

variants('language detection, and forcing English', () => {
  assert.is(detectDlvLanguage(CLIENT_EN), 'en');
  assert.is(detectDlvLanguage(sample('host-en.txt')), 'en');
  assert.is(detectDlvLanguage(sample('client-ja.txt')), 'ja');
  assert.is(detectDlvLanguage('名称: Windows(R), Enterprise edition\n许可证状态: 已授权\n'), 'zh');
  assert.is(detectDlvLanguage('Nom : Windows(R), Enterprise edition\nÉtat de la licence : avec licence\n'), 'unknown');
  assert.is(detectDlvLanguage(''), 'unknown');
  const forced = parse(sample('client-ja.txt'), { language: 'en' });
  assert.is(forced.language, 'en');
  assert.is(product(forced).licenseStatus, null, 'the Japanese built-ins are not used when English is forced');
  assert.is(parse(sample('client-ja.txt'), { language: 'ja' }).snapshot.products[0]?.licenseStatus, 1);
});

variants('fragments: product lines without a name line, and no slmgr output at all', () => {
  const fragment = parse('License Status: Licensed\n    KMS machine name from DNS: kms01.contoso.com:1688\n');
  assert.equal([product(fragment).name, product(fragment).licenseStatus, service(fragment).discoveredMachine], ['', 1, 'kms01.contoso.com']);
  assert.ok(said(fragment.warnings).some((w) => w.includes('before any product name')));
  const nothing = parse('hello world\n');
  assert.equal([nothing.snapshot.products, nothing.snapshot.service], [[], null]);
  assert.ok(said(nothing.warnings).includes('no slmgr /dlv or /dli output was recognised'));
  assert.not.ok(
    said(nothing.warnings).some((w) => w.startsWith('labels are not English')),
    'no language claim about text that is not slmgr output',
  );
  assert.ok(said(parse('N\u0000a\u0000m\u0000e\u0000').warnings).some((w) => w.includes('NUL')));
});

variants.run();

// ---------------------------------------------------------------------------------------------
const robust = suite('dlv/robustness');

const ALL_TEXT_SAMPLES = ['client-en.txt', 'client-en-skms.txt', 'client-en-lookup-domain.txt', 'client-en-mak.txt', 'host-en.txt', 'client-ja.txt'];

robust('every prefix of every sample parses to a valid snapshot, with and without the ini', () => {
  for (const name of ALL_TEXT_SAMPLES) {
    const text = sample(name);
    for (let end = 0; end <= text.length; end++) {
      const cut = text.slice(0, end);
      for (const options of [{}, { ini: INI }]) {
        const result = parseDlv(cut, { now: NOW, ...options });
        const errors = snapshotSchemaErrors(result.snapshot);
        if (errors.length > 0) assert.unreachable(`${name} cut at ${end}: ${errors.join('; ')}`);
      }
    }
  }
});

robust('random bytes, decoded every way, never throw and always give a valid snapshot', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('utf8', 'latin1', 'utf16le'), (bytes, encoding) => {
      const result = parseDlv(Buffer.from(bytes).toString(encoding), { now: NOW });
      return snapshotSchemaErrors(result.snapshot).length === 0;
    }),
    { numRuns: 400 },
  );
});

robust('arbitrary mixtures of label lines and junk values never throw and stay schema-valid', () => {
  const labelTexts = [...DLV_LABELS.map((l) => l.english), ...INI.values(), ...JAPANESE_CONFIRMED_LABELS.map((l) => l.text)];
  const value = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      '',
      '1688',
      '-1',
      '99999999999999999999',
      WINDOWS_APPLICATION_ID,
      '{' + CLIENT_CMID + '}',
      'kms:0',
      ':1688',
      '[::1]',
      'Windows(R), X edition',
      'Volume:GVLK',
      '0xZZ',
    ),
  );
  const line = fc.tuple(fc.constantFrom('', '    ', '\t'), fc.constantFrom(...labelTexts), value).map(([indent, text, v]) => `${indent}${text.replace(/%\w+%/g, v)}${v}`);
  fc.assert(
    fc.property(fc.array(fc.oneof(line, fc.string({ maxLength: 60 })), { maxLength: 60 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
      for (const options of [{}, { ini: INI }, { language: 'ja' as const }]) {
        const result = parseDlv(lines.join(eol), { now: NOW, ...options });
        if (snapshotSchemaErrors(result.snapshot).length > 0) return false;
      }
      return true;
    }),
    { numRuns: 300 },
  );
});

robust(`input above ${MAX_DLV_TEXT_CHARS} characters (a 50 MB paste) is refused with a clear UsageError`, () => {
  const huge = 'x'.repeat(50 * 1024 * 1024);
  assert.throws(
    () => parseDlv(huge),
    (error: unknown) => error instanceof UsageError && new RegExp(`too large .*limit is ${MAX_DLV_TEXT_CHARS}`).test((error as Error).message),
  );
  // Just under the cap is parsed: one huge line is reported as unknown without being matched.
  const result = parseDlv('y'.repeat(MAX_DLV_TEXT_CHARS));
  assert.is(result.unknownLines.length, 1);
  assert.ok(result.unknownLines[0]!.length <= 201);
});

robust('many products (a 1 MB /dlv all) are all read', () => {
  const host = sample('host-en.txt');
  const copies = Math.ceil((1024 * 1024) / host.length);
  const result = parseDlv(host.repeat(copies), { now: NOW });
  assert.is(result.snapshot.products.length, 2 * copies);
  assert.equal(result.unknownLines, []);
  assert.equal(snapshotSchemaErrors(result.snapshot), []);
});

robust.run();
