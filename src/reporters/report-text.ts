/**
 * The words a reporter writes around the data, in the report's language: one function per render,
 * so a reporter asks for `text('report.findings.heading')` and never holds a language-specific string.
 */
import type { Locale } from '../catalog/catalogs.js';
import type { ACTIVATION_REPORT } from '../catalog/en/activation-report.js';
import type { FACTS_CLIENT } from '../catalog/en/facts-client.js';
import type { REPORT } from '../catalog/en/report.js';
import type { REPORT_FACTS } from '../catalog/en/report-facts.js';
import type { MessageArgs } from '../catalog/message.js';
import { render } from '../catalog/render.js';

/** The frames of every report, the activation request's detail block that two of them show, and the words of the facts it shows (license states in the client's block). */
export type ReportMessageId = keyof typeof REPORT | keyof typeof ACTIVATION_REPORT | keyof typeof REPORT_FACTS | keyof typeof FACTS_CLIENT;
export type ReportText = (id: ReportMessageId, args?: MessageArgs) => string;

export function reportText(locale: Locale): ReportText {
  return (id, args) => render(args === undefined ? { id } : { id, args }, locale);
}
