/** The fleet report as a Markdown summary (a ticket, a wiki page, a pull request comment). */

import type { Locale } from '../../catalog/catalogs.js';
import type { FleetReport } from '../../report/fleet-report.js';
import { mdCell } from '../markup-text.js';

export function renderFleetMarkdown(report: FleetReport, _locale: Locale = 'en'): string {
  const s = report.summary;
  const m = mdCell;
  const lines = [
    '# KMS fleet report', '',
    `**${s.clients} clients**, ${s.hosts} host snapshots, ${s.unreadable} unreadable files — **${s.errors} errors, ${s.warnings} warnings** (fail on: ${s.failOn}).`, '',
    `Generated ${report.startedAt} by ${report.tool.name} ${report.tool.version}.`, '',
    '## Findings', '',
    ...(report.findings.length === 0 ? ['None.'] : report.findings.map((f) => `- **${f.severity}** \`${f.ruleId}\`: ${m(f.message)}`)), '',
    '## Clone groups (duplicate CMIDs)', '',
    `${report.cloneGroups.groupsTotal} groups, ${report.cloneGroups.machines} machines, ${report.cloneGroups.countLost} counts lost.`, '',
    ...(report.cloneGroups.groups.length === 0 ? [] : ['| CMID | Machines | Names | Hosts |', '| --- | --- | --- | --- |', ...report.cloneGroups.groups.map((g) => `| ${m(g.cmid)} | ${g.machines} | ${m(g.names.join(', '))} | ${m(g.hosts.join(', '))} |`), '']),
    '## Activation state', '',
    '| Kind | State | Products |', '| --- | --- | --- |',
    ...report.activation.byState.map((st) => `| ${st.kind} | ${m(st.state)} | ${st.products} |`), '',
    '| Kind | Product | State | Machines |', '| --- | --- | --- | --- |',
    ...report.activation.byProduct.map((p) => `| ${p.kind} | ${m(p.product)} | ${m(p.state)} | ${p.products} |`), '',
    `Days left: ${report.activation.daysLeft.map((b) => `${b.label}: ${b.count}`).join(', ')}. Not activated or ≤ 30 days: ${report.activation.expiringTotal}. Renewals failing: ${report.activation.renewalsFailingTotal}.`, '',
    '## Where clients go', '',
    '| Host | Clients | Pinned | Cached | Distinct CMIDs | Need 25 | Need 5 | Office | Count | Snapshot | Published | Probe |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...report.hosts.map((h) => `| ${m(h.host)} | ${h.clients} | ${h.pinned} | ${h.cached} | ${h.distinctCmids} | ${h.needs25} | ${h.needs5} | ${h.office} | ${h.reportedCount ?? '?'} | ${h.known ? 'yes' : 'no'} | ${h.published === null ? 'not probed' : h.published ? 'yes' : '**no**'} | ${h.reachable ?? 'not probed'} |`), '',
    ...(report.split ? [`Count split: ${m(report.split.summary)}.`, ''] : []),
    '## DNS suffix groups', '',
    '| Domain | Clients | _vlmcs._tcp | Targets |', '| --- | --- | --- | --- |',
    ...report.domains.map((g) => `| ${m(g.domain)} | ${g.clients} | ${g.srv} | ${m(g.targets.join(', '))} |`), '',
    '## Clock skew against the hosts', '',
    `${report.clock.compared} compared, ${report.clock.notCompared} not; ${report.clock.buckets.map((b) => `${b.label}: ${b.count}`).join(', ')}.`, '',
  ];
  if (report.notes.length > 0) lines.push('## Notes', '', ...report.notes.map((n) => `- ${m(n)}`), '');
  return `${lines.join('\n')}`;
}
