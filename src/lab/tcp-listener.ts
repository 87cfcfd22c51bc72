/**
 * The TCP server the lab's and the tests' stand-in hosts listen with: it keeps its connections,
 * so that close() ends them too (a stand-in must stop at once, not wait for clients to hang up).
 */
import { type AddressInfo, createServer, type Socket } from 'node:net';

export interface TcpListener {
  host: string;
  port: number;
  /** Stops listening and ends every open connection. */
  close(): Promise<void>;
}

/** Listens on `host:port` (port 0 = any free port) and hands each connection to `serve`. */
export function listenTcp(host: string, port: number, serve: (socket: Socket) => void): Promise<TcpListener> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {}); // clients reset or vanish; that is their business, not a server failure
    serve(socket);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port }, () => {
      server.off('error', reject);
      const bound = server.address() as AddressInfo;
      resolve({
        host: bound.address,
        port: bound.port,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
