import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { inputError } from '../../catalog/input-error.js';
import { type Message, msg } from '../../catalog/message.js';
import { checkOutTarget, writeOutFile } from '../../commands/write-out.js';
import { readRuntimeFile } from '../../core/runtime-files.js';
import { UsageError } from '../../core/usage-error.js';
import type { PowerShellRun } from '../../exec/run-powershell.js';
import { jsonText } from '../../report/display-text.js';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../../snapshot/model.js';
import { cliLocale, cliText } from '../cli-text.js';
import { decimalOption } from '../decimal-option.js';

interface CollectArgs {
  out?: string | undefined;
  'event-count': number;
}

/** The collector script as a runtime file (inside the bundle and the exe; in the package otherwise). */
export const COLLECTOR_FILE = 'ps/collector/Get-KmsSnapshot.ps1';

/** Why `collect` does not run here, in the command line's language. */
export const needsWindows = (): string => cliText('cli.usage.collect.needs-windows', { command: '`kmsdoctor connectivity --snapshot FILE`' });

export interface CollectOptions {
  eventCount: number;
  /** Defaults to the packaged collector, copied into the run's private folder; tests point it elsewhere. */
  scriptPath?: string;
  /** PowerShell executable (default: pwsh.exe when on PATH, else powershell.exe). */
  shell?: string;
  timeoutMs?: number;
}

/** The first meaningful line PowerShell wrote on stderr (its own words), else the exit code, for a one-line error message. */
function firstErrorLine(run: PowerShellRun): string | Message {
  const line = run.stderr
    .split(/\r?\n/)
    .map((text) => text.trim())
    .find((text) => text !== '' && !text.startsWith('#< CLIXML'));
  return line ?? msg('usage-error.collect.exit-code', { exitCode: run.exitCode ?? 'none' });
}

/**
 * Runs ps/collector/Get-KmsSnapshot.ps1 into a private temporary file and returns the snapshot it
 * wrote, checked to be JSON of kind `kms-doctor-snapshot` and this schemaVersion. Every failure is
 * a UsageError (one line, exit 2) that says what went wrong.
 */
export async function collectSnapshot(options: CollectOptions): Promise<Snapshot> {
  if (options.scriptPath !== undefined && !existsSync(options.scriptPath)) throw inputError('usage-error.collect.script-missing', { path: options.scriptPath });
  // Loaded on use: execa is not worth its start-up cost for every other command.
  const { runPowerShellScript } = await import('../../exec/run-powershell.js');
  const folder = await mkdtemp(join(tmpdir(), 'kmsdoctor-collect-'));
  try {
    // The exe carries the script inside it, and PowerShell runs only files: it is written into
    // this private folder (removed below) and run from there, the same way in every build.
    let scriptPath = options.scriptPath;
    if (scriptPath === undefined) {
      scriptPath = join(folder, 'Get-KmsSnapshot.ps1');
      await writeFile(scriptPath, readRuntimeFile(COLLECTOR_FILE), 'utf8');
    }
    const file = join(folder, 'snapshot.json');
    const run = await runPowerShellScript(scriptPath, ['-OutFile', file, '-EventCount', String(options.eventCount)], {
      ...(options.shell ? { shell: options.shell } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
    if (run.failure) {
      const detail =
        run.failure.kind === 'timeout' ? msg('usage-error.collect.timed-out', { seconds: run.failure.seconds }) : (run.failure.system ?? msg('usage-error.collect.not-started'));
      throw inputError('usage-error.collect.did-not-run', { shell: run.shell, detail });
    }
    if (run.exitCode !== 0) throw inputError('usage-error.collect.failed', { shell: run.shell, exitCode: run.exitCode ?? 'none', detail: firstErrorLine(run) });
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      throw inputError('usage-error.collect.no-snapshot', { shell: run.shell, detail: firstErrorLine(run) });
    }
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw inputError('usage-error.collect.not-json', { detail: (error as Error).message });
    }
    const header = value as { kind?: unknown; schemaVersion?: unknown } | null;
    if (header?.kind !== 'kms-doctor-snapshot') throw inputError('usage-error.collect.not-snapshot', { field: '"kind": "kms-doctor-snapshot"' });
    if (header.schemaVersion !== SNAPSHOT_SCHEMA_VERSION)
      throw inputError('usage-error.collect.schema-version', { got: String(header.schemaVersion), expected: SNAPSHOT_SCHEMA_VERSION });
    return value as Snapshot;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export const collectCommand: CommandModule<object, CollectArgs> = {
  command: 'collect',
  describe: cliText('cli.collect.describe'),
  builder: (yargs: Argv) =>
    yargs
      .option('out', { type: 'string', describe: cliText('cli.collect.opt.out') })
      .option('event-count', decimalOption('event-count', cliText('cli.collect.opt.event-count'), 50))
      .example('$0 collect --out client01.json', cliText('cli.collect.example'))
      .epilog(cliText('cli.collect.epilog')) as unknown as Argv<CollectArgs>,
  handler: async (args) => {
    const eventCount = args['event-count'];
    if (!Number.isInteger(eventCount) || eventCount < 0 || eventCount > 10000) throw new UsageError(cliText('cli.usage.event-count', { value: String(eventCount) }));
    if (args.out !== undefined) await checkOutTarget(args.out, '--out', cliLocale());
    if (process.platform !== 'win32') throw new UsageError(needsWindows());
    const snapshot = await collectSnapshot({ eventCount });
    // The machine's own strings (registry values, event text) may hold C1 controls: escaped, values unchanged.
    const text = `${jsonText(snapshot, 2)}\n`;
    if (args.out === undefined) process.stdout.write(text);
    else await writeOutFile(args.out, text, '--out', cliLocale());
  },
};
