/**
 * A KMS host's `/dlv all` on a localized machine: the host lines (current count, listening port,
 * DNS publishing, priority, the cumulative request counters) are read through the machine's
 * slmgr.ini exactly as the client lines are. The Japanese text is made from host-en.txt by putting
 * every line through the ini, the way slmgr itself builds its output (GetResource per label).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PACKAGE_ROOT } from '../../src/core/tool-info.js';
import { parseSlmgrIni } from '../../src/dlv/ini.js';
import { LABEL_BY_KEY } from '../../src/dlv/labels.js';
import { matchDlvLabel, parseDlv } from '../../src/dlv/parse-dlv.js';
import { said } from '../helpers/said.js';

const DLV = join(PACKAGE_ROOT, 'samples', 'dlv');
const INI = parseSlmgrIni(readFileSync(join(DLV, 'slmgr-0411.ini')), 'slmgr-0411.ini');
const HOST_EN = readFileSync(join(DLV, 'host-en.txt'), 'utf8');

/** One English line rendered through the ini, as slmgr prints it on a Japanese machine. */
function throughIni(line: string): string {
  const indent = /^\s*/.exec(line)![0];
  const match = matchDlvLabel(line);
  if (!match) return line;
  const label = LABEL_BY_KEY.get(match.key)!;
  const text = label.resource ? INI.get(label.resource) : undefined;
  if (text === undefined) return line;
  if (label.form === 'line') return indent + text;
  if (label.form === 'prefix') return `${indent}${text}${match.values.value ?? ''}`;
  return indent + text.replace(/%([A-Za-z0-9_]+)%/g, (_, name: string) => match.values[name.toUpperCase()] ?? '');
}

const test = suite('dlv: host lines through the slmgr.ini');

test('every host line of host-en.txt has a Japanese rendering in the sample ini', () => {
  const japanese = HOST_EN.split(/\r?\n/).map(throughIni).join('\r\n');
  for (const words of ['現在の数: ', 'リッスン先のポート: ', 'DNS 公開は有効です', 'KMS の優先度: 標準', '受信した要求の合計: ', 'ライセンスの状態が 初期猶予期間 の要求数: ']) {
    assert.ok(japanese.includes(words), words);
  }
});

test('read with the ini, the Japanese host text gives the same count, port, publishing, priority and counters as the English', () => {
  const japanese = parseDlv(HOST_EN.split(/\r?\n/).map(throughIni).join('\r\n'), { ini: INI, now: new Date(0) });
  const english = parseDlv(HOST_EN, { now: new Date(0) });
  assert.equal(japanese.unknownLines, []);
  const pick = (s: typeof english.snapshot) => ({
    service: s.service && {
      currentCount: s.service.currentCount,
      listeningPort: s.service.listeningPort,
      dnsPublishing: s.service.dnsPublishing,
      lowPriority: s.service.lowPriority,
      requests: s.service.requests,
      isKmsHost: s.service.isKmsHost,
    },
    products: s.products.map((p) => [p.name, p.isKmsHost, p.currentCount, p.licenseStatus]),
  });
  assert.equal(pick(japanese.snapshot), pick(english.snapshot));
  assert.is(japanese.snapshot.service?.currentCount, english.snapshot.service?.currentCount);
  assert.ok((japanese.snapshot.service?.requests?.total ?? 0) > 0);
});

test('without the ini, the host lines are listed as unread, never guessed', () => {
  const japanese = parseDlv(HOST_EN.split(/\r?\n/).map(throughIni).join('\r\n'), { now: new Date(0) });
  assert.is(japanese.snapshot.service?.currentCount ?? null, null);
  assert.ok(
    japanese.unknownLines.some((line) => line.startsWith('現在の数:')),
    japanese.unknownLines.join(' | '),
  );
  assert.ok(said(japanese.warnings).some((w) => w.includes('slmgr\\0411\\slmgr.ini')));
});

test.run();
