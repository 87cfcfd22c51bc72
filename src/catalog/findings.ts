import type { Locale } from './catalogs.js';
import { render } from './render.js';

/** How bad a finding is; `--fail-on` compares against it. */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export interface RuleMeta {
  severity: Severity;
}

/**
 * Every finding id, with its default severity. Ids are stable forever: a retired id is never
 * reused. Each id has a page at `src/catalog/<locale>/pages/<id>.md` and its title, summary and messages in
 * every language's catalog (src/catalog; tests keep both total).
 */
export const RULE_CATALOG = {
  'dns/srv-missing': { severity: 'error' },
  'dns/srv-nodata': { severity: 'error' },
  'dns/server-failure': { severity: 'error' },
  'dns/server-refused': { severity: 'error' },
  'dns/server-unreachable': { severity: 'error' },
  'dns/bad-replies': { severity: 'warning' },
  'dns/truncated-tcp-failed': { severity: 'error' },
  'dns/servers-disagree': { severity: 'warning' },
  'srv/target-unresolvable': { severity: 'error' },
  'srv/target-is-cname': { severity: 'warning' },
  'srv/nonstandard-port': { severity: 'info' },
  'tcp/kms-port-filtered': { severity: 'error' },
  'tcp/kms-port-closed': { severity: 'error' },
  'tcp/host-unreachable': { severity: 'error' },
  'tcp/management-port-blocked': { severity: 'info' },
  'rpc/not-kms-endpoint': { severity: 'error' },
  'rpc/no-reply': { severity: 'error' },
  'rpc/accepts-any-interface': { severity: 'info' },
  'rpc/protocol-anomaly': { severity: 'warning' },
  'kms/no-usable-host': { severity: 'error' },
  'kms/unusable-hosts-listed': { severity: 'warning' },
  'run/deadline-reached': { severity: 'error' },
  'client/no-dns-suffix': { severity: 'error' },
  'client/manual-host-unusable': { severity: 'error' },
  'client/manual-host-bypasses-dns': { severity: 'warning' },
  'client/lookup-domain-without-records': { severity: 'error' },
  'client/cached-host-stale': { severity: 'warning' },
  'client/discovered-host-not-preferred': { severity: 'info' },
  'client/suffix-mismatch': { severity: 'error' },
  'client/not-kms-client-channel': { severity: 'warning' },
  'client/not-licensed': { severity: 'error' },
  'client/product-not-licensed': { severity: 'error' },
  'client/renewal-overdue': { severity: 'warning' },
  'client/activation-type-excludes-kms': { severity: 'warning' },
  'client/clock-skew': { severity: 'error' },
  'events/last-attempt-failed': { severity: 'error' },
  'events/request-unanswered': { severity: 'error' },
  'events/count-below-threshold': { severity: 'error' },
  'events/activation-failures-logged': { severity: 'warning' },
  'activation/host-key-does-not-cover-product': { severity: 'error' },
  'activation/clock-skew': { severity: 'error' },
  'activation/protocol-version-unsupported': { severity: 'error' },
  'activation/count-below-threshold': { severity: 'error' },
  'activation/response-invalid': { severity: 'error' },
  'activation/request-failed': { severity: 'error' },
  'activation/emulator-tells': { severity: 'info' },
  'publication/record-missing': { severity: 'error' },
  'publication/missing-on-some-servers': { severity: 'warning' },
  'publication/port-mismatch': { severity: 'error' },
  'publication/target-mismatch': { severity: 'error' },
  'publication/ttl-disagree': { severity: 'warning' },
  'publication/stale-host': { severity: 'warning' },
  'publication/rogue-host': { severity: 'warning' },
  'publication/publishing-failed': { severity: 'error' },
  'publication/publishing-disabled': { severity: 'error' },
  'publication/server-unanswered': { severity: 'warning' },
  'host/not-licensed': { severity: 'error' },
  'host/count-below-threshold': { severity: 'error' },
  'host/duplicate-cmid': { severity: 'error' },
  'host/product-not-covered': { severity: 'error' },
  'host/failed-requests-rising': { severity: 'warning' },
  'host/client-clock-skew': { severity: 'warning' },
  'host/count-split': { severity: 'warning' },
  'events/last-attempt-unreadable': { severity: 'error' },
  'events/unusual-host': { severity: 'warning' },
  'dns/srv-name-is-alias': { severity: 'error' },
  'dns/kms-not-offered': { severity: 'error' },
  'host/dns-publishing-disabled': { severity: 'error' },
  'host/product-not-in-matrix': { severity: 'warning' },
  'host/required-update-not-shown': { severity: 'warning' },
  'host/kms-log-short': { severity: 'warning' },
  'rpc/reply-incomplete': { severity: 'error' },
  'fleet/duplicate-cmid': { severity: 'error' },
  'fleet/products-not-activated': { severity: 'error' },
  'fleet/renewals-failing': { severity: 'warning' },
  'fleet/host-not-published': { severity: 'warning' },
  'fleet/host-unreachable': { severity: 'error' },
  'fleet/domain-without-srv': { severity: 'error' },
  'fleet/count-split': { severity: 'warning' },
  'fleet/threshold-not-reached': { severity: 'error' },
  'fleet/clock-skew': { severity: 'error' },
  'fleet/unreadable-snapshots': { severity: 'warning' },
} as const satisfies Record<string, RuleMeta>;

export type RuleId = keyof typeof RULE_CATALOG;

export const RULE_IDS = Object.keys(RULE_CATALOG) as RuleId[];

export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(RULE_CATALOG, value);
}

/** The finding's title in `locale`, from the message catalog. */
export function ruleTitle(ruleId: RuleId, locale?: Locale): string {
  return render({ id: `${ruleId}.title` }, locale);
}

/** One sentence: what the finding means for activation, in `locale`. */
export function ruleSummary(ruleId: RuleId, locale?: Locale): string {
  return render({ id: `${ruleId}.summary` }, locale);
}
