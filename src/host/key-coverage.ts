/**
 * Which client products a KMS host's key (CSVLK) activates, judged by Microsoft's planning matrix
 * (src/kms/planning-matrix.ts, kms-facts.md §9.1) and, beside it, by the protocol's KMS groups
 * (src/kms/epid.ts CSVLKS with the product generations of src/kms/products.ts). The key is named
 * from the host product's Description channel (`VOLUME_KMS_<group>`), its Activation ID (Office
 * host keys) or, when known, the key's ePID (which wins: it names the key actually installed).
 *
 * A target (`--target-os`) is covered when the matrix lists it; where the matrix does not list it
 * but the protocol would still activate it (same KMS group, e.g. Windows 11 on a 2019 key) it is
 * covered with `listed: false` — a warning, never an error; only where neither does is it not
 * covered (the host answers 0xC004F042). Keys the page has no row for are judged by the protocol. Pure.
 */
import { type Message, msg } from '../catalog/message.js';
import { reasonText } from '../catalog/probe-reason.js';
import { CSVLKS, type Csvlk, csvlkCovers, decodeEpid } from '../kms/epid.js';
import { matrixLists, matrixRow, PLANNING_MATRIX_SOURCE } from '../kms/planning-matrix.js';
import { findProduct, type KmsProduct, PRODUCTS } from '../kms/products.js';

export interface HostKeyInput {
  /** The host product's Activation ID. */
  id: string;
  name: string;
  description: string;
  applicationId: string | null;
  /** The host key's extended PID, when known. */
  epid?: string | null | undefined;
}

export interface KeyCoverage {
  hostProduct: string;
  /** The CSVLK (host key group), or null when it cannot be told. */
  key: string | null;
  keySource: 'epid' | 'description' | 'activation-id' | null;
  /** §9.1 in words, in the report's language; `activatesReason` the same as data. */
  activates: string | null;
  activatesReason: Message | null;
  /** Product names and aliases (src/kms/products.ts) this key activates: listed by the matrix, or by the protocol for a key the matrix has no row for. */
  products: string[];
  /** The matrix's group title for this key, or null when the page has no row for it. */
  matrix: string | null;
  /** Names the protocol would activate (same KMS group) although the matrix does not list them. */
  protocolOnly: string[];
  /**
   * When a target product was asked for. `covered`: the host activates it (null: cannot tell);
   * `listed`: the matrix lists the pair (null: no row for the key); `protocol`: the KMS group alone says so.
   */
  target: { product: string; covered: boolean | null; listed: boolean | null; protocol: boolean | null } | null;
  /** What limits the judgement, as catalog messages a reporter words in the run's language. */
  notes: Message[];
}

/** Office host keys by Activation ID (kms-facts.md §9.2). */
const OFFICE_HOST_IDS: Readonly<Record<string, string>> = {
  '47f3b983-7c53-4d45-abc6-bcd91e2dd90a': 'Office LTSC 2021',
  '70512334-47b4-44db-a233-be5ea33b914c': 'Office 2019',
  '98ebfe73-2084-4c97-932c-c0cd1643bea7': 'Office 2016',
};

function row(name: string): Csvlk | null {
  return CSVLKS.find((r) => r.name === name) ?? null;
}

/** The CSVLK a `VOLUME_KMS_<suffix>` channel names; exact suffixes are not documented, so the match is loose. */
export function keyFromDescription(description: string): string | null {
  const m = /VOLUME_KMS_?([A-Za-z0-9_ .]*?)\s+channel/i.exec(description);
  const suffix = (m?.[1] ?? '').toUpperCase().replace(/[\s_.]/g, '');
  if (suffix === '') return null;
  const ws = /^(?:WS|SRV|SERVER)(?:20)?(\d{2})(R2)?/.exec(suffix);
  if (ws) {
    const year = Number(ws[1]);
    const r2 = ws[2] !== undefined;
    const names: Record<number, string> = {
      25: 'Windows Server 2025',
      22: 'Windows Server 2022',
      19: 'Windows Server 2019',
      16: 'Windows Server 2016',
      12: r2 ? 'Windows Server 2012 R2' : 'Windows Server 2012',
      8: r2 ? 'Windows Server 2008 R2' : 'Windows Server 2008',
    };
    return names[year] ?? null;
  }
  if (/^(?:W|WIN|WINDOWS)10/.test(suffix)) return 'Windows 10 2015 CSVLK';
  if (/^(?:W|WIN|WINDOWS)81/.test(suffix)) return 'Windows 8.1';
  if (/^(?:W|WIN|WINDOWS)7/.test(suffix)) return 'Windows 7';
  return null;
}

const words = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^microsoft /, '');

/** The product's name as typed: an alias stays itself, anything else (an id, other casing) becomes the canonical name. */
function nameAsTyped(product: KmsProduct, typed: string): string {
  return product.aliases.find((alias) => words(alias) === words(typed)) ?? product.name;
}

/**
 * The target product's name, or the names it may have meant when no product has it (callers word
 * that as input-error.unknown-product). An alias typed as such is kept ("Windows 10 Enterprise" is
 * not "Windows 11 Enterprise" to the matrix, though one KMS group).
 */
export function resolveTarget(target: string): { ok: true; name: string } | { ok: false; suggestions: string[] } {
  const found = findProduct(target);
  if (found.ok) return { ok: true, name: nameAsTyped(found.product, target) };
  return { ok: false, suggestions: found.suggestions };
}

export function keyCoverage(input: HostKeyInput, target?: string | null): KeyCoverage {
  const notes: Message[] = [];
  let key: Csvlk | null = null;
  let keySource: KeyCoverage['keySource'] = null;
  const fromDescription = keyFromDescription(input.description);
  if (input.epid) {
    const decoded = decodeEpid(input.epid);
    const candidate = decoded.csvlk?.inKnownRange ? row(decoded.csvlk.name) : null;
    const isOffice = /^0ff1ce|^59a52881/i.test(input.applicationId ?? '') || /^office\b/i.test(input.name);
    if (candidate && (candidate.application === 'windows') === !isOffice) {
      key = candidate;
      keySource = 'epid';
    } else if (candidate) {
      notes.push(msg('facts.host.coverage.epid-other-key', { epid: input.epid, key: candidate.name, product: input.name }));
    } else {
      notes.push(msg('facts.host.coverage.epid-unknown', { epid: input.epid }));
    }
  }
  if (!key && fromDescription) {
    key = row(fromDescription);
    if (key) keySource = 'description';
  }
  if (!key) {
    const office = OFFICE_HOST_IDS[input.id.toLowerCase()];
    if (office) {
      key = row(office);
      if (key) keySource = 'activation-id';
    }
  }
  if (key && keySource === 'epid' && fromDescription && fromDescription !== key.name) {
    notes.push(msg('facts.host.coverage.description-differs', { described: fromDescription, description: input.description, key: key.name }));
  }
  // "Extended PID" is the label slmgr /dlv prints on an English host.
  if (!key) notes.push(msg('facts.host.coverage.key-unknown', { description: input.description, command: 'slmgr /dlv', label: 'Extended PID' }));
  const products: string[] = [];
  const protocolOnly: string[] = [];
  if (key) {
    for (const product of PRODUCTS) {
      for (const name of [product.name, ...product.aliases]) {
        const verdict = judge(key, product, name);
        if (verdict.covered === true && verdict.listed !== false) products.push(name);
        else if (verdict.covered === true) protocolOnly.push(name);
      }
    }
  }
  let targetResult: KeyCoverage['target'] = null;
  if (target) {
    const found = findProduct(target);
    if (found.ok) {
      const name = nameAsTyped(found.product, target);
      targetResult = key ? { product: name, ...judge(key, found.product, name) } : { product: name, covered: null, listed: null, protocol: null };
      if (targetResult.listed === true && targetResult.protocol === false) {
        notes.push(msg('facts.host.coverage.sources-disagree', { product: name, key: key!.name, group: found.product.group.name }));
      }
    } else notes.push(msg('facts.host.coverage.unknown-target', { product: target }));
  }
  if (key && !matrixRow(key.name) && key.application === 'windows')
    notes.push(msg('facts.host.coverage.no-matrix-row', { source: PLANNING_MATRIX_SOURCE.title, date: PLANNING_MATRIX_SOURCE.date, key: key.name }));
  if (key?.unverified) notes.push(msg('facts.host.coverage.third-party', { key: key.name }));
  return {
    hostProduct: input.name,
    key: key?.name ?? null,
    keySource,
    activates: key ? reasonText(key.activates) : null,
    activatesReason: key?.activates ?? null,
    products,
    matrix: key ? (matrixRow(key.name)?.group ?? null) : null,
    protocolOnly,
    target: targetResult,
    notes,
  };
}

/** One key and one product name: the matrix's word, the protocol's, and what follows. */
function judge(key: Csvlk, product: KmsProduct, name: string): { covered: boolean | null; listed: boolean | null; protocol: boolean | null } {
  const listed = matrixLists(key.name, name);
  const protocol = csvlkCovers(key, product);
  if (listed === null) return { covered: protocol, listed, protocol };
  // Listed: covered, unless the KMS groups say the product is newer than the key (then the sources disagree).
  if (listed) return { covered: protocol === false ? null : true, listed, protocol };
  // Not listed: the host still activates what its KMS groups serve; otherwise it refuses (0xC004F042).
  return { covered: protocol, listed, protocol };
}

/** Over all of a host's keys: true if any covers the target, false if every key is known and none does, else null. */
export function targetCovered(coverages: readonly KeyCoverage[]): boolean | null {
  const verdicts = coverages.map((c) => c.target?.covered ?? null);
  if (verdicts.includes(true)) return true;
  if (verdicts.length > 0 && verdicts.every((v) => v === false)) return false;
  return null;
}
