/**
 * Which client products a KMS host's key (CSVLK) can activate (kms-facts.md §9.1, as data in
 * src/kms/epid.ts CSVLKS with the product generations of src/kms/products.ts), named from the host
 * product's Description channel (`VOLUME_KMS_<group>`), its Activation ID (Office host keys) or,
 * when known, the key's ePID (which wins: it names the key actually installed). Flags a target
 * product (`--target-os "Windows 11 Enterprise"`) the key cannot serve. Pure.
 */
import { CSVLKS, csvlkCovers, decodeEpid, type Csvlk } from '../kms/epid.js';
import { PRODUCTS, findProduct } from '../kms/products.js';

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
  /** §9.1 in words. */
  activates: string | null;
  /** Product names (src/kms/products.ts) this key activates. */
  products: string[];
  /** When a target product was asked for. */
  target: { product: string; covered: boolean | null } | null;
  notes: string[];
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
    const names: Record<number, string> = { 25: 'Windows Server 2025', 22: 'Windows Server 2022', 19: 'Windows Server 2019', 16: 'Windows Server 2016', 12: r2 ? 'Windows Server 2012 R2' : 'Windows Server 2012', 8: r2 ? 'Windows Server 2008 R2' : 'Windows Server 2008' };
    return names[year] ?? null;
  }
  if (/^(?:W|WIN|WINDOWS)10/.test(suffix)) return 'Windows 10 2015 CSVLK';
  if (/^(?:W|WIN|WINDOWS)81/.test(suffix)) return 'Windows 8.1';
  if (/^(?:W|WIN|WINDOWS)7/.test(suffix)) return 'Windows 7';
  return null;
}

/** The target product's name, or a UsageError-worthy reason (unknown name). */
export function resolveTarget(target: string): { ok: true; name: string } | { ok: false; reason: string } {
  const found = findProduct(target);
  if (found.ok) return { ok: true, name: found.product.name };
  return { ok: false, reason: `${found.reason}${found.suggestions.length > 0 ? ` (did you mean: ${found.suggestions.join(', ')}?)` : ''}` };
}

export function keyCoverage(input: HostKeyInput, target?: string | null): KeyCoverage {
  const notes: string[] = [];
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
      notes.push(`the ePID ${input.epid} names ${candidate.name}, which is not a key for ${input.name}; judged from the description and Activation ID instead`);
    } else {
      notes.push(`the ePID ${input.epid} names no known host key; judged from the description instead`);
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
    notes.push(`the description says ${fromDescription} (${input.description}) but the ePID names the key ${key.name}; the ePID is what the host sends`);
  }
  if (!key) notes.push(`cannot tell which host key "${input.description}" is; give the host's ePID (slmgr /dlv, "Extended PID")`);
  const products = key ? PRODUCTS.filter((p) => csvlkCovers(key, p) === true).map((p) => p.name) : [];
  let targetResult: KeyCoverage['target'] = null;
  if (target) {
    const found = findProduct(target);
    if (found.ok) targetResult = { product: found.product.name, covered: key ? csvlkCovers(key, found.product) : null };
    else notes.push(found.reason);
  }
  if (key?.unverified) notes.push(`${key.name}: its key-group data comes from third-party sources only`);
  return { hostProduct: input.name, key: key?.name ?? null, keySource, activates: key?.activates ?? null, products, target: targetResult, notes };
}

/** Over all of a host's keys: true if any covers the target, false if every key is known and none does, else null. */
export function targetCovered(coverages: readonly KeyCoverage[]): boolean | null {
  const verdicts = coverages.map((c) => c.target?.covered ?? null);
  if (verdicts.includes(true)) return true;
  if (verdicts.length > 0 && verdicts.every((v) => v === false)) return false;
  return null;
}
