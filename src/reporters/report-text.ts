/**
 * The words a reporter writes around the data, in the report's language: one function per render,
 * so a reporter asks for `text('report.findings.heading')` and never holds a language-specific string.
 */
import type { Locale } from '../catalog/catalogs.js';
import type { ACTIVATION_REPORT } from '../catalog/en/activation-report.js';
import type { REPORT } from '../catalog/en/report.js';
import type { MessageArgs } from '../catalog/message.js';
import { render } from '../catalog/render.js';

/** The frames of every report, and the activation request's detail block that two of them show. */
export type ReportMessageId = keyof typeof REPORT | keyof typeof ACTIVATION_REPORT;
export type ReportText = (id: ReportMessageId, args?: MessageArgs) => string;

export function reportText(locale: Locale): ReportText {
  return (id, args) => render(args === undefined ? { id } : { id, args }, locale);
}
