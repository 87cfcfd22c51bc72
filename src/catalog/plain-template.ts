/**
 * Fills the templates the catalogs use — text, `{name}` holes, `select` and `plural` (`=N`,
 * the locale's plural keys, `#`) — without IntlMessageFormat. Loading it and making its first
 * formatter costs about 30 ms (it loads ICU's number data), as much as the rest of a one-host
 * check's start-up, and a report renders findings on every run. Anything else — an apostrophe
 * that could start a quote, a `number`/`date` argument, a number Intl would round or sign
 * differently, a missing value — is left to IntlMessageFormat (render.ts), so the output is
 * always what ICU would print; a test compares the two on every catalog template.
 */

type Node = string | { kind: 'arg'; name: string } | { kind: 'pound' } | { kind: 'choice'; type: 'select' | 'plural'; name: string; options: Map<string, Node[]> };

/** An apostrophe is only an apostrophe unless ICU could read it as the start of a quote. */
const QUOTE_RISK = /'[{}'#|<>]/;
const NAME = /^\s*([A-Za-z_]\w*)\s*/;

class Unsupported extends Error {}

function parse(text: string, start: number, inPlural: boolean, end: '}' | null): [Node[], number] {
  const nodes: Node[] = [];
  let literal = '';
  let i = start;
  const flush = () => {
    if (literal) nodes.push(literal);
    literal = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '}') {
      if (end === null) throw new Unsupported();
      flush();
      return [nodes, i + 1];
    }
    if (ch === '#' && inPlural) {
      flush();
      nodes.push({ kind: 'pound' });
      i += 1;
      continue;
    }
    if (ch !== '{') {
      literal += ch;
      i += 1;
      continue;
    }
    flush();
    const name = NAME.exec(text.slice(i + 1));
    if (!name) throw new Unsupported();
    i += 1 + name[0].length;
    if (text[i] === '}') {
      nodes.push({ kind: 'arg', name: name[1]! });
      i += 1;
      continue;
    }
    const type = /^,\s*(select|plural)\s*,\s*/.exec(text.slice(i));
    if (!type) throw new Unsupported();
    i += type[0].length;
    const options = new Map<string, Node[]>();
    for (;;) {
      const key = /^\s*(=\d+|[A-Za-z_][\w-]*)\s*\{/.exec(text.slice(i));
      if (!key) break;
      const [branch, next] = parse(text, i + key[0].length, type[1] === 'plural' || inPlural, '}');
      options.set(key[1]!, branch);
      i = next;
    }
    const close = /^\s*\}/.exec(text.slice(i));
    if (!close || !options.has('other')) throw new Unsupported();
    i += close[0].length;
    nodes.push({ kind: 'choice', type: type[1] as 'select' | 'plural', name: name[1]!, options });
  }
  if (end !== null) throw new Unsupported();
  flush();
  return [nodes, i];
}

// Parsed once per template text; null for one only ICU can read.
const parsed = new Map<string, Node[] | null>();

function nodesOf(text: string): Node[] | null {
  let nodes = parsed.get(text);
  if (nodes === undefined) {
    try {
      nodes = QUOTE_RISK.test(text) ? null : parse(text, 0, false, null)[0];
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      nodes = null;
    }
    parsed.set(text, nodes);
  }
  return nodes;
}

/** A number as IntlMessageFormat prints it here (no grouping), or undefined where only Intl can say. */
function printed(value: string | number | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
  return undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();

function fill(nodes: Node[], locale: string, values: Readonly<Record<string, string | number>>, pound: number | null): string | undefined {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    if (node.kind === 'pound') {
      const text = pound === null ? undefined : printed(pound);
      if (text === undefined) return undefined;
      out += text;
      continue;
    }
    const value = Object.hasOwn(values, node.name) ? values[node.name] : undefined;
    if (node.kind === 'arg') {
      const text = printed(value);
      if (text === undefined) return undefined;
      out += text;
      continue;
    }
    let branch: Node[] | undefined;
    let innerPound = pound;
    if (node.type === 'select') {
      if (typeof value !== 'string') return undefined;
      branch = node.options.get(value) ?? node.options.get('other');
    } else {
      if (typeof value !== 'number' || printed(value) === undefined) return undefined;
      let rules = pluralRules.get(locale);
      if (rules === undefined) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
      branch = node.options.get(`=${value}`) ?? node.options.get(rules.select(value)) ?? node.options.get('other');
      innerPound = value;
    }
    const text = fill(branch!, locale, values, innerPound);
    if (text === undefined) return undefined;
    out += text;
  }
  return out;
}

/** True when the template is read here rather than by IntlMessageFormat. */
export const isPlainTemplate = (text: string): boolean => nodesOf(text) !== null;

/**
 * The filled template, or undefined when it is not in the subset or a value is missing or needs
 * Intl: the caller then takes the full path, which also reports a missing argument.
 */
export function fillPlainTemplate(text: string, values: Readonly<Record<string, string | number>>, locale = 'en'): string | undefined {
  const nodes = nodesOf(text);
  return nodes === null ? undefined : fill(nodes, locale, values, null);
}
