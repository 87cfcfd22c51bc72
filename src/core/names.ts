import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { UsageError } from './usage-error.js';

const MAX_NAME_LENGTH = 253; // RFC 1035: 255 octets on the wire, 253 characters in text form
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/i;

/**
 * Validates a DNS domain or host name typed by a user and returns it in ASCII (IDNA) form,
 * lower-cased and without a trailing dot. `what` names the input in the error message.
 */
export function parseDomainName(input: string, what = 'domain'): string {
  if (input.includes('\uFFFD')) {
    // Node decodes invalid UTF-8 in argv to U+FFFD; the original bytes are lost, so say so.
    throw new UsageError(`${what} "${input}" is not valid UTF-8`);
  }
  const trimmed = input.trim().replace(/\.$/, '');
  if (trimmed === '') throw new UsageError(`${what} is empty`);
  if (trimmed.length > MAX_NAME_LENGTH) {
    throw new UsageError(`${what} "${trimmed.slice(0, 40)}…" is ${trimmed.length} characters long; a DNS name has at most ${MAX_NAME_LENGTH}`);
  }
  // Non-ASCII names (contoso.de with umlauts) are sent as their punycode form, as Windows does.
  // domainToASCII parses a URL host: it cuts at / ? # and backslash, drops tabs and decodes %XX, so a name
  // with any ASCII character a label cannot hold is left as typed for the label check to reject.
  const ascii = /^[\x00-\x7f]*$/.test(trimmed) || /[^\u0080-\uffff\w.-]/.test(trimmed) ? trimmed : domainToASCII(trimmed);
  if (ascii === '') throw new UsageError(`${what} "${trimmed}" is not a valid internationalized domain name`);
  if (ascii.length > MAX_NAME_LENGTH) {
    throw new UsageError(`${what} "${trimmed}" is longer than ${MAX_NAME_LENGTH} characters in its DNS form`);
  }
  for (const label of ascii.split('.')) {
    if (!LABEL.test(label)) {
      const why = label === '' ? 'has an empty label' : label.length > 63 ? `has a label longer than 63 characters` : `has an invalid label "${label}"`;
      throw new UsageError(`${what} "${trimmed}" ${why}`);
    }
  }
  return ascii.toLowerCase();
}

/** A host is either an IP literal or a DNS name. */
export function parseHostName(input: string, what = 'host'): string {
  const bare = input.startsWith('[') && input.endsWith(']') ? input.slice(1, -1) : input;
  if (isIP(bare)) return bare;
  return parseDomainName(input, what);
}

export function parsePort(input: string | number, what = 'port'): number {
  const text = String(input).trim();
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`${what} "${text}" is not a TCP/UDP port (1-65535)`);
  }
  return port;
}

export interface Endpoint {
  host: string;
  port: number;
}

/**
 * Parses `host`, `host:port`, `[v6]:port` or a bare IPv6 literal. A bare IPv6 address takes
 * the default port, because its colons cannot also carry one.
 */
export function parseEndpoint(input: string, defaultPort: number, what = 'host'): Endpoint {
  const text = input.trim();
  if (text === '') throw new UsageError(`${what} is empty`);
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    const host = bracketed[1] ?? '';
    if (isIP(host) !== 6) throw new UsageError(`${what} "${text}" has brackets around something that is not an IPv6 address`);
    return { host, port: bracketed[2] === undefined ? defaultPort : parsePort(bracketed[2], `port in ${what} "${text}"`) };
  }
  if (isIP(text) === 6) return { host: text, port: defaultPort };
  const colon = text.lastIndexOf(':');
  if (colon === -1) return { host: parseHostName(text, what), port: defaultPort };
  return {
    host: parseHostName(text.slice(0, colon), what),
    port: parsePort(text.slice(colon + 1), `port in ${what} "${text}"`),
  };
}

/** `host:port`, with brackets around IPv6 literals so the result parses back. */
export function formatEndpoint({ host, port }: Endpoint): string {
  return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}
