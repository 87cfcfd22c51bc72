/** The fleet report as a Markdown summary (a ticket, a wiki page, a pull request comment). */

import type { Locale } from '../../catalog/catalogs.js';
import type { FleetReport } from '../../report/fleet-report.js';
import { mdCell } from '../markup-text.js';
import { HOST_COLUMNS, hostRow } from './host-table.js';
import { bucketsText, fleetText, stateText } from './text.js';

export function renderFleetMarkdown(report: FleetReport, locale: Locale = 'en'): string {
  const t = fleetText(locale);
  const s = report.summary;
  const m = mdCell;
  const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  const head = (...ids: Parameters<typeof t>[0][]) => [row(ids.map((id) => t(id))), row(ids.map(() => '---'))];
  const lines = [
    `# ${t('fleet-report.title')}`,
    '',
    `**${t('fleet-report.headline', { clients: s.clients, hosts: s.hosts, unreadable: s.unreadable, errors: s.errors, warnings: s.warnings, failOn: s.failOn })}**`,
    '',
    t('fleet-report.generated.markdown', { startedAt: report.startedAt, tool: report.tool.name, version: report.tool.version }),
    '',
    `## ${t('fleet-report.heading.findings')}`,
    '',
    ...(report.findings.length === 0 ? [t('fleet-report.none')] : report.findings.map((f) => `- **${f.severity}** \`${f.ruleId}\`: ${m(f.message)}`)),
    '',
    `## ${t('fleet-report.heading.clones-cmid')}`,
    '',
    t('fleet-report.clones.summary', { groups: report.cloneGroups.groupsTotal, machines: report.cloneGroups.machines, countLost: report.cloneGroups.countLost }),
    '',
    ...(report.cloneGroups.groups.length === 0
      ? []
      : [
          ...head('fleet-report.column.cmid', 'fleet-report.column.machines', 'fleet-report.column.names', 'fleet-report.column.hosts'),
          ...report.cloneGroups.groups.map((g) => row([m(g.cmid), g.machines, m(g.names.join(', ')), m(g.hosts.join(', '))])),
          '',
        ]),
    `## ${t('fleet-report.heading.activation-state')}`,
    '',
    ...head('fleet-report.column.kind', 'fleet-report.column.state', 'fleet-report.column.products'),
    ...report.activation.byState.map((st) => row([st.kind, m(stateText(st.state, t)), st.products])),
    '',
    ...head('fleet-report.column.kind', 'fleet-report.column.product', 'fleet-report.column.state', 'fleet-report.column.machines'),
    ...report.activation.byProduct.map((p) => row([p.kind, m(p.product), m(stateText(p.state, t)), p.products])),
    '',
    t('fleet-report.days-left.summary', {
      buckets: bucketsText(report.activation.daysLeft, t, locale),
      expiring: report.activation.expiringTotal,
      failing: report.activation.renewalsFailingTotal,
    }),
    '',
    `## ${t('fleet-report.heading.hosts')}`,
    '',
    ...head(...HOST_COLUMNS),
    ...report.hosts.map((h) => row(hostRow(h, t, { name: m, unpublished: (word) => `**${word}**` }))),
    '',
    ...(report.split ? [t('fleet-report.split', { summary: m(report.split.summary) }), ''] : []),
    `## ${t('fleet-report.heading.domains')}`,
    '',
    ...head('fleet-report.column.domain', 'fleet-report.column.clients', 'fleet-report.column.srv', 'fleet-report.column.targets'),
    ...report.domains.map((g) => row([m(g.domain), g.clients, g.srv, m(g.targets.join(', '))])),
    '',
    `## ${t('fleet-report.heading.clock-hosts')}`,
    '',
    t('fleet-report.clock.summary.short', { compared: report.clock.compared, notCompared: report.clock.notCompared, buckets: bucketsText(report.clock.buckets, t, locale) }),
    '',
  ];
  if (report.notes.length > 0) lines.push(`## ${t('fleet-report.heading.notes')}`, '', ...report.notes.map((n) => `- ${m(n)}`), '');
  return `${lines.join('\n')}`;
}
