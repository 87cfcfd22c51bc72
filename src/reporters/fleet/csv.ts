/**
 * One CSV row per client for spreadsheets and pipelines (RFC 4180 quoting). Cells that a
 * spreadsheet would take for a formula (leading = + - @, tab, CR) get a leading apostrophe:
 * machine and product names come from the machines themselves.
 */

import { statusWords } from '../../client/license-state.js';
import type { FleetClient } from '../../fleet/client-row.js';

const COLUMNS = [
  'name',
  'file',
  'cmid',
  'cloneGroupSize',
  'os',
  'discovery',
  'host',
  'hostRole',
  'queryDomain',
  'windowsProduct',
  'windowsThreshold',
  'windowsState',
  'windowsDaysLeft',
  'windowsRenewalFailingDays',
  'officeProduct',
  'officeState',
  'officeDaysLeft',
  'officeRenewalFailingDays',
  'clockUtc',
];

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderFleetCsv(clients: Iterable<FleetClient>): string {
  const list = [...clients].sort((a, b) => a.name.localeCompare(b.name));
  const groupSize = new Map<string, number>();
  for (const c of list) if (c.cmid) groupSize.set(c.cmid, (groupSize.get(c.cmid) ?? 0) + 1);
  const rows = [COLUMNS.join(',')];
  for (const c of list) {
    const windows = c.products.find((p) => p.kind === 'windows');
    const office = c.products.find((p) => p.kind === 'office');
    const state = (s: number | null | undefined) => (s === null || s === undefined ? null : statusWords(s));
    rows.push(
      [
        c.name,
        c.file,
        c.cmid,
        c.cmid ? groupSize.get(c.cmid)! : null,
        c.os,
        c.mode,
        c.host,
        c.hostRole,
        c.queryDomains[0] ?? null,
        windows?.name ?? null,
        windows?.threshold ?? null,
        state(windows?.state),
        windows?.daysLeft ?? null,
        windows?.renewalFailingDays ?? null,
        office?.name ?? null,
        state(office?.state),
        office?.daysLeft ?? null,
        office?.renewalFailingDays ?? null,
        c.clockUtc,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}
