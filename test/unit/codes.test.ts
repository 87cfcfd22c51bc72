import pc from 'picocolors';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CODE_CATALOG, isKnownCode, KMS_CODES, lookupCode, normalizeCode, signedDecimal } from '../../src/catalog/codes/catalog.js';
import { codesIn } from '../../src/catalog/codes/codes-in.js';
import { codeSummary, codesLine, renderCodeList, renderCodePage, unknownCodeMessage } from '../../src/catalog/codes/render.js';
import { isRuleId } from '../../src/catalog/findings.js';
import type { Report } from '../../src/report/report.js';
import { renderHuman } from '../../src/reporters/human/connectivity.js';
import type { Finding } from '../../src/rules/types.js';

/** The core KMS codes, row by row. */
const CORE_CODES = [
  '0xC004F074',
  '0xC004F038',
  '0xC004F039',
  '0xC004F041',
  '0xC004F042',
  '0xC004F015',
  '0xC004F06C',
  '0xC004F056',
  '0xC004F06B',
  '0xC004F035',
  '0xC004F050',
  '0xC004F051',
  '0xC004F069',
  '0xC004F066',
  '0xC004F014',
  '0xC004F009',
  '0xC004F00F',
  '0xC004F025',
  '0xC004F059',
  '0xC004E015',
  '0xC004C003',
  '0xC004C008',
  '0xC004C001',
  '0xC004B100',
  '0xC004F075',
];
/** §5.2, row by row (0x8007274C / 0x8007274D share a row). */
const NETWORK_CODES = [
  '0x8007232A',
  '0x8007232B',
  '0x8007251D',
  '0x8007007B',
  '0x80092328',
  '0x8007267C',
  '0x80072338',
  '0x800706BA',
  '0xC0020017',
  '0x8007139F',
  '0x8007274C',
  '0x8007274D',
  '0x80070005',
  '0x8007000D',
  '0x80072EE7',
  '0x8004FE21',
  '0x80070490',
];
const ALL_FROM_FACTS = ['0x00000000', ...CORE_CODES, ...NETWORK_CODES];

// ---------------------------------------------------------------------------------------------
const catalog = suite('codes/catalog');

catalog('every code of §5.1 and §5.2 (and success) is in the catalog, and nothing else', () => {
  const missing = ALL_FROM_FACTS.filter((code) => !isKnownCode(code));
  assert.equal(missing, []);
  assert.equal([...KMS_CODES].sort(), [...ALL_FROM_FACTS].sort());
  assert.is(KMS_CODES.length, 43);
});

for (const code of KMS_CODES) {
  catalog(`${code}: well-formed and complete`, () => {
    const entry = CODE_CATALOG[code];
    assert.is(entry.code, code);
    assert.match(entry.code, /^0x[0-9A-F]{8}$/);
    assert.is(normalizeCode(entry.code), entry.code, 'the key is already canonical');
    assert.ok(entry.meaning.trim().length > 0, 'meaning');
    assert.ok(entry.likelyCauses.length > 0 && entry.likelyCauses.every((cause) => cause.trim().length > 0), 'likelyCauses');
    assert.ok(entry.remedies.length > 0 && entry.remedies.every((step) => step.trim().length > 0), 'remedies');
    assert.ok(entry.where.length > 0, 'where');
    assert.ok(entry.sources.length > 0, 'sources');
    assert.ok(['documented', 'inferred', 'third-party'].includes(entry.confidence));
    assert.ok(codeSummary(entry).length <= 120, `one-line summary too long: ${codeSummary(entry)}`);
    if (entry.symbolicName !== null) assert.match(entry.symbolicName, /^[A-Z][A-Z0-9_]+$/);
  });

  catalog(`${code}: every related finding exists in RULE_CATALOG`, () => {
    const unknown = CODE_CATALOG[code].relatedFindings.filter((id) => !isRuleId(id));
    assert.equal(unknown, []);
  });
}

catalog('decimal is the Win32 error number inside a 0x8007xxxx HRESULT', () => {
  for (const code of KMS_CODES) {
    const { decimal } = CODE_CATALOG[code];
    if (decimal === null || decimal === 0) continue;
    assert.is(code, `0x8007${decimal.toString(16).toUpperCase().padStart(4, '0')}`, code);
  }
  const given: Record<string, number> = {
    '0x8007232A': 9002,
    '0x8007232B': 9003,
    '0x8007251D': 9501,
    '0x8007007B': 123,
    '0x8007267C': 9852,
    '0x80072338': 9016,
    '0x8007139F': 5023,
    '0x8007274C': 10060,
    '0x8007274D': 10061,
    '0x80072EE7': 12007,
  };
  for (const [code, decimal] of Object.entries(given)) assert.is(lookupCode(code)?.decimal, decimal, code);
});

catalog("confidence follows the facts' tags: Winsock codes inferred, WinINet third-party", () => {
  assert.is(CODE_CATALOG['0x8007274C'].confidence, 'inferred');
  assert.is(CODE_CATALOG['0x8007274D'].confidence, 'inferred');
  assert.is(CODE_CATALOG['0x80072EE7'].confidence, 'third-party');
  assert.is(CODE_CATALOG['0xC004F074'].confidence, 'documented');
});

catalog('the related findings the brief names', () => {
  const related = (code: keyof typeof CODE_CATALOG) => CODE_CATALOG[code].relatedFindings as readonly string[];
  assert.ok(related('0x8007232B').includes('dns/srv-missing'));
  assert.ok(related('0x8007251D').includes('dns/srv-nodata'));
  assert.ok(related('0x8007232A').includes('dns/server-failure'));
  for (const id of ['kms/no-usable-host', 'tcp/kms-port-filtered', 'tcp/kms-port-closed']) assert.ok(related('0xC004F074').includes(id), id);
  assert.ok(related('0x800706BA').includes('tcp/kms-port-filtered'));
});

catalog('remedies carry the exact commands of the facts', () => {
  const text = (code: keyof typeof CODE_CATALOG) => CODE_CATALOG[code].remedies.join('\n');
  assert.match(text('0xC004F074'), 'Test-NetConnection <host> -Port 1688');
  assert.match(text('0xC004F074'), 'Set-NetFirewallRule -Name SPPSVC-In-TCP -Profile Domain,Private -Enabled True');
  assert.match(text('0xC004F074'), 'w32tm /resync');
  assert.match(text('0xC004F06C'), 'w32tm /resync');
  assert.match(text('0x8007232B'), 'slmgr.vbs /skms <host>:1688');
  assert.match(text('0x8007232B'), 'slmgr.vbs /skms azkms.core.windows.net:1688');
  assert.match(text('0x80072338'), /_VLMCS → Properties → Security: .*Full Control/);
  assert.match(text('0xC004F038'), 'sysprep /generalize');
  assert.match(text('0xC004F038'), 'slmgr.vbs -rearm');
});

catalog('the 0xC004F066 / 0xC004F069 discrepancy is recorded on both', () => {
  assert.is(CODE_CATALOG['0xC004F069'].symbolicName, 'SL_E_MISMATCHED_PRODUCT_SKU');
  assert.is(CODE_CATALOG['0xC004F066'].symbolicName, 'SL_E_DEPENDENT_PROPERTY_NOT_SET');
  assert.match(CODE_CATALOG['0xC004F066'].notes.join(' '), /slerror\.h/);
  assert.match(CODE_CATALOG['0xC004F069'].notes.join(' '), /0xC004F066/);
});

catalog.run();

// ---------------------------------------------------------------------------------------------
const normalize = suite('codes/normalizeCode');

normalize('hex forms, any case, with or without 0x', () => {
  for (const input of ['0xC004F074', '0xc004f074', '0XC004F074', 'C004F074', 'c004f074', '  0xC004F074\n']) {
    assert.is(normalizeCode(input), '0xC004F074', JSON.stringify(input));
  }
  assert.is(normalizeCode('0x0'), '0x00000000');
  assert.is(normalizeCode('0x5'), '0x00000005', 'an explicit hex value is taken literally');
  assert.is(normalizeCode('80070005'), '0x80070005', '8 digits starting with 8 are hex');
  assert.is(normalizeCode('00000000'), '0x00000000');
  assert.is(normalizeCode('0xC0020017'), '0xC0020017', 'NTSTATUS-looking codes too');
});

normalize('negative decimal (slmgr exit code) <-> hex', () => {
  assert.is(normalizeCode('-1073418124'), '0xC004F074');
  assert.is(signedDecimal('0xC004F074'), -1073418124);
  assert.is(normalizeCode('-2147024891'), '0x80070005');
  assert.is(normalizeCode('-2147483648'), '0x80000000');
  for (const code of KMS_CODES) assert.is(normalizeCode(String(signedDecimal(code))), code, code);
});

normalize('unsigned decimal', () => {
  assert.is(normalizeCode('3221549172'), '0xC004F074');
  assert.is(normalizeCode('4294967295'), '0xFFFFFFFF');
  assert.is(normalizeCode('0'), '0x00000000');
});

normalize('a small decimal is a Win32 error number', () => {
  assert.is(normalizeCode('9003'), '0x8007232B');
  assert.is(normalizeCode('5'), '0x80070005');
  assert.is(lookupCode('10060')?.code, '0x8007274C');
});

normalize('junk is null', () => {
  for (const input of [
    '',
    ' ',
    'foo',
    'tcp/kms-port-filtered',
    '0x',
    '0xG004F074',
    '0xC004F0741',
    'C004F07',
    'bad',
    'deadbee',
    '4294967296',
    '-2147483649',
    '12.5',
    '1e5',
    '0x-1',
    '--5',
    'C004F074h',
  ]) {
    assert.is(normalizeCode(input), null, JSON.stringify(input));
  }
});

normalize('lookupCode: known in any form, unknown is undefined', () => {
  assert.is(lookupCode('c004f074')?.symbolicName, 'SL_E_VL_BINDING_SERVICE_UNAVAILABLE');
  assert.is(lookupCode('-1073418124')?.code, '0xC004F074');
  assert.is(lookupCode('0xDEADBEEF'), undefined);
  assert.is(lookupCode('junk'), undefined);
});

normalize.run();

// ---------------------------------------------------------------------------------------------
const render = suite('codes/render');

render('a code page has the heading and every section', () => {
  const page = renderCodePage(CODE_CATALOG['0xC004F074']);
  const lines = page.split('\n');
  assert.is(lines[0], '# 0xC004F074 — SL_E_VL_BINDING_SERVICE_UNAVAILABLE');
  const headings = lines.filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
  assert.equal(headings, ['Meaning', 'Likely causes', 'Remedy', 'Seen in', 'Related findings', 'Sources']);
  assert.match(page, /^1\. /m);
  assert.match(page, 'kmsdoctor explain kms/no-usable-host');
  assert.match(page, 'slmgr /ato');
  assert.match(page, 'slmgr exit code -1073418124');
  assert.match(page, 'slui.exe 0x2a 0xC004F074');
  assert.ok(page.endsWith('\n'));
});

render('every page renders; non-documented entries carry a confidence note, documented ones none', () => {
  for (const code of KMS_CODES) {
    const entry = CODE_CATALOG[code];
    const page = renderCodePage(entry);
    assert.ok(page.startsWith(`# ${code} — `), code);
    assert.is(page.includes('## Confidence'), entry.confidence !== 'documented', code);
    assert.is(page.includes('## Notes'), entry.notes.length > 0, code);
  }
  assert.match(renderCodePage(CODE_CATALOG['0x8007274C']), /## Confidence\ninferred/);
  assert.match(renderCodePage(CODE_CATALOG['0x80092328']), /^# 0x80092328 — \(no symbolic name documented\)/);
  assert.match(renderCodePage(CODE_CATALOG['0x8007232B']), 'Win32 error 9003');
});

render('the list has one line per code: code, symbolic name, summary', () => {
  const lines = renderCodeList().trimEnd().split('\n');
  assert.is(lines.length, KMS_CODES.length);
  lines.forEach((line, i) => {
    const entry = CODE_CATALOG[KMS_CODES[i]!];
    assert.ok(line.startsWith(`${entry.code}  ${entry.symbolicName ?? '—'}`), line);
    assert.ok(line.includes(codeSummary(entry)), line);
  });
});

render('unknown-code message and the report line', () => {
  assert.is(unknownCodeMessage('0xDEADBEEF'), '0xDEADBEEF is not a KMS activation code this tool knows; try: slui.exe 0x2a 0xDEADBEEF');
  assert.is(codesLine([]), null);
  assert.is(codesLine(['0xC004F074']), 'codes: 0xC004F074 (kmsdoctor explain 0xC004F074)');
});

render.run();

// ---------------------------------------------------------------------------------------------
const inText = suite('codes/codesIn');

inText('finds known codes, canonical, each once, in order of first appearance', () => {
  assert.equal(codesIn('fails with 0x8007232B'), ['0x8007232B']);
  assert.equal(codesIn('a firewall drops it (0xc004f074 / 0x8007274C on clients); again 0xC004F074'), ['0xC004F074', '0x8007274C']);
  assert.equal(codesIn('0x800706BA/0xC004F074'), ['0x800706BA', '0xC004F074']);
  assert.equal(codesIn('hr=0xC0020017,'), ['0xC0020017']);
});

inText('ignores unknown codes, success, partial and embedded hex, and bare hex', () => {
  assert.equal(codesIn(''), []);
  assert.equal(codesIn('0xDEADBEEF and 0x00000000'), []);
  assert.equal(codesIn('0xC004F07 0xC004F0741 x0xC004F074 C004F074'), []);
  assert.equal(codesIn('no codes here: TCP 1688, 12288'), []);
});

inText.run();

// ---------------------------------------------------------------------------------------------
const human = suite('codes in the human report');

function finding(message: string, evidence: string[]): Finding {
  return {
    ruleId: 'tcp/kms-port-filtered',
    title: 'KMS port filtered',
    severity: 'error',
    message,
    evidence: evidence.map((summary, i) => ({ kind: 'probe', ref: `p${i}`, summary })),
    remedy: ['do something'],
    args: {},
    docs: 'kmsdoctor explain tcp/kms-port-filtered',
  };
}

function reportWith(findings: Finding[]): Report {
  const partial = { discovery: [], targets: [], results: [], findings, durationMs: 12, summary: { errors: findings.length, warnings: 0, infos: 0, probes: 1, verdict: 'fail' } };
  return partial as unknown as Report;
}

const colorless = pc.createColors(false);

human('a dim codes line follows the message, listing each code once', () => {
  const text = renderHuman(reportWith([finding('kms01:1688 drops SYN (0xC004F074 on clients)', ['kms01: filtered, likely 0x8007274C', 'again 0xC004F074'])]), colorless);
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes('kms01:1688 drops SYN'));
  assert.is(lines[at + 1], '     codes: 0xC004F074 (kmsdoctor explain 0xC004F074), 0x8007274C (kmsdoctor explain 0x8007274C)');
  assert.is(text.split('codes:').length - 1, 1);
});

human('no codes line when nothing known is named', () => {
  const text = renderHuman(reportWith([finding('kms01:1688 drops SYN', ['0xDEADBEEF'])]), colorless);
  assert.not.match(text, 'codes:');
});

human.run();
