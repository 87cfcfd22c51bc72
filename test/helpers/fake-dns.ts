/**
 * Test fixture: in-process fake DNS servers on loopback, for the misbehaviour a real server will
 * not produce on demand (replies with the wrong id or question, garbage, silence, a TC bit, a
 * TCP stream cut short). A handler gets every query and returns the exact bytes to send back.
 *
 * Only loopback addresses are used (127.0.0.0/8 or ::1).
 */
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer, isIP, type Server, type Socket } from 'node:net';
import dnsPacket, { type Answer, type DecodedPacket } from 'dns-packet';
import { bindUdp, listenTcp, openUdpAndTcp, readDnsTcpMessages } from '../../src/lab/dns-transport.js';

/** One query as the fake received it. */
export interface FakeQuery {
  /** The raw bytes (for TCP: without the two-byte length prefix). */
  bytes: Buffer;
  /** The decoded query, or undefined if it did not decode. */
  packet: DecodedPacket | undefined;
  /** The query id (read from the first two bytes, so present even if the body did not decode). */
  id: number;
  transport: 'udp' | 'tcp';
  /** 1 for the first query this server received, 2 for the second, …, across both transports. */
  seq: number;
  /** Milliseconds since the server started. */
  atMs: number;
}

/** Bytes to send, optionally after a delay (ms after the query arrived). */
export type FakeSend = Buffer | { bytes: Buffer; delayMs: number };

/**
 * UDP: each Buffer is sent as one datagram to the querier. TCP: each Buffer is written raw to the
 * stream (use {@link framed} to add the length prefix, or omit it to break the framing).
 */
export type FakeHandler = (query: FakeQuery) => FakeSend[] | Promise<FakeSend[]>;

export interface FakeTcpOptions {
  handler: FakeHandler;
  /** Close the connection (FIN) after the last send. Default false: the stream stays open. */
  endAfterReply?: boolean;
}

export interface FakeDnsOptions {
  /** Answers UDP queries. Without it the UDP socket is bound but silent. */
  udp?: FakeHandler;
  /** Listen on TCP (same port). Without it nothing listens on TCP: connections are refused. */
  tcp?: FakeHandler | FakeTcpOptions;
  /** Loopback address; default 127.0.0.1. */
  address?: string;
}

export interface FakeDns {
  address: string;
  port: number;
  /** Every query received so far, in order. */
  queries: FakeQuery[];
  /** Errors thrown by handlers or sockets (a test should normally assert this is empty). */
  errors: unknown[];
  close(): Promise<void>;
}

function assertLoopback(address: string): void {
  const ok = address === '::1' || (isIP(address) === 4 && address.startsWith('127.'));
  if (!ok) throw new Error(`fake DNS: ${address} is not loopback; tests may only use 127.0.0.0/8 or ::1`);
}

function decodeQuietly(bytes: Buffer): DecodedPacket | undefined {
  try {
    return dnsPacket.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Starts a fake DNS server: UDP on a free port and, if asked, TCP on the same port. */
export async function startFakeDns(options: FakeDnsOptions): Promise<FakeDns> {
  const address = options.address ?? '127.0.0.1';
  assertLoopback(address);
  const started = Date.now();
  const queries: FakeQuery[] = [];
  const errors: unknown[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  let closed = false;

  const record = (bytes: Buffer, transport: 'udp' | 'tcp'): FakeQuery => {
    const query: FakeQuery = {
      bytes: Buffer.from(bytes),
      packet: decodeQuietly(bytes),
      id: bytes.length >= 2 ? bytes.readUInt16BE(0) : -1,
      transport,
      seq: queries.length + 1,
      atMs: Date.now() - started,
    };
    queries.push(query);
    return query;
  };
  const schedule = (sends: FakeSend[], send: (bytes: Buffer) => void): void => {
    for (const item of sends) {
      const { bytes, delayMs } = Buffer.isBuffer(item) ? { bytes: item, delayMs: 0 } : item;
      if (delayMs <= 0) {
        send(bytes);
        continue;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!closed) send(bytes);
      }, delayMs);
      timers.add(timer);
    }
  };

  const openUdp = async (): Promise<UdpSocket> => {
    const socket: UdpSocket = createSocket(isIP(address) === 6 ? 'udp6' : 'udp4');
    socket.on('message', (message, peer) => {
      const query = record(message, 'udp');
      if (!options.udp) return;
      Promise.resolve()
        .then(() => options.udp!(query))
        .then((sends) =>
          schedule(sends, (bytes) => {
            if (!closed) socket.send(bytes, peer.port, peer.address, (error) => error && !closed && errors.push(error));
          }),
        )
        .catch((error) => errors.push(error));
    });
    await bindUdp(socket, 0, address);
    socket.on('error', (error) => errors.push(error));
    return socket;
  };

  const openTcp = async (port: number, tcpOptions: FakeTcpOptions): Promise<Server> => {
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
      readDnsTcpMessages(socket, (message) => {
        const query = record(message, 'tcp');
        Promise.resolve()
          .then(() => tcpOptions.handler(query))
          .then((sends) => {
            let remaining = sends.length;
            if (remaining === 0 && tcpOptions.endAfterReply) socket.end();
            schedule(sends, (bytes) => {
              if (!socket.destroyed) socket.write(bytes);
              if (--remaining === 0 && tcpOptions.endAfterReply) socket.end();
            });
          })
          .catch((error) => errors.push(error));
      });
    });
    await listenTcp(server, port, address);
    return server;
  };

  const tcpOptions = typeof options.tcp === 'function' ? { handler: options.tcp } : options.tcp;
  const { udp, tcp } = tcpOptions ? await openUdpAndTcp(openUdp, (port) => openTcp(port, tcpOptions), 10) : { udp: await openUdp(), tcp: undefined };
  const port = udp.address().port;

  return {
    address,
    port,
    queries,
    errors,
    close: async () => {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      await Promise.all([new Promise<void>((resolve) => udp.close(() => resolve())), tcp ? new Promise<void>((resolve) => tcp.close(() => resolve())) : Promise.resolve()]);
    },
  };
}

/** Adds the two-byte length prefix a DNS message carries over TCP. */
export function framed(message: Buffer): Buffer {
  const prefix = Buffer.alloc(2);
  prefix.writeUInt16BE(message.length);
  return Buffer.concat([prefix, message]);
}

export interface ReplyOptions {
  /** Override the id (default: the query's). */
  id?: number;
  /** RCODE number (0 NOERROR, 1 FORMERR, 2 SERVFAIL, 3 NXDOMAIN, 5 REFUSED). */
  rcode?: number;
  authoritative?: boolean;
  truncated?: boolean;
  /** Override the question (default: the query's). */
  questions?: Array<{ name: string; type: dnsPacket.RecordType; class?: dnsPacket.RecordClass }>;
  answers?: Answer[];
  authorities?: Answer[];
  additionals?: Answer[];
}

/** Encodes a response to `query` (which must have decoded), with the given parts. */
export function reply(query: FakeQuery, options: ReplyOptions = {}): Buffer {
  const asked = query.packet?.questions ?? [];
  const flags =
    ((options.rcode ?? 0) & 0x0f) |
    (options.authoritative ? dnsPacket.AUTHORITATIVE_ANSWER : 0) |
    (options.truncated ? dnsPacket.TRUNCATED_RESPONSE : 0) |
    dnsPacket.RECURSION_DESIRED;
  return dnsPacket.encode({
    type: 'response',
    id: options.id ?? query.id,
    flags,
    questions: options.questions ?? asked,
    answers: options.answers ?? [],
    authorities: options.authorities ?? [],
    additionals: options.additionals ?? [],
  });
}

/** A UDP port on `address` that nothing listens on: bound, noted and closed. */
export function closedUdpPort(address = '127.0.0.1'): Promise<number> {
  assertLoopback(address);
  return new Promise((resolve, reject) => {
    const socket = createSocket(isIP(address) === 6 ? 'udp6' : 'udp4');
    socket.once('error', reject);
    socket.bind(0, address, () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}
