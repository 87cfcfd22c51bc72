import { UsageError } from '../core/usage-error.js';
import { parseDnsServer } from '../dns/server-address.js';
import type { DnsServer } from '../dns/exchange.js';
import type { CheckArgs } from './check-options.js';

export interface CheckSettings {
  dnsServers: DnsServer[];
  timeoutMs: number;
  deadlineMs: number;
  concurrency: number;
}

function wholeNumber(value: unknown, flag: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} "${String(value)}" must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** Turns the shared flags into validated settings; any bad value is a UsageError naming the flag. */
export function parseCheckArgs(args: CheckArgs): CheckSettings {
  const timeoutMs = wholeNumber(args.timeout, '--timeout', 1, 600_000);
  const deadlineMs = args.deadline === undefined ? timeoutMs * 4 + 1000 : wholeNumber(args.deadline, '--deadline', 1, 3_600_000);
  return {
    dnsServers: args['dns-server'].map(parseDnsServer),
    timeoutMs,
    deadlineMs,
    concurrency: wholeNumber(args.concurrency, '--concurrency', 1, 1024),
  };
}
