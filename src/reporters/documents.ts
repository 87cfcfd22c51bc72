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
