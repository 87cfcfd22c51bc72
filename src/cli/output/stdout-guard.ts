/**
 * What happens when standard output itself fails.
 *
 * - The reader went away (EPIPE: `kmsdoctor … | head`): that is the reader's choice. Nothing more
 *   is written, but the run goes on to its verdict, so `set -o pipefail` still sees exit 1 when
 *   there were findings (and 0 only when there were none).
 * - Any other write error (ENOSPC on /dev/full, EIO, …): the report was not delivered, so the run
 *   could not do its job: one line on stderr and exit 2, never a stack trace and never exit 1
 *   (which would read as "findings").
 */
import { EXIT } from '../exit-codes.js';

export interface StdoutGuardOptions {
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
  exit?: (code: number) => void;
}

export function guardStdout(options: StdoutGuardOptions = {}): void {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let failed = false;
  // stderr is where failures are told; if it is gone too (`2>&1 | head`), there is no one to tell,
  // and an unhandled error there must not turn the run's exit code into a crash.
  stderr.on('error', () => undefined);
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (failed) return;
    failed = true;
    if (error.code === 'EPIPE') return; // later writes fail quietly; the handler sets the exit code
    stderr.write(`kmsdoctor: cannot write the output to standard output: ${error.code ?? error.message}\n`);
    exit(EXIT.ERROR);
  });
}
