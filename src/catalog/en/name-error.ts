/**
 * English of the usage errors core writes about a name, an address or a port a person typed or a
 * file holds (src/core/names.ts). Core writes the same English itself (src/core/name-error.ts,
 * a test compares); `what` is a flag as typed (`--domain`) or one of these names, or another
 * area's message naming the input.
 */
export const NAME_ERROR = {
  'name-error.what.domain': 'domain',
  'name-error.what.host': 'host',
  'name-error.what.port': 'port',
  'name-error.what.endpoint': 'endpoint',
  'name-error.what.port-in': 'port in {what} "{text}"',
  'name-error.not-utf8': '{what} "{input}" is not valid UTF-8',
  'name-error.empty': '{what} is empty',
  'name-error.too-long': '{what} "{start}…" is {length} characters long; a DNS name has at most {max}',
  'name-error.invalid-idn': '{what} "{name}" is not a valid internationalized domain name',
  'name-error.idn-too-long': '{what} "{name}" is longer than {max} characters in its DNS form',
  'name-error.empty-label': '{what} "{name}" has an empty label',
  'name-error.long-label': '{what} "{name}" has a label longer than 63 characters',
  'name-error.invalid-label': '{what} "{name}" has an invalid label "{label}"',
  'name-error.kms-domain-too-long': '{what} "{start}…" is {length} characters long; with the {prefix}. prefix a domain has at most {max}',
  'name-error.ambiguous-ipv6': '{what} "{text}" is ambiguous: write [{head}]:{tail} for port {tail} of {head}, or [{text}] for that address',
  'name-error.not-port': '{what} "{text}" is not a TCP/UDP port (1-65535)',
  'name-error.brackets': '{what} "{text}" has brackets around something that is not an IPv6 address',
} as const satisfies Record<string, string>;
