/** Checks of rendered reports: HTML tag balance and self-containment, JUnit counts (saxes). */
import { SaxesParser } from 'saxes';

const VOID = new Set(['meta', 'br', 'hr', 'img', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source', 'track', 'embed', 'param']);

/** Problems with an HTML page: unbalanced tags, scripts, external assets. Empty when fine. */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('contains <script');
  if (/\s(src|href)\s*=/i.test(html) || /url\(/i.test(html) || /@import/i.test(html)) problems.push('references an external asset');
  if (/\son[a-z]+\s*=/i.test(html)) problems.push('has an inline event handler');
  const body = html.replace(/<!DOCTYPE[^>]*>/i, '').replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  const stack: string[] = [];
  for (const match of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*?)(\/?)>/g)) {
    const [, closing, rawName, , selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (VOID.has(name) || selfClosing) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) problems.push(`</${name}> does not close the open element`);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (/<(?![a-zA-Z/!])/.test(body)) problems.push('a bare "<" in text (unescaped)');
  return problems;
}

export interface JunitCounts {
  suites: number;
  tests: number;
  failures: number;
  skipped: number;
  declared: { tests: number; failures: number; skipped: number };
  warningFailures: number;
}

/** Parses JUnit XML with saxes (throws on malformed XML) and counts what it holds. */
export function junitCounts(xml: string): JunitCounts {
  const parser = new SaxesParser({ xmlns: false });
  const counts: JunitCounts = { suites: 0, tests: 0, failures: 0, skipped: 0, declared: { tests: -1, failures: -1, skipped: -1 }, warningFailures: 0 };
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attr = (name: string) => String(tag.attributes[name] ?? '');
    if (tag.name === 'testsuite') {
      counts.suites += 1;
      counts.declared = { tests: Number(attr('tests')), failures: Number(attr('failures')), skipped: Number(attr('skipped')) };
    } else if (tag.name === 'testcase') counts.tests += 1;
    else if (tag.name === 'failure') {
      counts.failures += 1;
      if (attr('type') === 'warning') counts.warningFailures += 1;
    } else if (tag.name === 'skipped') counts.skipped += 1;
  });
  parser.write(xml).close();
  return counts;
}
