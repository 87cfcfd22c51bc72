/**
 * One TCP connection that exchanges whole DCE/RPC PDUs: write bytes, read exactly one PDU
 * (`frag_length` bytes) with a per-read budget. Every outcome — refused, reset, silence, junk,
 * cancelled — is a value; nothing here throws for network events. The socket is destroyed by
 * `close()` and on every terminal event.
 */
import { Socket } from 'node:net';
import { type Message, msg } from '../catalog/message.js';
import { probeError } from '../catalog/probe-reason.js';
import { cancelledError } from '../core/cancelled-error.js';
import { classifySocketError } from '../core/classify-error.js';
import type { ProbeError, ProbeStatus } from '../core/result.js';
import { settleOnce } from '../core/settle-once.js';
import { COMMON_HEADER_LENGTH } from '../rpc/constants.js';

/** How a read ended. */
export type PduRead =
  | { kind: 'pdu'; bytes: Buffer }
  /** The peer closed (FIN), reset, or said nothing in time; `partial` holds bytes of an unfinished PDU. */
  | { kind: 'silence'; silence: 'closed' | 'reset' | 'timeout'; partial: Buffer }
  /** Bytes that cannot be DCE/RPC 5.0 (or an absurd frag_length). */
  | { kind: 'junk'; bytes: Buffer; reason: Message }
  | { kind: 'cancelled'; error: ProbeError };

export type ConnectOutcome = { ok: true; connection: PduConnection } | { ok: false; status: ProbeStatus; error: ProbeError };

export class PduConnection {
  readonly #socket: Socket;
  readonly #signal: AbortSignal | undefined;
  #pending: Buffer = Buffer.alloc(0);
  #ended: 'closed' | 'reset' | null = null;
  #cancelled = false;
  #wake: (() => void) | null = null;
  /** Every byte written, in order: the audit trail of what left this machine. */
  readonly written: Buffer[] = [];

  private constructor(socket: Socket, signal: AbortSignal | undefined) {
    this.#socket = socket;
    this.#signal = signal;
    socket.setNoDelay(true); // several small PDUs in a row: do not wait for delayed ACKs
    socket.on('data', (chunk: Buffer) => {
      this.#pending = Buffer.concat([this.#pending, chunk]);
      this.#wake?.();
    });
    socket.on('end', () => {
      this.#ended ??= 'closed';
      this.#wake?.();
    });
    socket.on('close', () => {
      this.#ended ??= 'closed';
      this.#wake?.();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      this.#ended ??= classifySocketError(error).status === 'reset' ? 'reset' : 'closed';
      this.#wake?.();
    });
    signal?.addEventListener('abort', this.#onAbort, { once: true });
  }

  readonly #onAbort = (): void => {
    this.#cancelled = true;
    this.#socket.destroy();
    this.#wake?.();
  };

  /** Connects within `timeoutMs`. A refused, unreachable or timed-out connect is a value, not an exception. */
  static connect(address: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<ConnectOutcome> {
    if (signal?.aborted) return Promise.resolve({ ok: false, status: 'cancelled', error: cancelledError(signal) });
    return new Promise((resolve) => {
      const socket = new Socket();
      const finish = settleOnce<ConnectOutcome>(resolve, {
        timeoutMs,
        onTimeout: () => ({ ok: false, status: 'timeout', error: probeError('ETIMEDOUT', msg('probe-error.timeout', { what: 'connect', timeoutMs })) }),
        signal,
        onAbort: () => ({ ok: false, status: 'cancelled', error: cancelledError(signal) }),
        cleanup: (outcome) => {
          socket.off('error', onError);
          if (!outcome.ok) socket.destroy();
        },
      });
      const onError = (error: Error): void => finish({ ok: false, ...classifySocketError(error) });
      socket.once('error', onError);
      socket.once('connect', () => finish({ ok: true, connection: new PduConnection(socket, signal) }));
      socket.connect({ host: address, port });
    });
  }

  /** Writes bytes (recorded in `written`). Writing to a closed socket is harmless: the next read reports it. */
  write(bytes: Buffer): void {
    this.written.push(Buffer.from(bytes));
    if (!this.#socket.destroyed) this.#socket.write(bytes);
  }

  /** Reads exactly one PDU of at most `maxLength` bytes, waiting at most `timeoutMs`. */
  readPdu(timeoutMs: number, maxLength: number): Promise<PduRead> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const done = (read: PduRead): void => {
        clearTimeout(timer);
        this.#wake = null;
        resolve(read);
      };
      const check = () => {
        if (this.#cancelled) return done({ kind: 'cancelled', error: cancelledError(this.#signal) });
        const bytes = this.#pending;
        if (bytes.length >= 1 && bytes[0] !== 5)
          return done({ kind: 'junk', bytes, reason: msg('rpc-reply.first-byte', { byte: (bytes[0] ?? 0).toString(16).padStart(2, '0'), looks: 'other', text: null }) });
        if (bytes.length >= 2 && bytes[1] !== 0) return done({ kind: 'junk', bytes, reason: msg('rpc-reply.minor-version', { minor: bytes[1] ?? 0 }) });
        if (bytes.length >= COMMON_HEADER_LENGTH) {
          const fragLength = bytes.readUInt16LE(8);
          if (fragLength < COMMON_HEADER_LENGTH || fragLength > maxLength)
            return done({ kind: 'junk', bytes, reason: msg('rpc-reply.frag-length-outside', { fragLength, min: COMMON_HEADER_LENGTH, max: maxLength }) });
          if (bytes.length >= fragLength) {
            this.#pending = bytes.subarray(fragLength);
            return done({ kind: 'pdu', bytes: Buffer.from(bytes.subarray(0, fragLength)) });
          }
        }
        if (this.#ended !== null) {
          this.#pending = Buffer.alloc(0);
          return done({ kind: 'silence', silence: this.#ended, partial: bytes });
        }
      };
      this.#wake = check;
      timer = setTimeout(() => done({ kind: 'silence', silence: 'timeout', partial: this.#pending }), timeoutMs);
      check();
    });
  }

  /** Ends the connection at once. */
  close(): void {
    this.#signal?.removeEventListener('abort', this.#onAbort);
    this.#socket.destroy();
  }
}
