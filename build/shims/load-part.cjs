// Loads a part of the CLI kept in its own file beside the bundle (dist/kmsdoctor-<part>.cjs), the
// first time a command needs it: compiling code is most of a start-up, so what most commands never
// use is not in the file every run compiles (build/lazy-parts.ts). A part missing from an
// installation is a broken install, not a bug to show a stack trace for: one line and exit 2, as
// for any run that cannot go ahead.
'use strict';

const { join } = require('node:path');

module.exports = function loadPart(file, load) {
  try {
    return load();
  } catch (error) {
    if (!(error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(file))) throw error;
    process.stderr.write(`kmsdoctor: ${join(__dirname, file)} is missing: this installation is incomplete; reinstall kms-doctor\n`);
    process.exit(2);
  }
};
