import type { FLEET_REPORT } from '../../catalog/en/fleet-report.js';
import type { FleetReport } from '../../report/fleet-report.js';
import type { FleetText } from './text.js';

/** The columns of the per-host table, in the order every document format prints them. */
export const HOST_COLUMNS = [
  'fleet-report.column.host',
  'fleet-report.column.clients',
  'fleet-report.column.pinned',
  'fleet-report.column.cached',
  'fleet-report.column.distinct-cmids',
  'fleet-report.column.need-25',
  'fleet-report.column.need-5',
  'fleet-report.column.office',
  'fleet-report.column.count',
  'fleet-report.column.snapshot',
  'fleet-report.column.published',
  'fleet-report.column.probe',
] as const satisfies ReadonlyArray<keyof typeof FLEET_REPORT>;

/** How a format marks up a cell: the host name as data, and an unpublished host so it stands out. */
export interface HostCellMarkup {
  name: (host: string) => string;
  unpublished: (word: string) => string;
}

/** One host's row of HOST_COLUMNS, its words in the report's language (not probed: the fleet ran without --probe). */
export function hostRow(host: FleetReport['hosts'][number], text: FleetText, markup: HostCellMarkup): Array<string | number> {
  const yesNo = (value: boolean) => text(value ? 'fleet-report.yes' : 'fleet-report.no');
  const notProbed = text('fleet-report.not-probed');
  const published = host.published === null ? notProbed : host.published ? yesNo(true) : markup.unpublished(yesNo(false));
  return [
    markup.name(host.host),
    host.clients,
    host.pinned,
    host.cached,
    host.distinctCmids,
    host.needs25,
    host.needs5,
    host.office,
    host.reportedCount ?? '?',
    yesNo(host.known),
    published,
    host.reachable ?? notProbed,
  ];
}
