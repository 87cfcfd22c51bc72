/**
 * DNS over UDP and TCP on one port, the transport the lab's DNS server and the tests' fake DNS
 * servers share: binding a UDP socket and a TCP server to the same port number, and reading the
 * length-prefixed messages of a TCP stream (RFC 1035 §4.2.2).
 */
import type { Socket as UdpSocket } from 'node:dgram';
import type { EventEmitter } from 'node:events';
import type { Server, Socket } from 'node:net';

/** Calls `onMessage` with each whole DNS message the stream carries (without its two-byte length). */
export function readDnsTcpMessages(socket: Socket, onMessage: (message: Buffer) => void): void {
  let buffered = Buffer.alloc(0);
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (buffered.length >= 2 && buffered.length >= 2 + buffered.readUInt16BE(0)) {
      const length = buffered.readUInt16BE(0);
      const message = buffered.subarray(2, 2 + length);
      buffered = buffered.subarray(2 + length);
      onMessage(message);
    }
  });
}

/** Resolves once `start` reports the socket ready; rejects with the error it emits first (EADDRINUSE). */
function ready(socket: EventEmitter, start: (done: () => void) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    start(() => {
      socket.off('error', reject);
      resolve();
    });
  });
}

export function bindUdp(socket: UdpSocket, port: number, address: string): Promise<void> {
  return ready(socket, (done) => socket.bind(port, address, done));
}

export function listenTcp(server: Server, port: number, address: string): Promise<void> {
  return ready(server, (done) => server.listen(port, address, done));
}

/**
 * Opens UDP (on the port it is given, or a free one), then TCP on the same port number. With a
 * free port the number the kernel picks for UDP may already be taken on TCP (often by an outgoing
 * connection's ephemeral port); then the UDP socket is closed (a bound dgram socket cannot be
 * re-bound) and another pair is tried, up to `attempts` times.
 */
export async function openUdpAndTcp<T>(openUdp: () => Promise<UdpSocket>, openTcp: (port: number) => Promise<T>, attempts: number): Promise<{ udp: UdpSocket; tcp: T }> {
  for (let attempt = 1; ; attempt++) {
    const udp = await openUdp();
    try {
      return { udp, tcp: await openTcp(udp.address().port) };
    } catch (error) {
      await new Promise<void>((resolve) => udp.close(() => resolve()));
      if (attempt >= attempts || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
}
