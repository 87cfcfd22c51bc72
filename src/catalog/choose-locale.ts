import { DEFAULT_LOCALE, isLocale, type Locale } from './catalogs.js';

export interface LocaleSources {
  /** `--lang`, when given. */
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** The locale the runtime's ICU reports (on Windows: the user's language settings). */
  runtimeLocale?: () => string | undefined;
}

/** `ja_JP.UTF-8`, `ja-JP`, `ja` → `ja`; `C`, `POSIX` and empty say nothing. */
function languageOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const language = value.split(/[_.@-]/)[0]!.toLowerCase();
  return language === '' || language === 'c' || language === 'posix' ? undefined : language;
}

/**
 * The language to speak: `--lang`, else KMSDOCTOR_LANG, else the POSIX locale (LC_ALL, then
 * LC_MESSAGES, then LANG — the order gettext uses), else on Windows the language Node's ICU
 * reports for the user, else English. The first source that names a language decides; a
 * language without a catalog falls back to English rather than mixing two.
 */
export function chooseLocale(sources: LocaleSources = {}): Locale {
  const env = sources.env ?? process.env;
  const platform = sources.platform ?? process.platform;
  const runtimeLocale = sources.runtimeLocale ?? (() => Intl.DateTimeFormat().resolvedOptions().locale);
  const candidates = [sources.flag, env.KMSDOCTOR_LANG, env.LC_ALL, env.LC_MESSAGES, env.LANG, platform === 'win32' ? runtimeLocale() : undefined];
  for (const candidate of candidates) {
    const language = languageOf(candidate);
    if (language !== undefined) return isLocale(language) ? language : DEFAULT_LOCALE;
  }
  return DEFAULT_LOCALE;
}
