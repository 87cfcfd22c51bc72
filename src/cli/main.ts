#!/usr/bin/env node
import { TOOL } from '../core/tool-info.js';
import { UsageError } from '../core/usage-error.js';
import { commandsFor, loadCommands } from './command-modules.js';
import { EXIT } from './exit-codes.js';
import { failureLine } from './failure-line.js';
import { guardStdout } from './output/stdout-guard.js';

/** The command line's words, once loaded (a bare `--version` never loads them). */
let cliWords: typeof import('./cli-text.js') | undefined;

/**
 * Every failure to run ends here as one line on stderr and exit code 2: a usage error names the
 * input; anything unexpected says so (set KMSDOCTOR_DEBUG=1 for the stack).
 */
function reportFailure(thrown: unknown): void {
  // A usage error worded by the catalog (a name, a file, a value) is said in the run's language.
  const error = cliWords ? cliWords.inCliLanguage(thrown) : thrown;
  const message = failureLine(error instanceof Error ? error.message : String(error));
  const line = (id: 'cli.failure.usage' | 'cli.failure.internal', fallback: string) => (cliWords ? cliWords.cliText(id, { message }) : fallback);
  if (error instanceof UsageError) process.stderr.write(`${line('cli.failure.usage', `kmsdoctor: ${message}`)}\n`);
  else
    process.stderr.write(
      `${line('cli.failure.internal', `kmsdoctor: internal error: ${message}`)}\n${process.env.KMSDOCTOR_DEBUG && error instanceof Error ? `${error.stack}\n` : ''}`,
    );
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
  // The language first: the command modules word their options in it as they load, and yargs
  // lays out its help in it.
  cliWords = await import('./cli-text.js');
  const { cliText } = cliWords;
  const locale = cliWords.chooseCliLocale(argv);
  const { default: yargs } = await import('yargs');
  const cli = yargs(argv).locale(locale);
  // yargs reads its words from files beside its own module, which the bundle and the exe do not
  // have: they are given here (English needs none, it is yargs' own).
  const words = await (await import('./yargs-words.js')).yargsWords(locale);
  if (words) cli.updateLocale(words);
  cli
    .scriptName('kmsdoctor')
    .usage(`$0 <command> [options]\n\n${cliText('cli.usage')}`)
    .command(await loadCommands(commandsFor(argv)))
    .demandCommand(
      1,
      cliText('cli.demand-command', {
        commands: ['connectivity', 'analyze', 'collect', 'events', 'srv', 'port', 'rpc', 'publication', 'activate-probe', 'readiness', 'fleet', 'lab'],
        last: 'explain',
      }),
    )
    .recommendCommands()
    .strict()
    .version(TOOL.version)
    .help()
    .alias('h', 'help')
    .epilog(cliText('cli.epilog'))
    .wrap(Math.min(120, process.stdout.columns || 100))
    // yargs exits 1 on usage errors, which would read as "findings found"; route them to exit 2.
    // yargs rewraps what an option's coerce throws (a UsageError) as its own YError: a usage error too.
    .fail((message, error) => {
      if (error && error.name !== 'YError') throw error;
      throw new UsageError(error && !message ? error.message : cliText('cli.usage.see-help', { message }));
    })
    .exitProcess(false);
  skipHelpCaching(cli);
  await cli.parseAsync();
}

// A closed pipe keeps the run's verdict; any other write error is exit 2 with one line.
guardStdout();

// The arguments after node and the script (or after the exe, which Node gives the script's place).
main(process.argv.slice(2)).catch(reportFailure);
