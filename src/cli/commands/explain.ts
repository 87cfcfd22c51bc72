import type { Argv, CommandModule } from 'yargs';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../catalog/catalogs.js';
import { chooseLocale } from '../../catalog/choose-locale.js';
import { codeEntry, KMS_CODES, lookupCode, normalizeCode } from '../../catalog/codes/catalog.js';
import { renderCodeList, renderCodePage, unknownCodeMessage } from '../../catalog/codes/render.js';
import { isRuleId, RULE_CATALOG, RULE_IDS, type RuleId, ruleSummary, ruleTitle } from '../../catalog/findings.js';
import { findingPageFile, findingPagePath } from '../../catalog/pages.js';
import { readRuntimeFile } from '../../core/runtime-files.js';
import { UsageError } from '../../core/usage-error.js';
import { cliText } from '../cli-text.js';

interface ExplainArgs {
  id?: string;
  more?: string[];
  codes?: boolean;
  json?: boolean;
  lang?: string;
}

/** `--json` output (read by the PowerShell module's Get-KmsErrorInfo): plain data, no layout. */
const printJson = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
const ruleJson = (ruleId: RuleId, locale: Locale) => ({
  kind: 'finding',
  ruleId,
  title: ruleTitle(ruleId, locale),
  severity: RULE_CATALOG[ruleId].severity,
  summary: ruleSummary(ruleId, locale),
});

/** A rule's English page as a runtime file: `src/catalog/en/pages/dns/srv-missing.md` for `dns/srv-missing`. */
export function rulePageFile(ruleId: RuleId): string {
  return findingPageFile(ruleId, DEFAULT_LOCALE);
}

/** Where that page is in this checkout (for tests and tools; the CLI reads it with readRuntimeFile). */
export function rulePagePath(ruleId: RuleId): string {
  return findingPagePath(ruleId, DEFAULT_LOCALE);
}

const unknownIdMessage = (id: string) => cliText('cli.usage.explain.unknown-id', { id, ids: 'kmsdoctor explain', codes: 'kmsdoctor explain --codes' });

/** One id's entry as `--json` prints it, or why there is none. */
function entryOf(id: string, locale: Locale): { entry: Record<string, unknown>; page: string } | { unknown: string } {
  const ruleId = id.trim().toLowerCase();
  if (isRuleId(ruleId)) {
    const page = readRuntimeFile(findingPageFile(ruleId, locale));
    return { entry: { ...ruleJson(ruleId, locale), page }, page };
  }
  const code = normalizeCode(id);
  if (code === null) return { unknown: unknownIdMessage(id) };
  const entry = lookupCode(code, locale);
  if (entry === undefined) return { unknown: unknownCodeMessage(code, locale) };
  return { entry: { kind: 'code', ...entry }, page: renderCodePage(entry, locale) };
}

/**
 * Several ids in one run (the PowerShell module explains a pipeline of codes this way): every
 * id gets its entry, in order; one that is not known becomes `{ kind: 'unknown', id, message }`
 * (a line on stderr in text mode) instead of failing the others, and the exit code is then 1.
 */
function explainSeveral(ids: string[], json: boolean, locale: Locale): void {
  const explained = ids.map((id) => ({ id, ...entryOf(id, locale) }));
  if (json) {
    printJson(explained.map((item) => ('unknown' in item ? { kind: 'unknown', id: item.id, message: item.unknown } : item.entry)));
  } else {
    const pages = explained.flatMap((item) => ('page' in item ? [item.page] : []));
    process.stdout.write(pages.join('\n'));
    for (const item of explained) if ('unknown' in item) process.stderr.write(`kmsdoctor: ${item.unknown}\n`);
  }
  if (explained.some((item) => 'unknown' in item)) process.exitCode = 1;
}

export const explainCommand: CommandModule<object, ExplainArgs> = {
  command: 'explain [id] [more..]',
  describe: cliText('cli.explain.describe'),
  builder: (yargs: Argv) =>
    yargs
      .positional('id', { type: 'string', describe: cliText('cli.explain.positional.id') })
      .positional('more', { type: 'string', array: true, describe: cliText('cli.explain.positional.more') })
      .option('codes', { type: 'boolean', describe: cliText('cli.explain.opt.codes') })
      .option('json', { type: 'boolean', describe: cliText('cli.explain.opt.json') })
      .option('lang', { choices: LOCALES, describe: cliText('cli.explain.opt.lang') })
      .example('$0 explain tcp/kms-port-filtered', cliText('cli.explain.example.finding'))
      .example('$0 explain 0xC004F074', cliText('cli.explain.example.code'))
      .example('$0 explain -- -1073418124', cliText('cli.explain.example.exit-code')) as Argv<ExplainArgs>,
  handler: (args) => {
    const locale = chooseLocale({ flag: args.lang });
    if (args.codes) {
      if (args.json) printJson(KMS_CODES.map((code) => ({ kind: 'code', ...codeEntry(code, locale) })));
      else process.stdout.write(renderCodeList(locale));
      return;
    }
    // yargs leaves what follows `--` in `_` (after the command name): `explain -- -1073418124`.
    const given = [...(args.id === undefined ? [] : [args.id]), ...(args.more ?? []).map(String), ...(args._ ?? []).slice(1).map(String)];
    if (given.length > 1) {
      explainSeveral(given, args.json === true, locale);
      return;
    }
    const id = given[0];
    if (id === undefined && args.json) {
      printJson(RULE_IDS.map((ruleId) => ruleJson(ruleId, locale)));
      return;
    }
    if (id === undefined) {
      const width = Math.max(...RULE_IDS.map((ruleId) => ruleId.length));
      process.stdout.write(RULE_IDS.map((ruleId) => `${ruleId.padEnd(width)}  ${RULE_CATALOG[ruleId].severity.padEnd(7)}  ${ruleTitle(ruleId, locale)}`).join('\n') + '\n');
      // A hint, not data: stdout stays one finding id per line.
      process.stderr.write(`${cliText('cli.explain.codes-hint')}\n`);
      return;
    }
    const ruleId = id.trim().toLowerCase();
    if (isRuleId(ruleId)) {
      const page = readRuntimeFile(findingPageFile(ruleId, locale));
      if (args.json) printJson({ ...ruleJson(ruleId, locale), page });
      else process.stdout.write(page);
      return;
    }
    const code = normalizeCode(id);
    if (code === null) throw new UsageError(unknownIdMessage(id));
    const entry = lookupCode(code, locale);
    if (entry === undefined) throw new UsageError(unknownCodeMessage(code, locale));
    if (args.json) printJson({ kind: 'code', ...entry });
    else process.stdout.write(renderCodePage(entry, locale));
  },
};
