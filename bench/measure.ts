import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Wall time of one command, in ms (argument array, no shell). */
export async function timeCommand(command: string, args: string[], env: Record<string, string> = {}): Promise<{ ms: number; stdout: string; exitCode: number }> {
  const start = process.hrtime.bigint();
  try {
    const { stdout } = await run(command, args, { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', ...env } });
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, stdout, exitCode: 0 };
  } catch (error) {
    const failed = error as { stdout?: string; code?: number };
    // Exit 1 means "findings", which is a normal outcome for a check.
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, stdout: failed.stdout ?? '', exitCode: typeof failed.code === 'number' ? failed.code : -1 };
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const fmt = (ms: number) => `${ms.toFixed(0).padStart(6)} ms`;
