/**
 * The data tables a person reads — what each host key (CSVLK) activates, the error-code summary
 * beside a return code — are worded by the catalog, in English and Japanese, and a report in
 * Japanese shows them in Japanese while the data (names, codes, reasons) stays as it is.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CATALOGS, LOCALES } from '../../src/catalog/catalogs.js';
import { localizeReasons } from '../../src/catalog/localize-reasons.js';
import { render } from '../../src/catalog/render.js';
import { explainHresult } from '../../src/engine/activation.js';
import { keyCoverage } from '../../src/host/key-coverage.js';
import { CSVLKS, decodeEpid } from '../../src/kms/epid.js';
import { JAPANESE } from '../helpers/english-runs.js';

test('every host key says what it activates in every language; product names stay as they are', () => {
  assert.ok(CSVLKS.length > 20);
  for (const key of CSVLKS) {
    for (const locale of LOCALES) assert.ok((CATALOGS[locale].messages as Record<string, string>)[key.activates.id] !== undefined, `${locale}: ${key.activates.id}`);
    const en = render(key.activates);
    const ja = render(key.activates, 'ja');
    // Microsoft's product names (Windows Server 2019, Office LTSC 2021, KB968912) read the same in both.
    for (const name of en.match(/\b(?:Windows(?: Server)?|Office(?: LTSC)?) [\d.]+(?: R2)?|KB\d+/g) ?? []) assert.ok(ja.includes(name), `${key.name}: ${ja} keeps ${name}`);
    if (/ and | up to | only/.test(en)) assert.ok(JAPANESE.test(ja), `${key.name}: ${ja}`);
  }
});

test('a decoded ePID names the key in English with the reason beside it; a Japanese report shows it in Japanese', () => {
  const decoded = decodeEpid('06401-00206-551-123456-03-1033-17763.0000-2452018', new Date('2018-09-10T00:00:00Z'));
  assert.is(decoded.csvlk?.name, 'Windows Server 2019');
  assert.is(decoded.csvlk?.activates, 'Windows Server 2019 and older servers; Windows 10 LTSC/LTSB and Enterprise/Pro/Education, 8.1, 7');
  assert.is(decoded.csvlk?.activatesReason.id, 'csvlk.activates.windows-server-2019');
  const ja = localizeReasons({ epid: decoded }, 'ja').epid;
  assert.is(ja.csvlk?.activates, 'Windows Server 2019 以前のサーバー、Windows 10 LTSC/LTSB と Enterprise/Pro/Education、8.1、7');
  assert.equal(ja.csvlk?.activatesReason, decoded.csvlk?.activatesReason);
});

test("a host's key coverage carries what the key activates, as text and as data", () => {
  const coverage = keyCoverage({
    id: '00000000-0000-0000-0000-000000000000',
    name: 'Windows(R), ServerStandard edition',
    description: 'Windows(R) Operating System, VOLUME_KMS_WS19 channel',
    applicationId: null,
    epid: '06401-00206-551-123456-03-1033-17763.0000-2452018',
  });
  assert.is(coverage.key, 'Windows Server 2019');
  assert.is(coverage.activatesReason?.id, 'csvlk.activates.windows-server-2019');
  assert.is(coverage.activates, render(coverage.activatesReason!));
  assert.match(localizeReasons(coverage, 'ja').activates ?? '', /以前のサーバー/);
});

test("the summary of a return code is the error-code catalog's, in the report's language", () => {
  const explained = explainHresult('0xC004F042');
  assert.ok(explained.summary && !JAPANESE.test(explained.summary));
  const ja = localizeReasons({ result: explained }, 'ja').result;
  assert.ok(ja.summary && JAPANESE.test(ja.summary), String(ja.summary));
  assert.is(ja.code, explained.code);
  assert.is(ja.symbolicName, explained.symbolicName);
  // A code the catalog does not know keeps what was recorded.
  const unknown = explainHresult('0xDEAD0001');
  assert.equal(localizeReasons(unknown, 'ja').summary, unknown.summary);
});

test.run();
