import type { ProbeError } from './result.js';

/**
 * The error a probe reports when its signal aborts: the abort reason's own code when it has one
 * (the run deadline says why it ended), else the standard ABORT_ERR.
 */
export function cancelledError(signal: AbortSignal | undefined): ProbeError {
  const reason: unknown = signal?.reason;
  const code = typeof (reason as { code?: unknown } | undefined)?.code === 'string' ? (reason as { code: string }).code : 'ABORT_ERR';
  return { code, message: reason instanceof Error ? reason.message : 'the probe was cancelled' };
}
