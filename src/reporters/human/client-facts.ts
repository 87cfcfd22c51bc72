import type { KnownOr, ReportKmsClientFacts, ReportProduct } from '../../report/client-facts.js';
import type { Colors } from '../output-context.js';

/** "3 days left (4320 min)": remaining time as slmgr shows it, minutes kept for the exact figure. */
function remaining(product: ReportProduct): string {
  if (product.gracePeriodRemainingMinutes === null) return '';
  if (product.gracePeriodRemainingMinutes === 0) return product.licenseStatus === 1 ? ', no expiry (permanent activation)' : ', no time left';
  return `, ${product.gracePeriodRemainingDays} day(s) left (${product.gracePeriodRemainingMinutes} min)`;
}

/** One line per keyed product: the primary Windows product first, then Office and add-ons. */
export function productLines(products: ReportProduct[], c: Colors): string[] {
  if (products.length === 0) return ['  no product with a key in the input'];
  return products.map((product) => {
    const status = product.licenseStatusWords ?? 'license status unknown';
    const paint = product.licenseStatus === 1 ? (s: string) => s : c.yellow;
    const role = product.primary ? '' : c.dim(` (${product.kind}, judged on its own)`);
    return `  ${product.name} — ${product.channel}, ${paint(status)}${remaining(product)}${role}`;
  });
}

function shown<T>(fact: KnownOr<T>, render: (value: T) => string, c: Colors): string {
  return fact.value === null ? c.dim(`? — ${fact.unknownReason ?? 'unknown'}`) : render(fact.value);
}

const LABEL_WIDTH = 14;
const row = (label: string, value: string) => `  ${label.padEnd(LABEL_WIDTH)}${value}`;

/** The facts of slmgr's "Key Management Service client information" block, each with why when unknown. */
export function kmsFactLines(kms: ReportKmsClientFacts, c: Colors): string[] {
  const minutes = (n: number) => (n >= 1440 && n % 1440 === 0 ? `${n} min (${n / 1440} days)` : `${n} min`);
  return [
    row('CMID', shown(kms.cmid, (v) => v, c)),
    row('KMS host', shown(kms.host, (h) => `${h.name}${h.port !== null ? `:${h.port}` : ''} (${h.source === 'registered' ? 'registered with slmgr /skms' : 'found through DNS'})`, c)),
    row('host address', shown(kms.hostIp, (v) => v, c)),
    row('host ePID', shown(kms.hostEpid, (e) => [e.raw, e.build !== null ? `build ${e.build}${e.os ? ` (${e.os})` : ''}` : null, e.hostKey ? `host key ${e.hostKey}` : null, e.keyInstalled ? `installed ${e.keyInstalled}` : null].filter(Boolean).join(' — '), c)),
    row('intervals', kms.activationIntervalMinutes.value === null && kms.renewalIntervalMinutes.value === null
      ? shown(kms.renewalIntervalMinutes, String, c)
      : `activation ${shown(kms.activationIntervalMinutes, minutes, c)}, renewal ${shown(kms.renewalIntervalMinutes, minutes, c)}`),
  ];
}
