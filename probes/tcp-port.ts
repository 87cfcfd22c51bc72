import { connect } from 'node:net';
import { msg } from '../src/catalog/message.js';
import { probeError } from '../src/catalog/probe-reason.js';
import { classifySocketError } from '../src/core/classify-error.js';
import type { ProbeResult, ProbeStatus } from '../src/core/result.js';
import { settleOnce } from '../src/core/settle-once.js';
import { startTimer } from '../src/core/timing.js';
import { endpointProbeId } from './probe-id.js';

/** A port's state in the words administrators use for firewalls. */
export type PortState = 'open' | 'closed' | 'filtered' | 'unreachable' | 'cancelled' | 'error';

/**
 * Why the port was probed. 1688 (or the SRV port) carries activation; 135 is the RPC endpoint
 * mapper that remote slmgr, VAMT and WMI need — activation itself never uses it.
 */
export type PortRole = 'activation' | 'management' | 'custom';

export interface TcpPortData {
  state: PortState;
  role: PortRole;
  localAddress?: string;
}

const STATE_OF: Partial<Record<ProbeStatus, PortState>> = {
  ok: 'open',
  refused: 'closed',
  timeout: 'filtered',
  unreachable: 'unreachable',
  cancelled: 'cancelled',
};

export interface TcpPortOptions {
  host: string;
  /** The address to connect to; defaults to `host` (an IP literal or a name the OS resolves). */
  address?: string | undefined;
  port: number;
  role: PortRole;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/**
 * One TCP handshake. A RST means nothing listens (`closed`); silence until the timeout means a
 * firewall dropped the SYN (`filtered`). The connection is closed as soon as it is made: no
 * bytes are sent, so a KMS host sees nothing but a handshake.
 */
export function probeTcpPort(options: TcpPortOptions): Promise<ProbeResult<TcpPortData>> {
  const { host, address, port, role, timeoutMs, signal } = options;
  const timer = startTimer();
  const base = {
    id: endpointProbeId('tcp', host, address, port),
    probe: 'tcp.port' as const,
    target: { host, port, ...(address && address !== host ? { address } : {}), transport: 'tcp' as const },
    startedAt: timer.startedAt,
    attempts: 1,
  };
  const done = (status: ProbeStatus, extra: Partial<ProbeResult<TcpPortData>> = {}, localAddress?: string): ProbeResult<TcpPortData> => ({
    ...base,
    status,
    ok: status === 'ok',
    durationMs: timer.elapsedMs(),
    data: { state: STATE_OF[status] ?? 'error', role, ...(localAddress ? { localAddress } : {}) },
    ...extra,
  });

  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(done('cancelled', { attempts: 0, error: probeError('DEADLINE', msg('probe-error.deadline', { when: 'before' })) }));
    const socket = connect({ host: address ?? host, port });
    const finish = settleOnce(resolve, {
      timeoutMs,
      onTimeout: () => done('timeout', { error: probeError('ETIMEDOUT', msg('probe-error.timeout', { what: 'handshake', timeoutMs })) }),
      signal,
      onAbort: () => done('cancelled', { error: probeError('DEADLINE', msg('probe-error.deadline', { when: 'during' })) }),
      cleanup: () => socket.destroy(),
    });
    socket.once('connect', () => finish(done('ok', {}, socket.localAddress ? `${socket.localAddress}:${socket.localPort}` : undefined)));
    socket.once('error', (error) => {
      const { status, error: cause } = classifySocketError(error);
      finish(done(status, { error: cause }));
    });
  });
}
