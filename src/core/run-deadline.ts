/**
 * The one deadline of a run: created once when the command starts and handed to every phase
 * (discovery, probes, a second pass, the activation request), so the whole run ends by it — not
 * each phase by its own copy of it.
 */
import { setMaxListeners } from 'node:events';

export function runDeadline(deadlineMs: number): AbortSignal {
  const signal = AbortSignal.timeout(deadlineMs);
  // Every probe in flight listens for it; many listeners are by design, not a leak.
  setMaxListeners(0, signal);
  return signal;
}
