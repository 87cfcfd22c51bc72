#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { TOOL } from '../core/tool-info.js';
import { UsageError } from '../core/usage-error.js';
import { activateProbeCommand } from './commands/activate-probe.js';
import { analyzeCommand } from './commands/analyze.js';
import { collectCommand } from './commands/collect.js';
import { connectivityCommand } from './commands/connectivity.js';
import { eventsCommand } from './commands/events.js';
import { explainCommand } from './commands/explain.js';
import { fleetCommand } from './commands/fleet.js';
import { labCommand } from './commands/lab.js';
import { portCommand } from './commands/port.js';
import { publicationCommand } from '../publication/command.js';
import { readinessCommand } from './commands/readiness.js';
import { rpcCommand } from './commands/rpc.js';
import { srvCommand } from './commands/srv.js';
import { EXIT } from './exit-codes.js';
import { failureLine } from './failure-line.js';
import { guardStdout } from './output/stdout-guard.js';

const EPILOG = `Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 could not run (bad input, internal error).
Output: human by default; --json for one versioned report, --ndjson for a stream. NO_COLOR disables colour.`;

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

async function main(argv: string[]): Promise<void> {
  const cli = yargs(argv)
    .scriptName('kmsdoctor')
    .usage('$0 <command> [options]\n\nWhy does KMS activation fail here, and will it work before a rollout?')
    .command(connectivityCommand)
    .command(srvCommand)
    .command(portCommand)
    .command(rpcCommand)
    .command(publicationCommand)
    .command(activateProbeCommand)
    .command(analyzeCommand)
    .command(readinessCommand)
    .command(fleetCommand)
    .command(collectCommand)
    .command(eventsCommand)
    .command(labCommand)
    .command(explainCommand)
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
  await cli.parseAsync();
}

guardStdout();
main(hideBin(process.argv)).catch(reportFailure);
