import { THRESHOLDS, type ThresholdFamily } from '../../host/health.js';
import type { KmsLogAnalysis } from '../../host/kms-log.js';
import type { Rule } from '../rule.js';
import type { Evidence, FindingDraft } from '../types.js';

const REMEDY = [
  'Wait or add clients: the host counts distinct machines (CMIDs) of the last 30 days; each client retries every 2 hours',
  'If many machines contact the host but the count stays low, look for duplicate CMIDs (see host/duplicate-cmid): kmsdoctor analyze <host-12290-export.xml>',
  'Keep the number of KMS hosts small so the count is not split (see host/count-split): Resolve-DnsName -Name _vlmcs._tcp.<domain> -Type SRV',
  'Check the count on the host: cscript //nologo %windir%\\System32\\slmgr.vbs /dlv, line "Current count"',
];

/** Who waits for which threshold, in words; the Windows count serves servers (5) and client editions (25), an Office host its own count. */
const GROUP: Readonly<Record<ThresholdFamily, string>> = { 'windows-client': 'Windows client editions', 'windows-server': 'Windows Server', office: 'Office' };

function blockedText(count: number, families: readonly ThresholdFamily[]): string {
  return families.map((family) => `${GROUP[family]}: ${THRESHOLDS[family].threshold - count} more distinct client(s) (threshold ${THRESHOLDS[family].threshold})`).join('; ');
}

function logEvidence(host: string, log: KmsLogAnalysis): Evidence {
  const w = log.window;
  return { kind: 'event', ref: `host.${host}.log.window`, summary: `12290: ${w.distinctClients} distinct CMIDs (${w.byMinimumCount['25']} asking for 25, ${w.byMinimumCount['5']} for 5) from ${w.from} to ${w.to}${w.coversWholeWindow ? '' : ` — the export reaches back less than ${w.days} days`}` };
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
        const families = [...blocked].sort((a, b) => a.threshold - b.threshold).map((t) => t.family);
        const logNote = log ? `; its log shows at least ${log.window.distinctClients} distinct client(s) from ${log.window.from} to ${log.window.to}` : '';
        out.push({
          ruleId: 'host/count-below-threshold',
          severity,
          message: `KMS host ${host.name} (${product.name}): count ${count}, so ${families.map((f) => GROUP[f]).join(' and ')} are not activated yet (0xC004F038) — ${blockedText(count, families)}${logNote}`,
          target: host.name,
          evidence: [
            ...blocked.map((t) => ({ kind: 'setting' as const, ref: `host.${host.name}.product.${product.id}.currentCount.${t.family}`, summary: `Current count ${t.count}; threshold ${t.threshold} for ${GROUP[t.family]} (the count never exceeds ${t.cap})` })),
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
  const atLeast = `at least ${w.distinctClients} distinct client(s) in this window (from ${w.from} to ${w.to})`;
  const groups = families.map((f) => (f === 'windows-server' ? 'Windows Server and Office (threshold 5)' : 'Windows client editions (threshold 25)'));
  const shortBy = families.map((f) => `${f === 'windows-server' ? 'servers and Office' : 'client editions'} ${THRESHOLDS[f].threshold - seen} more`).join(', ');
  const message = w.coversWholeWindow
    ? `KMS host ${host}: ${atLeast}, the whole ${w.days}-day counting window, so ${groups.join(' and ')} are not activated (0xC004F038): ${shortBy}`
    : `KMS host ${host}: ${atLeast}; the export reaches back less than the host's ${w.days}-day counting window, so its count may be higher. If the count is ${seen}, ${groups.join(' and ')} are not activated (0xC004F038): ${shortBy}. Read "Current count" on the host to tell`;
  return {
    ruleId: 'host/count-below-threshold',
    severity: w.coversWholeWindow ? 'error' : 'warning',
    message,
    target: host,
    evidence: [logEvidence(host, log)],
    remedy: [
      'Read the count on the host (the log alone is a window of it): cscript //nologo %windir%\\System32\\slmgr.vbs /dlv, line "Current count" — or give its snapshot or /dlv text with the log',
      'Export the whole log, not a filtered part: wevtutil epl "Key Management Service" kms.evtx, or wevtutil qe "Key Management Service" /q:"*[System[(EventID=12290)]]" /f:xml > kms-12290.xml',
      'Wait or add clients; look for duplicate CMIDs (host/duplicate-cmid) and for a count split over several hosts (host/count-split)',
    ],
  };
}
