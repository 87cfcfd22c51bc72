import dnsPacket from 'dns-packet';
import { type Message, msg } from '../catalog/message.js';

/**
 * dns-packet trusts each record's RDLENGTH to step to the next record but decodes the data by its
 * own rules (an A is always 4 bytes, an SRV target is read to its end label), so a record whose
 * RDLENGTH disagrees with its data still decodes — into values the server never sent. This walks
 * the records with dns-packet's own name codec and reports the first record whose data does not
 * fill its RDLENGTH exactly, for the record types the diagnosis reads.
 */

/** dns-packet's name codec; its type definitions leave it out. `bytes` is what the last decode consumed on the wire. */
const nameCodec = (dnsPacket as unknown as { name: { decode: ((buf: Buffer, offset: number) => string) & { bytes: number } } }).name;

/** RR type numbers (RFC 1035, RFC 3596, RFC 2782) whose data layout is checked. */
const TYPE = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, AAAA: 28, SRV: 33 } as const;
const TYPE_NAMES = new Map<number, string>(Object.entries(TYPE).map(([name, code]) => [code, name]));

/** Bytes a (possibly compressed) name takes at `offset`. */
function nameLength(bytes: Buffer, offset: number): number {
  nameCodec.decode(bytes, offset);
  return nameCodec.decode.bytes;
}

/** The length the data of a record of a checked `type` starting at `start` really has. */
function dataLength(bytes: Buffer, type: number, start: number): number {
  switch (type) {
    case TYPE.A:
      return 4;
    case TYPE.AAAA:
      return 16;
    case TYPE.NS:
    case TYPE.CNAME:
    case TYPE.PTR:
      return nameLength(bytes, start);
    case TYPE.SRV:
      return 6 + nameLength(bytes, start + 6); // priority, weight, port, target
    case TYPE.SOA: {
      const mname = nameLength(bytes, start);
      return mname + nameLength(bytes, start + mname) + 20; // mname, rname, five 32-bit counters
    }
    default:
      return 0; // not reached: only the types in TYPE are measured
  }
}

/**
 * Returns why the records of a decoded message are framed inconsistently, or undefined when every
 * checked record's data has exactly its RDLENGTH and no record runs past the message.
 */
export function framingProblem(bytes: Buffer): Message | undefined {
  if (bytes.length < 12) return msg('dns-framing.short', { bytes: bytes.length });
  const questions = bytes.readUInt16BE(4);
  const records = bytes.readUInt16BE(6) + bytes.readUInt16BE(8) + bytes.readUInt16BE(10);
  try {
    let offset = 12;
    for (let i = 0; i < questions; i++) offset += nameLength(bytes, offset) + 4;
    for (let i = 0; i < records; i++) {
      offset += nameLength(bytes, offset);
      if (offset + 10 > bytes.length) return msg('dns-framing.cut-short', { record: i + 1 });
      const type = bytes.readUInt16BE(offset);
      const rdlength = bytes.readUInt16BE(offset + 8);
      const start = offset + 10;
      const end = start + rdlength;
      const what = { record: i + 1, type: TYPE_NAMES.get(type) ?? `TYPE${type}` }; // RFC 3597 names an unknown type TYPE<n>
      if (end > bytes.length) return msg('dns-framing.past-end', { ...what, rdlength, left: bytes.length - start });
      if (TYPE_NAMES.has(type)) {
        if (rdlength === 0) return msg('dns-framing.no-data', what);
        const actual = dataLength(bytes, type, start);
        if (actual !== rdlength) return msg('dns-framing.rdlength', { ...what, rdlength, actual });
      }
      offset = end;
    }
  } catch (error) {
    return msg('dns-framing.unframed', { detail: (error as Error).message });
  }
  return undefined;
}
