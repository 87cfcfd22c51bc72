import { DEFAULT_LOCALE, type Locale } from '../catalog/catalogs.js';
import { RULE_CATALOG, type RuleId, ruleTitle } from '../catalog/findings.js';
import type { Message } from '../catalog/message.js';
import { render } from '../catalog/render.js';
import { activationClockSkew } from './activation/clock-skew.js';
import { activationCountBelowThreshold } from './activation/count-below-threshold.js';
import { emulatorTells } from './activation/emulator-tells.js';
import { hostKeyDoesNotCoverProduct } from './activation/host-key-does-not-cover-product.js';
import { protocolVersionUnsupported } from './activation/protocol-version-unsupported.js';
import { requestFailed } from './activation/request-failed.js';
import { responseInvalid } from './activation/response-invalid.js';
import { activationTypeExcludesKms } from './client/activation-type-excludes-kms.js';
import { cachedHostStale } from './client/cached-host-stale.js';
import { clockSkew } from './client/clock-skew.js';
import { discoveredHostNotPreferred } from './client/discovered-host-not-preferred.js';
import { lookupDomainWithoutRecords } from './client/lookup-domain-without-records.js';
import { manualHostBypassesDns } from './client/manual-host-bypasses-dns.js';
import { manualHostUnusable } from './client/manual-host-unusable.js';
import { noDnsSuffix } from './client/no-dns-suffix.js';
import { notKmsClientChannel } from './client/not-kms-client-channel.js';
import { notLicensed } from './client/not-licensed.js';
import { productNotLicensed } from './client/product-not-licensed.js';
import { renewalOverdue } from './client/renewal-overdue.js';
import { suffixMismatch } from './client/suffix-mismatch.js';
import { guardRemedies } from './command-safety.js';
import { badReplies } from './dns/bad-replies.js';
import { kmsNotOffered } from './dns/kms-not-offered.js';
import { serverFailure } from './dns/server-failure.js';
import { serverRefused } from './dns/server-refused.js';
import { serverUnreachable } from './dns/server-unreachable.js';
import { serversDisagree } from './dns/servers-disagree.js';
import { srvMissing } from './dns/srv-missing.js';
import { srvNameIsAlias } from './dns/srv-name-is-alias.js';
import { srvNodata } from './dns/srv-nodata.js';
import { truncatedTcpFailed } from './dns/truncated-tcp-failed.js';
import { activationFailuresLogged } from './events/activation-failures-logged.js';
import { countBelowThreshold } from './events/count-below-threshold.js';
import { lastAttemptFailed } from './events/last-attempt-failed.js';
import { lastAttemptUnreadable } from './events/last-attempt-unreadable.js';
import { requestUnanswered } from './events/request-unanswered.js';
import { unusualHost } from './events/unusual-host.js';
import type { Facts } from './facts.js';
import { FLEET_RULES } from './fleet/index.js';
import { hostClientClockSkew } from './host/client-clock-skew.js';
import { hostCountBelowThreshold } from './host/count-below-threshold.js';
import { hostCountSplit } from './host/count-split.js';
import { hostDnsPublishingDisabled } from './host/dns-publishing-disabled.js';
import { hostDuplicateCmid } from './host/duplicate-cmid.js';
import { hostFailedRequestsRising } from './host/failed-requests-rising.js';
import { hostKmsLogShort } from './host/kms-log-short.js';
import { hostNotLicensed } from './host/not-licensed.js';
import { hostProductNotCovered } from './host/product-not-covered.js';
import { hostProductNotInMatrix } from './host/product-not-in-matrix.js';
import { hostRequiredUpdateNotShown } from './host/required-update-not-shown.js';
import { noUsableHost } from './kms/no-usable-host.js';
import { unusableHostsListed } from './kms/unusable-hosts-listed.js';
import { PUBLICATION_RULES } from './publication/rules.js';
import { acceptsAnyInterface } from './rpc/accepts-any-interface.js';
import { noReply } from './rpc/no-reply.js';
import { notKmsEndpoint } from './rpc/not-kms-endpoint.js';
import { protocolAnomaly } from './rpc/protocol-anomaly.js';
import { replyIncomplete } from './rpc/reply-incomplete.js';
import type { Rule } from './rule.js';
import { deadlineReached } from './run/deadline-reached.js';
import { nonstandardPort } from './srv/nonstandard-port.js';
import { targetIsCname } from './srv/target-is-cname.js';
import { targetUnresolvable } from './srv/target-unresolvable.js';
import { hostUnreachable } from './tcp/host-unreachable.js';
import { kmsPortClosed } from './tcp/kms-port-closed.js';
import { kmsPortFiltered } from './tcp/kms-port-filtered.js';
import { managementPortBlocked } from './tcp/management-port-blocked.js';
import type { Finding, FindingDraft } from './types.js';
import { SEVERITY_RANK } from './types.js';

/** In reading order: the client's own state first, then name service, then each host, then the overall verdict. */
export const RULES: readonly Rule[] = [
  notKmsClientChannel,
  activationTypeExcludesKms,
  notLicensed,
  productNotLicensed,
  renewalOverdue,
  noDnsSuffix,
  manualHostUnusable,
  manualHostBypassesDns,
  lookupDomainWithoutRecords,
  suffixMismatch,
  cachedHostStale,
  discoveredHostNotPreferred,
  clockSkew,
  lastAttemptFailed,
  requestUnanswered,
  lastAttemptUnreadable,
  countBelowThreshold,
  activationFailuresLogged,
  unusualHost,
  srvMissing,
  srvNodata,
  srvNameIsAlias,
  kmsNotOffered,
  serverFailure,
  serverRefused,
  serverUnreachable,
  badReplies,
  truncatedTcpFailed,
  serversDisagree,
  targetUnresolvable,
  targetIsCname,
  nonstandardPort,
  kmsPortFiltered,
  kmsPortClosed,
  hostUnreachable,
  managementPortBlocked,
  notKmsEndpoint,
  noReply,
  replyIncomplete,
  acceptsAnyInterface,
  protocolAnomaly,
  noUsableHost,
  unusableHostsListed,
  requestFailed,
  hostKeyDoesNotCoverProduct,
  activationClockSkew,
  protocolVersionUnsupported,
  responseInvalid,
  activationCountBelowThreshold,
  emulatorTells,
  hostNotLicensed,
  hostProductNotCovered,
  hostDuplicateCmid,
  hostCountBelowThreshold,
  hostCountSplit,
  hostFailedRequestsRising,
  hostClientClockSkew,
  hostDnsPublishingDisabled,
  hostProductNotInMatrix,
  hostRequiredUpdateNotShown,
  hostKmsLogShort,
  ...PUBLICATION_RULES,
  ...FLEET_RULES,
  deadlineReached,
];

export function docsRef(ruleId: RuleId): string {
  return `kmsdoctor explain ${ruleId}`;
}

/** A draft with its severity, title and docs from the catalog, and its text in `locale`. */
export function renderFinding(draft: FindingDraft<RuleId>, locale: Locale = DEFAULT_LOCALE): Finding<RuleId> {
  const args = draft.args ?? {};
  const text = (part: Message) => render(part, locale, args);
  return {
    ruleId: draft.ruleId,
    severity: draft.severity ?? RULE_CATALOG[draft.ruleId].severity,
    title: ruleTitle(draft.ruleId, locale),
    message: text(draft.message),
    ...(draft.target !== undefined ? { target: draft.target } : {}),
    evidence: draft.evidence.map((evidence) => ({ ...evidence, summary: text(evidence.summary) })),
    remedy: draft.remedy.map(text),
    args,
    docs: docsRef(draft.ruleId),
  };
}

/** Runs every rule; findings come out most severe first, in rule order within a severity. */
export function evaluate(facts: Facts, locale: Locale = DEFAULT_LOCALE): Finding<RuleId>[] {
  const findings = RULES.flatMap((rule) => rule.check(facts).map((draft) => renderFinding(draft, locale)));
  return guardRemedies(findings, facts, locale)
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
}
