/** The formats every report command writes, through the reporter registry (./registry.ts). */
export const REPORT_FORMATS = ['human', 'json', 'ndjson', 'markdown', 'html', 'junit'] as const;

/** `csv` is fleet's alone: one row per client, not a rendering of the report. */
export type ReportFormat = (typeof REPORT_FORMATS)[number] | 'csv';
