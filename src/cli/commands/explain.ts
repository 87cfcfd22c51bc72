import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { PACKAGE_ROOT } from '../../core/tool-info.js';
import { UsageError } from '../../core/usage-error.js';
import { RULE_CATALOG, RULE_IDS, isRuleId, type RuleId } from '../../rules/catalog.js';

interface ExplainArgs {
  id?: string;
}

/** Where a rule's page lives: `src/rules/docs/dns/srv-missing.md` for `dns/srv-missing`. */
export function rulePagePath(ruleId: RuleId): string {
  return join(PACKAGE_ROOT, 'src', 'rules', 'docs', `${ruleId}.md`);
}

export const explainCommand: CommandModule<object, ExplainArgs> = {
  command: 'explain [id]',
  describe: 'Print the page of a finding id, offline (no id: list them all)',
  builder: (yargs: Argv) =>
    yargs.positional('id', { type: 'string', describe: 'A finding id such as tcp/kms-port-filtered' }).example('$0 explain tcp/kms-port-filtered', 'Why a filtered port breaks activation, and the fix') as Argv<ExplainArgs>,
  handler: (args) => {
    if (args.id === undefined) {
      const width = Math.max(...RULE_IDS.map((id) => id.length));
      process.stdout.write(RULE_IDS.map((id) => `${id.padEnd(width)}  ${RULE_CATALOG[id].severity.padEnd(7)}  ${RULE_CATALOG[id].title}`).join('\n') + '\n');
      return;
    }
    const id = args.id.trim().toLowerCase();
    if (!isRuleId(id)) throw new UsageError(`"${args.id}" is not a finding id; run "kmsdoctor explain" for the list`);
    process.stdout.write(readFileSync(rulePagePath(id), 'utf8'));
  },
};
