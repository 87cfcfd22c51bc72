/**
 * The option sets commands take, composed from the one declaration of each option
 * (./output-options.ts, ./probe-options.ts): a network command takes both, an offline one the
 * output options alone.
 */
import type { Argv } from 'yargs';
import type { ProbeSettings } from '../../commands/probe-settings.js';
import type { OutputChoice } from '../../commands/run-report.js';
import { type OutputArgs, parseOutputArgs, withOutputOptions } from './output-options.js';
import { type DnsServerArgs, type ProbeArgs, parseProbeArgs, withDnsServerOption, withProbeOptions } from './probe-options.js';

export type ReportArgs = OutputArgs & ProbeArgs;
export type NetworkReportArgs = ReportArgs & DnsServerArgs;

/** Output and probing options; `timeoutMs` is the command's default budget of one probe. */
export function withReportOptions<T>(yargs: Argv<T>, options: { timeoutMs?: number; extraFormats?: readonly string[] } = {}): Argv<T & ReportArgs> {
  return withProbeOptions(withOutputOptions(yargs, options.extraFormats), options.timeoutMs);
}

/** Output and probing options, and the DNS servers to ask. */
export function withNetworkReportOptions<T>(yargs: Argv<T>, options: { timeoutMs?: number; extraFormats?: readonly string[] } = {}): Argv<T & NetworkReportArgs> {
  return withDnsServerOption(withReportOptions(yargs, options));
}

export function parseReportArgs(args: ReportArgs & Partial<DnsServerArgs>): { output: OutputChoice; probing: ProbeSettings } {
  return { output: parseOutputArgs(args), probing: parseProbeArgs(args) };
}
