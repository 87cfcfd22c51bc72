/**
 * classifyHead / sniffInput: what a file a customer sent holds, judged by its first bytes (names
 * and extensions lie): a snapshot, an event export (wevtutil XML with or without a root,
 * Get-WinEvent JSON, Export-Csv, binary .evtx), a slmgr.ini (UTF-16LE with BOM) or slmgr /dlv
 * text (English, Japanese, UTF-16 from Windows PowerShell's `>`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyHead, sniffInput } from '../../src/client/sniff-input.js';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { UsageError } from '../../src/core/usage-error.js';
import { scratchDir } from '../helpers/scratch-dir.js';
import { buildSnapshot } from '../helpers/snapshot-builder.js';

const sample = (path: string) => readFileSync(join(PACKAGE_ROOT, 'samples', path));
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const utf16 = (text: string, bom = true) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
/** The first 64 KiB, as sniffInput passes them. */
const head = (bytes: Buffer) => bytes.subarray(0, 64 * 1024);

const DLV_EN = 'Name: Windows(R), Enterprise edition\r\nDescription: Windows(R) Operating System, VOLUME_KMSCLIENT channel\r\nLicense Status: Licensed\r\n';
const XML_EVENT = "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><EventID>12288</EventID></System></Event>";

const heads = suite('classifyHead');

heads("snapshot JSON (the collector's file, pretty-printed or not, with or without BOM)", () => {
  const snapshot = buildSnapshot();
  assert.is(classifyHead(utf8(JSON.stringify(snapshot, null, 2))), 'snapshot');
  assert.is(classifyHead(utf8(JSON.stringify(snapshot))), 'snapshot');
  assert.is(classifyHead(utf8(`\uFEFF${JSON.stringify(snapshot)}`)), 'snapshot');
  assert.is(classifyHead(utf16(JSON.stringify(snapshot, null, 2))), 'snapshot', 'UTF-16LE, as Windows PowerShell 5.1 > writes');
  assert.is(classifyHead(utf8(`\r\n  {"schemaVersion": 1, "kind" : "kms-doctor-snapshot"}`)), 'snapshot', 'leading blank lines, kind not first');
  for (const name of ['client-dns-discovery-ok.json', 'client-skms-old-host.json', 'kms-host-publish-list.json'])
    assert.is(classifyHead(head(sample(`snapshots/${name}`))), 'snapshot', name);
});

heads('a snapshot cut short is still recognised as one (the loader then names the problem)', () => {
  const text = JSON.stringify(buildSnapshot(), null, 2);
  assert.is(classifyHead(utf8(text.slice(0, Math.floor(text.length / 2)))), 'snapshot');
});

heads('wevtutil XML without a root (Event elements back to back)', () => {
  assert.is(classifyHead(utf8(`${XML_EVENT}\r\n${XML_EVENT}\r\n`)), 'events');
  assert.is(classifyHead(head(sample('events/client-wevtutil.xml'))), 'events');
  assert.is(classifyHead(head(sample('events/host-12290-wevtutil.xml'))), 'events');
});

heads('Event Viewer XML with a declaration and an <Events> root', () => {
  assert.is(classifyHead(utf8(`<?xml version="1.0" encoding="utf-8" standalone="yes"?>\r\n<Events>\r\n${XML_EVENT}</Events>`)), 'events');
  assert.is(classifyHead(head(sample('events/host-publishing.xml'))), 'events');
  assert.is(classifyHead(utf16(`<Events>${XML_EVENT}</Events>`)), 'events', 'UTF-16LE');
});

heads('Get-WinEvent | ConvertTo-Json: an array, or one object for a single event', () => {
  assert.is(classifyHead(utf8('[\r\n    {\r\n        "Id":  12288,\r\n        "TimeCreated":  "\\/Date(1741857751201)\\/"\r\n    }\r\n]')), 'events');
  assert.is(classifyHead(utf8('{\r\n    "Id":  12288,\r\n    "TimeCreated":  "\\/Date(1741857751201)\\/",\r\n    "Properties":  []\r\n}')), 'events');
  assert.is(classifyHead(utf16('[{"Id": 8198}]')), 'events', 'UTF-16LE with BOM');
  assert.is(classifyHead(utf16('[{"Id": 8198}]', false)), 'events', 'UTF-16LE without BOM');
  assert.is(classifyHead(head(sample('events/client-get-winevent.json'))), 'events');
});

heads('Export-Csv with the #TYPE line, and without it', () => {
  assert.is(classifyHead(utf8('#TYPE System.Diagnostics.Eventing.Reader.EventLogRecord\r\n"Message","Id","TimeCreated"\r\n')), 'events');
  assert.is(classifyHead(utf8('"Id","TimeCreated","RecordId","ProviderName"\r\n"12288","2025-03-13T09:41:07.0000000Z","1","Microsoft-Windows-Security-SPP"\r\n')), 'events');
  assert.is(classifyHead(utf8('Id,TimeCreated,Properties\r\n12288,2025-03-13T09:41:07Z,0x0|0x0\r\n')), 'events');
  assert.is(classifyHead(head(sample('events/client-export.csv'))), 'events');
});

heads('Export-Csv of PowerShell 7 (no #TYPE line, Message first) and with -UseCulture (;)', () => {
  const withoutType = sample('events/client-export.csv')
    .toString('utf8')
    .replace(/^#TYPE[^\n]*\n/, '');
  assert.match(withoutType, /^"Message","Id",/);
  assert.is(classifyHead(utf8(withoutType)), 'events');
  assert.is(classifyHead(utf8('"Message";"Id";"TimeCreated"\r\n"Lizenzaktivierung …";"8198";"13.03.2025 09:41:07"\r\n')), 'events');
  assert.is(classifyHead(utf16('"Message","Id","TimeCreated"\r\n')), 'events', 'UTF-16LE');
});

heads('binary .evtx (ElfFile\\0 magic)', () => {
  const evtx = Buffer.alloc(4096);
  evtx.write('ElfFile\0', 0, 'latin1');
  evtx.writeUInt32LE(0x80, 32);
  assert.is(classifyHead(evtx), 'events');
});

heads('slmgr.ini: UTF-16LE with BOM (as slmgr reads it), or as plain text', () => {
  assert.is(classifyHead(head(sample('dlv/slmgr-0411.ini'))), 'slmgr-ini');
  assert.is(classifyHead(utf16('L_MsgLicenseStatusLicensed_1="ライセンスされています"\r\nL_MsgKmsUsingDnsFull="DNS の KMS コンピューター名: "\r\n')), 'slmgr-ini');
  assert.is(classifyHead(utf16('; comment\r\n[Strings]\r\nL_MsgProductName="名前: "\r\n')), 'slmgr-ini');
  assert.is(classifyHead(utf8('L_MsgProductName = "Name: "\n')), 'slmgr-ini');
});

heads('English slmgr /dlv text (with the cscript banner, CRLF), and UTF-16 from PowerShell >', () => {
  assert.is(classifyHead(utf8(DLV_EN)), 'dlv');
  for (const name of ['client-en.txt', 'client-en-skms.txt', 'client-en-lookup-domain.txt', 'client-en-mak.txt', 'host-en.txt'])
    assert.is(classifyHead(head(sample(`dlv/${name}`))), 'dlv', name);
  assert.is(classifyHead(utf16(DLV_EN)), 'dlv', 'UTF-16LE with BOM');
  assert.is(classifyHead(utf16(DLV_EN, false)), 'dlv', 'UTF-16LE without BOM');
});

heads('Japanese slmgr /dlv text', () => {
  assert.is(classifyHead(head(sample('dlv/client-ja.txt'))), 'dlv');
  assert.is(classifyHead(utf8('名前: Windows(R), Enterprise edition\r\nライセンスの状態: ライセンスされています\r\n')), 'dlv');
  assert.is(classifyHead(utf16('名前: Windows(R), Enterprise edition\r\nライセンスの状態: ライセンスされています\r\n')), 'dlv');
});

heads('a head cut in the middle of a multi-byte character does not throw', () => {
  const bytes = utf8(`名前: ${'ライセンス'.repeat(10)}`);
  assert.is(classifyHead(bytes.subarray(0, bytes.length - 1)), 'dlv');
});

heads.run();

// ---------------------------------------------------------------------------------------------
const files = suite('sniffInput');
const dir = scratchDir(files, 'kmsd-sniff-');

files('reads only the head of a file and classifies it', async () => {
  const path = join(dir(), 'events.bin');
  // An .xml name would not matter either way: the content decides.
  writeFileSync(path, Buffer.concat([utf8(XML_EVENT), Buffer.alloc(256 * 1024, 0x20)]));
  assert.is(await sniffInput(path), 'events');
  const snapshotPath = join(dir(), 'snapshot.txt');
  writeFileSync(snapshotPath, JSON.stringify(buildSnapshot()));
  assert.is(await sniffInput(snapshotPath), 'snapshot');
});

files('an empty file or a missing one is a UsageError naming the file', async () => {
  const empty = join(dir(), 'empty.json');
  writeFileSync(empty, '');
  for (const [path, why] of [
    [empty, 'is empty'],
    [join(dir(), 'missing.json'), 'no such file'],
  ] as const) {
    try {
      await sniffInput(path);
      assert.unreachable(`${path} should be refused`);
    } catch (error) {
      assert.instance(error, UsageError);
      assert.match((error as Error).message, path);
      assert.match((error as Error).message, why);
    }
  }
});

files.run();
