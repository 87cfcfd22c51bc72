import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderTable } from '../../src/reporters/table.js';

test('columns align by display width: full-width text counts two columns, colour codes none', () => {
  const lines = renderTable(
    [
      ['状態', 'host'],
      ['\u001b[32mPASS\u001b[39m', 'kms1'],
      ['ab', 'kms2'],
    ],
    '',
  );
  assert.equal(lines, ['状態  host', '\u001b[32mPASS\u001b[39m  kms1', 'ab    kms2']);
});

test.run();
