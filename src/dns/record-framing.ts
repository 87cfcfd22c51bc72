import dnsPacket from 'dns-packet';

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
export function framingProblem(bytes: Buffer): string | undefined {
  if (bytes.length < 12) return `message of ${bytes.length} bytes is shorter than a DNS header`;
  const questions = bytes.readUInt16BE(4);
  const records = bytes.readUInt16BE(6) + bytes.readUInt16BE(8) + bytes.readUInt16BE(10);
  try {
    let offset = 12;
    for (let i = 0; i < questions; i++) offset += nameLength(bytes, offset) + 4;
    for (let i = 0; i < records; i++) {
      offset += nameLength(bytes, offset);
      if (offset + 10 > bytes.length) return `record ${i + 1} is cut short`;
      const type = bytes.readUInt16BE(offset);
      const rdlength = bytes.readUInt16BE(offset + 8);
      const start = offset + 10;
      const end = start + rdlength;
      const what = `record ${i + 1} (${TYPE_NAMES.get(type) ?? `type ${type}`})`;
      if (end > bytes.length) return `${what} claims ${rdlength} data bytes but the message ends ${bytes.length - start} bytes later`;
      if (TYPE_NAMES.has(type)) {
        if (rdlength === 0) return `${what} has no data`;
        const actual = dataLength(bytes, type, start);
        if (actual !== rdlength) return `${what} has RDLENGTH ${rdlength} but its data takes ${actual} bytes`;
      }
      offset = end;
    }
  } catch (error) {
    return `records do not frame: ${(error as Error).message}`;
  }
  return undefined;
}
