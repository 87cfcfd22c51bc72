/**
 * The fleet dashboard: one self-contained page — inline CSS, charts as inline SVG, no script, no
 * font, no external asset — with the figures, the four charts (clients by state, days left,
 * clients per host, clone groups), the tables and the findings. Every text is escaped.
 */

import type { Locale } from '../../catalog/catalogs.js';
import type { FleetReport } from '../../report/fleet-report.js';
import { htmlDocument } from '../documents.js';
import { escapeXml } from '../markup-text.js';
import { svgBarChart } from './svg-chart.js';
import { stateColour } from './text.js';

const SEVERITY_COLOUR = { error: '#8a1010', warning: '#7a4d00', info: '#444' } as const;

function table(headers: string[], rows: Array<Array<string | number>>): string {
  const e = escapeXml;
  if (rows.length === 0) return '<p class="none">None.</p>';
  return `<table><thead><tr>${headers.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${e(String(c))}</td>`).join('')}</tr>`).join('\n')}\n</tbody></table>`;
}

export function renderFleetHtml(report: FleetReport, locale: Locale = 'en'): string {
  const e = escapeXml;
  const s = report.summary;
  const byState = new Map<string, number>();
  for (const st of report.activation.byState) if (st.kind === 'windows') byState.set(st.state, (byState.get(st.state) ?? 0) + st.products);
  const officeStates = report.activation.byState.filter((st) => st.kind === 'office');
  const charts = [
    svgBarChart('chart-state', 'Windows clients by license state', [...byState].map(([label, value]) => ({ label, value, colour: stateColour(label) }))),
    ...(officeStates.length > 0 ? [svgBarChart('chart-office-state', 'Office products by license state', officeStates.map((st) => ({ label: st.state, value: st.products, colour: stateColour(st.state) })))] : []),
    svgBarChart('chart-days-left', 'KMS client products by days left', report.activation.daysLeft.map((b, i) => ({ label: `${b.label} days`, value: b.count, colour: i === 0 ? '#c62828' : i === 1 ? '#ef6c00' : '#3b6ea5' }))),
    svgBarChart('chart-hosts', 'Clients per KMS host', report.hosts.slice(0, 20).map((h) => ({ label: h.host, value: h.clients, colour: h.published === false || (h.reachable !== null && h.reachable !== 'ready' && h.reachable !== 'port-open') || (report.input.probe === false && !h.known && s.hosts > 0) ? '#c62828' : '#3b6ea5' }))),
    svgBarChart('chart-clones', 'Clone groups (machines sharing a CMID)', report.cloneGroups.groups.slice(0, 20).map((g) => ({ label: g.cmid, value: g.machines, colour: '#8e24aa' }))),
    svgBarChart('chart-clock', 'Clock skew against the hosts', report.clock.buckets.map((b, i) => ({ label: b.label, value: b.count, colour: i === 3 ? '#c62828' : '#3b6ea5' }))),
  ];
  const findings = report.findings.length === 0 ? '<p class="none">No findings.</p>'
    : `<ul class="findings">\n${report.findings.map((f) => `<li><strong style="color:${SEVERITY_COLOUR[f.severity as keyof typeof SEVERITY_COLOUR] ?? '#444'}">${e(f.severity)}</strong> <code>${e(f.ruleId)}</code>: ${e(f.message)}<ol>${f.remedy.map((r) => `<li>${e(r)}</li>`).join('')}</ol></li>`).join('\n')}\n</ul>`;
  const css = [
    'body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em;color:#222;max-width:1200px}',
    'table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}',
    'th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top;font-size:.92em}',
    'th{background:#f3f3f3}',
    '.cards{display:flex;gap:1em;flex-wrap:wrap}.card{border:1px solid #ccc;padding:.6em 1em;border-radius:4px}.card b{display:block;font-size:1.6em}',
    '.charts{display:flex;flex-wrap:wrap;gap:1.5em}.chart{border:1px solid #eee}',
    '.findings li{margin-bottom:.6em}.none{color:#666}code{font-size:.9em}',
  ].join('\n');
  const card = (value: string | number, label: string) => `<div class="card"><b>${e(String(value))}</b>${e(label)}</div>`;
  return htmlDocument(locale, 'KMS fleet report', css, `<h1>KMS fleet report</h1>
<p>Generated ${e(report.startedAt)} by ${e(report.tool.name)} ${e(report.tool.version)}; fail on: ${e(s.failOn)}${report.input.probe ? '; hosts and domains probed' : '; not probed'}.</p>
<div class="cards">${card(s.clients, 'clients')}${card(s.hosts, 'host snapshots')}${card(report.cloneGroups.machines, 'machines in clone groups')}${card(report.cloneGroups.countLost, 'counts lost to clones')}${card(report.activation.expiringTotal, 'not activated or ≤ 30 days')}${card(report.activation.renewalsFailingTotal, 'renewals failing')}${card(s.errors, 'errors')}${card(s.warnings, 'warnings')}</div>
<h2>Findings</h2>
${findings}
<h2>Charts</h2>
<div class="charts">
${charts.join('\n')}
</div>
<h2>Clone groups</h2>
<p>${report.cloneGroups.groupsTotal} groups, ${report.cloneGroups.machines} machines, ${report.cloneGroups.countLost} counts lost.</p>
${table(['CMID', 'Machines', 'Names', 'Hosts'], report.cloneGroups.groups.map((g) => [g.cmid, g.machines, g.names.join(', '), g.hosts.join(', ')]))}
<h2>Activation</h2>
${table(['Kind', 'State', 'Products'], report.activation.byState.map((st) => [st.kind, st.state, st.products]))}
<h3>By product</h3>
${table(['Kind', 'Product', 'State', 'Machines'], report.activation.byProduct.map((p) => [p.kind, p.product, p.state, p.products]))}
<h3>Not activated or 30 days or fewer left (${report.activation.expiringTotal})</h3>
${table(['Machine', 'Kind', 'Product', 'State', 'Days left'], report.activation.expiring.map((x) => [x.name, x.kind, x.product, x.state, x.daysLeft ?? '?']))}
<h3>Renewals failing (${report.activation.renewalsFailingTotal})</h3>
${table(['Machine', 'Kind', 'Product', 'Days left', 'Failing for (days)', 'Last host'], report.activation.renewalsFailing.map((x) => [x.name, x.kind, x.product, x.daysLeft ?? '?', x.failingDays, x.host ?? '']))}
<h2>Where clients go</h2>
${table(['Host', 'Clients', 'Pinned', 'Cached', 'Distinct CMIDs', 'Need 25', 'Need 5', 'Office', 'Count', 'Snapshot', 'Published', 'Probe'], report.hosts.map((h) => [h.host, h.clients, h.pinned, h.cached, h.distinctCmids, h.needs25, h.needs5, h.office, h.reportedCount ?? '?', h.known ? 'yes' : 'no', h.published === null ? 'not probed' : h.published ? 'yes' : 'no', h.reachable ?? 'not probed']))}
${report.split ? `<p>Count split: ${e(report.split.summary)}.</p>` : ''}
<h2>DNS suffix groups</h2>
<p>${report.discovery.dns} by DNS suffix, ${report.discovery.lookupDomain} by lookup domain, ${report.discovery.pinned} pinned, ${report.discovery.noSuffix} without a suffix, ${report.discovery.unknown} unknown.</p>
${table(['Domain', 'Clients', '_vlmcs._tcp', 'Targets', 'DNS said'], report.domains.map((g) => [g.domain, g.clients, g.srv, g.targets.join(', '), g.detail]))}
<h2>Clock skew</h2>
<p>${report.clock.compared} clients compared with ${e(report.clock.reference)}; ${report.clock.notCompared} not compared; ${report.clock.refusedByHosts} requests refused for their time in the hosts' logs.</p>
${table(['Machine', 'Skew (minutes)', 'Against'], report.clock.skewed.map((x) => [x.name, x.skewMinutes, x.against]))}
${report.unreadable.length > 0 ? `<h2>Unreadable files (${s.unreadable})</h2>\n${table(['File', 'Reason'], report.unreadable.map((u) => [u.file, u.reason]))}` : ''}
${report.notes.length > 0 ? `<h2>Notes</h2>\n<ul>${report.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>` : ''}
`);
}
