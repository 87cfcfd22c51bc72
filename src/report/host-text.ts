import type { ReportHost } from './host-section.js';

/** Plain lines for the console view (colour is added by the caller for the heading). */
export function hostLines(host: ReportHost): { heading: string; lines: string[] }[] {
  const blocks = host.hosts.map((h) => {
    const lines: string[] = [];
    const health = h.health;
    if (health) {
      for (const p of health.products) {
        const counts = p.thresholds.map((t) => `${t.family} ${t.count ?? '?'}/${t.threshold}${t.met === false ? ' (below)' : ''}`).join(', ');
        lines.push(`${p.name}: ${p.licensed === null ? 'license state unknown' : p.licensed ? 'licensed' : 'NOT licensed'}; count ${p.currentCount ?? '?'} — ${counts}`);
      }
      const req = health.requests;
      lines.push(`port ${health.listeningPort ?? '?'}, DNS publishing ${health.dnsPublishing === null ? 'unknown' : health.dnsPublishing ? 'enabled' : 'disabled'}${req ? `, ${req.failed ?? '?'} of ${req.total ?? '?'} requests failed${req.failedShare !== null ? ` (${(req.failedShare * 100).toFixed(1)}%)` : ''}` : ''}`);
    }
    for (const c of h.coverage) lines.push(`key of ${c.hostProduct}: ${c.key ?? 'unknown'}${c.target ? ` — ${c.target.product}: ${c.target.covered === null ? 'cannot tell' : c.target.covered ? 'covered' : 'NOT covered'}` : ''}`);
    const log = h.log;
    if (log) {
      lines.push(`log: ${log.hostRequests} requests (12290) ${log.oldest ?? ''} – ${log.newest ?? ''}; ${log.window.distinctClients} distinct clients in the last ${log.window.days} days (${log.window.byMinimumCount['25']} asking 25, ${log.window.byMinimumCount['5']} asking 5)`);
      if (log.duplicateCmids.length > 0) lines.push(`duplicate CMIDs: ${log.duplicateCmids.map((d) => `${d.cmid} (${d.clientNames.join(', ')})`).join('; ')}`);
      for (const f of log.failures.slice(0, 5)) lines.push(`failed: ${f.hresult} ${f.product} × ${f.count}`);
    }
    return { heading: `KMS host ${h.name} (${h.files.join(', ')})`, lines };
  });
  if (host.split) blocks.push({ heading: 'Count over all hosts', lines: [host.split.summary] });
  return blocks;
}
