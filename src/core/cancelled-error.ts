import type { ProbeError } from './result.js';

/**
 * The error a probe reports when its signal aborts: the abort reason's own code when it has one
 * (the run deadline says why it ended), else the standard ABORT_ERR.
 */
export function cancelledError(signal: AbortSignal | undefined): ProbeError {
  const reason: unknown = signal?.reason;
  const code = typeof (reason as { code?: unknown } | undefined)?.code === 'string' ? (reason as { code: string }).code : 'ABORT_ERR';
  // Core sits below the catalog, so it writes the English sentence of its reason itself; a test
  // renders the reason and compares. The abort reason's text is the runtime's own (a DOMException's message): evidence, passed as it came.
  const detail = reason instanceof Error ? reason.message : null;
  return { code, message: detail ?? 'the probe was cancelled', reason: { id: 'probe-error.cancelled', args: { detail } } };
}
