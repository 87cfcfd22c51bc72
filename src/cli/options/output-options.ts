/**
 * The output options every report command shares, declared here once so help text, defaults and
 * validation agree: --format (with --json and --ndjson as its aliases), --out, --fail-on, --color, --lang.
 */

import type { Argv } from 'yargs';
import { LOCALES } from '../../catalog/catalogs.js';
import { chooseLocale } from '../../catalog/choose-locale.js';
import type { OutputChoice } from '../../commands/run-report.js';
import { UsageError } from '../../core/usage-error.js';
import { REPORT_FORMATS, type ReportFormat } from '../../reporters/formats.js';
import type { Severity } from '../../rules/types.js';
import { cliText } from '../cli-text.js';

export interface OutputArgs {
  format?: string | undefined;
  json: boolean;
  ndjson: boolean;
  out?: string | undefined;
  'fail-on': string;
  color?: boolean | undefined;
  lang?: string | undefined;
}

/** `readiness` once spoke of check states; its words stay accepted and mean the severity they always meant. */
const DEPRECATED_FAIL_ON: Readonly<Record<string, Severity>> = { fail: 'error', warn: 'warning' };

/**
 * Adds the output options. `extraFormats` are formats only one command has (fleet's per-client CSV);
 * they are listed with the rest so one option still declares them all.
 */
export function withOutputOptions<T>(yargs: Argv<T>, extraFormats: readonly string[] = []): Argv<T & OutputArgs> {
  return yargs
    .option('format', { choices: [...REPORT_FORMATS, ...extraFormats], describe: cliText('cli.opt.format') })
    .option('json', { type: 'boolean', default: false, describe: cliText('cli.opt.json') })
    .option('ndjson', { type: 'boolean', default: false, describe: cliText('cli.opt.ndjson') })
    .option('out', { type: 'string', requiresArg: true, describe: cliText('cli.opt.out') })
    .option('fail-on', { choices: ['error', 'warning', 'info', 'fail', 'warn'], default: 'error', describe: cliText('cli.opt.fail-on') })
    .option('color', { type: 'boolean', describe: cliText('cli.opt.color') })
    .option('lang', { choices: LOCALES, describe: cliText('cli.opt.lang') }) as unknown as Argv<T & OutputArgs>;
}

/** Turns the output flags into settings; contradicting format flags are a UsageError. */
export function parseOutputArgs(args: OutputArgs): OutputChoice {
  // Each format flag as it was given, so a contradiction is named in the user's own words.
  const asked: Array<[flag: string, format: string]> = [
    ...(args.format === undefined ? [] : [[`--format ${String(args.format)}`, String(args.format)] as [string, string]]),
    ...(args.json ? [['--json', 'json'] as [string, string]] : []),
    ...(args.ndjson ? [['--ndjson', 'ndjson'] as [string, string]] : []),
  ];
  const formats = [...new Set(asked.map(([, format]) => format))];
  if (formats.length > 1)
    throw new UsageError(cliText('cli.usage.formats-clash', { flags: asked.map(([flag]) => flag).reduce((first, second) => cliText('cli.usage.and', { first, second })) }));
  const failOn = DEPRECATED_FAIL_ON[args['fail-on']] ?? (args['fail-on'] as Severity);
  if (args.out !== undefined && String(args.out).trim() === '') throw new UsageError(cliText('cli.usage.needs-file-name', { flag: '--out' }));
  return {
    format: (formats[0] ?? 'human') as ReportFormat,
    out: args.out === undefined ? undefined : String(args.out),
    failOn,
    color: args.color,
    locale: chooseLocale({ flag: args.lang }),
  };
}
