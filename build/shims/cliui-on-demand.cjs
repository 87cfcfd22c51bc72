// Stands in for the package cliui in the bundle (build/bundle.ts aliases it here). yargs lays out
// help and usage text with it, and loading it loads wrap-ansi and ansi-styles, which build their
// colour tables when loaded: a cost every run paid for text only --help and usage errors print.
// The real package is loaded the first time a layout is asked for, with the same helpers its own
// entry (cliui/index.mjs) gives it, except that lines wrap where Japanese allows a break
// (src/cli/help-wrap.ts): wrap-ansi alone breaks only at spaces. English text wraps as before.
let cliui;

module.exports = function cliuiOnDemand(options) {
  if (!cliui) {
    const { cliui: layout } = require('../../node_modules/cliui/build/lib/index.js');
    const stringWidth = require('string-width');
    const stripAnsi = require('strip-ansi');
    const wrapAnsi = require('wrap-ansi');
    const { helpWrapper } = require('../../src/cli/help-wrap.ts');
    const width = stringWidth.default ?? stringWidth;
    const mixin = { stringWidth: width, stripAnsi: stripAnsi.default ?? stripAnsi, wrap: helpWrapper(wrapAnsi.default ?? wrapAnsi, width) };
    cliui = (opts) => layout(opts, mixin);
  }
  return cliui(options);
};
