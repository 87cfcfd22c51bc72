import type { ProbeError, ProbeStatus } from './result.js';

/** Node/libuv error codes and the probe outcome each one means. Table-driven so it is tested row by row. */
const SOCKET_ERROR_STATUS: Readonly<Record<string, ProbeStatus>> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ETIMEDOUT: 'timeout',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  ENETDOWN: 'unreachable',
  EADDRNOTAVAIL: 'unreachable',
  ENOTFOUND: 'dns-nxdomain',
  ENODATA: 'dns-nodata',
  EAI_AGAIN: 'dns-servfail',
  ABORT_ERR: 'cancelled',
};

/** Maps a thrown socket error to a probe status, keeping the raw cause as evidence. */
export function classifySocketError(error: unknown): { status: ProbeStatus; error: ProbeError } {
  const err = error as NodeJS.ErrnoException | undefined;
  const code = typeof err?.code === 'string' ? err.code : err?.name === 'AbortError' ? 'ABORT_ERR' : 'UNKNOWN';
  const message = err instanceof Error ? err.message : String(error);
  // The system's own words are evidence: they stay as they came, wrapped in a catalog sentence.
  return { status: SOCKET_ERROR_STATUS[code] ?? 'error', error: { code, message, reason: { id: 'probe-error.system', args: { detail: message } } } };
}
