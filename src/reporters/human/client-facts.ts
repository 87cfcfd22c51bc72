import stringWidth from 'string-width';
import { LICENSE_STATES } from '../../client/license-state.js';
import type { KnownOr, ReportKmsClientFacts, ReportProduct } from '../../report/client-facts.js';
import type { Colors } from '../output-context.js';
import type { ReportText } from '../report-text.js';

/** "3 days left (4320 min)": remaining time as slmgr shows it, minutes kept for the exact figure. */
function remaining(product: ReportProduct, text: ReportText): string {
  if (product.gracePeriodRemainingMinutes === null) return '';
  if (product.gracePeriodRemainingMinutes === 0) return text(product.licenseStatus === 1 ? 'report.client.permanent' : 'report.client.no-time-left');
  return text('report.client.days-left', { days: product.gracePeriodRemainingDays ?? null, minutes: product.gracePeriodRemainingMinutes });
}

/** One line per keyed product: the primary Windows product first, then Office and add-ons. */
export function productLines(products: ReportProduct[], c: Colors, text: ReportText): string[] {
  if (products.length === 0) return [`  ${text('report.client.no-product')}`];
  return products.map((product) => {
    // licenseStatusWords is slmgr's English, kept stable for scripts; a person reads the state in the report's language.
    const status =
      product.licenseStatus === null
        ? text('report.client.status-unknown')
        : text('facts.license.status', { state: LICENSE_STATES[product.licenseStatus] ?? 'other', status: product.licenseStatus });
    const paint = product.licenseStatus === 1 ? (s: string) => s : c.yellow;
    const role = product.primary ? '' : c.dim(` ${text('report.client.judged-alone', { kind: product.kind })}`);
    return `  ${product.name} — ${product.channel}, ${paint(status)}${remaining(product, text)}${role}`;
  });
}

function shown<T>(fact: KnownOr<T>, render: (value: T) => string, c: Colors, text: ReportText): string {
  return fact.value === null ? c.dim(`? — ${fact.unknownReason ?? text('report.client.fact.unknown')}`) : render(fact.value);
}

/** The labels of the client's fact rows: the value column starts two columns after the widest in the report's language. */
const FACT_LABELS = [
  'report.client.fact.cmid',
  'report.client.fact.host',
  'report.client.fact.host-address',
  'report.client.fact.host-epid',
  'report.client.fact.intervals',
  'report.client.trusted-time',
] as const;

/** A label and its value in one column; by display width, so a Japanese label lines up too and never touches its value. */
export function factRow(label: string, value: string, text: ReportText): string {
  const width = Math.max(...FACT_LABELS.map((id) => stringWidth(text(id)))) + 2;
  return `  ${label}${' '.repeat(Math.max(width - stringWidth(label), 1))}${value}`;
}

/** The facts of slmgr's "Key Management Service client information" block, each with why when unknown. */
export function kmsFactLines(kms: ReportKmsClientFacts, c: Colors, text: ReportText): string[] {
  const minutes = (n: number) => (n >= 1440 && n % 1440 === 0 ? text('report.client.minutes-days', { minutes: n, days: n / 1440 }) : text('report.client.minutes', { minutes: n }));
  const where = (source: 'registered' | 'dns') => text(source === 'registered' ? 'report.client.host.registered' : 'report.client.host.dns');
  return [
    factRow(
      text('report.client.fact.cmid'),
      shown(kms.cmid, (v) => v, c, text),
      text,
    ),
    factRow(
      text('report.client.fact.host'),
      shown(kms.host, (h) => `${h.name}${h.port !== null ? `:${h.port}` : ''} (${where(h.source)})`, c, text),
      text,
    ),
    factRow(
      text('report.client.fact.host-address'),
      shown(kms.hostIp, (v) => v, c, text),
      text,
    ),
    factRow(
      text('report.client.fact.host-epid'),
      shown(
        kms.hostEpid,
        (e) => text('report.client.epid', { raw: e.raw, build: e.build, os: e.os || null, hostKey: e.hostKey || null, installed: e.keyInstalled || null }),
        c,
        text,
      ),
      text,
    ),
    factRow(
      text('report.client.fact.intervals'),
      kms.activationIntervalMinutes.value === null && kms.renewalIntervalMinutes.value === null
        ? shown(kms.renewalIntervalMinutes, String, c, text)
        : text('report.client.intervals', { activation: shown(kms.activationIntervalMinutes, minutes, c, text), renewal: shown(kms.renewalIntervalMinutes, minutes, c, text) }),
      text,
    ),
  ];
}
