// Stands in for the package string-width in the bundle (build/bundle.ts aliases it here). yargs
// imports string-width when it loads, only to lay out help text, and loading it builds Unicode
// tables (an Intl.Segmenter, emoji regular expressions): a large share of every start-up. The real
// package is loaded the first time a width is asked for.
let stringWidth;

module.exports = function stringWidthOnDemand(text, options) {
  stringWidth ??= require('../../node_modules/string-width/index.js').default;
  return stringWidth(text, options);
};
