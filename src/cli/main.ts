#!/usr/bin/env node
import { TOOL } from '../core/tool-info.js';
import { UsageError } from '../core/usage-error.js';
import { commandsFor, loadCommands } from './command-modules.js';
import { EXIT } from './exit-codes.js';
import { failureLine } from './failure-line.js';
import { guardStdout } from './output/stdout-guard.js';

const EPILOG = `Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 could not run (bad input, internal error).
Output: human by default; --format json (or --json) for one versioned report, ndjson (--ndjson) for a stream, markdown, html or junit; --out FILE writes it to a file. NO_COLOR disables colour.`;

/**
 * Every failure to run ends here as one line on stderr and exit code 2: a usage error names the
 * input; anything unexpected says so (set KMSDOCTOR_DEBUG=1 for the stack).
 */
function reportFailure(error: unknown): void {
  const message = failureLine(error instanceof Error ? error.message : String(error));
  if (error instanceof UsageError) process.stderr.write(`kmsdoctor: ${message}\n`);
  else process.stderr.write(`kmsdoctor: internal error: ${message}\n${process.env.KMSDOCTOR_DEBUG && error instanceof Error ? `${error.stack}\n` : ''}`);
  process.exitCode = EXIT.ERROR;
}

/**
 * yargs renders the whole help text of a command every time that command runs, in case its
 * handler asks to show help later; none of ours does, and rendering it (text widths, wrapping) is a
 * large part of a quick check's start-up. Help shown for --help or a usage error is rendered then.
 */
function skipHelpCaching(cli: object): void {
  const usage = (cli as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}

async function main(argv: string[]): Promise<void> {
  // A bare `--version` needs nothing else: it is answered before the parser and any command load.
  if (argv.length === 1 && argv[0] === '--version') {
    process.stdout.write(`${TOOL.version}\n`);
    return;
  }
  const { default: yargs } = await import('yargs');
  const cli = yargs(argv)
    .scriptName('kmsdoctor')
    .usage('$0 <command> [options]\n\nWhy does KMS activation fail here, and will it work before a rollout?')
    .command(await loadCommands(commandsFor(argv)))
    .demandCommand(1, 'name a command: connectivity, analyze, collect, events, srv, port, rpc, publication, activate-probe, readiness, fleet, lab or explain')
    .recommendCommands()
    .strict()
    .version(TOOL.version)
    .help()
    .alias('h', 'help')
    .epilog(EPILOG)
    .wrap(Math.min(120, process.stdout.columns || 100))
    // yargs exits 1 on usage errors, which would read as "findings found"; route them to exit 2.
    // yargs rewraps what an option's coerce throws (a UsageError) as its own YError: a usage error too.
    .fail((message, error) => {
      if (error && error.name !== 'YError') throw error;
      throw new UsageError(error && !message ? error.message : `${message} (see kmsdoctor --help)`);
    })
    .exitProcess(false);
  skipHelpCaching(cli);
  await cli.parseAsync();
}

// A closed pipe keeps the run's verdict; any other write error is exit 2 with one line.
guardStdout();

// The arguments after node and the script (or after the exe, which Node gives the script's place).
main(process.argv.slice(2)).catch(reportFailure);
