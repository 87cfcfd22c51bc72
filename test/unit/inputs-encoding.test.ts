/**
 * The one encoding detector and the one input reader (src/inputs/): what Windows writes — UTF-16LE
 * from PowerShell 5.1's `>`, UTF-8 with a BOM from `Out-File -Encoding utf8`, the console's OEM
 * code page from `cscript … > file` in cmd (cp932 on Japanese Windows, cp936/949/950, cp437/850) —
 * decoded right; devices, pipes and directories refused before a byte is read.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { msg } from '../../src/catalog/message.js';
import { render } from '../../src/catalog/render.js';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { codePageOfSlmgrIni, parseSlmgrIni } from '../../src/dlv/ini.js';
import { parseDlv, readDlvText } from '../../src/dlv/parse-dlv.js';
import { readFileCapped } from '../../src/inputs/read-capped.js';
import { decodeTextBytes, detectTextEncoding, oemEncodingOfLangId, parseEncodingName } from '../../src/inputs/text-encoding.js';
import { rejectsWithUsageError } from '../helpers/rejects.js';

const DLV = join(PACKAGE_ROOT, 'samples', 'dlv');
const JA = readFileSync(join(DLV, 'client-ja.txt'), 'utf8');
const ZH =
  '软件授权服务版本: 10.0.17763.1\r\n名称: Windows(R), EnterpriseS edition\r\n许可证状态: 已授权\r\n批量激活过期: 259197 分钟(180天)\r\n来自 DNS 的 KMS 计算机名称: kms.contoso.com:1688\r\n';
const TW = '軟體授權服務版本: 10.0.17763.1\r\n名稱: Windows(R), EnterpriseS edition\r\n授權狀態: 已授權\r\n大量啟用到期: 259197 分鐘 (180 天)\r\n';
const KO = '소프트웨어 라이선스 서비스 버전: 10.0.17763.1\r\n이름: Windows(R), Enterprise edition\r\n라이선스 상태: 사용 허가됨\r\n';
const DE =
  'Name: Windows(R), Enterprise edition\r\nLizenzstatus: Lizenziert\r\nVerbleibende Anzahl möglicher Zurücksetzungen für Windows: 1001\r\nGrößere Zähler für Übermittlungen\r\n';

const detect = suite('inputs: one encoding detector');

detect('byte-order marks decide: UTF-16LE, UTF-16BE, UTF-8', () => {
  assert.equal(detectTextEncoding(Buffer.from([0xff, 0xfe, 0x4e, 0])), { encoding: 'utf-16le', bomLength: 2, reason: msg('facts.encoding.bom') });
  assert.equal(detectTextEncoding(Buffer.from([0xfe, 0xff, 0, 0x4e])), { encoding: 'utf-16be', bomLength: 2, reason: msg('facts.encoding.bom') });
  assert.equal(detectTextEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x4e])), { encoding: 'utf-8', bomLength: 3, reason: msg('facts.encoding.bom') });
  // A BOM wins over --encoding: the file says what it is.
  assert.is(detectTextEncoding(Buffer.from([0xff, 0xfe, 0x4e, 0]), { forced: 'shift_jis' }).encoding, 'utf-16le');
});

detect('UTF-16 without a BOM is told by its NUL bytes; valid UTF-8 (ASCII included) is UTF-8', () => {
  assert.is(detectTextEncoding(Buffer.from('Name: Windows(R)', 'utf16le')).encoding, 'utf-16le');
  assert.is(detectTextEncoding(Buffer.from('Name: Windows(R)', 'utf16le').swap16()).encoding, 'utf-16be');
  assert.is(render(detectTextEncoding(Buffer.from(JA, 'utf8')).reason), 'valid UTF-8');
  assert.is(detectTextEncoding(Buffer.from('License Status: Licensed\r\n', 'latin1')).encoding, 'utf-8');
});

for (const [label, text, encoding] of [
  ['Japanese (cp932)', JA, 'shift_jis'],
  ['Simplified Chinese (cp936)', ZH, 'gbk'],
  ['Korean (cp949)', KO, 'euc-kr'],
] as const) {
  detect(`${label} console output: the bytes alone tell the code page, and decode to the same text`, () => {
    const bytes = iconv.encode(text, encoding);
    const decision = detectTextEncoding(bytes);
    assert.is(decision.encoding, encoding, decision.reason.id);
    assert.is(decision.reason.id, 'facts.encoding.byte-analysis');
    assert.is(decodeTextBytes(bytes, 'x.txt').text, text);
  });
}

detect('Traditional Chinese (cp950) and cp850: the slmgr.ini language names the code page when the bytes are ambiguous', () => {
  const big5 = iconv.encode(TW, 'big5');
  assert.is(decodeTextBytes(big5, 'tw.txt', { codePage: oemEncodingOfLangId('0404') }).text, TW);
  const cp850 = iconv.encode(DE, 'cp850');
  assert.is(decodeTextBytes(cp850, 'de.txt', { codePage: oemEncodingOfLangId('0407') }).text, DE);
  // Without a hint the DOS page is told from the ANSI page by where the accented letters sit.
  assert.is(detectTextEncoding(cp850).encoding, 'cp850');
  assert.is(detectTextEncoding(iconv.encode(DE, 'windows-1252')).encoding, 'windows-1252');
});

detect('--encoding forces the code page; unknown names are a one-line UsageError listing what is read', () => {
  assert.is(parseEncodingName('CP932'), 'shift_jis');
  assert.is(parseEncodingName('936'), 'gbk');
  assert.is(parseEncodingName('windows-1251'), 'windows-1251');
  assert.throws(() => parseEncodingName('ebcdic'), /--encoding: "ebcdic" is not an encoding this tool reads \(utf-8, .*shift_jis/);
  const bytes = iconv.encode(JA, 'shift_jis');
  assert.is(render(decodeTextBytes(bytes, 'x.txt', { forced: 'shift_jis' }).reason), '--encoding');
});

detect('LANGIDs name the OEM code page cscript writes', () => {
  assert.equal(['0411', '0804', '0404', '0412', '0409', '0407', '040C', '0419', '0415', '0000'].map(oemEncodingOfLangId), [
    'shift_jis',
    'gbk',
    'big5',
    'euc-kr',
    'cp437',
    'cp850',
    'cp850',
    'ibm866',
    'cp852',
    null,
  ]);
});

detect('the slmgr.ini path or its own script gives the code page of the /dlv text', () => {
  const ini = parseSlmgrIni(readFileSync(join(DLV, 'slmgr-0411.ini')), 'slmgr-0411.ini');
  assert.equal(codePageOfSlmgrIni('C:\\Windows\\System32\\slmgr\\0411\\slmgr.ini', ini), {
    codePage: 'shift_jis',
    codePageReason: msg('facts.encoding.ini-folder', { langId: '0411' }),
  });
  assert.is(render(msg('facts.encoding.ini-folder', { langId: '0411' }), 'ja'), 'slmgr.ini の言語 0411');
  assert.is(codePageOfSlmgrIni(join(DLV, 'slmgr-0411.ini'), ini).codePage, 'shift_jis');
  assert.equal(codePageOfSlmgrIni('en.ini', new Map([['L_MsgProductName', 'Name: ']])), {});
});

detect('binary bytes are not text, whatever the code page', () => {
  assert.throws(() => decodeTextBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), 'pic.png'), /pic\.png: not a text file/);
});

const samples = suite('inputs: /dlv as Windows saves it');

samples("client-ja-cp932.txt with the machine's slmgr.ini reads exactly like client-ja.txt in UTF-8", async () => {
  const ini = parseSlmgrIni(readFileSync(join(DLV, 'slmgr-0411.ini')), 'slmgr-0411.ini');
  const hint = codePageOfSlmgrIni(join(DLV, 'slmgr-0411.ini'), ini);
  const text = await readDlvText(join(DLV, 'client-ja-cp932.txt'), hint);
  assert.is(text, JA);
  const fromCp932 = parseDlv(text, { ini, now: new Date(0) });
  assert.equal(fromCp932.unknownLines, []);
  assert.equal(fromCp932.snapshot, parseDlv(JA, { ini, now: new Date(0) }).snapshot);
});

samples('client-ja-cp932.txt alone: the bytes tell cp932', async () => {
  assert.is(await readDlvText(join(DLV, 'client-ja-cp932.txt')), JA);
});

samples('client-en-all-office-utf16.txt (PowerShell 5.1 `>`) reads like its UTF-8 twin', async () => {
  const utf16 = await readDlvText(join(DLV, 'client-en-all-office-utf16.txt'));
  assert.is(utf16, await readDlvText(join(DLV, 'client-en-all-office.txt')));
  const products = parseDlv(utf16).snapshot.products;
  assert.equal(
    products.map((p) => [p.name, p.licenseStatus, p.gracePeriodRemainingMinutes]),
    [
      ['Windows(R), Enterprise edition', 1, 43197],
      ['Windows(R), Client-ESU-Year1 add-on for Education,Enterprise,EnterpriseN,Professional,ProfessionalN', 1, null],
      ['Office 21, Office21ProPlus2021VL_KMS_Client_AE edition', 2, 4320],
    ],
  );
});

const reader = suite('inputs: one reader, regular files only, a byte cap');
const dir = mkdtempSync(join(tmpdir(), 'kmsd-inputs-'));

reader('devices, directories and pipes are refused before reading (stat says 0 bytes for /dev/zero)', async () => {
  await rejectsWithUsageError(readFileCapped('/dev/zero', 1024, 'snapshot'), '/dev/zero: not a regular file (a device); give the snapshot as a file');
  await rejectsWithUsageError(readFileCapped('/dev/urandom', 1024, 'slmgrIni'), 'a device');
  await rejectsWithUsageError(readFileCapped(dir, 1024, 'snapshot'), 'not a regular file (a directory)');
  const fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  // Opening a FIFO for reading would block until a writer came: it must be refused first.
  await rejectsWithUsageError(readFileCapped(fifo, 1024, 'snapshot'), 'not a regular file (a pipe)');
  await rejectsWithUsageError(readFileCapped(join(dir, 'missing'), 1024, 'snapshot'), 'cannot read the snapshot (no such file)');
});

reader('a file over the cap is refused after reading one byte more than the cap, whatever stat said', async () => {
  const big = join(dir, 'big.txt');
  writeFileSync(big, 'x'.repeat(2049));
  await rejectsWithUsageError(
    readFileCapped(big, 2048, 'dlv'),
    'too large for slmgr /dlv output (more than 2048 bytes; real /dlv output is a few kilobytes, /dlv all tens of kilobytes) — is this the right file?',
  );
  assert.is((await readFileCapped(big, 4096, 'dlv')).length, 2049);
});

detect.run();
samples.run();
reader.run();
