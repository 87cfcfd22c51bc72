/**
 * slmgr's label texts (English, a machine's slmgr.ini, the confirmed Japanese ones) compiled into
 * regular expressions, and the matcher that finds the label one line carries. Tolerant where paste
 * and locale differ (whitespace width, letter case, NFKC forms), strict on the words themselves.
 */
import { JAPANESE_CONFIRMED_LABELS } from './japanese.js';
import { DLV_LABELS, type DlvLabel, LICENSE_STATUS_LINE_KEYS } from './labels.js';

export type LabelSource = 'english' | 'ini' | 'ja';

interface CompiledLabel {
  label: DlvLabel;
  source: LabelSource;
  regex: RegExp;
  placeholders: string[];
  /** First character (lower case) a line must start with; '' = any (template starting with a placeholder). */
  first: string;
  /** Sort key: whole lines first, then templates, then prefixes; longer first within a form. */
  rank: number;
}

export interface LabelMatch {
  label: DlvLabel;
  source: LabelSource;
  /** prefix: [value]; template: one entry per placeholder; line: []. */
  values: Record<string, string>;
}

/** Placeholders whose values never contain whitespace (numbers, hex, host:port, ids). */
const TOKEN_PLACEHOLDERS = new Set(['MINUTE', 'DAY', 'COUNT', 'INTERVAL', 'ERRCODE', 'KMS', 'ILID', 'ILVID', 'GRANTNO', 'THUMBPRINT']);
const REGEX_SYNTAX = /[\^$\\.*+?()[\]{}|/]/g;

/** A literal piece of a label: regex syntax escaped, every whitespace run → `\s*`. */
function literal(text: string): string {
  return text
    .split(/(\s+)/)
    .filter((part) => part !== '')
    .map((part) => (/^\s+$/.test(part) ? '\\s*' : part.replace(REGEX_SYNTAX, '\\$&')))
    .join('');
}

function compile(label: DlvLabel, rawText: string, source: LabelSource): CompiledLabel | null {
  const text = rawText.normalize('NFKC').trim();
  if (text === '') return null;
  const formRank = label.form === 'line' ? 0 : label.form === 'template' ? 1 : 2;
  let pattern: string;
  let placeholders: string[] = [];
  let first: string;
  if (label.form === 'prefix') {
    // The separator is what the text shows: a colon if it has one (any spacing), else optional.
    const colon = /\s*:$/.exec(text);
    const stem = (colon ? text.slice(0, colon.index) : text).trim();
    if (stem === '') return null;
    pattern = `^${literal(stem)}${colon ? '\\s*:' : '\\s*:?'}\\s*(.*)$`;
    placeholders = ['value'];
    first = stem[0]!.toLowerCase();
  } else if (label.form === 'template') {
    const parts = text.split(/%([A-Za-z0-9_]+)%/);
    pattern = '^';
    parts.forEach((part, index) => {
      if (index % 2 === 1) {
        placeholders.push(part.toUpperCase());
        pattern += TOKEN_PLACEHOLDERS.has(part.toUpperCase()) ? '(\\S*)' : '(.*?)';
      } else {
        pattern += literal(part);
      }
    });
    pattern += '$';
    first = parts[0] === '' ? '' : parts[0]!.trimStart()[0]!.toLowerCase();
  } else {
    pattern = `^${literal(text)}$`;
    first = text[0]!.toLowerCase();
  }
  return { label, source, regex: new RegExp(pattern, 'iu'), placeholders, first, rank: formRank * 100000 - text.length };
}

export class LabelMatcher {
  private readonly buckets = new Map<string, CompiledLabel[]>();
  private readonly anywhere: CompiledLabel[] = [];
  readonly size: number;

  constructor(compiled: CompiledLabel[]) {
    const seen = new Set<string>();
    const unique = compiled.filter((c) => {
      const id = `${c.label.key}\u0000${c.regex.source}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    unique.sort((a, b) => a.rank - b.rank);
    for (const c of unique) {
      if (c.first === '') this.anywhere.push(c);
      else {
        const bucket = this.buckets.get(c.first);
        if (bucket) bucket.push(c);
        else this.buckets.set(c.first, [c]);
      }
    }
    this.size = unique.length;
  }

  /** `line` is trimmed and NFKC-normalised. */
  match(line: string): LabelMatch | null {
    const bucket = this.buckets.get(line[0]!.toLowerCase()) ?? [];
    for (const list of [bucket, this.anywhere]) {
      for (const c of list) {
        const m = c.regex.exec(line);
        if (!m) continue;
        const values: Record<string, string> = {};
        c.placeholders.forEach((name, i) => {
          values[name] = (m[i + 1] ?? '').trim();
        });
        return { label: c.label, source: c.source, values };
      }
    }
    return null;
  }
}

/** The "License Status:" label of an ini: the common beginning of its status lines, up to a colon. */
function statusPrefixOf(texts: string[]): string | null {
  if (texts.length < 2) return null;
  let prefix = texts[0]!;
  for (const text of texts) {
    while (!text.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  const colon = prefix.lastIndexOf(':');
  return colon > 0 ? prefix.slice(0, colon + 1) : null;
}

function buildMatcher(ini: Map<string, string> | undefined, japanese: boolean): LabelMatcher {
  const compiled: CompiledLabel[] = [];
  const add = (label: DlvLabel, text: string | undefined, source: LabelSource) => {
    if (text === undefined) return;
    const c = compile(label, text, source);
    if (c) compiled.push(c);
  };
  const iniByKey = new Map<string, string>();
  for (const [key, value] of ini ?? []) {
    const lower = key.toLowerCase();
    if (!iniByKey.has(lower)) iniByKey.set(lower, value);
  }
  const iniStatusPrefix = statusPrefixOf(
    LICENSE_STATUS_LINE_KEYS.map((key) => DLV_LABELS.find((l) => l.key === key)?.resource)
      .map((resource) => (resource ? iniByKey.get(resource.toLowerCase()) : undefined))
      .filter((text): text is string => text !== undefined && text.trim() !== '')
      .map((text) => text.normalize('NFKC').trim()),
  );
  for (const label of DLV_LABELS) {
    const fromIni = label.resource ? iniByKey.get(label.resource.toLowerCase()) : label.key === 'licenseStatus' ? (iniStatusPrefix ?? undefined) : undefined;
    if (fromIni !== undefined && fromIni.trim() !== '') add(label, fromIni, 'ini');
    else if (japanese) {
      for (const ja of JAPANESE_CONFIRMED_LABELS) if (ja.key === label.key) add(label, ja.text, 'ja');
    }
    add(label, label.english, 'english');
  }
  return new LabelMatcher(compiled);
}

let englishMatcher: LabelMatcher | undefined;
let englishJapaneseMatcher: LabelMatcher | undefined;
const iniMatchers = new WeakMap<Map<string, string>, { plain?: LabelMatcher; japanese?: LabelMatcher }>();

/** The matcher for this ini and language, built once per ini (a WeakMap) and once for English alone. */
export function matcherFor(ini: Map<string, string> | undefined, japanese: boolean): LabelMatcher {
  if (!ini) {
    if (japanese) return (englishJapaneseMatcher ??= buildMatcher(undefined, true));
    return (englishMatcher ??= buildMatcher(undefined, false));
  }
  let cached = iniMatchers.get(ini);
  if (!cached) iniMatchers.set(ini, (cached = {}));
  if (japanese) return (cached.japanese ??= buildMatcher(ini, true));
  return (cached.plain ??= buildMatcher(ini, false));
}
