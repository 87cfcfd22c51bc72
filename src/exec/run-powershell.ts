import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { execa } from 'execa';

/** What a PowerShell script run ended with; a run that could not start or timed out is still a result. */
export interface PowerShellRun {
  /** The executable used: `pwsh.exe` or `powershell.exe` (or the one given). */
  shell: string;
  /** null when the process never ran to an exit (not found, killed on timeout). */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /**
   * Why the process could not be started or was stopped, when it was: a timeout (its budget in
   * seconds), or a start that failed, with the system's own account of it when there is one.
   */
  failure: { kind: 'timeout'; seconds: number } | { kind: 'not-started'; system: string | null } | null;
}

export interface RunPowerShellOptions {
  /** Kill the script after this long (default 120 s: CIM licensing queries can take a while). */
  timeoutMs?: number;
  /** PATH to search for pwsh.exe (default: process.env.PATH). */
  searchPath?: string;
  /** Use this PowerShell executable instead of looking for one (tests run the collector with Linux pwsh). */
  shell?: string;
}

/**
 * PowerShell 7 (`pwsh.exe`) when it is on PATH, else Windows PowerShell 5.1 (`powershell.exe`),
 * which every supported Windows has. The collector runs on both.
 */
export function powerShellExecutable(searchPath: string = process.env.PATH ?? ''): string {
  for (const dir of searchPath.split(delimiter)) {
    if (dir && existsSync(join(dir, 'pwsh.exe'))) return 'pwsh.exe';
  }
  return 'powershell.exe';
}

/**
 * Runs a PowerShell script file with an argument array (never a command string, so no argument is
 * ever parsed by a shell): `<shell> -NoProfile -NonInteractive -ExecutionPolicy Bypass -File
 * <script> <args…>`. Never rejects; every outcome comes back as a PowerShellRun.
 */
export async function runPowerShellScript(scriptPath: string, args: readonly string[], options: RunPowerShellOptions = {}): Promise<PowerShellRun> {
  const shell = options.shell ?? powerShellExecutable(options.searchPath);
  const result = await execa(shell, ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', scriptPath, ...args], {
    reject: false,
    stdin: 'ignore',
    windowsHide: true,
    timeout: options.timeoutMs ?? 120_000,
  });
  let failure: PowerShellRun['failure'] = null;
  if (result.timedOut) failure = { kind: 'timeout', seconds: Math.round((options.timeoutMs ?? 120_000) / 1000) };
  // No exit code: it never started (not found, not executable) or was killed.
  else if (result.exitCode === undefined) failure = { kind: 'not-started', system: result.shortMessage ?? result.message ?? null };
  return {
    shell,
    exitCode: result.exitCode ?? null,
    stdout: result.stdout,
    stderr: result.stderr,
    timedOut: result.timedOut,
    failure,
  };
}
