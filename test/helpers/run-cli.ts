/**
 * Runs the built CLI — `dist/kmsdoctor.cjs`, which the npm package and the PowerShell module run and
 * which loads the bundle kmsdoctor.exe runs, so `npm run build` first — as a child process with an
 * argument array, NO_COLOR=1, and never rejects: every outcome comes back as exit code and output.
 *
 * Arguments may be raw bytes (a Uint8Array). Node cannot put arbitrary bytes into a child's argv
 * (execa refuses non-strings, and child_process decodes a Buffer as UTF-8, turning 0xff into a
 * valid U+FFFD), so such a call goes through `/bin/sh`, whose `printf` writes the exact bytes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI_PATH = fileURLToPath(new URL('../../dist/kmsdoctor.cjs', import.meta.url));

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Wall time of the child process, in ms. */
  durationMs: number;
}

export interface RunCliOptions {
  /** Kill the child after this long (default 30 s); a killed run has exitCode -1. */
  timeoutMs?: number;
  env?: Record<string, string>;
}

/** `\ooo` escapes for printf, one per byte, so no byte is interpreted by the shell. */
function printfOctal(bytes: Uint8Array): string {
  return [...bytes].map((byte) => `\\${byte.toString(8).padStart(3, '0')}`).join('');
}

export async function runCli(args: ReadonlyArray<string | Uint8Array>, options: RunCliOptions = {}): Promise<CliRun> {
  if (!existsSync(CLI_PATH)) throw new Error(`${CLI_PATH} is missing; run "npm run build" first`);
  // FORCE_COLOR (uvu sets it unless --no-color) next to NO_COLOR makes Node print a warning on stderr.
  const env: Record<string, string | undefined> = { NO_COLOR: '1', FORCE_COLOR: undefined, ...options.env };
  let file = process.execPath;
  let argv: string[] = [CLI_PATH, ...args.map((arg) => (typeof arg === 'string' ? arg : ''))];
  if (args.some((arg) => typeof arg !== 'string')) {
    // sh -c 'exec "$0" "$1" ... "$(printf '\377')" ...' node main.js <string args>
    const words: string[] = ['"$0"', '"$1"'];
    const strings: string[] = [process.execPath, CLI_PATH];
    for (const arg of args) {
      if (typeof arg === 'string') {
        strings.push(arg);
        words.push(`"$${strings.length - 1 <= 9 ? strings.length - 1 : `{${strings.length - 1}}`}"`);
      } else {
        words.push(`"$(printf '${printfOctal(arg)}')"`);
      }
    }
    file = '/bin/sh';
    argv = ['-c', `exec ${words.join(' ')}`, ...strings];
  }
  const started = process.hrtime.bigint();
  const result = await execa(file, argv, {
    cwd: REPO_ROOT,
    env,
    extendEnv: true,
    reject: false,
    stdin: 'ignore',
    timeout: options.timeoutMs ?? 30_000,
    stripFinalNewline: false,
  });
  return {
    exitCode: result.exitCode ?? -1,
    stdout: result.stdout,
    stderr: result.stderr,
    durationMs: Number(process.hrtime.bigint() - started) / 1e6,
  };
}
