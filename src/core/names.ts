import { isIP, isIPv4 } from 'node:net';
import { domainToASCII } from 'node:url';
import { type InputName, NAME_WHAT, nameError, portIn } from './name-error.js';

const MAX_NAME_LENGTH = 253; // RFC 1035: 255 octets on the wire, 253 characters in text form
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/i;

/**
 * Validates a DNS domain or host name typed by a user and returns it in ASCII (IDNA) form,
 * lower-cased and without a trailing dot. `what` names the input in the error message: a flag as
 * typed or a catalog message (src/core/name-error.ts).
 */
export function parseDomainName(input: string, what: InputName = NAME_WHAT.domain): string {
  if (input.includes('\uFFFD')) {
    // Node decodes invalid UTF-8 in argv to U+FFFD; the original bytes are lost, so say so.
    throw nameError('name-error.not-utf8', { what, input });
  }
  const trimmed = input.trim().replace(/\.$/, '');
  if (trimmed === '') throw nameError('name-error.empty', { what });
  if (trimmed.length > MAX_NAME_LENGTH) {
    throw nameError('name-error.too-long', { what, start: trimmed.slice(0, 40), length: trimmed.length, max: MAX_NAME_LENGTH });
  }
  // Non-ASCII names (contoso.de with umlauts) are sent as their punycode form, as Windows does.
  // domainToASCII parses a URL host: it cuts at / ? # and backslash, drops tabs and decodes %XX, so a name
  // with any ASCII character a label cannot hold is left as typed for the label check to reject.
  const ascii = /^[\x00-\x7f]*$/.test(trimmed) || /[^\u0080-\uffff\w.-]/.test(trimmed) ? trimmed : domainToASCII(trimmed);
  if (ascii === '') throw nameError('name-error.invalid-idn', { what, name: trimmed });
  if (ascii.length > MAX_NAME_LENGTH) {
    throw nameError('name-error.idn-too-long', { what, name: trimmed, max: MAX_NAME_LENGTH });
  }
  for (const label of ascii.split('.')) {
    if (!LABEL.test(label)) {
      if (label === '') throw nameError('name-error.empty-label', { what, name: trimmed });
      throw label.length > 63 ? nameError('name-error.long-label', { what, name: trimmed }) : nameError('name-error.invalid-label', { what, name: trimmed, label });
    }
  }
  return ascii.toLowerCase();
}

/** The service name KMS clients ask for, below the domain they search (`kms-facts.md` §7.1). */
export const KMS_SRV_PREFIX = '_vlmcs._tcp';
/** `_vlmcs._tcp.` takes 12 of a name's 253 characters, so a domain to search has at most 241. */
export const MAX_KMS_DOMAIN_LENGTH = MAX_NAME_LENGTH - KMS_SRV_PREFIX.length - 1;

/** A domain whose `_vlmcs._tcp` name will be asked for: a DNS name short enough to carry the prefix. */
export function parseKmsDomain(input: string, what: InputName = NAME_WHAT.domain): string {
  const domain = parseDomainName(input, what);
  if (domain.length > MAX_KMS_DOMAIN_LENGTH) {
    throw nameError('name-error.kms-domain-too-long', { what, start: domain.slice(0, 40), length: domain.length, prefix: KMS_SRV_PREFIX, max: MAX_KMS_DOMAIN_LENGTH });
  }
  return domain;
}

/**
 * Node's isIP, answering for text with fewer than two colons (a name, an IPv4 address, `host:port`)
 * without Node's IPv6 pattern: compiling that pattern on its first use costs a few milliseconds of
 * every check's start-up, and such text is never IPv6 (the shortest, `::`, has two).
 */
export function ipFamily(text: string): 0 | 4 | 6 {
  if (text.indexOf(':') === text.lastIndexOf(':')) return isIPv4(text) ? 4 : 0;
  return isIP(text) as 0 | 4 | 6;
}

/**
 * A bare IPv6 literal whose last group could be a port (`::1:1688`) is ambiguous: it is a valid
 * address, and also what someone means who forgot the brackets. Guessing either way probes the
 * wrong thing, so it is refused with both spellings.
 */
export function refuseAmbiguousIpv6(text: string, what: InputName): void {
  const colon = text.lastIndexOf(':');
  const head = text.slice(0, colon);
  const tail = text.slice(colon + 1);
  if (ipFamily(text) !== 6 || !/^\d{1,5}$/.test(tail) || Number(tail) < 1 || Number(tail) > 65535 || ipFamily(head) !== 6) return;
  throw nameError('name-error.ambiguous-ipv6', { what, text, head, tail });
}

/** A host is either an IP literal or a DNS name. */
export function parseHostName(input: string, what: InputName = NAME_WHAT.host): string {
  const bare = input.startsWith('[') && input.endsWith(']') ? input.slice(1, -1) : input;
  if (ipFamily(bare)) return bare;
  return parseDomainName(input, what);
}

export function parsePort(input: string | number, what: InputName = NAME_WHAT.port): number {
  const text = String(input).trim();
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw nameError('name-error.not-port', { what, text });
  }
  return port;
}

export interface Endpoint {
  host: string;
  port: number;
}

/**
 * Parses `host`, `host:port`, `[v6]:port` or a bare IPv6 literal. A bare IPv6 address takes
 * the default port, because its colons cannot also carry one (and one that seems to end in a
 * port is refused as ambiguous).
 */
export function parseEndpoint(input: string, defaultPort: number, what: InputName = NAME_WHAT.host): Endpoint {
  const text = input.trim();
  if (text === '') throw nameError('name-error.empty', { what });
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    const host = bracketed[1] ?? '';
    if (ipFamily(host) !== 6) throw nameError('name-error.brackets', { what, text });
    return { host, port: bracketed[2] === undefined ? defaultPort : parsePort(bracketed[2], portIn(what, text)) };
  }
  if (ipFamily(text) === 6) {
    refuseAmbiguousIpv6(text, what);
    return { host: text, port: defaultPort };
  }
  const colon = text.lastIndexOf(':');
  if (colon === -1) return { host: parseHostName(text, what), port: defaultPort };
  return {
    host: parseHostName(text.slice(0, colon), what),
    port: parsePort(text.slice(colon + 1), portIn(what, text)),
  };
}

/** `host:port`, with brackets around IPv6 literals so the result parses back. */
export function formatEndpoint({ host, port }: Endpoint): string {
  return ipFamily(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}
