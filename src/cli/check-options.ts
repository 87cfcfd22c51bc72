import type { Argv } from 'yargs';
import type { Severity } from '../rules/types.js';
import { UsageError } from '../core/usage-error.js';
import { decimalOption, optionalDecimalOption } from './decimal-option.js';

/** Options every network command shares, declared once so help text and defaults agree. */
export interface CheckArgs {
  'dns-server': string[];
  timeout: number;
  deadline?: number | undefined;
  concurrency: number;
  json: boolean;
  ndjson: boolean;
  'fail-on': Severity;
  color?: boolean | undefined;
}

export const DEFAULT_TIMEOUT_MS = 3000;

export function withCheckOptions<T>(yargs: Argv<T>): Argv<T & CheckArgs> {
  return yargs
    .option('dns-server', { type: 'string', array: true, default: [] as string[], describe: 'DNS server to ask, IP[:port] (repeatable); default: this machine\'s resolvers' })
    .option('timeout', decimalOption('timeout', 'Budget of each probe, in ms', DEFAULT_TIMEOUT_MS))
    .option('deadline', optionalDecimalOption('deadline', 'The whole run ends by then, in ms (default: 4 × timeout + 1000)'))
    .option('concurrency', decimalOption('concurrency', 'Probes in flight at once', 64))
    .option('json', { type: 'boolean', default: false, describe: 'Print one JSON report (schema: src/report/report.schema.json)' })
    .option('ndjson', { type: 'boolean', default: false, describe: 'Print one JSON object per line as results arrive' })
    .option('fail-on', { choices: ['error', 'warning', 'info'] as const, default: 'error' as Severity, describe: 'Exit 1 when a finding is at least this severe' })
    .option('color', { type: 'boolean', describe: 'Force colour on (--color) or off (--no-color)' })
    .check((args) => {
      // yargs' conflicts() counts a false default as given, so the exclusion is checked here.
      if (args.json && args.ndjson) throw new UsageError('--json and --ndjson cannot be used together');
      return true;
    }) as unknown as Argv<T & CheckArgs>;
}
