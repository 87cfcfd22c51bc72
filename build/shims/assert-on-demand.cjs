// The two checks yargs makes through `assert` on every run, made here: Node's assert module (with
// its diff printer and error classes) loads only when one fails, to throw exactly its error.
'use strict';

module.exports = {
  notStrictEqual(actual, expected, message) {
    if (Object.is(actual, expected)) require('node:assert').notStrictEqual(actual, expected, message);
  },
  strictEqual(actual, expected, message) {
    if (!Object.is(actual, expected)) require('node:assert').strictEqual(actual, expected, message);
  },
};
