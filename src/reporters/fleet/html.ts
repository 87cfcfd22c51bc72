/**
 * The fleet dashboard: one self-contained page — inline CSS, charts as inline SVG, no script, no
 * font, no external asset — with the figures, the four charts (clients by state, days left,
 * clients per host, clone groups), the tables and the findings. Every text is escaped.
 */

import type { Locale } from '../../catalog/catalogs.js';
import type { FleetReport } from '../../report/fleet-report.js';
import { htmlDocument } from '../documents.js';
import { escapeXml } from '../markup-text.js';
import { HOST_COLUMNS, hostRow } from './host-table.js';
import { type Bar, svgBarChart } from './svg-chart.js';
import { fleetText, stateColour, stateText } from './text.js';

const SEVERITY_COLOUR = { error: '#8a1010', warning: '#7a4d00', info: '#444' } as const;

function table(headers: string[], rows: Array<Array<string | number>>, none: string): string {
  const e = escapeXml;
  if (rows.length === 0) return `<p class="none">${e(none)}</p>`;
  return `<table><thead><tr>${headers.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>\n${rows.map((r) => `<tr>${r.map((c) => `<td>${e(String(c))}</td>`).join('')}</tr>`).join('\n')}\n</tbody></table>`;
}

export function renderFleetHtml(report: FleetReport, locale: Locale = 'en'): string {
  const e = escapeXml;
  const t = fleetText(locale);
  const s = report.summary;
  const columns = (...ids: Parameters<typeof t>[0][]) => ids.map((id) => t(id));
  const grid = (headers: string[], rows: Array<Array<string | number>>) => table(headers, rows, t('fleet-report.none'));
  const chart = (id: string, title: string, bars: Bar[]) => svgBarChart(id, title, bars, t('fleet-report.nothing-to-show'));
  const byState = new Map<string, number>();
  for (const st of report.activation.byState) if (st.kind === 'windows') byState.set(st.state, (byState.get(st.state) ?? 0) + st.products);
  const officeStates = report.activation.byState.filter((st) => st.kind === 'office');
  const charts = [
    chart(
      'chart-state',
      t('fleet-report.chart.windows-states'),
      [...byState].map(([state, value]) => ({ label: stateText(state, t), value, colour: stateColour(state) })),
    ),
    ...(officeStates.length > 0
      ? [
          chart(
            'chart-office-state',
            t('fleet-report.chart.office-states'),
            officeStates.map((st) => ({ label: stateText(st.state, t), value: st.products, colour: stateColour(st.state) })),
          ),
        ]
      : []),
    chart(
      'chart-days-left',
      t('fleet-report.chart.days-left'),
      report.activation.daysLeft.map((b, i) => ({
        label: t('fleet-report.chart.days', { range: b.label }),
        value: b.count,
        colour: i === 0 ? '#c62828' : i === 1 ? '#ef6c00' : '#3b6ea5',
      })),
    ),
    chart(
      'chart-hosts',
      t('fleet-report.chart.hosts'),
      report.hosts.slice(0, 20).map((h) => ({
        label: h.host,
        value: h.clients,
        colour:
          h.published === false || (h.reachable !== null && h.reachable !== 'ready' && h.reachable !== 'port-open') || (report.input.probe === false && !h.known && s.hosts > 0)
            ? '#c62828'
            : '#3b6ea5',
      })),
    ),
    chart(
      'chart-clones',
      t('fleet-report.chart.clones'),
      report.cloneGroups.groups.slice(0, 20).map((g) => ({ label: g.cmid, value: g.machines, colour: '#8e24aa' })),
    ),
    chart(
      'chart-clock',
      t('fleet-report.chart.clock'),
      report.clock.buckets.map((b, i) => ({ label: b.label, value: b.count, colour: i === 3 ? '#c62828' : '#3b6ea5' })),
    ),
  ];
  const findings =
    report.findings.length === 0
      ? `<p class="none">${e(t('fleet-report.no-findings'))}</p>`
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
  const title = t('fleet-report.title');
  return htmlDocument(
    locale,
    title,
    css,
    `<h1>${e(title)}</h1>
<p>${e(t('fleet-report.generated', { startedAt: report.startedAt, tool: report.tool.name, version: report.tool.version, failOn: s.failOn, probed: report.input.probe === true }))}</p>
<div class="cards">${card(s.clients, t('fleet-report.card.clients'))}${card(s.hosts, t('fleet-report.card.host-snapshots'))}${card(report.cloneGroups.machines, t('fleet-report.card.clone-machines'))}${card(report.cloneGroups.countLost, t('fleet-report.card.counts-lost'))}${card(report.activation.expiringTotal, t('fleet-report.card.expiring'))}${card(report.activation.renewalsFailingTotal, t('fleet-report.card.renewals-failing'))}${card(s.errors, t('fleet-report.card.errors'))}${card(s.warnings, t('fleet-report.card.warnings'))}</div>
<h2>${e(t('fleet-report.heading.findings'))}</h2>
${findings}
<h2>${e(t('fleet-report.heading.charts'))}</h2>
<div class="charts">
${charts.join('\n')}
</div>
<h2>${e(t('fleet-report.heading.clones'))}</h2>
<p>${e(t('fleet-report.clones.summary', { groups: report.cloneGroups.groupsTotal, machines: report.cloneGroups.machines, countLost: report.cloneGroups.countLost }))}</p>
${grid(
  columns('fleet-report.column.cmid', 'fleet-report.column.machines', 'fleet-report.column.names', 'fleet-report.column.hosts'),
  report.cloneGroups.groups.map((g) => [g.cmid, g.machines, g.names.join(', '), g.hosts.join(', ')]),
)}
<h2>${e(t('fleet-report.heading.activation'))}</h2>
${grid(
  columns('fleet-report.column.kind', 'fleet-report.column.state', 'fleet-report.column.products'),
  report.activation.byState.map((st) => [st.kind, stateText(st.state, t), st.products]),
)}
<h3>${e(t('fleet-report.heading.by-product'))}</h3>
${grid(
  columns('fleet-report.column.kind', 'fleet-report.column.product', 'fleet-report.column.state', 'fleet-report.column.machines'),
  report.activation.byProduct.map((p) => [p.kind, p.product, stateText(p.state, t), p.products]),
)}
<h3>${e(t('fleet-report.heading.expiring', { count: report.activation.expiringTotal }))}</h3>
${grid(
  columns('fleet-report.column.machine', 'fleet-report.column.kind', 'fleet-report.column.product', 'fleet-report.column.state', 'fleet-report.column.days-left'),
  report.activation.expiring.map((x) => [x.name, x.kind, x.product, stateText(x.state, t), x.daysLeft ?? '?']),
)}
<h3>${e(t('fleet-report.heading.renewals-failing', { count: report.activation.renewalsFailingTotal }))}</h3>
${grid(
  columns(
    'fleet-report.column.machine',
    'fleet-report.column.kind',
    'fleet-report.column.product',
    'fleet-report.column.days-left',
    'fleet-report.column.failing-days',
    'fleet-report.column.last-host',
  ),
  report.activation.renewalsFailing.map((x) => [x.name, x.kind, x.product, x.daysLeft ?? '?', x.failingDays, x.host ?? '']),
)}
<h2>${e(t('fleet-report.heading.hosts'))}</h2>
${grid(
  columns(...HOST_COLUMNS),
  report.hosts.map((h) => hostRow(h, t, { name: (host) => host, unpublished: (word) => word })),
)}
${report.split ? `<p>${e(t('fleet-report.split', { summary: report.split.summary }))}</p>` : ''}
<h2>${e(t('fleet-report.heading.domains'))}</h2>
<p>${e(t('fleet-report.discovery.summary', { dns: report.discovery.dns, lookupDomain: report.discovery.lookupDomain, pinned: report.discovery.pinned, noSuffix: report.discovery.noSuffix, unknown: report.discovery.unknown }))}</p>
${grid(
  columns('fleet-report.column.domain', 'fleet-report.column.clients', 'fleet-report.column.srv', 'fleet-report.column.targets', 'fleet-report.column.dns-said'),
  report.domains.map((g) => [g.domain, g.clients, g.srv, g.targets.join(', '), g.detail]),
)}
<h2>${e(t('fleet-report.heading.clock'))}</h2>
<p>${e(t('fleet-report.clock.summary', { compared: report.clock.compared, reference: report.clock.reference, notCompared: report.clock.notCompared, refused: report.clock.refusedByHosts }))}</p>
${grid(
  columns('fleet-report.column.machine', 'fleet-report.column.skew', 'fleet-report.column.against'),
  report.clock.skewed.map((x) => [x.name, x.skewMinutes, x.against]),
)}
${
  report.unreadable.length > 0
    ? `<h2>${e(t('fleet-report.heading.unreadable', { count: s.unreadable }))}</h2>\n${grid(
        columns('fleet-report.column.file', 'fleet-report.column.reason'),
        report.unreadable.map((u) => [u.file, u.reason]),
      )}`
    : ''
}
${report.notes.length > 0 ? `<h2>${e(t('fleet-report.heading.notes'))}</h2>\n<ul>${report.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>` : ''}
`,
  );
}
