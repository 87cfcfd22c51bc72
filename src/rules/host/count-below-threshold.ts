import { type FactArgs, type Message, msg } from '../../catalog/message.js';
import { THRESHOLDS, type ThresholdFamily } from '../../host/health.js';
import type { KmsLogAnalysis } from '../../host/kms-log.js';
import type { Rule } from '../rule.js';
import type { EvidenceDraft, FindingDraft } from '../types.js';
import { LIST_KMS_HOSTS, SLMGR_DLV } from './commands.js';

const REMEDY: Message[] = [
  msg('host/count-below-threshold.remedy.wait'),
  msg('host/count-below-threshold.remedy.duplicates', { command: 'kmsdoctor analyze <host-12290-export.xml>' }),
  msg('host/count-below-threshold.remedy.few-hosts', { command: LIST_KMS_HOSTS }),
  msg('host/count-below-threshold.remedy.check-count', { command: SLMGR_DLV }),
];

/** A threshold family as a catalog `select` key (ICU keys take no hyphen). */
const FAMILY_KEY: Readonly<Record<ThresholdFamily, string>> = { 'windows-client': 'windowsClient', 'windows-server': 'windowsServer', office: 'office' };

/**
 * Which groups wait, as the catalog's `blocked` key. A Windows product has the server (5) and
 * client (25) thresholds, an Office product only its own; below 5 both Windows groups wait.
 */
function blockedKey(families: readonly ThresholdFamily[]): 'office' | 'both' | 'server' | 'client' {
  if (families.includes('office')) return 'office';
  const server = families.includes('windows-server');
  const client = families.includes('windows-client');
  return server && client ? 'both' : server ? 'server' : 'client';
}

/** Each group's threshold and how many distinct clients it still lacks at this count. */
function shortfallArgs(count: number): FactArgs {
  return {
    serverThreshold: THRESHOLDS['windows-server'].threshold,
    serverMissing: THRESHOLDS['windows-server'].threshold - count,
    clientThreshold: THRESHOLDS['windows-client'].threshold,
    clientMissing: THRESHOLDS['windows-client'].threshold - count,
    officeThreshold: THRESHOLDS.office.threshold,
    officeMissing: THRESHOLDS.office.threshold - count,
  };
}

function logEvidence(host: string, log: KmsLogAnalysis): EvidenceDraft {
  const w = log.window;
  return {
    kind: 'event',
    ref: `host.${host}.log.window`,
    summary: msg('host/count-below-threshold.evidence.log', {
      distinctClients: w.distinctClients,
      asking25: w.byMinimumCount['25'],
      asking5: w.byMinimumCount['5'],
      from: w.from,
      to: w.to,
      wholeWindow: w.coversWholeWindow,
      days: w.days,
    }),
  };
}

/**
 * The host's count is below a threshold its clients need (kms-facts.md §8). Every blocked group is
 * named with its own shortfall: at count 3, servers need 2 more and client editions 22 more.
 * From a 12290 export alone the distinct CMIDs are a lower bound of the count (the export is a
 * window of the log), so the finding is only an error when the export spans the whole 30 days, and
 * there is none for a threshold the same log shows met (0x0 answers to Licensed clients needing it).
 */
export const hostCountBelowThreshold: Rule = {
  id: 'host/count-below-threshold',
  check(facts) {
    const out: FindingDraft<'host/count-below-threshold'>[] = [];
    for (const host of facts.host?.hosts ?? []) {
      const log = host.log;
      const clientOsAsked = log ? log.window.byMinimumCount['25'] > 0 : null;
      for (const product of host.health?.products ?? []) {
        if (product.licensed === false) continue;
        const blocked = product.thresholds.filter((t) => t.met === false);
        const count = blocked[0]?.count;
        if (count === undefined || count === null) continue;
        // Servers and Office wait: an error. Only client editions wait: an error when they actually ask (or when no log says).
        const onlyClients = blocked.every((t) => t.family === 'windows-client');
        const severity = onlyClients && clientOsAsked !== true ? 'warning' : 'error';
        out.push({
          ruleId: 'host/count-below-threshold',
          severity,
          args: {
            host: host.name,
            product: product.name,
            count,
            blocked: blockedKey(blocked.map((t) => t.family)),
            ...shortfallArgs(count),
            logged: Boolean(log),
            distinctClients: log?.window.distinctClients ?? null,
            from: log?.window.from ?? null,
            to: log?.window.to ?? null,
          },
          message: msg('host/count-below-threshold.message'),
          target: host.name,
          evidence: [
            ...blocked.map((t) => ({
              kind: 'setting' as const,
              ref: `host.${host.name}.product.${product.id}.currentCount.${t.family}`,
              summary: msg('host/count-below-threshold.evidence.threshold', { count: t.count, threshold: t.threshold, family: FAMILY_KEY[t.family], cap: t.cap }),
            })),
            ...(log ? [logEvidence(host.name, log)] : []),
          ],
          remedy: REMEDY,
        });
      }
      // No count from the host itself: judge from its log, which shows at least this many clients.
      if (!host.health && log && log.hostRequests > 0) {
        const finding = fromLogOnly(host.name, log);
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};

function fromLogOnly(host: string, log: KmsLogAnalysis): FindingDraft<'host/count-below-threshold'> | null {
  const w = log.window;
  const seen = w.estimatedCount;
  // A 0x0 answer to a Licensed client needing 25 shows the count reached 25 (and so 5) in this window.
  const met25 = w.licensedAnswered['25'] > 0;
  const met5 = met25 || w.licensedAnswered['5'] > 0;
  const families: ThresholdFamily[] = [];
  if (!met5 && seen < 5) families.push('windows-server');
  if (!met25 && seen < 25) families.push('windows-client');
  const asked = families.filter((f) => (f === 'windows-client' ? w.byMinimumCount['25'] : w.byMinimumCount['5'] + w.byMinimumCount['25']) > 0);
  if (asked.length === 0) return null;
  return {
    ruleId: 'host/count-below-threshold',
    severity: w.coversWholeWindow ? 'error' : 'warning',
    // Below 5 the server threshold also covers Office: the log does not tell the products apart.
    args: { host, distinctClients: w.distinctClients, from: w.from, to: w.to, days: w.days, count: seen, blocked: blockedKey(families), ...shortfallArgs(seen) },
    message: msg(w.coversWholeWindow ? 'host/count-below-threshold.message.log-whole-window' : 'host/count-below-threshold.message.log-partial'),
    target: host,
    evidence: [logEvidence(host, log)],
    remedy: [
      msg('host/count-below-threshold.remedy.read-count', { command: SLMGR_DLV }),
      msg('host/count-below-threshold.remedy.export-log', {
        command: 'wevtutil epl "Key Management Service" kms.evtx',
        xmlCommand: 'wevtutil qe "Key Management Service" /q:"*[System[(EventID=12290)]]" /f:xml > kms-12290.xml',
      }),
      msg('host/count-below-threshold.remedy.wait-and-look'),
    ],
  };
}
