import { UsageError } from '../../core/usage-error.js';
import { optionalDecimalOption } from '../decimal-option.js';
import type { OutputArgs } from '../options/output-options.js';
import { offlineReportCommand } from '../report-command.js';

interface EventsArgs extends OutputArgs {
  files: string[];
  'max-events'?: number | undefined;
  encoding?: string | undefined;
}

export const eventsCommand = offlineReportCommand<EventsArgs>('events <files..>', 'Read activation events from exports (wevtutil XML, Get-WinEvent JSON or CSV): the events, the attempts they make up, the 8198 failures', {
  // Offline: nothing is probed, so only the output options apply.
  builder: (yargs) => yargs
    .positional('files', { type: 'string', array: true, describe: 'Event exports (the format is recognised from the content)' })
    .option('encoding', { type: 'string', describe: 'Code page of exports whose bytes do not tell (no byte-order mark, not UTF-8), e.g. shift_jis' })
    .option('max-events', optionalDecimalOption('max-events', 'Keep only the newest N activation events of each file'))
    .example('$0 events app.xml --json', 'What the PowerShell module\'s Get-KmsActivationEvent -Path reads'),
  run: async (args, { output }) => {
    const maxEvents = args['max-events'];
    if (maxEvents !== undefined && (!Number.isInteger(maxEvents) || maxEvents < 1)) throw new UsageError(`--max-events must be a positive whole number, not ${String(maxEvents)}`);
    const { parseEncodingName } = await import('../../inputs/encoding-names.js');
    const encoding = args.encoding === undefined ? undefined : parseEncodingName(args.encoding);
    const { runEventsReport } = await import('../../commands/events-report.js');
    return runEventsReport({ output, files: args.files.map(String), maxEvents, encoding });
  },
});
