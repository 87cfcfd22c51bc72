import { ruleTitle } from '../rules/catalog.js';
import { CODE_CATALOG, KMS_CODES, signedDecimal, type CodeEntry } from './catalog.js';

const CONFIDENCE_NOTE = {
  documented: null,
  inferred: 'inferred — deduced by this tool\'s authors (e.g. from the Winsock code table); no Microsoft page ties it to KMS. Verify on a real machine before relying on it.',
  'third-party': 'third-party — only blogs or community data describe it; no Microsoft page was found.',
} as const;

/** The first sentence of an entry's meaning: the one-line summary used in listings. */
export function codeSummary(entry: CodeEntry): string {
  const end = /\.(?=\s)/.exec(entry.meaning);
  return end ? entry.meaning.slice(0, end.index + 1) : entry.meaning;
}

/** The page for one code, in the shape of the finding pages (`kmsdoctor explain <code>`). */
export function renderCodePage(entry: CodeEntry): string {
  const facts = [
    entry.decimal !== null && entry.decimal !== 0 ? `Win32 error ${entry.decimal}` : null,
    `slmgr exit code ${signedDecimal(entry.code)}`,
  ].filter((fact) => fact !== null);
  const lines = [
    `# ${entry.code} — ${entry.symbolicName ?? '(no symbolic name documented)'}`,
    '',
    `${codeSummary(entry)} (${facts.join('; ')})`,
    '',
    '## Meaning',
    entry.meaning,
    '',
    '## Likely causes',
    ...entry.likelyCauses.map((cause) => `- ${cause}`),
    '',
    '## Remedy',
    ...entry.remedies.map((step, i) => `${i + 1}. ${step}`),
    '',
    '## Seen in',
    ...entry.where.map((place) => `- ${place}`),
    '',
    '## Related findings',
    ...(entry.relatedFindings.length === 0
      ? ['- none: kmsdoctor has no check that detects this directly.']
      : entry.relatedFindings.map((id) => `- ${id} — ${ruleTitle(id)}: \`kmsdoctor explain ${id}\``)),
    '',
  ];
  if (entry.notes.length > 0) lines.push('## Notes', ...entry.notes.map((note) => `- ${note}`), '');
  const confidence = CONFIDENCE_NOTE[entry.confidence];
  if (confidence !== null) lines.push('## Confidence', confidence, '');
  lines.push('## Sources', entry.sources.join('; '), '', `The text Windows itself shows for this code, in its own language: \`slui.exe 0x2a ${entry.code}\``);
  return `${lines.join('\n')}\n`;
}

/** `kmsdoctor explain --codes`: one line per code — code, symbolic name, one-line meaning. */
export function renderCodeList(): string {
  const entries = KMS_CODES.map((code) => CODE_CATALOG[code]);
  const width = Math.max(...entries.map((entry) => (entry.symbolicName ?? '—').length));
  const lines = entries.map((entry) => {
    const tag = entry.confidence === 'documented' ? '' : ` [${entry.confidence}]`;
    return `${entry.code}  ${(entry.symbolicName ?? '—').padEnd(width)}  ${codeSummary(entry)}${tag}`;
  });
  return `${lines.join('\n')}\n`;
}

/** The one-line error for a well-formed code the catalog does not hold. */
export function unknownCodeMessage(code: string): string {
  return `${code} is not a KMS activation code this tool knows; try: slui.exe 0x2a ${code}`;
}

/** The dim line under a finding in the human report; null when the text names no known code. */
export function codesLine(codes: readonly string[]): string | null {
  return codes.length === 0 ? null : `codes: ${codes.map((code) => `${code} (kmsdoctor explain ${code})`).join(', ')}`;
}
