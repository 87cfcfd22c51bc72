import { UsageError } from '../core/usage-error.js';
import { cliText } from './cli-text.js';

/**
 * Numeric flags read as plain decimal digits. yargs' `type: 'number'` takes whatever Number()
 * takes — `0x10`, `1e3`, `0b11`, an empty string as 0 — so a slip of the keyboard would become a
 * different budget instead of an error. `string: true` keeps the parser from converting the value
 * before the coerce judges it (help still labels the flag [number]); range checks remain with each
 * command, next to their meaning.
 */

/** A numeric flag with a default. */
export function decimalOption(flag: string, describe: string, defaultValue: number) {
  return {
    type: 'number' as const,
    string: true,
    requiresArg: true,
    describe,
    default: defaultValue,
    coerce: (value: unknown): number => parseDecimalFlag(value, flag) ?? defaultValue,
  };
}

/** A numeric flag that may be left out (then undefined). */
export function optionalDecimalOption(flag: string, describe: string) {
  return { type: 'number' as const, string: true, requiresArg: true, describe, coerce: (value: unknown): number | undefined => parseDecimalFlag(value, flag) };
}

/** `--<flag>`'s value as a whole decimal number; undefined when the flag was not given. */
export function parseDecimalFlag(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) throw new UsageError(cliText('cli.usage.given-twice', { flag: `--${flag}`, times: value.length }));
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value; // the default, already a number
  const text = String(value);
  // Up to 15 digits stays a safe integer; each command's range check then names its own limits.
  if (!/^\d{1,15}$/.test(text)) throw new UsageError(cliText('cli.usage.not-decimal', { flag: `--${flag}`, value: text }));
  return Number(text);
}
