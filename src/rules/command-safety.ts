/**
 * Remedies are commands an administrator copies into PowerShell or cmd. A name from DNS, a
 * snapshot or an event can hold any character, so a record named `kms'}; Start-Process calc; #`
 * would turn a remedy into code. Rather than trust every rule to quote every name, the findings
 * pass through here once: a remedy step that contains a name that is not a valid host name, or
 * any text from the facts that can end a quoted argument or start code, is replaced by a sentence
 * saying so. The name itself stays in the message, where it is shown (escaped), not run.
 */
import { DEFAULT_LOCALE, type Locale } from '../catalog/catalogs.js';
import { msg } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import { parseHostName } from '../core/names.js';
import type { Facts } from './facts.js';
import type { Finding } from './types.js';

/**
 * Quotes (including the typographic ones PowerShell also treats as quotes), backtick, $, command
 * separators, redirections, braces, parentheses, % (cmd expansion), and every control character.
 */
// eslint-disable-next-line no-control-regex
const CODE_CHARACTERS = /['"`$;|&<>{}()%\u0000-\u001f\u007f-\u009f\u2018-\u201e\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The step that stands in for a command that would paste an unsafe name, in the report's language. */
export function notAHostNameStep(locale: Locale = DEFAULT_LOCALE): string {
  return render(msg('rules.remedy.not-a-host-name'), locale);
}

function isHostName(name: string): boolean {
  try {
    parseHostName(name);
    return true;
  } catch {
    return false;
  }
}

/** Every string anywhere in the facts that could act as code inside a command. */
function codeLikeStrings(value: unknown, found: Set<string>, seen = new Set<object>()): void {
  if (typeof value === 'string') {
    if (CODE_CHARACTERS.test(value)) found.add(value);
  } else if (value !== null && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const item of Array.isArray(value) ? value : Object.values(value)) codeLikeStrings(item, found, seen);
  }
}

/** The names the rules put into commands: hosts and domains, which must be host names. */
function namesOf(facts: Facts): string[] {
  const connectivity = facts.connectivity;
  const plan = facts.client?.plan;
  return [
    ...(connectivity?.targets.flatMap((target) => [target.name, target.domain ?? '']) ?? []),
    ...(connectivity?.domains.map((discovery) => discovery.domain) ?? []),
    ...(plan ? [plan.manualHost?.host ?? '', plan.cachedHost?.host ?? '', ...plan.queryDomains, ...plan.comparisonDomains] : []),
    ...(facts.client?.events.attempts.map((attempt) => attempt.host ?? '') ?? []),
    facts.activation?.target.host ?? '',
  ].filter((name) => name !== '');
}

/** Strings that must never appear inside a printed command. */
export function unsafeForCommands(facts: Facts): string[] {
  const found = new Set<string>();
  codeLikeStrings(facts, found);
  for (const name of namesOf(facts)) if (!isHostName(name)) found.add(name);
  return [...found];
}

/** The findings with every remedy step that would paste an unsafe string replaced (see above). */
export function guardRemedies<T extends Finding<string>>(findings: T[], facts: Facts, locale: Locale = DEFAULT_LOCALE): T[] {
  const unsafe = unsafeForCommands(facts);
  if (unsafe.length === 0) return findings;
  return findings.map((finding) => {
    if (!finding.remedy.some((step) => unsafe.some((text) => step.includes(text)))) return finding;
    const remedy = finding.remedy.map((step) => (unsafe.some((text) => step.includes(text)) ? notAHostNameStep(locale) : step));
    return { ...finding, remedy: [...new Set(remedy)] };
  });
}
