/**
 * The probing options every command that touches the network shares, declared here once:
 * --timeout (each probe), --deadline (the whole run), --concurrency (probes in flight), and
 * --dns-server for the commands that ask DNS.
 */
import type { Argv } from 'yargs';
import type { ProbeSettings } from '../../commands/probe-settings.js';
import { UsageError } from '../../core/usage-error.js';
import { parseDnsServer } from '../../dns/server-address.js';
import { cliText } from '../cli-text.js';
import { decimalOption, optionalDecimalOption } from '../decimal-option.js';

export interface ProbeArgs {
  timeout: number;
  deadline?: number | undefined;
  concurrency: number;
}

export interface DnsServerArgs {
  'dns-server': string[];
}

export const DEFAULT_TIMEOUT_MS = 3000;
export const DEFAULT_CONCURRENCY = 64;

/** `timeoutMs`: the command's default budget of one probe (activate-probe waits longer for its one exchange). */
export function withProbeOptions<T>(yargs: Argv<T>, timeoutMs = DEFAULT_TIMEOUT_MS): Argv<T & ProbeArgs> {
  return yargs
    .option('timeout', decimalOption('timeout', cliText('cli.opt.timeout'), timeoutMs))
    .option('deadline', optionalDecimalOption('deadline', cliText('cli.opt.deadline')))
    .option('concurrency', decimalOption('concurrency', cliText('cli.opt.concurrency'), DEFAULT_CONCURRENCY)) as unknown as Argv<T & ProbeArgs>;
}

export function withDnsServerOption<T>(yargs: Argv<T>): Argv<T & DnsServerArgs> {
  return yargs.option('dns-server', { type: 'string', array: true, default: [] as string[], describe: cliText('cli.opt.dns-server') }) as unknown as Argv<T & DnsServerArgs>;
}

function wholeNumber(value: unknown, flag: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(cliText('cli.usage.whole-number-range', { flag, value: String(value), min, max }));
  }
  return value;
}

/** Turns the probing flags into validated settings; any bad value is a UsageError naming the flag. */
export function parseProbeArgs(args: ProbeArgs & Partial<DnsServerArgs>): ProbeSettings {
  const timeoutMs = wholeNumber(args.timeout, '--timeout', 1, 600_000);
  const deadlineMs = args.deadline === undefined ? timeoutMs * 4 + 1000 : wholeNumber(args.deadline, '--deadline', 1, 3_600_000);
  return {
    dnsServers: (args['dns-server'] ?? []).map((text) => parseDnsServer(String(text))),
    timeoutMs,
    deadlineMs,
    concurrency: wholeNumber(args.concurrency, '--concurrency', 1, 1024),
  };
}
