/**
 * The help wrapper the bundle gives cliui (src/cli/help-wrap.ts): English text goes to wrap-ansi
 * untouched; Japanese text breaks between characters at display width, with kinsoku.
 */
import stringWidth from 'string-width';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import wrapAnsi from 'wrap-ansi';
import { helpWrapper } from '../../src/cli/help-wrap.js';

const wrap = helpWrapper(wrapAnsi, stringWidth);

const JAPANESE = [
  'クライアントが KMS に到達するすべての経路をチェックします: クライアント自身の設定、SRV による自動検出、すべてのホスト、すべてのポート、RPC エンドポイント',
  'レポートを標準出力ではなくこのファイルに書き込みます (通常のファイルはアトミックに置き換え、デバイスや FIFO にはそのまま書き込みます)',
  '検出事項とレポートの言語 (既定: KMSDOCTOR_LANG、次に LC_ALL、LC_MESSAGES、LANG、次に Windows の表示言語、いずれもなければ en)',
  '送信するワークステーション名 (既定: kms-probe.<このホストの名前>)。ホストはイベント ID 12290 に記録します',
  '「ライセンス認証」の状態は、ちょっと待ってから（約３０分）確認してください。',
];

test('text without Japanese is exactly what wrap-ansi makes of it', () => {
  for (const text of [
    'Report format (json and ndjson follow src/report/report.schema.json)',
    '  leading  and inner  spaces kept as wrap-ansi keeps them ',
    'averyveryverylongwordwithoutspaces',
    'line one\nline two',
    '',
  ]) {
    for (const width of [5, 12, 40]) assert.is(wrap(text, width, { hard: true }), wrapAnsi(text, width, { hard: true }), `${JSON.stringify(text)} at ${width}`);
  }
});

test('Japanese lines fill the width (display width, full-width counts 2) and never exceed it', () => {
  for (const text of JAPANESE) {
    for (const width of [20, 37, 52, 70]) {
      const lines = wrap(text, width, { hard: true }).split('\n');
      for (const line of lines) assert.ok(stringWidth(line) <= width, `${line} (${stringWidth(line)} > ${width})`);
      // Filled: every line but the last would have overflowed with the next line's first character.
      for (const [index, line] of lines.slice(0, -1).entries()) {
        // The next line's first unbreakable piece: an ASCII word with its closing punctuation, or one character.
        const next = /^(?:[!-~]+|.)[、。，．）」』】〕ー・：；？！)\].,:;]*/u.exec(lines[index + 1] ?? '')?.[0] ?? '';
        assert.ok(stringWidth(line) + 1 + stringWidth(next) > width - 3, `short line at ${width}: ${JSON.stringify(line)} then ${JSON.stringify(lines[index + 1])}`);
      }
      // Nothing lost: only spaces where a line broke are dropped.
      assert.is(lines.join('').replace(/ /g, ''), text.replace(/ /g, ''));
    }
  }
});

test('kinsoku: no line starts with closing punctuation or a small kana, none ends with an opening bracket', () => {
  for (const text of JAPANESE) {
    for (let width = 8; width <= 60; width += 1) {
      for (const line of wrap(text, width, { hard: true }).split('\n')) {
        assert.not.match(line, /^[、。，．）」』】〕ー・：；？！っゃゅょァィゥェォッャュョ)\].,:;>]/u, `starts badly at ${width}: ${line}`);
        assert.not.match(line, /[（「『【〔(<]$/u, `ends badly at ${width}: ${line}`);
      }
    }
  }
});

test('ASCII words inside Japanese stay whole; a word wider than the line is cut as wrap-ansi cuts it', () => {
  const lines = wrap('既定: KMSDOCTOR_LANG、次に src/report/report.schema.json に従います', 18, { hard: true }).split('\n');
  assert.ok(
    lines.some((line) => line.includes('KMSDOCTOR_LANG、')),
    lines.join('|'),
  );
  assert.ok(
    lines.every((line) => !line.endsWith('src/report/') && !line.startsWith('report.schema')),
    lines.join('|'),
  );
  assert.equal(wrap('ホスト名 abcdefghijklmnopqrstuvwxyz です', 10, { hard: true }).split('\n'), ['ホスト名', 'abcdefghij', 'klmnopqrst', 'uvwxyz で', 'す']);
});

test.run();
