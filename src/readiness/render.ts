/** Turns what the readiness checks found (data) into the lines the report shows, in one language. */
import { DEFAULT_LOCALE, type Locale } from '../catalog/catalogs.js';
import { msg } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import type { CheckResult, DetailPhrases, ReadinessCheck } from './model.js';

function joinPhrases({ join, phrases }: DetailPhrases, locale: Locale): string | string[] {
  const lines = phrases.map((phrase) => render(phrase, locale));
  return join === 'list' ? lines : lines.join(render(msg('readiness.clause-separator'), locale));
}

export function renderCheck(check: CheckResult, locale: Locale = DEFAULT_LOCALE): ReadinessCheck {
  const phrases = Object.fromEntries(Object.entries(check.phrases ?? {}).map(([name, list]) => [name, joinPhrases(list, locale)]));
  return {
    id: check.id,
    title: render(msg(`readiness.${check.id}.title`), locale),
    state: check.state,
    detail: render(check.detail, locale, phrases),
    evidence: check.evidence,
  };
}
