import { DEFAULT_LOCALE, type Locale, type MessageId } from '../catalogs.js';
import { ruleTitle } from '../findings.js';
import type { MessageArgs } from '../message.js';
import { render } from '../render.js';
import { type CodeConfidence, type CodeEntry, codeEntry, KMS_CODES, signedDecimal } from './catalog.js';

/** The confidence note a page carries, and the tag the list shows; documented entries have neither. */
const CONFIDENCE_NOTE: Readonly<Record<CodeConfidence, MessageId | null>> = {
  documented: null,
  inferred: 'code-page.confidence.inferred',
  'third-party': 'code-page.confidence.third-party',
};
const CONFIDENCE_TAG: Readonly<Record<CodeConfidence, MessageId | null>> = {
  documented: null,
  inferred: 'code-page.tag.inferred',
  'third-party': 'code-page.tag.third-party',
};

/** The command that prints Windows' own text for a code, in Windows' language. */
const windowsTextCommand = (code: string) => `slui.exe 0x2a ${code}`;

/**
 * The first sentence of an entry's meaning: the one-line summary used in listings. English
 * sentences end in a full stop and a space, Japanese ones in 「。」; the entry's language decides.
 */
export function codeSummary(entry: CodeEntry): string {
  const end = /\.(?=\s)|。/.exec(entry.meaning);
  return end ? entry.meaning.slice(0, end.index + end[0].length) : entry.meaning;
}

/**
 * The page for one code, in the shape of the finding pages (`kmsdoctor explain <code>`).
 * Headings and fixed sentences are in `locale`; the entry's text is as given, so look it up in
 * the same language (lookupCode(input, locale)).
 */
export function renderCodePage(entry: CodeEntry, locale: Locale = DEFAULT_LOCALE): string {
  const say = (id: MessageId, args?: MessageArgs) => render({ id, args }, locale);
  const win32 = entry.decimal !== null && entry.decimal !== 0 ? entry.decimal : null;
  const lines = [
    `# ${entry.code} — ${entry.symbolicName ?? say('code-page.no-symbolic-name')}`,
    '',
    say('code-page.summary', { summary: codeSummary(entry), win32, exitCode: signedDecimal(entry.code) }),
    '',
    `## ${say('code-page.heading.meaning')}`,
    entry.meaning,
    '',
    `## ${say('code-page.heading.likely-causes')}`,
    ...entry.likelyCauses.map((cause) => `- ${cause}`),
    '',
    `## ${say('code-page.heading.remedy')}`,
    ...entry.remedies.map((step, i) => `${i + 1}. ${step}`),
    '',
    `## ${say('code-page.heading.seen-in')}`,
    ...entry.where.map((place) => `- ${place}`),
    '',
    `## ${say('code-page.heading.related-findings')}`,
    ...(entry.relatedFindings.length === 0
      ? [`- ${say('code-page.no-related-findings')}`]
      : entry.relatedFindings.map((id) => `- ${say('code-page.related-finding', { id, title: ruleTitle(id, locale), command: `kmsdoctor explain ${id}` })}`)),
    '',
  ];
  if (entry.notes.length > 0) lines.push(`## ${say('code-page.heading.notes')}`, ...entry.notes.map((note) => `- ${note}`), '');
  const confidence = CONFIDENCE_NOTE[entry.confidence];
  if (confidence !== null) lines.push(`## ${say('code-page.heading.confidence')}`, say(confidence), '');
  lines.push(`## ${say('code-page.heading.sources')}`, entry.sources.join('; '), '', say('code-page.windows-text', { command: windowsTextCommand(entry.code) }));
  return `${lines.join('\n')}\n`;
}

/** `kmsdoctor explain --codes`: one line per code — code, symbolic name, one-line meaning in `locale`. */
export function renderCodeList(locale: Locale = DEFAULT_LOCALE): string {
  const entries = KMS_CODES.map((code) => codeEntry(code, locale));
  const width = Math.max(...entries.map((entry) => (entry.symbolicName ?? '—').length));
  const lines = entries.map((entry) => {
    const tag = CONFIDENCE_TAG[entry.confidence];
    return `${entry.code}  ${(entry.symbolicName ?? '—').padEnd(width)}  ${codeSummary(entry)}${tag === null ? '' : ` [${render({ id: tag }, locale)}]`}`;
  });
  return `${lines.join('\n')}\n`;
}

/** The one-line error for a well-formed code the catalog does not hold. */
export function unknownCodeMessage(code: string, locale: Locale = DEFAULT_LOCALE): string {
  return render({ id: 'code-page.unknown-code', args: { code, command: windowsTextCommand(code) } }, locale);
}

/** The dim line under a finding in the human report; null when the text names no known code. */
export function codesLine(codes: readonly string[]): string | null {
  return codes.length === 0 ? null : `codes: ${codes.map((code) => `${code} (kmsdoctor explain ${code})`).join(', ')}`;
}
