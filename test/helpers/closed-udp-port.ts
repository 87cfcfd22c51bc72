/**
 * A loopback UDP port with nothing bound: a DNS query sent there gets ICMP port-unreachable at
 * once, so a command that asks DNS where it should not fails fast instead of asking a real server.
 */
import { createSocket } from 'node:dgram';

export async function closedUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(resolve));
  return port;
}
