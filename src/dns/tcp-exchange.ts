import { connect } from 'node:net';
import { type Message, msg } from '../catalog/message.js';
import { probeError } from '../catalog/probe-reason.js';
import { classifySocketError } from '../core/classify-error.js';
import { settleOnce } from '../core/settle-once.js';
import { cancelledOutcome, type ExchangeOptions, type ExchangeOutcome, timeoutOutcome } from './exchange.js';
import { buildQuery, checkReply, type DnsQuestion } from './message.js';

/** A DNS message over TCP is at most 65535 bytes (RFC 1035 §4.2.2 two-byte length prefix). */
const LENGTH_PREFIX = 2;

/** One question over TCP (RFC 7766), used after a truncated UDP reply. */
export function tcpExchange(question: DnsQuestion, options: ExchangeOptions): Promise<ExchangeOutcome> {
  const { server, timeoutMs, signal } = options;
  const { id, bytes } = buildQuery(question);
  const discarded: Message[] = [];

  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(cancelledOutcome(1, discarded));
    const socket = connect({ host: server.address, port: server.port });
    let received = Buffer.alloc(0);
    const finish = settleOnce(resolve, {
      timeoutMs,
      onTimeout: () => timeoutOutcome(timeoutMs, 1, discarded),
      signal,
      onAbort: () => cancelledOutcome(1, discarded),
      cleanup: () => socket.destroy(),
    });

    socket.on('connect', () => {
      const prefix = Buffer.alloc(LENGTH_PREFIX);
      prefix.writeUInt16BE(bytes.length);
      socket.write(Buffer.concat([prefix, bytes]));
    });
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < LENGTH_PREFIX) return;
      const length = received.readUInt16BE(0);
      if (received.length < LENGTH_PREFIX + length) return;
      const reply = received.subarray(LENGTH_PREFIX, LENGTH_PREFIX + length);
      const check = checkReply(reply, id, question);
      if (check.kind === 'match') return finish({ kind: 'reply', packet: check.packet, size: length, attempts: 1, discarded });
      // On a stream nobody else can inject a reply, so a non-matching one is a broken server.
      const reason = check.kind === 'truncated-undecodable' ? msg('dns-reply.tcp-truncated') : check.reason;
      finish({ kind: 'failed', status: 'dns-malformed', error: probeError('BAD_REPLY', reason), attempts: 1, discarded: [...discarded, reason] });
    });
    socket.on('end', () =>
      finish({ kind: 'failed', status: 'dns-malformed', error: probeError('SHORT_REPLY', msg('dns-reply.tcp-closed', { bytes: received.length })), attempts: 1, discarded }),
    );
    socket.on('error', (error) => finish({ kind: 'failed', ...classifySocketError(error), attempts: 1, discarded }));
  });
}
