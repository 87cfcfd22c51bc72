/**
 * Serves the in-process test KMS responder (test/helpers/kms-responder.ts) for the PowerShell
 * integration tests, on loopback only:
 *
 *   node --import tsx test/tools/serve-kms-responder.ts [--port N]
 *
 * Prints exactly one line `listening HOST:PORT` on stdout once it accepts connections; every
 * activation request it answers is logged as one line `request vN <kmsCountedId> hresult 0x...`
 * so a test can prove what was (or was not) sent. Exits 0 on SIGTERM/SIGINT.
 */
import { parseArgs } from 'node:util';
import { startKmsResponder } from '../helpers/kms-responder.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { port: { type: 'string', default: '0' } }, strict: true });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`serve-kms-responder: --port "${values.port}" is not 0-65535\n`);
    process.exitCode = 2;
    return;
  }
  // Loopback only: never reachable from another machine.
  const responder = await startKmsResponder({ host: '127.0.0.1', port });
  let logged = 0;
  const timer = setInterval(() => {
    for (; logged < responder.stats.requests.length; logged++) {
      const request = responder.stats.requests[logged]!;
      process.stdout.write(`request v${request.version} ${request.base.kmsCountedId} hresult 0x${request.hresult.toString(16).toUpperCase().padStart(8, '0')}\n`);
    }
  }, 50);
  const stop = (): void => {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    clearInterval(timer);
    void responder.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdout.write(`listening ${responder.host}:${responder.port}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`serve-kms-responder: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
