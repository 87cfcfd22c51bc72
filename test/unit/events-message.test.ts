/**
 * Insertion strings read back from a rendered event Message (src/events/message-fields.ts): the
 * documented value orders of 12288/12289/12290/8198 (kms-facts.md §4.3–4.5) recognised in any
 * display language, by their shape alone, and nothing recognised in text that lacks that shape.
 */
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseEventFields } from '../../src/events/fields.js';
import { insertionStringsFromMessage } from '../../src/events/message-fields.js';
import { readEventText } from '../../src/events/read-events.js';
import { said } from '../helpers/said.js';

const CMID = '36f27b39-2fd5-440b-be67-a09996d27a38';
const SKU = '68531fb9-5511-4989-97be-d11a0f55633f';
const INFO_12288 = `0xC004F06C, 0x00000000, kms01.contoso.com:1688, ${CMID}, 2010/09/29 17:52, 0, 2, 41760, ${SKU}, 5`;
const INFO_12289 = '0x00000000, 0x00000000, 1, 0, 10, 120, 10080, 2012/12/04 07:06';
const INFO_12290 = `0xC004F06C,5,client07.contoso.com,${CMID},2010/9/29 21:46,0,2,41520,${SKU}`;
const RULE = 'RuleId=eeba1977-569e-4571-b639-7623d8bfecc0;Action=AutoActivate;AppId=55c92734-d682-4d71-983e-d6ec3f16059f;NotificationInterval=1440;Trigger=TimerEvent';

const test = suite('events: insertion strings from the rendered Message');

const fieldsFrom = (id: number, message: string) => {
  const data = insertionStringsFromMessage(id, message);
  return data === null ? null : parseEventFields(id, data);
};

test('English, values on the line after "Info:" (CRLF)', () => {
  assert.equal(insertionStringsFromMessage(12288, `The client has sent an activation request to the key management service machine.\r\nInfo:\r\n${INFO_12288}`), [INFO_12288]);
  assert.equal(insertionStringsFromMessage(12289, `The client has processed an activation response from the key management service machine.\r\nInfo:\r\n${INFO_12289}\r\n`), [
    INFO_12289,
  ]);
  assert.equal(insertionStringsFromMessage(12290, `An activation request has been processed.\nInfo:\n${INFO_12290}`), [INFO_12290]);
});

test('Japanese, values on the label line after a full-width colon, or after an ASCII one', () => {
  const fullWidth = `クライアントはキー管理サービス コンピューターにライセンス認証要求を送信しました。\r\n情報：${INFO_12288}`;
  assert.is(fieldsFrom(12288, fullWidth)?.kind, 'request');
  assert.equal(fieldsFrom(12288, fullWidth), parseEventFields(12288, [INFO_12288]));
  const ascii = `クライアントはキー管理サービス コンピューターからのライセンス認証応答を処理しました。 情報: ${INFO_12289}`;
  assert.equal(fieldsFrom(12289, ascii), parseEventFields(12289, [INFO_12289]));
});

test('any label words (German); a code mentioned in the prose before the values is not taken for them', () => {
  const de = `Der Client hat eine Aktivierungsanforderung an den Schlüsselverwaltungsdienst-Computer gesendet.\r\nInformationen:\r\n${INFO_12288}`;
  assert.equal(fieldsFrom(12288, de), parseEventFields(12288, [INFO_12288]));
  // A code mentioned in the text before the values does not start a run of the right shape.
  const prose = `Fehler 0xC004F074 beim letzten Versuch: siehe unten.\r\nInfo: ${INFO_12288}`;
  assert.equal(insertionStringsFromMessage(12288, prose), [INFO_12288]);
});

test('12288 with the empty last value (host did not answer) and without it', () => {
  const open = `0xC004F06C, 0x00000000, azkms.core.windows.net:1688, ${CMID}, 2024/05/02 10:11, 1, 5, 0, 34e1ae55-27f8-4950-8877-7a03be5fb181, `;
  const f = fieldsFrom(12288, `Info:\r\n${open}`);
  assert.is(f?.kind === 'request' ? f.host : null, 'azkms.core.windows.net');
  assert.is(f?.kind === 'request' ? f.minimumCount : 'x', null);
  const nine = open.replace(/, $/, '');
  assert.is(fieldsFrom(12288, `Info: ${nine}`)?.kind, 'request');
});

test('12290 rendered with a tenth value in front (the undocumented Data[0]) still reads', () => {
  const f = fieldsFrom(12290, `Info:\r\n0x0,${INFO_12290}`);
  assert.is(f?.kind === 'host-request' ? f.clientName : null, 'client07.contoso.com');
});

test('8198: hr= and the RuleId line, in any language', () => {
  assert.equal(insertionStringsFromMessage(8198, `License Activation (slui.exe) failed with the following error code:\r\nhr=0xC004F074\r\nCommand-line arguments:\r\n${RULE}`), [
    'hr=0xC004F074',
    RULE,
  ]);
  assert.equal(insertionStringsFromMessage(8198, `ライセンス認証 (slui.exe) は次のエラー コードで失敗しました:\r\nhr=0xC004C003\r\nコマンドライン引数:\r\n${RULE}`), [
    'hr=0xC004C003',
    RULE,
  ]);
  assert.equal(insertionStringsFromMessage(8198, 'failed: hr = 0x8007232B'), ['hr=0x8007232B']);
  assert.is(insertionStringsFromMessage(8198, 'thr=0xC004F074 is not hr='), null);
});

test('nothing of the documented shape: null, never a guess', () => {
  const cases: Array<[number, string]> = [
    [12288, 'The client has sent an activation request to the key management service machine.\r\nInfo:\r\n0xC004F074, 0x0, wrong.example:1688, …'],
    [12288, `Info:\r\n${INFO_12288.replace(CMID, 'not-a-guid')}`],
    [12288, `Info:\r\n${INFO_12289}`],
    [12289, `Info:\r\n${INFO_12288}`],
    [12289, 'Info:\r\n0x0, 0x0, yes, 0, 10, 120, 10080, 2012/12/04 07:06'],
    [12290, `Info:\r\n${INFO_12290.replace(CMID, 'x')}`],
    [12290, `Info:\r\n${INFO_12290},extra,values`],
    [12293, `Publishing the Key Management Service (KMS) to DNS in the 'contoso.com' domain failed.\r\nInfo:\r\n0x80072338`],
    [12288, ''],
    [12288, `${'a'.repeat(20_000)}\r\nInfo:\r\n${INFO_12288}`],
  ];
  for (const [id, message] of cases) assert.is(insertionStringsFromMessage(id, message), null, `${id}: ${message.slice(0, 60)}`);
});

test('hostile text: long lines of 0x and colons end quickly and give null', () => {
  const started = Date.now();
  assert.is(insertionStringsFromMessage(12288, ': 0x1, '.repeat(2000)), null);
  assert.is(insertionStringsFromMessage(8198, 'hr=0x'.repeat(3000)), null);
  assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
});

test('any text built from the pieces of real messages: never throws; whatever it returns parses', () => {
  const piece = fc.constantFrom(
    '0x0',
    '0xC004F042',
    ', ',
    ',',
    ':',
    '：',
    ' ',
    '\r\n',
    '\n',
    'Info',
    '情報',
    'kms01.contoso.com:1688',
    CMID,
    SKU,
    '2025/03/13 09:41',
    '1',
    '0',
    '25',
    'hr=',
    'RuleId=x;Action=y',
    '…',
  );
  fc.assert(
    fc.property(fc.constantFrom(12288, 12289, 12290, 8198, 12293), fc.array(piece, { maxLength: 40 }), (id, parts) => {
      const data = insertionStringsFromMessage(id, parts.join(''));
      if (data !== null) assert.ok(parseEventFields(id, data) !== null, `${id}: ${JSON.stringify(data)}`);
    }),
    { numRuns: 2000 },
  );
});

test.run();

const readers = suite('events: every reader takes the Message only when the values are missing');

readers('JSON with Properties as type names (ConvertTo-Json depth too small): fields from Message', async () => {
  const r = await readEventText(
    JSON.stringify([{ Id: 12289, TimeCreated: '/Date(1741683737519)/', Message: `x\r\nInfo:\r\n${INFO_12289}`, Properties: ['System.Diagnostics.Eventing.Reader.EventProperty'] }]),
  );
  assert.equal(r.events[0]!.fields, parseEventFields(12289, [INFO_12289]));
  assert.ok(said(r.warnings).some((w) => /-Depth 3/.test(w)));
  assert.ok(said(r.warnings).some((w) => /rendered Message/.test(w)));
});

readers('CSV with |-joined Properties: the values win over a contradicting Message', async () => {
  const text = `"Id","TimeCreated","Message","Properties"\r\n"12288","2025-03-11T09:02:17Z","Info: ${INFO_12288.replace('kms01', 'other')}","${INFO_12288}"\r\n`;
  const r = await readEventText(text);
  const f = r.events[0]!.fields;
  assert.is(f?.kind === 'request' ? f.host : null, 'kms01.contoso.com');
  assert.equal(r.warnings, []);
});

readers('CSV with Message but neither Properties nor DataN: fields from Message, one warning saying so', async () => {
  const r = await readEventText(`Id,TimeCreated,Message\r\n8198,2025-03-11T09:02:17Z,"hr=0xC004F042\r\n${RULE}"\r\n`);
  assert.equal(r.events[0]!.fields, { kind: 'activation-failed', hresult: '0xC004F042', context: RULE });
  assert.ok(
    said(r.warnings).some((w) => /no Properties or DataN column: the fields are read from the Message column/.test(w)),
    said(r.warnings).join(' | '),
  );
});

readers.run();
