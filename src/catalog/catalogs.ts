import { EN } from './en/index.js';
import { JA } from './ja/index.js';

/**
 * Every language the tool speaks, each one flat catalog of ICU MessageFormat templates keyed by
 * message id. English is the reference: its keys are the ids, and a test keeps every other
 * catalog total and its placeholders equal to English's.
 */
export const CATALOGS = { en: EN, ja: JA } as const;

export type Locale = keyof typeof CATALOGS;
export type MessageId = keyof typeof EN.messages;

export const LOCALES = Object.keys(CATALOGS) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(CATALOGS, value);
}
