/**
 * Script entry for the lab responder, meant to be spawned (e.g. inside a network namespace):
 *
 *   node --import tsx src/lab/rpc-responder-main.ts --host 198.18.0.2 --port 1688 --mode genuine
 *
 * Prints exactly one line `listening <host>:<port>` on stdout once it accepts connections, so the
 * spawner can wait for it; exits 0 on SIGTERM/SIGINT. Bad arguments: one line on stderr, exit 2.
 * A listen failure (address in use, address not on this host): one line on stderr, exit 1.
 */
import { parseArgs } from 'node:util';
import { chooseLocale } from '../catalog/choose-locale.js';
import { msg } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import { formatEndpoint } from '../core/names.js';
import { RPC_RESPONDER_MODES, type RpcResponderMode, startRpcResponder } from './rpc-responder.js';

interface Arguments {
  host: string;
  port: number;
  mode: RpcResponderMode;
}

/** The responder's own lines in the language of its environment (KMSDOCTOR_LANG, the locale): it takes no --lang. */
const say = (...[id, args]: Parameters<typeof msg>): string => render(msg(id, args), chooseLocale({ env: process.env }));

/** Parses argv, returning an error message instead of throwing so the caller owns the exit code. */
function parseArguments(argv: string[]): Arguments | string {
  let values: { host?: string; port?: string; mode?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { host: { type: 'string' }, port: { type: 'string' }, mode: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const host = values.host ?? '127.0.0.1';
  const portText = values.port ?? '1688';
  const mode = values.mode ?? 'genuine';
  if (host.trim() === '') return say('usage-error.responder.host-empty', { flag: '--host' });
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) return say('usage-error.responder.port', { flag: '--port', value: portText });
  if (!(RPC_RESPONDER_MODES as readonly string[]).includes(mode)) return say('usage-error.responder.mode', { flag: '--mode', value: mode, modes: [...RPC_RESPONDER_MODES] });
  return { host, port: Number(portText), mode: mode as RpcResponderMode };
}

async function main(): Promise<void> {
  const parsed = parseArguments(process.argv.slice(2));
  if (typeof parsed === 'string') {
    process.stderr.write(`rpc-responder: ${parsed.split('\n')[0]}\n`);
    process.exitCode = 2;
    return;
  }
  let responder: Awaited<ReturnType<typeof startRpcResponder>>;
  try {
    responder = await startRpcResponder(parsed);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`rpc-responder: ${say('usage-error.responder.cannot-listen', { endpoint: formatEndpoint(parsed), detail: message.split('\n')[0] ?? '' })}\n`);
    process.exitCode = 1;
    return;
  }
  const stop = (): void => {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    void responder.close().then(() => {
      process.exitCode = 0;
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdout.write(`listening ${formatEndpoint(responder)}\n`);
}

void main();
