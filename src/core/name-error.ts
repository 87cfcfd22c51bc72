import { UsageError, type UsageErrorMessage } from './usage-error.js';

/**
 * What a checked name or port is called in its usage error: a flag as typed (`--domain`, kept as
 * it is in every language), or a catalog message naming it (`{ id, args }`, worded in the run's
 * language). Core sits below the catalog, so it never renders a message it does not own; every
 * place that shows a usage error renders the message it carries (`said`).
 */
export type InputName = string | UsageErrorMessage;

/** The names core gives an input when its caller gives none, and the port inside an endpoint. */
export const NAME_WHAT = {
  domain: { id: 'name-error.what.domain' },
  host: { id: 'name-error.what.host' },
  port: { id: 'name-error.what.port' },
  endpoint: { id: 'name-error.what.endpoint' },
} as const satisfies Record<string, UsageErrorMessage>;

export const portIn = (what: InputName, text: string): UsageErrorMessage => ({ id: 'name-error.what.port-in', args: { what, text } });

type Args = Readonly<Record<string, unknown>>;

/**
 * The English of core's own messages, as the catalog words them (src/catalog/en/name-error.ts;
 * a test renders each and compares). A caller's message that core does not own reads as a
 * neutral "the value" here: such a caller runs the check through checkedInput
 * (src/catalog/input-error.ts), which words the English again; the line a person sees is always
 * rendered from the message itself.
 */
const ENGLISH: Readonly<Record<string, (a: Args) => string>> = {
  'name-error.what.domain': () => 'domain',
  'name-error.what.host': () => 'host',
  'name-error.what.port': () => 'port',
  'name-error.what.endpoint': () => 'endpoint',
  'name-error.what.port-in': (a) => `port in ${english(a.what)} "${a.text}"`,
  'name-error.not-utf8': (a) => `${english(a.what)} "${a.input}" is not valid UTF-8`,
  'name-error.empty': (a) => `${english(a.what)} is empty`,
  'name-error.too-long': (a) => `${english(a.what)} "${a.start}…" is ${a.length} characters long; a DNS name has at most ${a.max}`,
  'name-error.invalid-idn': (a) => `${english(a.what)} "${a.name}" is not a valid internationalized domain name`,
  'name-error.idn-too-long': (a) => `${english(a.what)} "${a.name}" is longer than ${a.max} characters in its DNS form`,
  'name-error.empty-label': (a) => `${english(a.what)} "${a.name}" has an empty label`,
  'name-error.long-label': (a) => `${english(a.what)} "${a.name}" has a label longer than 63 characters`,
  'name-error.invalid-label': (a) => `${english(a.what)} "${a.name}" has an invalid label "${a.label}"`,
  'name-error.kms-domain-too-long': (a) => `${english(a.what)} "${a.start}…" is ${a.length} characters long; with the ${a.prefix}. prefix a domain has at most ${a.max}`,
  'name-error.ambiguous-ipv6': (a) => `${english(a.what)} "${a.text}" is ambiguous: write [${a.head}]:${a.tail} for port ${a.tail} of ${a.head}, or [${a.text}] for that address`,
  'name-error.not-port': (a) => `${english(a.what)} "${a.text}" is not a TCP/UDP port (1-65535)`,
  'name-error.brackets': (a) => `${english(a.what)} "${a.text}" has brackets around something that is not an IPv6 address`,
};

/** The ids of core's own messages, for the test that finds each in every catalog. */
export const NAME_ERROR_IDS: readonly string[] = Object.keys(ENGLISH);

function english(what: unknown): string {
  if (typeof what === 'string') return what;
  const said = what as UsageErrorMessage;
  const word = ENGLISH[said.id];
  return word ? word(said.args ?? {}) : 'the value';
}

/** A usage error about a name or port: English as its message, the catalog message kept beside it. */
export function nameError(id: string, args: Args): UsageError {
  return new UsageError(english({ id, args }), { id, args });
}
