import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { createServer, type Server, type Socket } from 'node:net';
import dnsPacket, { type Answer, type DecodedPacket, type Question } from 'dns-packet';
import { bindUdp, listenTcp, openUdpAndTcp, readDnsTcpMessages } from './dns-transport.js';

/** A zone the lab server answers for with authority. Record names are absolute, without a trailing dot. */
export interface LabZone {
  origin: string;
  records: Answer[];
}

export interface LabDnsServer {
  address: string;
  port: number;
  close(): Promise<void>;
}

/** Classic DNS over UDP without EDNS: anything larger is sent truncated, so clients must use TCP. */
const UDP_LIMIT = 512;

const lower = (name: string) => name.replace(/\.$/, '').toLowerCase();
const within = (name: string, origin: string) => name === origin || name.endsWith(`.${origin}`);

/**
 * A small authoritative DNS server for the built-in lab, over UDP and TCP on one port. It knows
 * NXDOMAIN from NODATA, follows a CNAME inside its zones, adds the addresses of SRV targets to
 * the additional section, and truncates UDP answers over 512 bytes — the behaviours discovery
 * depends on. It is not a general server: no recursion, no wildcards, no DNSSEC.
 */
export async function startLabDnsServer(zones: LabZone[], address = '127.0.0.1', port = 0): Promise<LabDnsServer> {
  const normalized = zones.map((zone) => ({ origin: lower(zone.origin), records: zone.records.map((record) => ({ ...record, name: lower(record.name) })) }));
  const tcp: Server = createServer();
  const sockets = new Set<Socket>();
  const createUdp = (): UdpSocket => {
    const udp = createSocket(address.includes(':') ? 'udp6' : 'udp4');
    udp.on('message', (message, peer) => {
      const reply = answer(normalized, message);
      if (!reply) return;
      const bytes = dnsPacket.encode(reply);
      const sent =
        bytes.length <= UDP_LIMIT ? bytes : dnsPacket.encode({ ...reply, flags: (reply.flags ?? 0) | dnsPacket.TRUNCATED_RESPONSE, answers: [], authorities: [], additionals: [] });
      udp.send(sent, peer.port, peer.address);
    });
    return udp;
  };
  tcp.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    readDnsTcpMessages(socket, (message) => {
      const reply = answer(normalized, message);
      if (reply) socket.write(dnsPacket.streamEncode(reply));
    });
  });

  const { udp } = await openUdpAndTcp(
    async () => {
      const udp = createUdp();
      await bindUdp(udp, port, address);
      return udp;
    },
    (boundPort) => listenTcp(tcp, boundPort, address),
    // A port asked for is that port or nothing; a free one may be tried again.
    port === 0 ? 5 : 1,
  );
  const boundPort = udp.address().port;
  // After start-up a socket error must not crash the host process: the lab just loses that exchange.
  udp.on('error', () => undefined);
  tcp.on('error', () => undefined);
  return {
    address,
    port: boundPort,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await Promise.all([new Promise<void>((resolve) => udp.close(() => resolve())), new Promise<void>((resolve) => tcp.close(() => resolve()))]);
    },
  };
}

type Reply = Parameters<typeof dnsPacket.encode>[0];

function answer(zones: Array<{ origin: string; records: Answer[] }>, message: Buffer): Reply | undefined {
  let query: DecodedPacket;
  try {
    query = dnsPacket.decode(message);
  } catch {
    return undefined; // not worth an answer; a real server would send FORMERR, the lab stays quiet
  }
  const question = query.questions?.[0] as Question | undefined;
  const base = { id: query.id, type: 'response' as const, questions: query.questions ?? [] };
  if (!question) return { ...base, flags: rcodeFlags(1) };
  const name = lower(question.name);
  const zone = zones.find((candidate) => within(name, candidate.origin));
  if (!zone) return { ...base, flags: rcodeFlags(5) };

  const soa = zone.records.filter((record) => record.type === 'SOA' && record.name === zone.origin);
  const answers: Answer[] = [];
  let current = name;
  for (let hops = 0; hops < 8; hops++) {
    const exact = zone.records.filter((record) => record.name === current && record.type === question.type);
    if (exact.length > 0) {
      answers.push(...exact);
      break;
    }
    const alias = zone.records.find((record) => record.name === current && record.type === 'CNAME');
    if (alias?.type !== 'CNAME') break;
    answers.push(alias);
    current = lower(alias.data);
  }
  const additionals = answers
    .flatMap((record) => (record.type === 'SRV' ? [lower(record.data.target)] : []))
    .flatMap((target) => zone.records.filter((record) => record.name === target && (record.type === 'A' || record.type === 'AAAA')));
  const exists = zone.records.some((record) => record.name === name || record.name.endsWith(`.${name}`));
  const rcode = answers.length > 0 || exists ? 0 : 3;
  return { ...base, flags: dnsPacket.AUTHORITATIVE_ANSWER | rcodeFlags(rcode), answers, authorities: answers.length > 0 ? [] : soa, additionals };
}

function rcodeFlags(rcode: number): number {
  return rcode & 0x0f;
}
