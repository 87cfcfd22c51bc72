import type { Argv, CommandModule } from 'yargs';
import { UsageError } from '../../core/usage-error.js';
import type { KmsEvent } from '../../snapshot/model.js';
import { optionalDecimalOption } from '../decimal-option.js';

interface EventsArgs {
  files: string[];
  json: boolean;
  'max-events'?: number | undefined;
  encoding?: string | undefined;
}

/** Newest first across every file (the order readEventFile gives within one file). */
function newestFirst(a: KmsEvent, b: KmsEvent): number {
  const byTime = Date.parse(b.timeCreated) - Date.parse(a.timeCreated);
  return byTime !== 0 && !Number.isNaN(byTime) ? byTime : (b.recordId ?? 0) - (a.recordId ?? 0);
}

/** One line per event for people; the module reads --json. */
function eventLine(event: KmsEvent): string {
  const fields = event.fields as { hresult?: string; host?: string | null; port?: number | null; domain?: string | null } | null;
  const where = fields?.host ? `${fields.host}${fields.port ? `:${fields.port}` : ''}` : (fields?.domain ?? '');
  return [event.timeCreated, String(event.id).padEnd(5), (event.computer ?? '-').padEnd(24), (fields?.hresult ?? '-').padEnd(10), where].join('  ').trimEnd();
}

export const eventsCommand: CommandModule<object, EventsArgs> = {
  command: 'events <files..>',
  describe: 'Read activation events from exports (wevtutil XML, Get-WinEvent JSON or CSV): the events, the attempts they make up, the 8198 failures',
  builder: (yargs: Argv) =>
    yargs
      .positional('files', { type: 'string', array: true, describe: 'Event exports (the format is recognised from the content)' })
      .option('json', { type: 'boolean', default: false, describe: 'Print {events, attempts, failures, warnings} as JSON' })
      .option('encoding', { type: 'string', describe: 'Code page of exports whose bytes do not tell (no byte-order mark, not UTF-8), e.g. shift_jis' })
      .option('max-events', optionalDecimalOption('max-events', 'Keep only the newest N activation events of each file'))
      .example('$0 events app.xml --json', 'What the PowerShell module\'s Get-KmsActivationEvent -Path reads') as unknown as Argv<EventsArgs>,
  handler: async (args) => {
    const { readEventFile } = await import('../../events/read-events.js');
    const { analyzeEvents } = await import('../../events/attempts.js');
    const { displaySafe, jsonText, visibleText } = await import('../../report/display-text.js');
    const maxEvents = args['max-events'];
    if (maxEvents !== undefined && (!Number.isInteger(maxEvents) || maxEvents < 1)) throw new UsageError(`--max-events must be a positive whole number, not ${String(maxEvents)}`);
    const { parseEncodingName } = await import('../../inputs/text-encoding.js');
    const encoding = args.encoding === undefined ? undefined : parseEncodingName(args.encoding);
    const events: KmsEvent[] = [];
    const warnings: string[] = [];
    for (const file of args.files.map(String)) {
      const read = await readEventFile(file, { ...(maxEvents === undefined ? {} : { maxEvents }), encoding });
      events.push(...read.events);
      warnings.push(...read.warnings.map((warning) => `${file}: ${warning}`));
    }
    events.sort(newestFirst);
    const { attempts, failures } = analyzeEvents(events);
    if (args.json) {
      process.stdout.write(`${jsonText({ events, attempts, failures, warnings }, 2)}\n`);
      return;
    }
    for (const warning of warnings) process.stderr.write(`kmsdoctor: ${visibleText(warning)}\n`);
    process.stdout.write(events.length === 0 ? 'No activation events in the given files.\n' : `${displaySafe(events).map(eventLine).join('\n')}\n`);
  },
};
