/** The fleet report for a console: the figures first, then the findings with their remedies. */
import stringWidth from 'string-width';
import type { Locale } from '../../catalog/catalogs.js';
import type { FleetReport } from '../../report/fleet-report.js';
import { padDisplay } from '../table.js';
import { bucketsText, fleetText, plain, stateText } from './text.js';

/** At most `width` columns of `text`, cut by display width (a Japanese product name counts two per character). */
function clip(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > width) break;
    out += ch;
  }
  return out;
}

export function renderFleetHuman(report: FleetReport, locale: Locale = 'en'): string {
  const t = fleetText(locale);
  const s = report.summary;
  const lines: string[] = [t('fleet-report.human.heading', { clients: s.clients, hosts: s.hosts, unreadable: s.unreadable, duplicates: s.duplicates }), ''];
  const d = report.discovery;
  lines.push(t('fleet-report.human.discovery', { dns: d.dns, lookupDomain: d.lookupDomain, pinned: d.pinned, noSuffix: d.noSuffix, unknown: d.unknown }));
  const c = report.cloneGroups;
  lines.push(t('fleet-report.human.clones', { groups: c.groupsTotal, machines: c.machines, countLost: c.countLost }));
  for (const g of c.groups.slice(0, 10))
    lines.push(`  ${g.cmid}  ${t('fleet-report.human.clone-group', { machines: g.machines, names: `${plain(g.names.slice(0, 6).join(', '))}${g.machines > 6 ? ', …' : ''}` })}`);
  lines.push('', t('fleet-report.human.activation'));
  for (const p of report.activation.byProduct.slice(0, 20))
    lines.push(`  ${padDisplay(p.kind, 8)} ${padDisplay(clip(plain(p.product), 50), 50)} ${padDisplay(stateText(plain(p.state), t), 22)} ${p.products}`);
  lines.push(`  ${t('fleet-report.human.days-left', { buckets: bucketsText(report.activation.daysLeft, t, locale) })}`);
  lines.push(`  ${t('fleet-report.human.expiring', { expiring: report.activation.expiringTotal, failing: report.activation.renewalsFailingTotal })}`);
  lines.push('', t('fleet-report.human.hosts'));
  for (const h of report.hosts.slice(0, 20)) {
    const known = t(h.known ? 'fleet-report.human.host.snapshot' : 'fleet-report.human.host.no-snapshot');
    const published = h.published === null ? null : t(h.published ? 'fleet-report.human.host.published' : 'fleet-report.human.host.not-published');
    const state = [known, published, h.reachable].filter(Boolean).join(', ');
    lines.push(
      `  ${padDisplay(plain(h.host), 34)} ${String(h.clients).padStart(6)}  ${h.pinned}/${h.cached}  ${h.distinctCmids}  ${h.needs25}/${h.needs5}/${h.office}  ${h.reportedCount ?? '?'}  (${state})`,
    );
  }
  if (report.split) lines.push(`  ${t('fleet-report.human.split', { summary: plain(report.split.summary) })}`);
  lines.push('', t('fleet-report.human.domains'));
  for (const g of report.domains.slice(0, 20))
    lines.push(`  ${padDisplay(plain(g.domain), 34)} ${String(g.clients).padStart(6)}  SRV: ${g.srv}${g.targets.length > 0 ? ` → ${plain(g.targets.join(', '))}` : ''}`);
  const k = report.clock;
  lines.push('', t('fleet-report.human.clock', { compared: k.compared, notCompared: k.notCompared, buckets: bucketsText(k.buckets, t, locale) }));
  lines.push('', report.findings.length === 0 ? t('fleet-report.no-findings') : t('fleet-report.human.findings', { errors: s.errors, warnings: s.warnings, infos: s.infos }));
  for (const f of report.findings) {
    lines.push(`  ${f.severity.toUpperCase().padEnd(7)} ${f.ruleId}: ${plain(f.message)}`);
    for (const step of f.remedy) lines.push(`          → ${plain(step)}`);
  }
  if (report.notes.length > 0) lines.push('');
  for (const note of report.notes) lines.push(`${t('fleet-report.note', { note: plain(note) })}`);
  return `${lines.join('\n')}\n`;
}
