/**
 * The language of the command line's own words — help, usage errors — chosen once, before yargs
 * builds its help and before any command module declares its options: `--lang` read straight
 * from the arguments, else the environment, as every report chooses (src/catalog/choose-locale.ts).
 */
import type { Locale } from '../catalog/catalogs.js';
import { chooseLocale } from '../catalog/choose-locale.js';
import type { CLI_HELP } from '../catalog/en/cli-help.js';
import type { CLI_USAGE } from '../catalog/en/cli-usage.js';
import type { USAGE_ERROR } from '../catalog/en/usage-error.js';
import { sayInLanguage } from '../catalog/input-error.js';
import type { MessageArgs } from '../catalog/message.js';
import { render } from '../catalog/render.js';

export type CliMessageId = keyof typeof CLI_HELP | keyof typeof CLI_USAGE | keyof typeof USAGE_ERROR;

let chosen: Locale = 'en';

/**
 * `--lang X` or `--lang=X` among the arguments before any `--` (the last one given), as yargs
 * will read it; yargs itself rejects a value that is not a language it knows.
 */
export function langFlag(argv: readonly string[]): string | undefined {
  const end = argv.indexOf('--');
  const words = end === -1 ? argv : argv.slice(0, end);
  let flag: string | undefined;
  for (const [index, word] of words.entries()) {
    if (word === '--lang') flag = words[index + 1] ?? flag;
    else if (word.startsWith('--lang=')) flag = word.slice('--lang='.length);
  }
  return flag;
}

/** Chooses the command line's language from its arguments and the environment, and keeps it. */
export function chooseCliLocale(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Locale {
  chosen = chooseLocale({ flag: langFlag(argv), env });
  return chosen;
}

export function cliLocale(): Locale {
  return chosen;
}

/** One of the command line's own messages, in its chosen language. */
export function cliText(id: CliMessageId, args?: MessageArgs): string {
  return render(args === undefined ? { id } : { id, args }, chosen);
}

/** A usage error that carries its catalog message, said in the command line's language; any other error as it is. */
export function inCliLanguage(error: unknown): unknown {
  return sayInLanguage(error, chosen);
}
