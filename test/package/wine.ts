/**
 * Runs a Windows program under Wine for the smoke tests: Debian's wine64 (installed by the test
 * command), a private prefix in .tmp/wine set to Windows 10, and the program's output written to
 * files, since under Wine node cannot write to a pipe.
 */

import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { execa } from 'execa';

/** wine64 on PATH, else where Debian's package puts it (its `wine` launcher is another package). */
export function findWine(): string {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'wine64'))) return join(dir, 'wine64');
  }
  if (existsSync('/usr/lib/wine/wine64')) return '/usr/lib/wine/wine64';
  throw new Error('wine64 is not installed (the test command installs it: apt-get install wine64)');
}

export interface WineRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export class Wine {
  readonly env: Record<string, string>;

  constructor(
    readonly wine: string,
    readonly prefix: string,
    readonly scratch: string,
  ) {
    this.env = { WINEPREFIX: prefix, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=', NO_COLOR: '1' };
  }

  /** Creates the prefix once (wineboot) and sets the Windows version to 10. */
  async prepare(): Promise<void> {
    const marker = join(this.prefix, '.kmsdoctor-win10');
    if (existsSync(marker)) return;
    mkdirSync(this.prefix, { recursive: true });
    await execa(this.wine, ['wineboot', '--init'], { env: this.env, reject: false, stdin: 'ignore', timeout: 180_000 });
    const set = await execa(this.wine, ['winecfg', '-v', 'win10'], { env: this.env, reject: false, stdin: 'ignore', timeout: 60_000 });
    if (set.exitCode !== 0) throw new Error(`winecfg -v win10 failed: ${set.stderr}`);
    writeFileSync(marker, '');
  }

  /** Runs `program args…` with stdout and stderr going to files in the scratch folder. */
  async run(program: string, args: string[], name: string, timeoutMs = 120_000): Promise<WineRun> {
    const stdoutFile = join(this.scratch, `${name}.out`);
    const stderrFile = join(this.scratch, `${name}.err`);
    // The files' own descriptors handed to the child: execa's `{ file }` would put a pipe in between.
    const out = openSync(stdoutFile, 'w');
    const err = openSync(stderrFile, 'w');
    let exitCode: number;
    try {
      const child = spawn(this.wine, [program, ...args], { cwd: this.scratch, env: { ...process.env, ...this.env }, stdio: ['ignore', out, err] });
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      exitCode = await new Promise<number>((resolve) => {
        child.on('error', () => resolve(-1));
        child.on('close', (code) => resolve(code ?? -1));
      });
      clearTimeout(timer);
    } finally {
      closeSync(out);
      closeSync(err);
    }
    return { exitCode, stdout: readFileSync(stdoutFile, 'utf8'), stderr: readFileSync(stderrFile, 'utf8') };
  }

  /** Stops this prefix's wineserver, so no process outlives the tests. */
  async stop(): Promise<void> {
    const server = join(this.wine, '..', 'wineserver');
    const candidates = [server, '/usr/lib/wine/wineserver64', '/usr/lib/wine/wineserver'];
    const found = candidates.find((path) => existsSync(path));
    if (found) await execa(found, ['-k'], { env: this.env, reject: false, stdin: 'ignore', timeout: 30_000 });
  }
}

/**
 * Wine before 9 has no placeholder memory (VirtualAlloc2 with MEM_RESERVE_PLACEHOLDER), which
 * V8 in Node 24 uses whenever VirtualAlloc2 exists, so node.exe stops at start-up there with this
 * message. V8 falls back to plain reservations when the function is absent: a copy of the exe
 * whose lookup name is changed (same length, so nothing else moves) runs on such a Wine.
 */
export const NO_PLACEHOLDER_MEMORY = 'SegmentedTable::InitializeTable (subspace allocation)';

export function withoutVirtualAlloc2(exe: Buffer): { patched: Buffer; offset: number } {
  const name = Buffer.from('\0VirtualAlloc2\0', 'latin1');
  const offset = exe.indexOf(name);
  if (offset === -1 || exe.indexOf(name, offset + 1) !== -1) throw new Error('expected exactly one "VirtualAlloc2" name in the exe');
  const patched = Buffer.from(exe);
  patched.write('VirtualAlloc_', offset + 1, 'latin1');
  return { patched, offset: offset + 1 };
}
