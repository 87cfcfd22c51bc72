/**
 * Renders the sentences of probe evidence in the report's language. Probes record each sentence
 * twice: the text (English until now) and its reason as data, side by side under the names of
 * TEXT_OF (a probe error's `message` and `reason`, a bind's `explanation` and `explanationReason`,
 * an SRV answer's `discarded` and `discardedReasons`, …). This walk finds every such pair in plain
 * JSON data, wherever a section keeps probe results, and renders the text again from the reason.
 * Everything else is copied as it is.
 */
import type { Locale } from './catalogs.js';
import { DEFAULT_LOCALE } from './catalogs.js';
import { lookupCode } from './codes/catalog.js';
import { codeSummary } from './codes/render.js';
import { isReason, renderReason } from './probe-reason.js';

/** Reason field → the text field it words (one sentence, or a list of them one per entry). */
const TEXT_OF: Readonly<Record<string, string>> = {
  reason: 'message',
  explanationReason: 'explanation',
  fingerprintReason: 'fingerprint',
  detailReason: 'detail',
  discardedReasons: 'discarded',
  ignoredReasons: 'ignored',
  anomalyReasons: 'anomalies',
  adviceReasons: 'advice',
  kmsMeaningReason: 'kmsMeaning',
  implausibleReasons: 'implausible',
  activatesReason: 'activates',
};

function textKey(key: string): string | null {
  return Object.hasOwn(TEXT_OF, key) ? TEXT_OF[key]! : null;
}

function localizeObject(value: Record<string, unknown>, locale: Locale): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = walk(item, locale);
  for (const [key, item] of Object.entries(value)) {
    const target = textKey(key);
    if (target === null || !Object.hasOwn(value, target)) continue;
    if (isReason(item) && typeof value[target] === 'string') {
      copy[target] = renderReason(item, locale) ?? value[target];
    } else if (Array.isArray(item) && Array.isArray(value[target]) && item.length === (value[target] as unknown[]).length && item.every(isReason)) {
      const texts = value[target] as unknown[];
      copy[target] = item.map((reason, index) => renderReason(reason, locale) ?? texts[index]);
    }
  }
  // An explained return code (code, symbolicName, summary, kmsMeaningReason): its summary is the
  // error-code catalog's first sentence, read again from that language's code texts.
  if (typeof value.code === 'string' && typeof value.summary === 'string' && Object.hasOwn(value, 'symbolicName') && Object.hasOwn(value, 'kmsMeaningReason')) {
    const entry = lookupCode(value.code, locale);
    if (entry) copy.summary = codeSummary(entry);
  }
  return copy;
}

/** A copy of `value` with every recorded sentence rendered in `locale` from its reason. */
export function localizeReasons<T>(value: T, locale: Locale): T {
  // Probes record English: a report in English needs no second pass.
  if (locale === DEFAULT_LOCALE) return value;
  return walk(value, locale);
}

function walk<T>(value: T, locale: Locale): T {
  if (Array.isArray(value)) return value.map((item) => walk(item, locale)) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) return localizeObject(value as Record<string, unknown>, locale) as T;
  return value;
}
