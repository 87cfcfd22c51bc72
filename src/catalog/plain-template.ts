/**
 * Fills a template that is only text and plain `{name}` holes, without ICU. Most templates are
 * like that, and the first IntlMessageFormat a process makes loads ICU's locale data
 * (Intl.NumberFormat.supportedLocalesOf): tens of milliseconds, as much as the rest of a one-host
 * check's start-up. Anything more — select, plural, an apostrophe that could start a quote, a
 * number Intl would round or sign differently — is left to IntlMessageFormat (render.ts).
 */

/** Text where an apostrophe is only an apostrophe, and holes that name one argument each. */
const PLAIN = /^(?:[^{}']|'(?![{}'#|<>])|\{\s*[A-Za-z_]\w*\s*\})*$/;
const HOLE = /\{\s*([A-Za-z_]\w*)\s*\}/g;

export const isPlainTemplate = (text: string): boolean => PLAIN.test(text);

/** A value as IntlMessageFormat would print it here, or undefined where only Intl can say. */
function plainValue(value: string | number | undefined): string | undefined {
  if (typeof value === 'string') return value;
  // Numbers print as typed (no grouping): the same digits for whole numbers Intl does not round.
  if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
  return undefined;
}

/**
 * The filled template, or undefined when it is not plain or a value is missing or needs Intl: the
 * caller then takes the full path, which also reports a missing argument.
 */
export function fillPlainTemplate(text: string, values: Readonly<Record<string, string | number>>): string | undefined {
  if (!isPlainTemplate(text)) return undefined;
  let complete = true;
  const filled = text.replace(HOLE, (_, name: string) => {
    const value = Object.hasOwn(values, name) ? plainValue(values[name]) : undefined;
    if (value === undefined) complete = false;
    return value ?? '';
  });
  return complete ? filled : undefined;
}
