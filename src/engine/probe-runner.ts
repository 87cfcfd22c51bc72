import { setMaxListeners } from 'node:events';
import pLimit from 'p-limit';
import type { ProbeResult } from '../core/result.js';

/**
 * Runs probes under one concurrency bound and one deadline, once each: two targets sharing an
 * address share its probes. Every finished probe is announced through `onResult` (the NDJSON
 * stream) the moment it completes; ordering for the final report is done elsewhere.
 */
export class ProbeRunner {
  readonly signal: AbortSignal;
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly memo = new Map<string, Promise<ProbeResult>>();
  private readonly lookups = new Map<string, Promise<unknown>>();

  constructor(options: { concurrency: number; deadlineMs: number; signal?: AbortSignal | undefined; onResult?: ((result: ProbeResult) => void) | undefined }) {
    this.limit = pLimit(options.concurrency);
    const deadline = AbortSignal.timeout(options.deadlineMs);
    this.signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    // Each probe in flight listens for the deadline (an address probe twice: A and AAAA), so more than
    // Node's default of 10 listeners is by design; without this, Node prints a leak warning on stderr.
    setMaxListeners(2 * options.concurrency + 10, this.signal);
    this.onResult = options.onResult;
  }

  private readonly onResult: ((result: ProbeResult) => void) | undefined;

  /** Runs `probe` unless a probe with the same id already ran or is running; returns that result. */
  once<T>(id: string, probe: (signal: AbortSignal) => Promise<ProbeResult<T>>): Promise<ProbeResult<T>> {
    let pending = this.memo.get(id);
    if (!pending) {
      pending = this.limit(() => probe(this.signal)).then((result) => {
        this.onResult?.(result);
        return result;
      });
      this.memo.set(id, pending);
    }
    return pending as Promise<ProbeResult<T>>;
  }

  /**
   * A query that serves the probes but is no probe of the report (a zone's SOA, its NS set): under
   * the same bound and deadline, once per id, and not announced.
   */
  lookup<T>(id: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    let pending = this.lookups.get(id);
    if (!pending) {
      pending = this.limit(() => work(this.signal));
      this.lookups.set(id, pending);
    }
    return pending as Promise<T>;
  }
}
