import type { RecordType } from 'dns-packet';
import { type Message, msg } from '../catalog/message.js';
import type { ProbeStatus } from '../core/result.js';
import type { DnsRecord } from './records.js';

/** What a reply's answer section says about the question, once everything that does not answer it is set aside. */
export interface JudgedAnswers {
  status: ProbeStatus;
  /** The CNAME links followed from the question name, then the records of the asked type at the canonical name; no duplicates. */
  answers: DnsRecord[];
  /** Aliases met on the way (`name` → … → canonical), in order. */
  cnameChain: string[];
  /** The aliases lead back to a name already met, so there is no canonical name and no data. */
  aliasLoop: boolean;
  /** Why records in the answer section were not used, as evidence (at most {@link MAX_IGNORED_NOTES}). */
  ignored: Message[];
}

const RCODE_STATUS: Readonly<Record<string, ProbeStatus>> = {
  NXDOMAIN: 'dns-nxdomain',
  SERVFAIL: 'dns-servfail',
  REFUSED: 'dns-refused',
};

const MAX_IGNORED_NOTES = 10;

/** A record's identity without its TTL: the same record sent twice is one record. */
function identity(record: DnsRecord): string {
  return JSON.stringify({ ...record, ttl: 0 });
}

/**
 * Keeps only what answers the question: nothing at all unless the RCODE is NOERROR (the RCODE of
 * NXDOMAIN, REFUSED … is the answer, whatever records come with it); the CNAME chain from the
 * question name; and records of the asked type owned by the chain's canonical name (RFC 1034
 * §3.6.2: an alias holds no other data). NXDOMAIN (the name does not exist) and NODATA (it
 * exists, without this type) stay different statuses, as they are different client errors.
 */
export function judgeAnswers(rcode: string, records: readonly DnsRecord[], question: { name: string; type: RecordType }): JudgedAnswers {
  if (rcode !== 'NOERROR') {
    const ignored = records.length > 0 ? [msg('dns-answer.failure-rcode', { count: records.length, rcode })] : [];
    return { status: RCODE_STATUS[rcode] ?? 'dns-formerr', answers: [], cnameChain: [], aliasLoop: false, ignored };
  }
  const aliases = new Map<string, string>();
  for (const record of records) if (record.type === 'CNAME' && !aliases.has(record.name)) aliases.set(record.name, record.target);

  const start = question.name.replace(/\.$/, '').toLowerCase();
  const cnameChain: string[] = [];
  const met = new Set([start]);
  let canonical: string | undefined = start;
  while (canonical !== undefined && aliases.has(canonical)) {
    const next: string = aliases.get(canonical)!;
    if (met.has(next)) {
      canonical = undefined; // a loop: no name in it is canonical
      break;
    }
    cnameChain.push(next);
    met.add(next);
    canonical = next;
  }

  // The links actually followed, the one that closes a loop included.
  const links = new Set<string>();
  let from = start;
  for (const to of cnameChain) {
    links.add(`${from}>${to}`);
    from = to;
  }
  if (canonical === undefined) links.add(`${from}>${aliases.get(from)}`);
  const seen = new Set<string>();
  const answers: DnsRecord[] = [];
  const notes: Message[] = [];
  for (const record of records) {
    const isLink = record.type === 'CNAME' && links.has(`${record.name}>${record.target}`);
    const isData = record.type === question.type && record.name === canonical;
    const key = identity(record);
    if ((isLink || isData) && !seen.has(key)) {
      seen.add(key);
      answers.push(record);
      continue;
    }
    notes.push(
      isLink || isData
        ? msg('dns-answer.duplicate', { type: record.type, name: record.name })
        : record.type === question.type || record.type === 'CNAME'
          ? msg('dns-answer.other-owner', { type: record.type, name: record.name, expected: canonical ?? start, chainEnd: cnameChain.length > 0 })
          : msg('dns-answer.other-type', { type: record.type, name: record.name, asked: question.type }),
    );
  }
  const hasData = answers.some((record) => record.type === question.type);
  return {
    status: hasData ? 'ok' : 'dns-nodata',
    answers,
    cnameChain,
    aliasLoop: canonical === undefined,
    ignored: notes.length > MAX_IGNORED_NOTES ? [...notes.slice(0, MAX_IGNORED_NOTES - 1), msg('dns-answer.more', { count: notes.length - MAX_IGNORED_NOTES + 1 })] : notes,
  };
}
