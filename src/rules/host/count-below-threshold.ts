import type { Rule } from '../rule.js';
import type { FindingDraft } from '../types.js';

/** The host's count is below a threshold its clients need (kms-facts.md §8). */
export const hostCountBelowThreshold: Rule = {
  id: 'host/count-below-threshold',
  check(facts) {
    const out: FindingDraft<'host/count-below-threshold'>[] = [];
    for (const host of facts.host?.hosts ?? []) {
      const log = host.log;
      const clientOsAsked = log ? log.window.byMinimumCount['25'] > 0 : null;
      for (const product of host.health?.products ?? []) {
        if (product.licensed === false) continue;
        for (const t of product.thresholds) {
          if (t.met !== false) continue;
          // Windows client threshold: only an error when client editions actually ask (or we cannot tell).
          if (t.family === 'windows-client' && product.thresholds.some((x) => x.family === 'windows-server' && x.met === false)) continue;
          const severity = t.family === 'windows-client' && clientOsAsked !== true ? 'warning' : 'error';
          const label = t.family === 'windows-client' ? 'Windows client editions' : t.family === 'windows-server' ? 'Windows Server (and Windows client editions)' : 'Office';
          const logNote = log ? `; its log shows ${log.window.distinctClients} distinct client(s) in the ${log.window.days} days to ${log.window.to}` : '';
          out.push({
            ruleId: 'host/count-below-threshold',
            severity,
            message: `KMS host ${host.name} (${product.name}): count ${t.count} is below ${t.threshold}, so ${label} are not activated yet (0xC004F038); ${t.missing} more distinct client(s) needed${logNote}`,
            target: host.name,
            evidence: [
              { kind: 'setting', ref: `host.${host.name}.product.${product.id}.currentCount`, summary: `Current count ${t.count}; threshold ${t.threshold} for ${label} (the count never exceeds ${t.cap})` },
              ...(log ? [{ kind: 'event' as const, ref: `host.${host.name}.log.window`, summary: `12290: ${log.window.distinctClients} distinct CMIDs (${log.window.byMinimumCount['25']} asking for 25, ${log.window.byMinimumCount['5']} for 5) from ${log.window.from} to ${log.window.to}` }] : []),
            ],
            remedy: [
              'Wait or add clients: the host counts distinct machines (CMIDs) of the last 30 days; each client retries every 2 hours',
              'If many machines contact the host but the count stays low, look for duplicate CMIDs (see host/duplicate-cmid): kmsdoctor analyze <host-12290-export.xml>',
              'Keep the number of KMS hosts small so the count is not split (see host/count-split): Resolve-DnsName -Name _vlmcs._tcp.<domain> -Type SRV',
              'Check the count on the host: cscript //nologo %windir%\\System32\\slmgr.vbs /dlv, line "Current count"',
            ],
          });
        }
      }
      // No health (log only): judge from the log's distinct clients.
      if (!host.health && log && log.hostRequests > 0) {
        const count = log.window.estimatedCount;
        const needs = log.window.byMinimumCount['25'] > 0 ? 25 : 5;
        if (count < needs) {
          out.push({
            ruleId: 'host/count-below-threshold',
            message: `KMS host ${host.name}: only ${log.window.distinctClients} distinct client(s) in its log over the ${log.window.days} days to ${log.window.to}; clients asking for ${needs} are not activated (0xC004F038)`,
            target: host.name,
            evidence: [{ kind: 'event', ref: `host.${host.name}.log.window`, summary: `12290: ${log.window.distinctClients} distinct CMIDs (${log.window.byMinimumCount['25']} asking for 25, ${log.window.byMinimumCount['5']} for 5)` }],
            remedy: [
              'Wait or add clients; look for duplicate CMIDs (host/duplicate-cmid) and for a count split over several hosts (host/count-split)',
              'Check the count on the host: slmgr.vbs /dlv, line "Current count"',
            ],
          });
        }
      }
    }
    return out;
  },
};
