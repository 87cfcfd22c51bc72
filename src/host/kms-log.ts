/**
 * Streaming analysis of a KMS host's "Key Management Service" log (event 12290, kms-facts.md §4.5):
 * distinct CMIDs in the 30 days before the newest event per minimum-count bucket (25 / 5), CMIDs
 * reported by several machine names (image not generalized, §8), failures by HRESULT and client
 * product, requests the host key cannot serve (0xC004F042, 0xC004F015, §5.1) and clients whose
 * clocks are off (0xC004F06C).
 *
 * Nothing is kept per event: `KmsLogAnalyzer.add` folds each event into bounded aggregates — one
 * entry per distinct CMID (at most MAX_TRACKED_CMIDS, each with at most MAX_NAMES_PER_CMID names),
 * one per HRESULT × product (at most MAX_FAILURE_KEYS), a few sample clients per list. So a file of
 * any length is read in memory bounded by the number of distinct clients.
 */

import { type Message, msg } from '../catalog/message.js';
import { parseEventFields } from '../events/fields.js';
import { isoZuluMs } from '../events/iso-time.js';
import { type EventFileFormat, forEachEvent } from '../events/read-events.js';
import type { TextEncoding } from '../inputs/text-encoding.js';
import { PRODUCTS } from '../kms/products.js';
import type { KmsEvent } from '../snapshot/model.js';
import { COUNT_WINDOW_DAYS } from './health.js';

export const MAX_TRACKED_CMIDS = 100_000;
export const MAX_NAMES_PER_CMID = 5;
export const MAX_FAILURE_KEYS = 1_000;
export const MAX_SAMPLE_CLIENTS = 10;

const DAY_MS = 86_400_000;
/** Days of request and failure counts kept for the trend (two weeks and the newest day). */
const KEPT_DAYS = 15;
const WINDOW_MS = COUNT_WINDOW_DAYS * DAY_MS;
/** §5.1: the host rejects request times more than 4 hours off. */
const SKEW_LIMIT_MINUTES = 240;
/** §2.2: license state 5 = Notification. */
const NOTIFICATION_STATE = 5;

export const HR_SUCCESS = '0x00000000';
export const HR_ID_MISMATCH = '0xC004F042';
export const HR_SKU_NOT_INSTALLED = '0xC004F015';
export const HR_INVALID_TIMESTAMP = '0xC004F06C';

interface CmidEntry {
  names: string[];
  /** More distinct names than kept in `names`. */
  moreNames: boolean;
  firstMs: number;
  lastMs: number;
  /** Minimum count of the newest request (25 / 5), null when not given. */
  bucket: number | null;
  /**
   * Newest time the host answered 0x0 to this client in license state 1 (Licensed), per minimum
   * count (25 / 5): proof the count once met it. Two fields, not an object keyed '25'/'5': keys that
   * look like array indexes make every update a slow keyed access.
   */
  licensedOk25Ms: number;
  licensedOk5Ms: number;
  /** The newest request's VM flag and license state (§4.5 fields 5 and 6). */
  isVm: boolean | null;
  licenseState: number | null;
  name: string | null;
}

interface FailureEntry {
  hresult: string;
  activationId: string | null;
  count: number;
  lastMs: number;
  clients: string[];
}

export interface DuplicateCmid {
  cmid: string;
  /** Machine names seen with this CMID (at most MAX_NAMES_PER_CMID). */
  clientNames: string[];
  /** true when there were more names than listed. */
  moreNames: boolean;
  firstSeen: string;
  lastSeen: string;
}

export interface FailureGroup {
  hresult: string;
  activationId: string | null;
  /** The client product, from the activation id where the product table knows it. */
  product: string;
  count: number;
  lastSeen: string;
  /** A few requesting machine names. */
  clients: string[];
}

export interface SkewedClient {
  client: string;
  /** Client time minus event time, in minutes (client clocks are read as UTC: an estimate). */
  skewMinutes: number | null;
  time: string;
}

export interface KmsLogAnalysis {
  /** The machine the log was written on (System/Computer of the first 12290). */
  host: string | null;
  format: EventFileFormat | null;
  /** 12290 events read. */
  hostRequests: number;
  /** Other activation events in the file (12288/12289/… from the Application log). */
  otherEvents: number;
  skipped: number;
  oldest: string | null;
  newest: string | null;
  /** §8: distinct CMIDs in the COUNT_WINDOW_DAYS before the newest event. */
  /**
   * estimatedCount: the log's distinct clients capped at 50 (§8). An export is a window of the log,
   * so this is a lower bound of the host's count unless `coversWholeWindow` (the log reaches back the
   * full 30 days before its newest event).
   */
  window: {
    days: number;
    from: string | null;
    to: string | null;
    distinctClients: number;
    byMinimumCount: { '25': number; '5': number; unknown: number };
    estimatedCount: number;
    /** The oldest event is at least COUNT_WINDOW_DAYS older than the newest. */
    coversWholeWindow: boolean;
    /** Distinct clients the host answered 0x0 while they were Licensed (state 1), per minimum count: the count met that threshold. */
    licensedAnswered: { '25': number; '5': number };
    /** Clients whose newest request had the VM flag set (information: KMS activates VMs, §10). */
    vmClients: { count: number; clients: string[] };
    /** Clients whose newest request was in license state 5 (Notification): not activated, past their grace. */
    notificationClients: { count: number; clients: string[] };
  };
  distinctClientsAllTime: number;
  duplicateCmids: DuplicateCmid[];
  /** Every non-success HRESULT by client product, most frequent first. */
  failures: FailureGroup[];
  failedRequests: number;
  /** 0xC004F042 / 0xC004F015: the host key cannot serve the product. */
  notServed: FailureGroup[];
  /** 0xC004F06C: the request time was refused. */
  clockSkew: { requests: number; clients: SkewedClient[] };
  /** Failures in the 7 days before the newest event, and in the 7 days before those. */
  failureTrend: { lastWeek: number; previousWeek: number; lastWeekRequests: number; previousWeekRequests: number };
  /** What the reader and the analyzer noted, as catalog messages (the report says them in its language). */
  warnings: Message[];
}

const SKU_NAMES = new Map(PRODUCTS.filter((p) => p.skuId !== null).map((p) => [p.skuId!, p.name]));

/**
 * The product name for a client's Activation (SKU) id, or the id itself (lower case) when the
 * product table does not know it, '?' when the event gave none: names and ids, no words, so a
 * report in any language shows them as they are.
 */
export function productNameOf(activationId: string | null): string {
  if (activationId === null) return '?';
  return SKU_NAMES.get(activationId.toLowerCase()) ?? activationId.toLowerCase();
}

/** `2025/3/12 14:41` (12290 field 4) as UTC ms; other shapes: null. */
export function parseClientTime(text: string | null): number | null {
  if (text === null) return null;
  const m = /^\s*(\d{4})[/-](\d{1,2})[/-](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  return Number.isFinite(ms) ? ms : null;
}

/**
 * `s.toLowerCase()`, without the call for the usual machine name that has no upper-case letter
 * and is ASCII (then it is already its own lower case): the call cost as much as the CMID lookup.
 */
function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return s.toLowerCase();
  }
  return s;
}

function pushCapped(list: string[], value: string, cap: number): boolean {
  if (list.includes(value)) return true;
  if (list.length >= cap) return false;
  list.push(value);
  return true;
}

/** Folds 12290 events into bounded aggregates; `result()` may be called at any time. */
export class KmsLogAnalyzer {
  private readonly cmids = new Map<string, CmidEntry>();
  private readonly failureMap = new Map<string, FailureEntry>();
  private readonly skewed = new Map<string, SkewedClient & { ms: number }>();
  /** Per day (relative to day 0 = epoch) failure and request counts, only the newest 15 days kept. */
  private readonly days = new Map<number, { requests: number; failures: number }>();
  /** The smallest key of `days` (Infinity while empty). */
  private oldestDay = Infinity;
  private untrackedCmids = 0;
  private droppedFailureKeys = 0;
  private skewRequests = 0;
  private failed = 0;
  private minMs = Infinity;
  private maxMs = -Infinity;
  host: string | null = null;
  hostRequests = 0;
  otherEvents = 0;
  readonly warnings: Message[] = [];

  /** `ms`: the event's time as the reader parsed it; read from timeCreated when not given. */
  add(event: KmsEvent, ms = timeOf(event.timeCreated)): void {
    if (event.id !== 12290) {
      this.otherEvents++;
      return;
    }
    // Snapshots may carry the raw Data only; parse it the way the event readers do.
    const fields = event.fields ?? parseEventFields(event.id, event.data);
    if (fields === null || fields.kind !== 'host-request') {
      this.otherEvents++;
      return;
    }
    if (!Number.isFinite(ms)) return;
    this.hostRequests++;
    if (this.host === null && event.computer) this.host = event.computer;
    if (ms < this.minMs) this.minMs = ms;
    if (ms > this.maxMs) this.maxMs = ms;
    const day = Math.floor(ms / DAY_MS);
    const failedRequest = fields.hresult !== HR_SUCCESS;
    this.countDay(day, failedRequest);

    const name = fields.clientName === null ? null : lowerCase(fields.clientName);
    if (fields.cmid !== null) {
      let entry = this.cmids.get(fields.cmid);
      if (!entry) {
        if (this.cmids.size >= MAX_TRACKED_CMIDS) {
          this.untrackedCmids++;
        } else {
          entry = {
            names: [],
            moreNames: false,
            firstMs: ms,
            lastMs: ms,
            bucket: fields.minimumCount,
            licensedOk25Ms: -Infinity,
            licensedOk5Ms: -Infinity,
            isVm: fields.isVm,
            licenseState: fields.licenseState,
            name,
          };
          this.cmids.set(fields.cmid, entry);
        }
      }
      if (entry) {
        if (ms < entry.firstMs) entry.firstMs = ms;
        if (ms >= entry.lastMs) {
          entry.lastMs = ms;
          if (fields.minimumCount !== null) entry.bucket = fields.minimumCount;
          entry.isVm = fields.isVm;
          entry.licenseState = fields.licenseState;
          if (name !== null) entry.name = name;
        }
        if (!failedRequest && fields.licenseState === 1) {
          if (fields.minimumCount === 25 && ms > entry.licensedOk25Ms) entry.licensedOk25Ms = ms;
          else if (fields.minimumCount === 5 && ms > entry.licensedOk5Ms) entry.licensedOk5Ms = ms;
        }
        if (entry.bucket === null && fields.minimumCount !== null) entry.bucket = fields.minimumCount;
        if (name !== null && !pushCapped(entry.names, name, MAX_NAMES_PER_CMID)) entry.moreNames = true;
      }
    }

    if (failedRequest) {
      this.failed++;
      const key = `${fields.hresult}|${fields.activationId ?? ''}`;
      let failure = this.failureMap.get(key);
      if (!failure) {
        if (this.failureMap.size >= MAX_FAILURE_KEYS) {
          this.droppedFailureKeys++;
        } else {
          failure = { hresult: fields.hresult, activationId: fields.activationId, count: 0, lastMs: ms, clients: [] };
          this.failureMap.set(key, failure);
        }
      }
      if (failure) {
        failure.count++;
        if (ms > failure.lastMs) failure.lastMs = ms;
        if (name !== null) pushCapped(failure.clients, name, MAX_SAMPLE_CLIENTS);
      }
      if (fields.hresult === HR_INVALID_TIMESTAMP) {
        this.skewRequests++;
        const clientMs = parseClientTime(fields.clientTime);
        const skewMinutes = clientMs === null ? null : Math.round((clientMs - ms) / 60_000);
        const who = name ?? fields.cmid ?? '?';
        const previous = this.skewed.get(who);
        if (previous ? ms >= previous.ms : this.skewed.size < MAX_SAMPLE_CLIENTS * 10) {
          this.skewed.set(who, { client: who, skewMinutes, time: event.timeCreated, ms });
        }
      }
    }
  }

  private countDay(day: number, failed: boolean): void {
    let bucket = this.days.get(day);
    if (!bucket) {
      // Keep the newest KEPT_DAYS days only (the trend compares two weeks before the newest event).
      // A day older than all of a full map would be dropped at once: not added at all, so a log
      // read newest first (wevtutil /rd:true) does not add and drop a day per event.
      if (this.days.size >= KEPT_DAYS && day < this.oldestDay) return;
      bucket = { requests: 0, failures: 0 };
      this.days.set(day, bucket);
      if (this.days.size > KEPT_DAYS) this.days.delete(this.oldestDay);
      this.oldestDay = Math.min(...this.days.keys());
    }
    bucket.requests++;
    if (failed) bucket.failures++;
  }

  /** Distinct CMIDs (with their bucket) seen in the window before the newest event; for split counts. */
  recentCmids(): Map<string, number | null> {
    const out = new Map<string, number | null>();
    const from = this.maxMs - WINDOW_MS;
    for (const [cmid, entry] of this.cmids) if (entry.lastMs > from) out.set(cmid, entry.bucket);
    return out;
  }

  result(extra: { format?: EventFileFormat | null; skipped?: number; warnings?: Message[] } = {}): KmsLogAnalysis {
    const has = this.hostRequests > 0;
    const from = this.maxMs - WINDOW_MS;
    const byMinimumCount = { '25': 0, '5': 0, unknown: 0 };
    const licensedAnswered = { '25': 0, '5': 0 };
    const vm = { count: 0, clients: [] as string[] };
    const notification = { count: 0, clients: [] as string[] };
    let distinct = 0;
    const duplicates: DuplicateCmid[] = [];
    for (const [cmid, entry] of this.cmids) {
      if (entry.lastMs > from) {
        distinct++;
        if (entry.bucket === 25) byMinimumCount['25']++;
        else if (entry.bucket === 5) byMinimumCount['5']++;
        else byMinimumCount.unknown++;
        if (entry.licensedOk25Ms > from) licensedAnswered['25']++;
        if (entry.licensedOk5Ms > from) licensedAnswered['5']++;
        if (entry.isVm === true) {
          vm.count++;
          pushCapped(vm.clients, entry.name ?? cmid, MAX_SAMPLE_CLIENTS);
        }
        if (entry.licenseState === NOTIFICATION_STATE) {
          notification.count++;
          pushCapped(notification.clients, entry.name ?? cmid, MAX_SAMPLE_CLIENTS);
        }
      }
      if (entry.names.length > 1) {
        duplicates.push({ cmid, clientNames: [...entry.names].sort(), moreNames: entry.moreNames, firstSeen: iso(entry.firstMs), lastSeen: iso(entry.lastMs) });
      }
    }
    duplicates.sort((a, b) => b.clientNames.length - a.clientNames.length || a.cmid.localeCompare(b.cmid));
    const failures = [...this.failureMap.values()]
      .map(
        (f): FailureGroup => ({
          hresult: f.hresult,
          activationId: f.activationId,
          product: productNameOf(f.activationId),
          count: f.count,
          lastSeen: iso(f.lastMs),
          clients: [...f.clients].sort(),
        }),
      )
      .sort((a, b) => b.count - a.count || a.hresult.localeCompare(b.hresult) || a.product.localeCompare(b.product));
    const newestDay = Math.floor(this.maxMs / DAY_MS);
    const trend = { lastWeek: 0, previousWeek: 0, lastWeekRequests: 0, previousWeekRequests: 0 };
    if (has) {
      for (const [day, bucket] of this.days) {
        const age = newestDay - day;
        if (age < 7) {
          trend.lastWeek += bucket.failures;
          trend.lastWeekRequests += bucket.requests;
        } else if (age < 14) {
          trend.previousWeek += bucket.failures;
          trend.previousWeekRequests += bucket.requests;
        }
      }
    }
    const warnings = [...(extra.warnings ?? []), ...this.warnings];
    if (this.untrackedCmids > 0) warnings.push(msg('facts.host.log.untracked-cmids', { max: MAX_TRACKED_CMIDS, count: this.untrackedCmids }));
    if (this.droppedFailureKeys > 0) warnings.push(msg('facts.host.log.failures-not-broken-down', { max: MAX_FAILURE_KEYS, count: this.droppedFailureKeys }));
    const skewClients = [...this.skewed.values()]
      .sort((a, b) => Math.abs(b.skewMinutes ?? 0) - Math.abs(a.skewMinutes ?? 0) || a.client.localeCompare(b.client))
      .slice(0, MAX_SAMPLE_CLIENTS)
      .map(({ client, skewMinutes, time }) => ({ client, skewMinutes, time }));
    return {
      host: this.host,
      format: extra.format ?? null,
      hostRequests: this.hostRequests,
      otherEvents: this.otherEvents,
      skipped: extra.skipped ?? 0,
      oldest: has ? iso(this.minMs) : null,
      newest: has ? iso(this.maxMs) : null,
      window: {
        days: COUNT_WINDOW_DAYS,
        from: has ? iso(Math.max(from, this.minMs)) : null,
        to: has ? iso(this.maxMs) : null,
        distinctClients: distinct,
        byMinimumCount,
        estimatedCount: Math.min(distinct, 50),
        coversWholeWindow: has && this.minMs <= from,
        licensedAnswered,
        vmClients: { count: vm.count, clients: vm.clients.sort() },
        notificationClients: { count: notification.count, clients: notification.clients.sort() },
      },
      distinctClientsAllTime: this.cmids.size,
      duplicateCmids: duplicates,
      failures,
      failedRequests: this.failed,
      notServed: failures.filter((f) => f.hresult === HR_ID_MISMATCH || f.hresult === HR_SKU_NOT_INSTALLED),
      clockSkew: { requests: this.skewRequests, clients: skewClients },
      failureTrend: trend,
      warnings,
    };
  }
}

/** The event's time as UTC ms: the readers write it as toISOString does, read without Date.parse; other shapes (snapshots) by Date.parse. */
function timeOf(timeCreated: string): number {
  const ms = isoZuluMs(timeCreated);
  return Number.isNaN(ms) ? Date.parse(timeCreated) : ms;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Whether a skew (minutes) is beyond what the host accepts. */
export function skewBeyondLimit(minutes: number | null): boolean {
  return minutes !== null && Math.abs(minutes) > SKEW_LIMIT_MINUTES;
}

/**
 * Streams a 12290 export (wevtutil XML, Get-WinEvent JSON or CSV) through a KmsLogAnalyzer.
 * Returns the analyzer too, so callers can combine CMIDs over several hosts (split-count.ts).
 */
export async function analyzeKmsLog(path: string, options: { encoding?: TextEncoding | undefined } = {}): Promise<{ analysis: KmsLogAnalysis; analyzer: KmsLogAnalyzer }> {
  const analyzer = new KmsLogAnalyzer();
  const read = await forEachEvent(path, (event, ms) => analyzer.add(event, ms), options);
  return { analysis: analyzer.result({ format: read.format, skipped: read.skipped, warnings: read.warnings }), analyzer };
}

/** The same for events already in memory (a host snapshot's own events). */
export function analyzeKmsEvents(events: Iterable<KmsEvent>): { analysis: KmsLogAnalysis; analyzer: KmsLogAnalyzer } {
  const analyzer = new KmsLogAnalyzer();
  for (const event of events) analyzer.add(event);
  return { analysis: analyzer.result(), analyzer };
}
