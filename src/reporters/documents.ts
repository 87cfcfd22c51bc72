/** The frame of every HTML page and JUnit file the reporters write; what goes inside is theirs. */
import type { Locale } from '../catalog/catalogs.js';
import { escapeXml as e } from './markup-text.js';

/**
 * One self-contained page: inline CSS, no scripts, no external assets. `body` is markup already escaped.
 * The page says its language, so a browser picks Japanese fonts and a screen reader the right voice.
 */
export function htmlDocument(locale: Locale, title: string, css: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${e(title)}</title>
<style>
${css}
</style>
</head>
<body>
${body}</body>
</html>
`;
}

/**
 * A report page: the title as its heading, the verdict badge (`verdictClass` picks its colours, a
 * fixed word), the line of counts, then `body` (markup already escaped).
 */
export function reportPage(page: { locale: Locale; title: string; css: string; verdictClass: string; verdict: string; counts: string; body: string }): string {
  return htmlDocument(
    page.locale,
    page.title,
    page.css,
    `<h1>${e(page.title)}</h1>
<p><span class="verdict ${page.verdictClass}">${e(page.verdict)}</span></p>
<p>${e(page.counts)}</p>
${page.body}`,
  );
}

/** A heading over a list of plain lines; nothing at all when there is no line. */
export function htmlListSection(heading: string, lines: readonly string[]): string {
  return lines.length === 0 ? '' : `<h2>${e(heading)}</h2>\n<ul>\n${lines.map((line) => `<li>${e(line)}</li>`).join('\n')}\n</ul>\n`;
}

/** One <testsuite> inside <testsuites>; `cases` are <testcase> elements already escaped. */
export function junitDocument(args: { name: string; suiteName?: string; cases: string[]; failures: number; skipped: number; durationMs: number; startedAt: string }): string {
  const attrs = `tests="${args.cases.length}" failures="${args.failures}" errors="0" skipped="${args.skipped}" time="${(args.durationMs / 1000).toFixed(3)}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="${e(args.name)}" ${attrs}>
<testsuite name="${e(args.suiteName ?? args.name)}" ${attrs} timestamp="${e(args.startedAt)}">
${args.cases.join('\n')}
</testsuite>
</testsuites>
`;
}
