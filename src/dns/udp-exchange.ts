import { createSocket } from 'node:dgram';
import { isIP } from 'node:net';
import type { Message } from '../catalog/message.js';
import { classifySocketError } from '../core/classify-error.js';
import { cancelledOutcome, type ExchangeOptions, type ExchangeOutcome, timeoutOutcome } from './exchange.js';
import { buildQuery, checkReply, type DnsQuestion } from './message.js';

/** How many times one query is sent over UDP within its deadline (the first send included). */
const UDP_SENDS = 2;

/**
 * One question over UDP. The socket is connect()ed to the server: that makes the kernel drop
 * datagrams from any other source, and turns an ICMP port-unreachable into ECONNREFUSED, which
 * is how "the server is not listening" differs from "the server is silent". The query is sent
 * again once at half the deadline with the same id, as resolvers do; whichever copy is answered wins.
 */
export function udpExchange(question: DnsQuestion, options: ExchangeOptions): Promise<ExchangeOutcome> {
  const { server, timeoutMs, signal } = options;
  const { id, bytes } = buildQuery(question);
  const discarded: Message[] = [];
  let attempts = 0;

  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(cancelledOutcome(0, discarded));
    const socket = createSocket(isIP(server.address) === 6 ? 'udp6' : 'udp4');
    const timers: NodeJS.Timeout[] = [];
    let settled = false;

    const finish = (outcome: ExchangeOutcome) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      signal?.removeEventListener('abort', onAbort);
      socket.close();
      resolve(outcome);
    };
    const onAbort = () => finish(cancelledOutcome(attempts, discarded));
    const send = () => {
      attempts += 1;
      socket.send(bytes, (error) => error && finish(failure(error)));
    };
    const failure = (error: unknown): ExchangeOutcome => ({ kind: 'failed', ...classifySocketError(error), attempts, discarded });

    signal?.addEventListener('abort', onAbort, { once: true });
    socket.on('error', (error) => finish(failure(error)));
    socket.on('message', (reply) => {
      const check = checkReply(reply, id, question);
      if (check.kind === 'match') {
        if (check.packet.flag_tc) return finish({ kind: 'truncated', attempts, discarded });
        return finish({ kind: 'reply', packet: check.packet, size: reply.length, attempts, discarded });
      }
      if (check.kind === 'truncated-undecodable') return finish({ kind: 'truncated', attempts, discarded });
      discarded.push(check.reason);
    });
    socket.connect(server.port, server.address, () => {
      send();
      for (let n = 1; n < UDP_SENDS; n++) timers.push(setTimeout(send, (timeoutMs * n) / UDP_SENDS));
      timers.push(setTimeout(() => finish(timeoutOutcome(timeoutMs, attempts, discarded)), timeoutMs));
    });
  });
}
