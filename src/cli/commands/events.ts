import { UsageError } from '../../core/usage-error.js';
import { cliText } from '../cli-text.js';
import { optionalDecimalOption } from '../decimal-option.js';
import type { OutputArgs } from '../options/output-options.js';
import { offlineReportCommand } from '../report-command.js';

interface EventsArgs extends OutputArgs {
  files: string[];
  'max-events'?: number | undefined;
  encoding?: string | undefined;
}

export const eventsCommand = offlineReportCommand<EventsArgs>('events <files..>', cliText('cli.events.describe'), {
  // Offline: nothing is probed, so only the output options apply.
  builder: (yargs) =>
    yargs
      .positional('files', { type: 'string', array: true, describe: cliText('cli.events.positional.files') })
      .option('encoding', { type: 'string', describe: cliText('cli.events.opt.encoding') })
      .option('max-events', optionalDecimalOption('max-events', cliText('cli.events.opt.max-events')))
      .example('$0 events app.xml --json', cliText('cli.events.example')),
  run: async (args, { output }) => {
    const maxEvents = args['max-events'];
    if (maxEvents !== undefined && (!Number.isInteger(maxEvents) || maxEvents < 1)) throw new UsageError(cliText('cli.usage.max-events', { value: String(maxEvents) }));
    const { parseEncodingName } = await import('../../inputs/encoding-names.js');
    const encoding = args.encoding === undefined ? undefined : parseEncodingName(args.encoding);
    const { runEventsReport } = await import('../../commands/events-report.js');
    return runEventsReport({ output, files: args.files.map(String), maxEvents, encoding });
  },
});
