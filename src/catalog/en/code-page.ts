/**
 * English headings and fixed sentences of an error-code page (`kmsdoctor explain <code>`) and of
 * the code list; the code's own text is in ./codes.ts. Commands come in as {command}.
 */
export const CODE_PAGE = {
  'code-page.no-symbolic-name': '(no symbolic name documented)',
  // {win32}: the Win32 error number inside a 0x8007xxxx HRESULT, or null; {exitCode}: what slmgr.vbs exits with.
  'code-page.summary': '{summary} ({win32, select, null {} other {Win32 error {win32}; }}slmgr exit code {exitCode})',
  'code-page.heading.meaning': 'Meaning',
  'code-page.heading.likely-causes': 'Likely causes',
  'code-page.heading.remedy': 'Remedy',
  'code-page.heading.seen-in': 'Seen in',
  'code-page.heading.related-findings': 'Related findings',
  'code-page.heading.notes': 'Notes',
  'code-page.heading.confidence': 'Confidence',
  'code-page.heading.sources': 'Sources',
  'code-page.no-related-findings': 'none: kmsdoctor has no check that detects this directly.',
  'code-page.related-finding': '{id} — {title}: `{command}`',
  'code-page.confidence.inferred':
    "inferred — deduced by this tool's authors (e.g. from the Winsock code table); no Microsoft page ties it to KMS. Verify on a real machine before relying on it.",
  'code-page.confidence.third-party': 'third-party — only blogs or community data describe it; no Microsoft page was found.',
  'code-page.windows-text': 'The text Windows itself shows for this code, in its own language: `{command}`',
  // The tag after a code in `kmsdoctor explain --codes` whose entry is not documented by Microsoft.
  'code-page.tag.inferred': 'inferred',
  'code-page.tag.third-party': 'third-party',
  'code-page.unknown-code': '{code} is not a KMS activation code this tool knows; try: {command}',
} as const satisfies Record<string, string>;
