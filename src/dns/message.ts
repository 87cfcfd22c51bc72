import { randomInt } from 'node:crypto';
import dnsPacket, { type DecodedPacket, type RecordType } from 'dns-packet';
import { type Message, msg } from '../catalog/message.js';
import { framingProblem } from './record-framing.js';

/** The fixed 12-byte DNS header, read by hand so a reply whose body does not decode can still be judged. */
export interface DnsHeader {
  id: number;
  isResponse: boolean;
  truncated: boolean;
  rcode: number;
}

export function readHeader(bytes: Buffer): DnsHeader | undefined {
  if (bytes.length < 12) return undefined;
  const flags = bytes.readUInt16BE(2);
  return { id: bytes.readUInt16BE(0), isResponse: (flags & 0x8000) !== 0, truncated: (flags & 0x0200) !== 0, rcode: flags & 0x000f };
}

export interface DnsQuestion {
  name: string;
  type: RecordType;
}

/**
 * A standard recursive query without EDNS, so replies are capped at 512 bytes over UDP — the
 * classic limit, which makes large SRV sets exercise the TC-bit → TCP path as they do for
 * resolvers that do not advertise a larger buffer. The id comes from a CSPRNG: a predictable
 * id is what lets an off-path spoofer's reply win.
 */
export function buildQuery(question: DnsQuestion): { id: number; bytes: Buffer } {
  const id = randomInt(0, 0x10000);
  const bytes = dnsPacket.encode({
    type: 'query',
    id,
    flags: dnsPacket.RECURSION_DESIRED,
    questions: [{ type: question.type, name: question.name, class: 'IN' }],
  });
  return { id, bytes };
}

export type ReplyCheck =
  | { kind: 'match'; packet: DecodedPacket }
  | { kind: 'truncated-undecodable' } // TC set and the body is cut mid-record: still a valid reason to retry over TCP
  | { kind: 'mismatch'; reason: Message }
  | { kind: 'malformed'; reason: Message };

/**
 * Decides whether `bytes` is the reply to our query. A reply with another id, or with another
 * question, is not ours — it may be a late answer or a spoofing attempt — and must not end the wait.
 */
export function checkReply(bytes: Buffer, expectedId: number, question: DnsQuestion): ReplyCheck {
  const header = readHeader(bytes);
  if (!header) return { kind: 'malformed', reason: msg('dns-reply.short', { bytes: bytes.length }) };
  if (header.id !== expectedId) return { kind: 'mismatch', reason: msg('dns-reply.other-id', { id: header.id, expectedId }) };
  if (!header.isResponse) return { kind: 'mismatch', reason: msg('dns-reply.not-response') };
  let packet: DecodedPacket;
  try {
    packet = dnsPacket.decode(bytes);
  } catch (error) {
    if (header.truncated) return { kind: 'truncated-undecodable' };
    return { kind: 'malformed', reason: msg('dns-reply.undecodable', { detail: (error as Error).message }) };
  }
  const asked = packet.questions?.[0];
  // Servers may echo the name in another case (0x20 randomisation), so compare case-insensitively.
  if (!asked || packet.questions!.length !== 1 || asked.type !== question.type || !sameName(asked.name, question.name)) {
    return {
      kind: 'mismatch',
      reason: msg('dns-reply.other-question', { askedName: asked?.name ?? null, askedType: asked?.type ?? null, name: question.name, type: question.type }),
    };
  }
  // A record whose length field disagrees with its data decodes into values nobody sent.
  const framing = framingProblem(bytes);
  if (framing !== undefined) {
    if (header.truncated) return { kind: 'truncated-undecodable' };
    return { kind: 'malformed', reason: msg('dns-reply.malformed', { problem: framing }) };
  }
  return { kind: 'match', packet };
}

export function sameName(a: string, b: string): boolean {
  return a.replace(/\.$/, '').toLowerCase() === b.replace(/\.$/, '').toLowerCase();
}
