import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, DEFAULT_LOCALE, type Locale, type MessageId } from './catalogs.js';
import type { Message, MessageArg, MessageArgs } from './message.js';
import { fillPlainTemplate } from './plain-template.js';

// Ports, counts and error codes must read exactly as typed (1688, not 1,688) in every language.
const formatters = {
  getNumberFormat: (locales: string | string[], options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locales, { ...options, useGrouping: false }),
  getDateTimeFormat: (locales: string | string[], options?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locales, options),
  getPluralRules: (locales: string | string[], options?: Intl.PluralRulesOptions) => new Intl.PluralRules(locales, options),
};

// Compiling a template costs far more than formatting it; a report renders the same ones many times.
const compiled = new Map<string, IntlMessageFormat>();

function templateText(locale: Locale, id: MessageId): string {
  const text: string | undefined = (CATALOGS[locale].messages as Record<string, string>)[id];
  if (text === undefined) throw new Error(`kms-doctor: message ${id} is missing from the ${locale} catalog`);
  return text;
}

function template(locale: Locale, id: MessageId): IntlMessageFormat {
  const key = `${locale}\u0000${id}`;
  let format = compiled.get(key);
  if (format === undefined) {
    format = new IntlMessageFormat(templateText(locale, id), locale, undefined, { formatters, ignoreTag: true });
    compiled.set(key, format);
  }
  return format;
}

const isMessage = (value: unknown): value is Message => typeof value === 'object' && value !== null && 'id' in value;

function formatValue(locale: Locale, value: MessageArg): string | number {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (value === null || typeof value === 'boolean') return String(value);
  if (isMessage(value)) return render(value, locale);
  const items = value as ReadonlyArray<string | Message>;
  return items.map((item) => (isMessage(item) ? render(item, locale) : item)).join(CATALOGS[locale].listSeparator);
}

/** The sentence a message stands for, in `locale`. A missing argument is a programming error and throws. */
export function render(message: Message, locale: Locale = DEFAULT_LOCALE, extra?: MessageArgs): string {
  const args = { ...extra, ...message.args };
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(args)) {
    // Loosely typed data (JSON, tests) can hold undefined; say which argument instead of failing inside a join.
    if (value === undefined) throw new Error(`kms-doctor: message ${message.id} got no value for {${name}}`);
    values[name] = formatValue(locale, value);
  }
  const plain = fillPlainTemplate(templateText(locale, message.id), values, locale);
  if (plain !== undefined) return plain;
  const text = template(locale, message.id).format(values);
  if (typeof text !== 'string') throw new Error(`kms-doctor: message ${message.id} did not render to text`);
  return text;
}
