import type { KeyCoverage } from '../host/key-coverage.js';
import type { ReportHost } from './host-section.js';

/** The matrix's word and the protocol's, in a few words. */
function coverageWord(target: NonNullable<KeyCoverage['target']>): string {
  if (target.covered === false) return 'NOT covered (0xC004F042)';
  if (target.covered === null) return target.listed === true ? 'cannot tell (listed by the planning matrix, newer than the key\'s KMS groups)' : 'cannot tell';
  return target.listed === false ? 'activated by the KMS protocol, NOT listed by the planning matrix' : 'covered';
}

/** Plain lines for the console view (colour is added by the caller for the heading). */
export function hostLines(host: ReportHost): { heading: string; lines: string[] }[] {
  const blocks = host.hosts.map((h) => {
    const lines: string[] = [];
    const health = h.health;
    if (health) {
      for (const p of health.products) {
        const counts = p.thresholds.map((t) => `${t.family} ${t.count ?? '?'}/${t.threshold}${t.met === false ? ` (below: ${t.missing} more needed)` : ''}`).join(', ');
        lines.push(`${p.name}: ${p.licensed === null ? 'license state unknown' : p.licensed ? 'licensed' : 'NOT licensed'}; count ${p.currentCount ?? '?'} — ${counts}`);
      }
      const kmsLog = health.kmsLog;
      if (kmsLog) lines.push(`Key Management Service log: ${kmsLog.recordCount ?? '?'} records, ${kmsLog.fileSizeBytes ?? '?'} of ${kmsLog.maximumSizeBytes ?? '?'} bytes, ${kmsLog.logMode ?? 'mode unknown'}${kmsLog.isFull ? ', FULL' : ''}, oldest record ${kmsLog.oldestRecordTime ?? 'unknown'}`);
      const req = health.requests;
      lines.push(`port ${health.listeningPort ?? '?'}, DNS publishing ${health.dnsPublishing === null ? 'unknown' : health.dnsPublishing ? 'enabled' : 'disabled'}${req ? `, ${req.failed ?? '?'} of ${req.total ?? '?'} requests failed${req.failedShare !== null ? ` (${(req.failedShare * 100).toFixed(1)}%)` : ''}` : ''}`);
    }
    for (const c of h.coverage) {
      // A host's Office key does not serve a Windows target its Windows key serves: not a refusal.
      const servedElsewhere = c.target?.covered === false && h.coverage.some((other) => other !== c && other.target?.covered !== false);
      const verdict = c.target ? ` — ${c.target.product}: ${servedElsewhere ? 'not this key\'s product (another key of the host answers it)' : coverageWord(c.target)}` : '';
      lines.push(`key of ${c.hostProduct}: ${c.key ?? 'unknown'}${verdict}`);
    }
    const updates = h.updates;
    if (updates?.hostOs) lines.push(`host OS ${updates.hostOs}, service version ${updates.serviceVersion ?? 'not given'}`);
    for (const u of updates?.checks ?? []) lines.push(`required update ${u.kb} (for ${u.toActivate.join(', ')}): ${u.verdict === 'shown' ? 'shown by the version' : u.verdict === 'not-shown' ? 'NOT shown by the version' : 'the input cannot tell'} — ${u.reason}`);
    const log = h.log;
    if (log) {
      const w = log.window;
      const span = w.coversWholeWindow ? `the whole ${w.days}-day counting window` : `less than the host's ${w.days}-day counting window: a lower bound of its count`;
      lines.push(`log: ${log.hostRequests} requests (12290) ${log.oldest ?? ''} – ${log.newest ?? ''}; at least ${w.distinctClients} distinct clients in this window (from ${w.from} to ${w.to}; ${span}) — ${w.byMinimumCount['25']} asking 25, ${w.byMinimumCount['5']} asking 5`);
      if (w.licensedAnswered['25'] + w.licensedAnswered['5'] > 0) lines.push(`answered 0x0 while Licensed: ${w.licensedAnswered['25']} client(s) needing 25, ${w.licensedAnswered['5']} needing 5`);
      if (w.vmClients.count > 0) lines.push(`virtual machines (VM flag 1): ${w.vmClients.count} — ${w.vmClients.clients.join(', ')}`);
      if (w.notificationClients.count > 0) lines.push(`clients in Notification state (not activated, past grace): ${w.notificationClients.count} — ${w.notificationClients.clients.join(', ')}`);
      if (log.duplicateCmids.length > 0) lines.push(`duplicate CMIDs: ${log.duplicateCmids.map((d) => `${d.cmid} (${d.clientNames.join(', ')})`).join('; ')}`);
      for (const f of log.failures.slice(0, 5)) lines.push(`failed: ${f.hresult} ${f.product} × ${f.count}`);
    }
    return { heading: `KMS host ${h.name} (${h.files.join(', ')})`, lines };
  });
  if (host.split) blocks.push({ heading: 'Count over all hosts', lines: [host.split.summary] });
  return blocks;
}
