/**
 * `slmgr /dlv` and `/dli` text → Snapshot (src/snapshot/model.ts), for the offline path: what a
 * customer pastes or attaches. Only what the text shows is filled in; everything else is null.
 *
 * Labels: the English texts of slmgr.vbs are built in (labels.ts); another language is read
 * through that machine's slmgr.ini (`options.ini`, mapping the same `L_Msg…` resource names), and
 * the few Japanese labels confirmed as console text are built in (japanese.ts). As slmgr falls back
 * to English for every resource the ini lacks, English is always matched too. A line whose label
 * is not known is reported in `unknownLines`, never guessed.
 *
 * Language-independent anchors are read from unknown lines as well, because they come from
 * license files or WMI, not from slmgr's resources (kms-facts.md §6.1): product names
 * ("Windows(R), … edition", "Office 16, … edition"), channel descriptions ("…, VOLUME_KMSCLIENT
 * channel"), key channels ("Volume:GVLK"), the Windows/Office application IDs (and the activation
 * ID, which slmgr prints on the line just before), a GUID on a line whose label contains "CMID"
 * (the abbreviation stays in every translation seen, §6.6), and the service version on the line
 * before the first product. A host:port on an unknown line is only reported: without its label
 * it is not known whether it was set with /skms or found through DNS.
 *
 * Schema-bound values: GUID fields hold a GUID or stay null (a product's `id`, which model.ts
 * types as a string and the schema requires to be a UUID, is UNKNOWN_ACTIVATION_ID — the nil GUID —
 * when the text shows none, as in all /dli output); ports and counts that are not in range are left
 * null with a warning.
 *
 * Matching is tolerant where paste and locale differ and strict where meaning does: text is
 * NFKC-normalised (full-width colons and digits become ASCII), whitespace runs in a label may be
 * any width (or absent), letter case is ignored; the words themselves must match.
 */
import { UsageError } from '../core/usage-error.js';
import { UNKNOWN_ACTIVATION_ID } from './unknown-activation-id.js';
import {
  type HostRequestCounters,
  type LicenseChannel,
  type LicensingProduct,
  type LicensingService,
  type Snapshot,
} from '../snapshot/model.js';
import { emptySnapshot } from '../snapshot/empty-snapshot.js';
import { readTextFile } from '../inputs/read-text-file.js';
import type { EncodingHint } from '../inputs/text-encoding.js';
import { JAPANESE_CONFIRMED_LABELS } from './japanese.js';
import { DLV_LABELS, LICENSE_STATUS_LINE_KEYS, WINDOWS_APPLICATION_ID, OFFICE_APPLICATION_ID, type DlvLabel, type LabelKey } from './labels.js';

/**
 * Largest text accepted, in UTF-16 code units. Real /dlv output is a few KB (`/dlv all` with every
 * license: tens of KB), so anything near this is not slmgr output; above it parseDlv throws a
 * UsageError instead of spending time and memory on it (each line costs objects and regex work).
 */
export const MAX_DLV_TEXT_CHARS = 2 * 1024 * 1024;
/** Largest file readDlvText accepts (UTF-16 takes two bytes per character). */
export const MAX_DLV_FILE_BYTES = 2 * MAX_DLV_TEXT_CHARS;
/** `/dlv all` lists every licence of the machine, about a hundred; far more is not slmgr output. */
export const MAX_DLV_PRODUCTS = 2000;
/** Lines longer than this are no slmgr line; they are reported as unknown without being matched. */
const MAX_LINE_CHARS = 4096;
/** How many unknown lines are kept in `unknownLines` (each cut to UNKNOWN_LINE_CHARS). */
const MAX_UNKNOWN_LINES = 500;
const UNKNOWN_LINE_CHARS = 200;
/** How many unknown lines are repeated in `snapshot.notes`. */
const MAX_UNKNOWN_NOTES = 20;

export type DlvLanguage = 'en' | 'ja' | 'de' | 'zh' | 'unknown';

export interface DlvParseOptions {
  /** The machine's slmgr.ini (resource name → text), e.g. from readSlmgrIni(). Keys are compared case-insensitively. */
  ini?: Map<string, string>;
  /** 'auto' (default) detects the language; 'ja' adds the built-in confirmed Japanese labels; 'en' uses English only (plus the ini). */
  language?: 'en' | 'ja' | 'auto';
  /** The time written to `collectedAt` (default: now). */
  now?: Date;
}

export interface DlvParseResult {
  snapshot: Snapshot;
  /** The language of the labels: the forced one, or the detected one (see detectDlvLanguage). */
  language: string;
  /** Lines whose label is not known (after the first MAX_UNKNOWN_LINES only counted in `warnings`). */
  unknownLines: string[];
  /** How many lines carried a known label: 0 means nothing in the text was slmgr output. */
  recognisedLines: number;
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// Label patterns
// ---------------------------------------------------------------------------------------------

type LabelSource = 'english' | 'ini' | 'ja';

interface CompiledLabel {
  label: DlvLabel;
  source: LabelSource;
  regex: RegExp;
  placeholders: string[];
  /** First character (lower case) a line must start with; '' = any (template starting with a placeholder). */
  first: string;
  /** Sort key: whole lines first, then templates, then prefixes; longer first within a form. */
  rank: number;
}

interface LabelMatch {
  label: DlvLabel;
  source: LabelSource;
  /** prefix: [value]; template: one entry per placeholder; line: []. */
  values: Record<string, string>;
}

/** Placeholders whose values never contain whitespace (numbers, hex, host:port, ids). */
const TOKEN_PLACEHOLDERS = new Set(['MINUTE', 'DAY', 'COUNT', 'INTERVAL', 'ERRCODE', 'KMS', 'ILID', 'ILVID', 'GRANTNO', 'THUMBPRINT']);
const REGEX_SYNTAX = /[\^$\\.*+?()[\]{}|/]/g;

/** A literal piece of a label: regex syntax escaped, every whitespace run → `\s*`. */
function literal(text: string): string {
  return text
    .split(/(\s+)/)
    .filter((part) => part !== '')
    .map((part) => (/^\s+$/.test(part) ? '\\s*' : part.replace(REGEX_SYNTAX, '\\$&')))
    .join('');
}

function compile(label: DlvLabel, rawText: string, source: LabelSource): CompiledLabel | null {
  const text = rawText.normalize('NFKC').trim();
  if (text === '') return null;
  const formRank = label.form === 'line' ? 0 : label.form === 'template' ? 1 : 2;
  let pattern: string;
  let placeholders: string[] = [];
  let first: string;
  if (label.form === 'prefix') {
    // The separator is what the text shows: a colon if it has one (any spacing), else optional.
    const colon = /\s*:$/.exec(text);
    const stem = (colon ? text.slice(0, colon.index) : text).trim();
    if (stem === '') return null;
    pattern = `^${literal(stem)}${colon ? '\\s*:' : '\\s*:?'}\\s*(.*)$`;
    placeholders = ['value'];
    first = stem[0]!.toLowerCase();
  } else if (label.form === 'template') {
    const parts = text.split(/%([A-Za-z0-9_]+)%/);
    pattern = '^';
    parts.forEach((part, index) => {
      if (index % 2 === 1) {
        placeholders.push(part.toUpperCase());
        pattern += TOKEN_PLACEHOLDERS.has(part.toUpperCase()) ? '(\\S*)' : '(.*?)';
      } else {
        pattern += literal(part);
      }
    });
    pattern += '$';
    first = parts[0] === '' ? '' : parts[0]!.trimStart()[0]!.toLowerCase();
  } else {
    pattern = `^${literal(text)}$`;
    first = text[0]!.toLowerCase();
  }
  return { label, source, regex: new RegExp(pattern, 'iu'), placeholders, first, rank: formRank * 100000 - text.length };
}

class LabelMatcher {
  private readonly buckets = new Map<string, CompiledLabel[]>();
  private readonly anywhere: CompiledLabel[] = [];
  readonly size: number;

  constructor(compiled: CompiledLabel[]) {
    const seen = new Set<string>();
    const unique = compiled.filter((c) => {
      const id = `${c.label.key}\u0000${c.regex.source}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    unique.sort((a, b) => a.rank - b.rank);
    for (const c of unique) {
      if (c.first === '') this.anywhere.push(c);
      else {
        const bucket = this.buckets.get(c.first);
        if (bucket) bucket.push(c);
        else this.buckets.set(c.first, [c]);
      }
    }
    this.size = unique.length;
  }

  /** `line` is trimmed and NFKC-normalised. */
  match(line: string): LabelMatch | null {
    const bucket = this.buckets.get(line[0]!.toLowerCase()) ?? [];
    for (const list of [bucket, this.anywhere]) {
      for (const c of list) {
        const m = c.regex.exec(line);
        if (!m) continue;
        const values: Record<string, string> = {};
        c.placeholders.forEach((name, i) => {
          values[name] = (m[i + 1] ?? '').trim();
        });
        return { label: c.label, source: c.source, values };
      }
    }
    return null;
  }
}

/** The "License Status:" label of an ini: the common beginning of its status lines, up to a colon. */
function statusPrefixOf(texts: string[]): string | null {
  if (texts.length < 2) return null;
  let prefix = texts[0]!;
  for (const text of texts) {
    while (!text.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  const colon = prefix.lastIndexOf(':');
  return colon > 0 ? prefix.slice(0, colon + 1) : null;
}

function buildMatcher(ini: Map<string, string> | undefined, japanese: boolean): LabelMatcher {
  const compiled: CompiledLabel[] = [];
  const add = (label: DlvLabel, text: string | undefined, source: LabelSource) => {
    if (text === undefined) return;
    const c = compile(label, text, source);
    if (c) compiled.push(c);
  };
  const iniByKey = new Map<string, string>();
  for (const [key, value] of ini ?? []) {
    const lower = key.toLowerCase();
    if (!iniByKey.has(lower)) iniByKey.set(lower, value);
  }
  const iniStatusPrefix = statusPrefixOf(
    LICENSE_STATUS_LINE_KEYS.map((key) => DLV_LABELS.find((l) => l.key === key)?.resource)
      .map((resource) => (resource ? iniByKey.get(resource.toLowerCase()) : undefined))
      .filter((text): text is string => text !== undefined && text.trim() !== '')
      .map((text) => text.normalize('NFKC').trim()),
  );
  for (const label of DLV_LABELS) {
    const fromIni = label.resource ? iniByKey.get(label.resource.toLowerCase()) : label.key === 'licenseStatus' ? (iniStatusPrefix ?? undefined) : undefined;
    if (fromIni !== undefined && fromIni.trim() !== '') add(label, fromIni, 'ini');
    else if (japanese) {
      for (const ja of JAPANESE_CONFIRMED_LABELS) if (ja.key === label.key) add(label, ja.text, 'ja');
    }
    add(label, label.english, 'english');
  }
  return new LabelMatcher(compiled);
}

let englishMatcher: LabelMatcher | undefined;
let englishJapaneseMatcher: LabelMatcher | undefined;
const iniMatchers = new WeakMap<Map<string, string>, { plain?: LabelMatcher; japanese?: LabelMatcher }>();

function matcherFor(ini: Map<string, string> | undefined, japanese: boolean): LabelMatcher {
  if (!ini) {
    if (japanese) return (englishJapaneseMatcher ??= buildMatcher(undefined, true));
    return (englishMatcher ??= buildMatcher(undefined, false));
  }
  let cached = iniMatchers.get(ini);
  if (!cached) iniMatchers.set(ini, (cached = {}));
  if (japanese) return (cached.japanese ??= buildMatcher(ini, true));
  return (cached.plain ??= buildMatcher(ini, false));
}

// ---------------------------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------------------------

const BANNER = [/^Microsoft \(R\) Windows Script Host\b/i, /^Copyright \(C\) Microsoft Corporation\b/i];
/** A pasted prompt line: `C:\Windows\system32>cscript …`, `PS C:\> slmgr …`. */
const PROMPT = /^(?:PS\s+)?[A-Za-z]:\\[^>]*>/;

interface TextLine {
  line: string;
  indent: number;
}

function splitLines(text: string): TextLine[] {
  return text.split(/\r\n|\r|\n/).map((raw) => {
    const line = raw.trim();
    return { line, indent: line === '' ? 0 : raw.length - raw.trimStart().length };
  });
}

function isNoise(line: string): boolean {
  return BANNER.some((re) => re.test(line)) || PROMPT.test(line);
}

const KANA = /[\u3040-\u30ff]/;
const HAN = /\p{Script=Han}/u;
const DETECTION_LINES = 2000;

/**
 * The language of a /dlv text's labels: 'ja' (kana present), 'zh' (Han without kana), 'de' (the one
 * confirmed German console label, "Lizenzstatus"), 'en' (at least one English label, and English
 * labels are at least as many as other lines), else 'unknown'. Looks at the first 2000 non-blank lines.
 */
export function detectDlvLanguage(text: string): DlvLanguage {
  const lines: string[] = [];
  for (const { line } of splitLines(text.slice(0, 1_000_000).normalize('NFKC'))) {
    if (line === '' || isNoise(line)) continue;
    lines.push(line);
    if (lines.length >= DETECTION_LINES) break;
  }
  if (lines.some((line) => KANA.test(line))) return 'ja';
  if (lines.some((line) => HAN.test(line))) return 'zh';
  if (lines.some((line) => /^Lizenzstatus\b/i.test(line))) return 'de';
  const matcher = matcherFor(undefined, false);
  let english = 0;
  for (const line of lines) if (line.length <= MAX_LINE_CHARS && matcher.match(line)) english++;
  if (english > 0 && english >= lines.length - english) return 'en';
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

const GUID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i;
const NAME_ANCHOR = /^(?:Windows\(R\)|Office \d+\b).*\bedition$/i;
const DESCRIPTION_ANCHOR = /^(?:Windows\(R\)|Office\b).*\b[A-Z][A-Z0-9_]+ channel$/;
const KEY_CHANNEL_ANCHOR = /^(?:Volume:[A-Za-z]+|Retail(?::[A-Za-z]+)*|OEM:[A-Za-z_]+(?::[A-Za-z_]+)*)$/;
const VERSION_ANCHOR = /^\d+\.\d+\.\d+\.\d+$/;
const HOST_PORT_ANCHOR = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+):\d{1,5}$/;

/** Description → channel, as slmgr decides it (case-sensitive `InStr`, SLMGR-SRC IsKmsClient/IsKmsServer). */
export function channelOf(description: string): LicenseChannel {
  if (description.includes('VOLUME_KMSCLIENT')) return 'VOLUME_KMSCLIENT';
  if (description.includes('VOLUME_KMS')) return 'VOLUME_KMS';
  if (description.includes('VOLUME_MAK')) return 'VOLUME_MAK';
  if (/\bRETAIL\b/.test(description)) return 'RETAIL';
  if (/\bOEM(?:_|\b)/.test(description)) return 'OEM';
  return 'OTHER';
}

interface HostPort {
  host: string | null;
  port: number | null;
}

function emptyService(): LicensingService {
  return {
    version: null,
    clientMachineId: null,
    kmsMachine: null,
    kmsPort: null,
    lookupDomain: null,
    hostCaching: null,
    discoveredMachine: null,
    discoveredPort: null,
    discoveredIpAddress: null,
    kmsHostEpid: null,
    activationIntervalMinutes: null,
    renewalIntervalMinutes: null,
    isKmsHost: null,
    currentCount: null,
    requiredClientCount: null,
    listeningPort: null,
    dnsPublishing: null,
    lowPriority: null,
    requests: null,
    remainingWindowsRearmCount: null,
  };
}

function emptyProduct(name: string): LicensingProduct {
  return {
    id: UNKNOWN_ACTIVATION_ID,
    applicationId: null,
    name,
    description: '',
    channel: 'OTHER',
    productKeyChannel: null,
    partialProductKey: null,
    licenseStatus: null,
    licenseStatusReason: null,
    gracePeriodRemainingMinutes: null,
    kmsMachine: null,
    kmsPort: null,
    lookupDomain: null,
    discoveredMachine: null,
    discoveredPort: null,
    discoveredIpAddress: null,
    kmsHostEpid: null,
    activationIntervalMinutes: null,
    renewalIntervalMinutes: null,
    activationTypeEnabled: null,
    isKmsHost: null,
    currentCount: null,
    requiredClientCount: null,
    kmsProductKeyId: null,
    // slmgr does not print LicenseIsAddon; isAddon() reads the licence name instead.
    licenseIsAddon: null,
    trustedTime: null,
  };
}

function emptyCounters(): HostRequestCounters {
  return { total: null, failed: null, unlicensed: null, licensed: null, initialGrace: null, expiredOrOutOfTolerance: null, nonGenuineGrace: null, notification: null };
}

interface ProductDraft {
  product: LicensingProduct;
  /** "This license is not in use.": no key installed, so not a snapshot product. */
  notInUse: boolean;
  requests: HostRequestCounters | null;
}

type ServiceField = Exclude<keyof LicensingService, 'requests'>;
type ProductField = keyof LicensingProduct;

const COUNTER_OF: Partial<Record<LabelKey, keyof HostRequestCounters>> = {
  totalRequests: 'total',
  failedRequests: 'failed',
  requestsUnlicensed: 'unlicensed',
  requestsLicensed: 'licensed',
  requestsInitialGrace: 'initialGrace',
  requestsExpiredOrOutOfTolerance: 'expiredOrOutOfTolerance',
  requestsNonGenuineGrace: 'nonGenuineGrace',
  requestsNotification: 'notification',
};

function clip(line: string): string {
  return line.length > UNKNOWN_LINE_CHARS ? `${line.slice(0, UNKNOWN_LINE_CHARS)}…` : line;
}

class DlvParser {
  private readonly drafts: ProductDraft[] = [];
  private current: ProductDraft | null = null;
  private readonly service = emptyService();
  private serviceTouched = false;
  private requestsOwner: ProductDraft | null = null;
  readonly warnings: string[] = [];
  private readonly warned = new Set<string>();
  readonly unknownLines: string[] = [];
  unknownCount = 0;
  recognisedCount = 0;
  /** The previous line, when it was an unknown line holding a GUID (a candidate activation ID). */
  private previousGuid: { value: string; draft: ProductDraft | null } | null = null;

  constructor(private readonly matcher: LabelMatcher) {}

  warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warnings.push(message);
  }

  feed({ line, indent }: TextLine): void {
    const previousGuid = this.previousGuid;
    this.previousGuid = null;
    if (line === '' || isNoise(line)) return;
    const match = line.length <= MAX_LINE_CHARS ? this.matcher.match(line) : null;
    if (match) {
      this.recognisedCount++;
      this.apply(match);
      return;
    }
    this.unknownCount++;
    if (this.unknownLines.length < MAX_UNKNOWN_LINES) this.unknownLines.push(clip(line));
    if (line.length <= MAX_LINE_CHARS) this.anchors(line, indent, previousGuid);
  }

  // --- targets ---------------------------------------------------------------------------------

  private startProduct(name: string): ProductDraft {
    if (this.drafts.length >= MAX_DLV_PRODUCTS) {
      throw new UsageError(`slmgr /dlv text lists more than ${MAX_DLV_PRODUCTS} products: a machine has about a hundred licences — is this the right file?`);
    }
    const draft: ProductDraft = { product: emptyProduct(name), notInUse: false, requests: null };
    this.drafts.push(draft);
    this.current = draft;
    return draft;
  }

  /** The product a product-level line belongs to; lines before any "Name:" get an unnamed one. */
  private product(): ProductDraft {
    if (this.current) return this.current;
    this.warn('product lines appear before any product name line (the text starts in the middle of a product): they are kept in a product with an empty name');
    return this.startProduct('');
  }

  /** Whether a product's client/host settings also describe the machine-wide service: Windows, or not known to be anything else. */
  private describesService(draft: ProductDraft): boolean {
    const app = draft.product.applicationId?.toLowerCase();
    if (app) return app === WINDOWS_APPLICATION_ID;
    return !/^Office\b/i.test(draft.product.name);
  }

  private setService<K extends ServiceField>(field: K, value: LicensingService[K], source: 'service' | 'product' = 'service'): void {
    if (value === null) return;
    const existing = this.service[field];
    if (existing === null) {
      this.service[field] = value;
      this.serviceTouched = true;
    } else if (existing !== value && source === 'service') {
      this.warn(`service value shown twice with different values (${field}: ${String(existing)} and ${String(value)}): the first is kept`);
    }
  }

  private setProduct<K extends ProductField>(field: K, value: LicensingProduct[K], alsoService?: ServiceField): void {
    const draft = this.product();
    draft.product[field] = value;
    if (alsoService && this.describesService(draft)) this.setService(alsoService, value as LicensingService[typeof alsoService], 'product');
  }

  // --- values ----------------------------------------------------------------------------------

  private text(value: string | undefined): string | null {
    const v = (value ?? '').trim();
    return v === '' ? null : v;
  }

  /** Every count, interval and minute value slmgr prints is a non-negative integer (uint32 in WMI). */
  private integer(value: string | undefined, what: string): number | null {
    const v = (value ?? '').trim();
    if (/^\d{1,15}$/.test(v)) return Number(v);
    if (v !== '') this.warn(`${what}: "${clip(v)}" is not a non-negative whole number; left unknown`);
    return null;
  }

  private port(value: string, what: string, min = 0): number | null {
    const port = this.integer(value, what);
    if (port === null) return null;
    if (port < min || port > 65535) {
      this.warn(`${what}: ${port} is not a usable TCP port; left unknown`);
      return null;
    }
    return port;
  }

  /** A GUID as shown (braces dropped), or null with a warning when the value is not one. */
  private guid(value: string | undefined, what: string): string | null {
    const v = (value ?? '').trim();
    if (v === '') return null;
    if (GUID.test(v)) return v.replace(/^\{|\}$/g, '');
    this.warn(`${what}: "${clip(v)}" is not a GUID; left unknown`);
    return null;
  }

  /** `name:port` as slmgr prints it (it always appends ":" and the port, so the last colon separates). */
  private hostPort(value: string | undefined, what: string, minPort: number, portOptional = false): HostPort {
    const v = (value ?? '').trim();
    if (v === '') return { host: null, port: null };
    const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(v);
    if (bracketed) return { host: this.text(bracketed[1]), port: bracketed[2] === undefined ? null : this.port(bracketed[2], what, minPort) };
    const colon = v.lastIndexOf(':');
    if (colon < 0) {
      if (!portOptional) this.warn(`${what}: "${clip(v)}" has no port; the port is left unknown`);
      return { host: v, port: null };
    }
    // A typed /skms argument with several colons and no brackets is an IPv6 address without a port.
    if (portOptional && v.indexOf(':') !== colon) return { host: v, port: null };
    return { host: this.text(v.slice(0, colon)), port: this.port(v.slice(colon + 1), what, minPort) };
  }

  // --- labelled lines --------------------------------------------------------------------------

  private apply({ label, values }: LabelMatch): void {
    const value = values.value;
    const key = label.key;
    if (label.status !== undefined) {
      if (label.status === null) this.warn('a product shows "License Status: Unknown" (a LicenseStatus outside 0–6): left unknown');
      this.setProduct('licenseStatus', label.status);
      return;
    }
    if (label.activationType !== undefined) {
      this.setProduct('activationTypeEnabled', label.activationType);
      return;
    }
    const counter = COUNTER_OF[key];
    if (counter) {
      const draft = this.product();
      const n = this.integer(value, label.english.trim());
      draft.requests ??= emptyCounters();
      draft.requests[counter] = n;
      if (this.describesService(draft) && (this.requestsOwner === null || this.requestsOwner === draft)) {
        this.requestsOwner = draft;
        this.service.requests = draft.requests;
        this.serviceTouched = true;
      }
      return;
    }
    switch (key) {
      case 'version':
        this.setService('version', this.text(value));
        return;
      case 'name':
        this.startProduct(this.text(value) ?? '');
        return;
      case 'description': {
        const description = this.text(value) ?? '';
        this.setProduct('description', description);
        this.setProduct('channel', channelOf(description));
        return;
      }
      case 'activationId':
        this.setProduct('id', this.guid(value, 'activation ID') ?? UNKNOWN_ACTIVATION_ID);
        return;
      case 'applicationId':
        this.setProduct('applicationId', this.guid(value, 'application ID'));
        return;
      case 'productKeyChannel':
        this.setProduct('productKeyChannel', this.text(value));
        return;
      case 'partialProductKey':
        this.setProduct('partialProductKey', this.text(value));
        return;
      case 'licenseNotInUse':
        this.product().notInUse = true;
        return;
      case 'licenseStatus':
        // The label matched but the whole line is none of the known status lines.
        this.product();
        this.warn(`license status "${clip(value ?? '')}" is not among the known status texts: left unknown`);
        return;
      case 'volumeActivationExpiration':
      case 'timebasedActivationExpiration':
      case 'avmaActivationExpiration':
      case 'timeRemaining':
        this.setProduct('gracePeriodRemainingMinutes', this.integer(values.MINUTE, 'minutes remaining'));
        return;
      case 'notificationReasonNonGenuine':
      case 'notificationReasonExpiration':
      case 'notificationReasonOther': {
        const code = this.text(values.ERRCODE);
        this.setProduct('licenseStatusReason', code && /^[0-9A-Fa-f]{1,8}$/.test(code) ? `0x${code.toUpperCase()}` : null);
        return;
      }
      case 'remainingWindowsRearm':
        this.setService('remainingWindowsRearmCount', this.integer(values.COUNT, 'remaining Windows rearm count'));
        return;
      case 'cmid':
        this.setService('clientMachineId', this.guid(value, 'client machine ID (CMID)'));
        return;
      case 'lookupDomain':
        this.setProduct('lookupDomain', this.text(value), 'lookupDomain');
        return;
      case 'registeredKmsName': {
        // /skms port: 1–65535 (slmgr prints an unset port, 0, as 1688).
        const { host, port } = this.hostPort(value, 'registered KMS machine name', 1);
        this.setProduct('kmsMachine', host, 'kmsMachine');
        this.setProduct('kmsPort', port, 'kmsPort');
        return;
      }
      case 'kmsNameFromDns': {
        const { host, port } = this.hostPort(value, 'KMS machine name from DNS', 0);
        this.setProduct('discoveredMachine', host, 'discoveredMachine');
        this.setProduct('discoveredPort', port, 'discoveredPort');
        return;
      }
      case 'kmsIpAddress':
        this.setProduct('discoveredIpAddress', this.text(value), 'discoveredIpAddress');
        return;
      case 'kmsEpid': {
        const epid = this.text(value);
        this.setProduct('kmsHostEpid', epid, 'kmsHostEpid');
        // slmgr prints KeyManagementServiceProductKeyID here: the same property, under its CIM name.
        this.setProduct('kmsProductKeyId', epid);
        return;
      }
      case 'activationInterval':
        this.setProduct('activationIntervalMinutes', this.integer(values.INTERVAL, 'activation interval'), 'activationIntervalMinutes');
        return;
      case 'renewalInterval':
        this.setProduct('renewalIntervalMinutes', this.integer(values.INTERVAL, 'renewal interval'), 'renewalIntervalMinutes');
        return;
      case 'hostCachingEnabled':
      case 'hostCachingDisabled':
        this.setService('hostCaching', key === 'hostCachingEnabled');
        return;
      case 'kmsEnabled':
        this.setProduct('isKmsHost', true, 'isKmsHost');
        return;
      case 'currentCount':
        this.setProduct('currentCount', this.integer(value, 'current count'), 'currentCount');
        return;
      case 'listeningPort':
        this.setService('listeningPort', this.port(value ?? '', 'listening port'));
        return;
      case 'dnsPublishingEnabled':
      case 'dnsPublishingDisabled':
        this.setService('dnsPublishing', key === 'dnsPublishingEnabled');
        return;
      case 'kmsPriorityNormal':
      case 'kmsPriorityLow':
        this.setService('lowPriority', key === 'kmsPriorityLow');
        return;
      case 'kmsNameSet': {
        // `slmgr /skms name[:port]` output: the service-level setting, as the user typed it.
        const { host, port } = this.hostPort(values.KMS, '/skms argument', 1, true);
        if (host !== null) {
          this.service.kmsMachine = host;
          this.service.kmsPort = port;
          this.serviceTouched = true;
        } else if (port !== null) {
          this.service.kmsPort = port;
          this.serviceTouched = true;
        }
        return;
      }
      case 'trustedTime':
        // As printed: a VBScript date in the user's locale, without a time zone.
        this.setProduct('trustedTime', this.text(value));
        return;
      case 'productKeyNotFound':
        this.warn('slmgr reported "Error: product key not found."');
        return;
      default:
        // Recognised lines that carry nothing the snapshot holds (headers, URLs, installation ID,
        // the product's own extended PID, rearm counts per SKU, trusted time, AD/token/AVMA blocks).
        return;
    }
  }

  // --- unknown lines: language-independent anchors ----------------------------------------------

  private anchors(line: string, indent: number, previousGuid: { value: string; draft: ProductDraft | null } | null): void {
    const split = /^([^:]*?)\s*:\s*(.*)$/.exec(line);
    const label = split ? split[1]! : '';
    const value = split ? split[2]!.trim() : line;
    if (NAME_ANCHOR.test(value)) {
      this.startProduct(value);
      return;
    }
    if (this.current && DESCRIPTION_ANCHOR.test(value) && this.current.product.description === '') {
      this.current.product.description = value;
      this.current.product.channel = channelOf(value);
      return;
    }
    if (this.current && KEY_CHANNEL_ANCHOR.test(value) && this.current.product.productKeyChannel === null) {
      this.current.product.productKeyChannel = value;
      return;
    }
    if (GUID.test(value)) {
      const lower = value.replace(/^\{|\}$/g, '').toLowerCase();
      const guid = value.replace(/^\{|\}$/g, '');
      if (this.current && (lower === WINDOWS_APPLICATION_ID || lower === OFFICE_APPLICATION_ID) && this.current.product.applicationId === null) {
        this.current.product.applicationId = guid;
        // slmgr prints "Activation ID" on the line right before "Application ID".
        if (previousGuid && previousGuid.draft === this.current && this.current.product.id === UNKNOWN_ACTIVATION_ID) this.current.product.id = previousGuid.value;
        return;
      }
      if (/CMID/.test(label)) {
        this.setService('clientMachineId', guid);
        return;
      }
      this.previousGuid = { value: guid, draft: this.current };
      return;
    }
    if (this.drafts.length === 0 && VERSION_ANCHOR.test(value)) {
      this.setService('version', value);
      return;
    }
    if (indent > 0 && HOST_PORT_ANCHOR.test(value)) {
      this.warn(`KMS host ${value} appears on a line whose label is not known ("${clip(line)}"): whether it was set with /skms or found through DNS is not known, so it was not read`);
    }
  }

  // --- result ----------------------------------------------------------------------------------

  finish(): { service: LicensingService | null; products: LicensingProduct[] } {
    const products = this.drafts.filter((d) => !d.notInUse).map((d) => d.product);
    if (products.some((p) => p.id === UNKNOWN_ACTIVATION_ID)) {
      this.warn(`a product's activation ID is not shown (slmgr /dli does not print it; /dlv does): its id is the nil GUID ${UNKNOWN_ACTIVATION_ID}, which means "not known"`);
    }
    return { service: this.serviceTouched ? this.service : null, products };
  }
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/**
 * Parses `slmgr /dlv` or `/dli` output (one product or `all`, client or host, English or localized)
 * into a Snapshot with `sources: ['slmgr-dlv']`. Never throws for any text up to
 * MAX_DLV_TEXT_CHARS; longer text is a UsageError.
 */
export function parseDlv(text: string, options: DlvParseOptions = {}): DlvParseResult {
  if (text.length > MAX_DLV_TEXT_CHARS) {
    throw new UsageError(
      `slmgr /dlv text is too large (${text.length} characters; the limit is ${MAX_DLV_TEXT_CHARS}): real /dlv output is a few kilobytes — is this the right file?`,
    );
  }
  const normalized = text.replace(/^\uFEFF/, '').normalize('NFKC');
  const detected = detectDlvLanguage(normalized);
  const forced = options.language && options.language !== 'auto' ? options.language : null;
  const language = forced ?? detected;
  const japanese = forced === 'ja' || (forced === null && detected === 'ja');
  const parser = new DlvParser(matcherFor(options.ini, japanese));

  for (const line of splitLines(normalized)) parser.feed(line);
  const { service, products } = parser.finish();

  const warnings = [...parser.warnings];
  if (normalized.includes('\u0000')) warnings.push('the text contains NUL characters: was a UTF-16 file read as UTF-8? (readDlvText detects the encoding)');
  const recognised = products.length > 0 || service !== null;
  if (!options.ini && parser.unknownCount > 0 && language !== 'en' && (recognised || language !== 'unknown')) {
    warnings.push(
      japanese
        ? 'labels are not English and no slmgr.ini was given: only the Japanese labels confirmed from real console output are built in ("ライセンスの状態:" with "ライセンスされています", "DNS の KMS コンピューター名"); the other lines were not read — give the machine\'s %SystemRoot%\\System32\\slmgr\\0411\\slmgr.ini to read them'
        : `labels are not English and no slmgr.ini was given (language: ${language}): only language-independent values were read (product names, channels, application and activation IDs, CMID, service version) — give the machine's %SystemRoot%\\System32\\slmgr\\<LANGID>\\slmgr.ini to read the rest`,
    );
  }
  if (parser.unknownCount > 0) {
    const more = parser.unknownCount > parser.unknownLines.length ? ` (the first ${parser.unknownLines.length} are listed)` : '';
    warnings.push(`${parser.unknownCount} line(s) have a label that is not known and were not read${more}`);
  }
  if (!recognised) warnings.push('no slmgr /dlv or /dli output was recognised');

  const notes = [...warnings, ...parser.unknownLines.slice(0, MAX_UNKNOWN_NOTES).map((line) => `unknown line: ${line}`)];
  if (parser.unknownLines.length > MAX_UNKNOWN_NOTES) notes.push(`… and ${parser.unknownCount - MAX_UNKNOWN_NOTES} more unknown lines`);

  const snapshot: Snapshot = {
    ...emptySnapshot(options.now && Number.isFinite(options.now.getTime()) ? options.now : new Date()),
    sources: ['slmgr-dlv'],
    service,
    products,
    notes,
  };
  return { snapshot, language, unknownLines: [...parser.unknownLines], recognisedLines: parser.recognisedCount, warnings };
}

/**
 * The label one line carries, with its values (`value` for a prefix label, the placeholder names
 * for a template), or null when no label is known. English always; the ini's labels when given;
 * the confirmed Japanese labels when `language` is 'ja'.
 */
export function matchDlvLabel(
  line: string,
  options: Pick<DlvParseOptions, 'ini' | 'language'> = {},
): { key: LabelKey; source: 'english' | 'ini' | 'ja'; values: Record<string, string> } | null {
  const normalized = line.normalize('NFKC').trim();
  if (normalized === '' || normalized.length > MAX_LINE_CHARS) return null;
  const match = matcherFor(options.ini, options.language === 'ja').match(normalized);
  return match ? { key: match.label.key, source: match.source, values: match.values } : null;
}

/**
 * Reads a saved /dlv output file in whatever encoding Windows wrote it: UTF-16LE (PowerShell's
 * `>`), UTF-8 with or without BOM, or the console's OEM code page (`cscript … > x.txt` in cmd:
 * cp932 on Japanese Windows), told by `hint` (the slmgr.ini's language, `--encoding`) or by the
 * bytes. Missing, non-file, oversized or binary input is a UsageError naming the file.
 */
export async function readDlvText(path: string, hint?: EncodingHint): Promise<string> {
  const { text } = await readTextFile(path, { maxBytes: MAX_DLV_FILE_BYTES, what: 'slmgr /dlv output', typical: 'real /dlv output is a few kilobytes, /dlv all tens of kilobytes', hint });
  return text;
}
