/**
 * Tiny TCP listener for tests, meant to be started inside a test network namespace:
 *
 *   node --import tsx test/helpers/ns-listener.ts --host 198.18.5.2 --port 1688 --mode banner
 *
 * Prints `listening <host>:<port>` once it accepts connections (the same contract as
 * src/lab/rpc-responder-main.ts), so a spawner can wait for that line. `--port 0` picks a free
 * port and prints it. Modes:
 *   banner  sends "kmsd-test-banner\n" on connect and keeps the connection open;
 *   echo    echoes every byte back.
 */
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** The line `banner` mode sends, exported so tests compare against the same text. */
export const BANNER = 'kmsd-test-banner\n';

function main(): void {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '0' },
      mode: { type: 'string', default: 'banner' },
    },
  });
  const mode = values.mode;
  if (mode !== 'banner' && mode !== 'echo') throw new Error(`--mode must be banner or echo, not "${mode}"`);

  const server = createServer((socket) => {
    socket.on('error', () => socket.destroy()); // A client reset is normal in tests; do not crash.
    if (mode === 'banner') socket.write(BANNER);
    else socket.pipe(socket);
  });
  server.listen(Number(values.port), values.host, () => {
    const { address, port } = server.address() as { address: string; port: number };
    process.stdout.write(`listening ${address}:${port}\n`);
  });
  // Exit promptly on SIGTERM even with open client connections, so stop() does not need SIGKILL.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(0));
}

// Only run when executed, so tests can import BANNER without starting a server.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
