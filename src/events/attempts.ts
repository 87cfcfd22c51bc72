/**
 * What the activation events say happened, in time order (pure; kms-facts.md §4.1):
 *
 *   - client attempts: a 12288 (request sent to a host) followed by a 12289 (response processed)
 *     before the next 12288 of the same computer is one answered attempt; a 12288 with no 12289
 *     before the next 12288 (or the end of the log) is `answered: false` — the host was not
 *     reached or did not answer. A 12289 with no 12288 before it (its request fell out of the
 *     log or the export) is counted as an orphan response;
 *   - the `hr=` codes of 8198 (license activation by slui.exe failed);
 *   - the KMS host's DNS publishing results (12293 failed / 12294 succeeded), by domain.
 *
 * Events are grouped by computer (a merged export may hold several). Ordering is by
 * TimeCreated, then record id, then request before response for equal times without record
 * ids.
 */
import type { KmsEvent } from '../snapshot/model.js';

export interface ActivationAttempt {
  computer: string | null;
  /** TimeCreated of the 12288 (ISO 8601 UTC). */
  time: string;
  /** The KMS host the client contacted (12288 field 2), and its port. */
  host: string | null;
  port: number | null;
  cmid: string | null;
  activationId: string | null;
  /** 12288 field 0: the result of the attempt with this host; null when the 12288 did not parse. */
  requestHresult: string | null;
  /** 12288 field 9: the activation threshold the client needs (25 client, 5 server/Office). */
  minimumCount: number | null;
  /** A 12289 followed the 12288 before the next 12288. */
  answered: boolean;
  /** TimeCreated of the 12289; null when not answered. */
  responseTime: string | null;
  /** 12289 field 0; null when not answered or the 12289 did not parse. */
  responseHresult: string | null;
  /** 12289 field 4: the host's current count as it answered. */
  currentCount: number | null;
  /** 12289 field 2: the activation flag. */
  activated: boolean | null;
  activationIntervalMinutes: number | null;
  renewalIntervalMinutes: number | null;
  request: KmsEvent;
  response: KmsEvent | null;
}

/** One 8198: license activation (slui.exe) failed with `hr=…`. */
export interface ActivationFailure {
  computer: string | null;
  time: string;
  /** The `hr=` code, `0x` + 8 upper-case hex digits; null when the event did not parse. */
  hresult: string | null;
  /** The `RuleId=…;Action=…;…` context string. */
  context: string | null;
  event: KmsEvent;
}

/** One 12293 (failed) or 12294 (succeeded) DNS publishing result of a KMS host. */
export interface PublishingResult {
  computer: string | null;
  time: string;
  domain: string | null;
  ok: boolean;
  /** 12293's HRESULT (e.g. 0x80072338: no permission on the existing _VLMCS record); null for 12294. */
  hresult: string | null;
  event: KmsEvent;
}

export interface DomainPublishing {
  /** The domain the host published to; null when the event did not name it. */
  domain: string | null;
  /** Oldest first. */
  results: PublishingResult[];
  /** The newest result. */
  latest: PublishingResult;
  /** The newest result was a success (12294). */
  published: boolean;
}

export interface EventAnalysis {
  /** Oldest first. */
  attempts: ActivationAttempt[];
  /** 12289s with no preceding 12288 of the same computer. */
  orphanResponses: number;
  /** 8198s, oldest first. */
  failures: ActivationFailure[];
  /** Distinct 8198 `hr=` codes, most recent first. */
  failureCodes: string[];
  /** By domain, domains in order of their newest result (most recent first). */
  publishing: DomainPublishing[];
}

function ms(e: KmsEvent): number {
  const t = Date.parse(e.timeCreated);
  return Number.isNaN(t) ? 0 : t;
}

/** Oldest first: time, record id, then 12288 before 12289, then the input's own order reversed (input is newest first). */
function chronological(events: readonly KmsEvent[]): KmsEvent[] {
  return events
    .map((e, i) => ({ e, i, t: ms(e) }))
    .sort((a, b) => {
      if (a.t !== b.t) return a.t - b.t;
      const ra = a.e.recordId;
      const rb = b.e.recordId;
      if (ra !== null && rb !== null && ra !== rb) return ra - rb;
      if (a.e.id !== b.e.id && (a.e.id === 12288 || b.e.id === 12288)) return a.e.id === 12288 ? -1 : 1;
      return b.i - a.i;
    })
    .map((x) => x.e);
}

function attemptFrom(request: KmsEvent): ActivationAttempt {
  const f = request.fields?.kind === 'request' ? request.fields : null;
  return {
    computer: request.computer,
    time: request.timeCreated,
    host: f?.host ?? null,
    port: f?.port ?? null,
    cmid: f?.cmid ?? null,
    activationId: f?.activationId ?? null,
    requestHresult: f?.hresult ?? null,
    minimumCount: f?.minimumCount ?? null,
    answered: false,
    responseTime: null,
    responseHresult: null,
    currentCount: null,
    activated: null,
    activationIntervalMinutes: null,
    renewalIntervalMinutes: null,
    request,
    response: null,
  };
}

function answer(a: ActivationAttempt, response: KmsEvent): void {
  const f = response.fields?.kind === 'response' ? response.fields : null;
  a.answered = true;
  a.response = response;
  a.responseTime = response.timeCreated;
  a.responseHresult = f?.hresult ?? null;
  a.currentCount = f?.currentCount ?? null;
  a.activated = f?.activated ?? null;
  a.activationIntervalMinutes = f?.activationIntervalMinutes ?? null;
  a.renewalIntervalMinutes = f?.renewalIntervalMinutes ?? null;
}

/** Client attempts (12288 + optional 12289), oldest first, and the count of orphan 12289s. */
export function pairAttempts(events: readonly KmsEvent[]): { attempts: ActivationAttempt[]; orphanResponses: number } {
  const attempts: ActivationAttempt[] = [];
  // Per computer: the latest attempt still waiting for its response.
  const open = new Map<string | null, ActivationAttempt | null>();
  let orphanResponses = 0;
  for (const e of chronological(events)) {
    const key = e.computer?.toLowerCase() ?? null;
    if (e.id === 12288) {
      const a = attemptFrom(e);
      attempts.push(a);
      open.set(key, a);
    } else if (e.id === 12289) {
      const a = open.get(key) ?? null;
      if (a === null) {
        orphanResponses++;
      } else {
        answer(a, e);
        open.set(key, null);
      }
    }
  }
  return { attempts, orphanResponses };
}

/** 8198 failures, oldest first. */
export function activationFailures(events: readonly KmsEvent[]): ActivationFailure[] {
  return chronological(events.filter((e) => e.id === 8198)).map((e) => {
    const f = e.fields?.kind === 'activation-failed' ? e.fields : null;
    return { computer: e.computer, time: e.timeCreated, hresult: f?.hresult ?? null, context: f?.context ?? null, event: e };
  });
}

/** 12293/12294 results grouped by domain (case-insensitively), newest domain first. */
export function publishingByDomain(events: readonly KmsEvent[]): DomainPublishing[] {
  const byDomain = new Map<string | null, PublishingResult[]>();
  for (const e of chronological(events.filter((x) => x.id === 12293 || x.id === 12294))) {
    const f = e.fields;
    const domain = f?.kind === 'publish-failed' || f?.kind === 'publish-ok' ? f.domain : null;
    const result: PublishingResult = {
      computer: e.computer,
      time: e.timeCreated,
      domain,
      ok: e.id === 12294,
      hresult: f?.kind === 'publish-failed' ? f.hresult : null,
      event: e,
    };
    const key = domain?.toLowerCase().replace(/\.$/, '') ?? null;
    const list = byDomain.get(key) ?? [];
    list.push(result);
    byDomain.set(key, list);
  }
  return [...byDomain.values()]
    .map((results) => {
      const latest = results[results.length - 1]!;
      return { domain: latest.domain, results, latest, published: latest.ok };
    })
    .sort((a, b) => ms(b.latest.event) - ms(a.latest.event));
}

/** Everything above in one pass over the events (any order in, time order out). */
export function analyzeEvents(events: readonly KmsEvent[]): EventAnalysis {
  const { attempts, orphanResponses } = pairAttempts(events);
  const failures = activationFailures(events);
  const failureCodes: string[] = [];
  for (let i = failures.length - 1; i >= 0; i--) {
    const code = failures[i]!.hresult;
    if (code !== null && !failureCodes.includes(code)) failureCodes.push(code);
  }
  return { attempts, orphanResponses, failures, failureCodes, publishing: publishingByDomain(events) };
}
