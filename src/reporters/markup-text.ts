/**
 * Text from DNS, files and events is hostile in a page or a pipeline's XML as much as on a terminal
 * (display-text.ts): every Markdown, HTML and XML reporter passes what it shows through here.
 */

/** Text as XML/HTML character data or attribute value: markup characters as entities, XML-forbidden controls replaced. */
export function escapeXml(text: string): string {
  // Control characters other than tab/newline are not allowed in XML 1.0.
  // eslint-disable-next-line no-control-regex
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Text as literal Markdown: markup characters backslash-escaped (no links, emphasis or code from the data), tags as entities, one line. */
export function mdCell(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
