/** The fleet report for a console: the figures first, then the findings with their remedies. */
import type { Locale } from '../../catalog/catalogs.js';
import type { FleetReport } from '../../report/fleet-report.js';
import { plain } from './text.js';

export function renderFleetHuman(report: FleetReport, _locale: Locale = 'en'): string {
  const s = report.summary;
  const lines: string[] = [`KMS fleet: ${s.clients} clients, ${s.hosts} host snapshots${s.unreadable > 0 ? `, ${s.unreadable} unreadable files` : ''}${s.duplicates > 0 ? `, ${s.duplicates} older duplicate snapshots ignored` : ''}`, ''];
  const d = report.discovery;
  lines.push(`Discovery: ${d.dns} by DNS suffix, ${d.lookupDomain} by lookup domain, ${d.pinned} pinned (/skms), ${d.noSuffix} without a suffix, ${d.unknown} unknown`);
  const c = report.cloneGroups;
  lines.push(`Clone groups (duplicate CMIDs): ${c.groupsTotal} groups, ${c.machines} machines, ${c.countLost} counts lost`);
  for (const g of c.groups.slice(0, 10)) lines.push(`  ${g.cmid}  ${g.machines} machines: ${plain(g.names.slice(0, 6).join(', '))}${g.machines > 6 ? ', …' : ''}`);
  lines.push('', 'Activation state (keyed products by licence and state):');
  for (const p of report.activation.byProduct.slice(0, 20)) lines.push(`  ${p.kind.padEnd(8)} ${plain(p.product).slice(0, 50).padEnd(50)} ${plain(p.state).padEnd(22)} ${p.products}`);
  lines.push(`  days left: ${report.activation.daysLeft.map((b) => `${b.label}: ${b.count}`).join(', ')}`);
  lines.push(`  not activated or ≤ 30 days: ${report.activation.expiringTotal}; renewals failing: ${report.activation.renewalsFailingTotal}`);
  lines.push('', 'Where clients go (host: clients, pinned/cached, distinct CMIDs, need 25/5/Office, count):');
  for (const h of report.hosts.slice(0, 20)) {
    const state = [h.known ? 'snapshot' : 'no snapshot', h.published === null ? null : h.published ? 'published' : 'NOT published', h.reachable].filter(Boolean).join(', ');
    lines.push(`  ${plain(h.host).padEnd(34)} ${String(h.clients).padStart(6)}  ${h.pinned}/${h.cached}  ${h.distinctCmids}  ${h.needs25}/${h.needs5}/${h.office}  ${h.reportedCount ?? '?'}  (${state})`);
  }
  if (report.split) lines.push(`  count split: ${plain(report.split.summary)}`);
  lines.push('', 'DNS suffix groups (first domain queried):');
  for (const g of report.domains.slice(0, 20)) lines.push(`  ${plain(g.domain).padEnd(34)} ${String(g.clients).padStart(6)}  SRV: ${g.srv}${g.targets.length > 0 ? ` → ${plain(g.targets.join(', '))}` : ''}`);
  const k = report.clock;
  lines.push('', `Clock skew against the hosts (${k.compared} compared, ${k.notCompared} not): ${k.buckets.map((b) => `${b.label}: ${b.count}`).join(', ')}`);
  lines.push('', report.findings.length === 0 ? 'No findings.' : `Findings (${s.errors} errors, ${s.warnings} warnings, ${s.infos} info):`);
  for (const f of report.findings) {
    lines.push(`  ${f.severity.toUpperCase().padEnd(7)} ${f.ruleId}: ${plain(f.message)}`);
    for (const step of f.remedy) lines.push(`          → ${plain(step)}`);
  }
  if (report.notes.length > 0) lines.push('');
  for (const note of report.notes) lines.push(`note: ${plain(note)}`);
  return `${lines.join('\n')}\n`;
}
