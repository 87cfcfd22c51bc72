/**
 * Count splitting over several KMS hosts (kms-facts.md §7.4): each host counts only the clients
 * that reached it, so with several hosts no count may reach 25 although enough machines tried.
 * Given each host's count (from its snapshot or /dlv) and, where its 12290 log was given, the CMIDs
 * it saw in the last 30 days, this gives every host's count and the combined picture. Pure.
 */
import { type Message, msg } from '../catalog/message.js';
import { THRESHOLDS } from './health.js';

export interface SplitHostInput {
  host: string;
  /** The host's own current count (snapshot, /dlv), if known. */
  reportedCount: number | null;
  /** Distinct CMIDs in the window with their minimum-count bucket, from the host's 12290 log. */
  recentCmids?: ReadonlyMap<string, number | null> | undefined;
}

export interface SplitHost {
  host: string;
  /** The reported count, else the log's distinct clients capped at 50. */
  count: number | null;
  source: 'reported' | 'log' | 'unknown';
  distinctClientsInLog: number | null;
  reachesClientThreshold: boolean | null;
  reachesServerThreshold: boolean | null;
}

export interface SplitCount {
  hosts: SplitHost[];
  /** Distinct CMIDs over every log given (a client seen by two hosts counts once); null without logs. */
  combinedDistinctClients: number | null;
  /** The same, of clients asking for 25 (Windows client editions). */
  combinedClientOs: number | null;
  /** Sum of every host's count: an upper bound of the distinct clients when only counts are known. */
  sumOfCounts: number | null;
  /** True when no host reaches 25 although the hosts together saw 25 or more distinct clients. */
  split: boolean;
  /** The picture in one clause, as a catalog message a reporter words in the run's language. */
  summary: Message;
}

export function splitCount(inputs: readonly SplitHostInput[]): SplitCount {
  const clientThreshold = THRESHOLDS['windows-client'].threshold;
  const serverThreshold = THRESHOLDS['windows-server'].threshold;
  const hosts = inputs.map((input): SplitHost => {
    const inLog = input.recentCmids ? input.recentCmids.size : null;
    const count = input.reportedCount !== null && input.reportedCount >= 0 ? input.reportedCount : inLog !== null ? Math.min(inLog, 50) : null;
    return {
      host: input.host,
      count,
      source: input.reportedCount !== null && input.reportedCount >= 0 ? 'reported' : inLog !== null ? 'log' : 'unknown',
      distinctClientsInLog: inLog,
      reachesClientThreshold: count === null ? null : count >= clientThreshold,
      reachesServerThreshold: count === null ? null : count >= serverThreshold,
    };
  });
  let combined: number | null = null;
  let combinedClientOs: number | null = null;
  const logs = inputs.filter((input) => input.recentCmids !== undefined);
  if (logs.length > 0) {
    const all = new Map<string, number | null>();
    for (const input of logs) for (const [cmid, bucket] of input.recentCmids!) if (!all.has(cmid) || bucket !== null) all.set(cmid, bucket);
    combined = all.size;
    combinedClientOs = [...all.values()].filter((bucket) => bucket === 25).length;
  }
  const counts = hosts.map((h) => h.count).filter((c): c is number => c !== null);
  const sumOfCounts = counts.length > 0 ? counts.reduce((a, b) => a + b, 0) : null;
  const noneReaches = hosts.length > 1 && hosts.every((h) => h.reachesClientThreshold === false);
  const together = combined ?? sumOfCounts;
  const split = noneReaches && together !== null && together >= clientThreshold;
  // Each host with its count ("kms1 12"): data, listed the language's way.
  const names = hosts.map((h) => `${h.host} ${h.count ?? '?'}`);
  let summary: Message;
  if (hosts.length < 2) summary = msg('facts.host.split.one-host', { hosts: names });
  else if (split) {
    summary =
      combined !== null
        ? msg('facts.host.split.combined', { threshold: clientThreshold, combined, hosts: names })
        : msg('facts.host.split.sum', { threshold: clientThreshold, sum: sumOfCounts, hosts: names });
  } else if (noneReaches) summary = msg('facts.host.split.none-reaches', { threshold: clientThreshold, together, hosts: names });
  else summary = msg('facts.host.split.reached', { threshold: clientThreshold, hosts: names });
  return { hosts, combinedDistinctClients: combined, combinedClientOs, sumOfCounts, split, summary };
}
