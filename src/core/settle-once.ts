/**
 * The ending of a network exchange that may end three ways — its own events, its time budget, the
 * run's signal — and must end exactly once, releasing the timer and the abort listener whichever
 * way it went. Returns `finish`, which the exchange's own event handlers call; later calls are
 * ignored.
 */
export interface SettleOnceOptions<T> {
  timeoutMs: number;
  onTimeout: () => T;
  signal?: AbortSignal | undefined;
  onAbort: () => T;
  /** Runs once, with the outcome, before it is delivered (destroy the socket, drop listeners). */
  cleanup?: (outcome: T) => void;
}

export function settleOnce<T>(deliver: (outcome: T) => void, options: SettleOnceOptions<T>): (outcome: T) => void {
  const { timeoutMs, onTimeout, signal, onAbort, cleanup } = options;
  let settled = false;
  const finish = (outcome: T): void => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
    cleanup?.(outcome);
    deliver(outcome);
  };
  const abort = (): void => finish(onAbort());
  const timer = setTimeout(() => finish(onTimeout()), timeoutMs);
  signal?.addEventListener('abort', abort, { once: true });
  return finish;
}
