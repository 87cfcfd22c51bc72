// Stands in for the package cliui in the bundle (build/bundle.ts aliases it here). yargs lays out
// help and usage text with it, and loading it loads wrap-ansi and ansi-styles, which build their
// colour tables when loaded: a cost every run paid for text only --help and usage errors print.
// The real package is loaded the first time a layout is asked for.
let cliui;

module.exports = function cliuiOnDemand(options) {
  cliui ??= require('../../node_modules/cliui/index.mjs').default;
  return cliui(options);
};
