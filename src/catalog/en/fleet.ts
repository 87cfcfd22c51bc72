/** English text of the fleet/* findings: titles, summaries, messages, remedies and evidence lines. */
export const FLEET = {
  'fleet/duplicate-cmid.title': 'Machines in the fleet share a CMID',
  'fleet/duplicate-cmid.summary': 'Clients cloned from an image that was not generalized share one client machine ID; a KMS host counts the group once.',
  'fleet/products-not-activated.title': 'Fleet products are not activated or run out soon',
  'fleet/products-not-activated.summary': 'KMS client products (Windows or Office) in the fleet are in grace, notification or unlicensed, or have 30 days or fewer left.',
  'fleet/renewals-failing.title': 'Fleet clients have stopped renewing',
  'fleet/renewals-failing.summary': 'Activated KMS client products have not renewed for more than two renewal intervals; they lose activation when their 180 days run out.',
  'fleet/host-not-published.title': 'Clients go to a host that is not published',
  'fleet/host-not-published.summary':
    "Clients are pinned (slmgr /skms) or cached on a host that DNS does not publish, or that is not among the fleet's KMS hosts: typically a decommissioned host.",
  'fleet/host-unreachable.title': 'A host the clients go to does not answer',
  'fleet/host-unreachable.summary': 'A host that clients are pinned or cached to does not take a KMS connection on its activation port.',
  'fleet/domain-without-srv.title': 'A DNS suffix group has no KMS record',
  'fleet/domain-without-srv.summary': 'The domain a group of clients queries first has no _vlmcs._tcp record, so they cannot discover a KMS host.',
  'fleet/count-split.title': "The fleet's count is split over several hosts",
  'fleet/count-split.summary': "No host reaches 25 although the fleet's clients together would: each host counts only the clients that reached it.",
  'fleet/threshold-not-reached.title': 'Windows clients go to a host below 25',
  'fleet/threshold-not-reached.summary': 'Windows client editions go to a host whose count is below 25, so they are not activated (0xC004F038) while servers and Office may be.',
  'fleet/clock-skew.title': 'Fleet clocks differ from the host by more than 4 hours',
  'fleet/clock-skew.summary': "Clients whose clocks are more than 4 hours off their KMS host's are refused (0xC004F06C).",
  'fleet/unreadable-snapshots.title': 'Some fleet files are not snapshots',
  'fleet/unreadable-snapshots.summary': 'Files in the fleet input could not be read as snapshots, so those machines are missing from every figure.',
  'fleet/duplicate-cmid.message':
    '{machines} machines share the CMID {cmid} ({names}{more, plural, =0 {} other {, and {more} more}}): a KMS host counts them once, {countLost} fewer than there are{hostCount, plural, =0 {} other { (they go to {hosts})}}{groupsTotal, plural, =0 {} =1 {} other {; {groupsTotal} clone groups in the fleet cost {fleetCountLost} counts together}}.',
  'fleet/duplicate-cmid.evidence': '{cmid} on {machines} machines: {allNames}{truncated, select, true {, …} other {}}',
  'fleet/duplicate-cmid.remedy.image':
    'Fix the image: generalize it with {command} (and no {unattend} in the unattend file, no {registry} in the registry), then redeploy from it.',
  'fleet/duplicate-cmid.remedy.rearm': "On machines already deployed, give each a new CMID, elevated: {command} — then restart (this uses one of the machine's rearms).",
  'fleet/duplicate-cmid.remedy.verify': 'Afterwards: {activate} on each, and check the host\'s count grows ({inspect} on the host, "{field}").',
  'fleet/products-not-activated.message':
    '{count} KMS client products are not activated or run out within 30 days ({partial, select, true {the first {listed} by kind: {byKind}} other {{byKind}}}); soonest: {soonest}.',
  'fleet/products-not-activated.evidence': '{product}: {state}, {daysLeft, select, null {?} other {{daysLeft}}} days left',
  'fleet/products-not-activated.remedy.diagnose': 'On each listed machine, see why it does not activate: {command} (or {powershell} on it).',
  'fleet/products-not-activated.remedy.activate': 'Activate now, elevated: {windows} for Windows; for Office: {office} in the Office folder.',
  'fleet/products-not-activated.remedy.csv': 'The CSV ({option}) lists every product with its state and days left.',
  'fleet/renewals-failing.message':
    '{count} activated KMS client products have not renewed for more than two renewal intervals; the longest for about {failingDays} days ({longest}, {daysLeft, select, null {?} other {{daysLeft}}} days left){lastHostCount, plural, =0 {} other {; the hosts they last used: {lastHosts}}}.',
  'fleet/renewals-failing.evidence':
    '{product}: {daysLeft, select, null {?} other {{daysLeft}}} of 180 days left, renewals failing for about {failingDays} days{host, select, null {} other {, last host {host}}}',
  'fleet/renewals-failing.remedy.check-hosts': 'Check the hosts they last used still work: {probe}, or {connectivity}.',
  'fleet/renewals-failing.remedy.renew': 'Renew now on each, elevated: {activate} — {inspect} must then show about 180 days left.',
  'fleet/renewals-failing.remedy.host-gone': 'If the host is gone: clear stale pins ({command}) and remove its SRV record.',
  'fleet/host-not-published.message':
    '{clients} clients go to {host} ({pinned} pinned with {pinCommand}, {cached} cached), a host {probed, select, true {that no probed _vlmcs._tcp domain publishes} other {that is not among the KMS hosts whose snapshots were given}}{pinned, plural, =0 {: cached clients fail once at each renewal before they ask DNS} other {: pinned clients never ask DNS for another}}.',
  'fleet/host-not-published.evidence': '{host}: {pinned} pinned, {cached} cached{inSrvAnswers, select, false {; not in any SRV answer} other {}}',
  'fleet/host-not-published.remedy.unpin': 'On the pinned clients, elevated: {clear} (back to DNS discovery) or {pin}, then {activate}.',
  'fleet/host-not-published.remedy.clear-cache': 'On the cached clients, elevated: {clear} clears the cache; {activate} then discovers a published host.',
  'fleet/host-not-published.remedy.publish-or-find':
    'If the host should still serve: publish it ({command}) — or, if it was retired, find what still pins to it (GPO, image, script).',
  'fleet/host-unreachable.message': '{host}, where {clients} clients go ({pinned} pinned, {cached} cached), does not take a KMS connection: {verdict}.',
  'fleet/host-unreachable.evidence': '{host}: {verdict}',
  'fleet/host-unreachable.remedy.diagnose': 'See why from here: {command}',
  'fleet/host-unreachable.remedy.unpin': 'Pinned clients will not try another host: {clear} (or {pin}) on them, then {activate}.',
  'fleet/host-unreachable.remedy.clear-cache': 'Cached clients fall back to DNS; clear the cache to save the failed attempt: {clear}.',
  'fleet/domain-without-srv.message':
    '{clients} clients query {queryName} first, and it holds no SRV record ({answers}): unless a cached host still answers, they find no KMS host.',
  'fleet/domain-without-srv.evidence': '{answers}',
  'fleet/domain-without-srv.remedy.publish':
    'Have a KMS host publish there: add {domain} to {setting} on the host (then restart sppsvc), or create the record by hand ({command}).',
  'fleet/domain-without-srv.remedy.other-domain': 'Or point these clients at a domain with records: {command} (no fallback), or fix their DNS suffix.',
  'fleet/count-split.message': 'The count is split: {summary}.',
  'fleet/count-split.evidence': '{host}: {count, select, null {?} other {{count}}} ({source})',
  'fleet/count-split.remedy.fewer-hosts': 'Keep fewer hosts: retire test and rogue hosts ({command}) and remove their SRV records.',
  'fleet/count-split.remedy.one-host': 'Or point all clients at the same host until it reaches 25: {pin}, or SRV priorities that prefer it (with host caching off: {noCaching}).',
  'fleet/threshold-not-reached.message':
    '{needs25} Windows client editions go to {host}, which reports a count of {count} — below 25, so it does not activate them (0xC004F038){lowThresholdClients, plural, =0 {} other { (the {needs5} servers and {office} Office clients need only 5)}}{clones, plural, =0 {} other {; {clones} of its clients are clones that count once}}.',
  'fleet/threshold-not-reached.evidence': 'count {count} reported by the host; {needs25} need 25, {needs5} need 5, {office} Office',
  'fleet/threshold-not-reached.remedy.clones': 'Fix the clone groups first (see {ruleId}): each clone adds nothing to the count.',
  'fleet/threshold-not-reached.remedy.gather': 'Bring 25 distinct Windows clients (or 5 servers, which count too) to one host; the count holds the CMIDs of the last 30 days.',
  'fleet/threshold-not-reached.remedy.check-host': 'Check the host itself: {command}.',
  'fleet/clock-skew.message.skewed':
    "{skewedTotal} clients' clocks differ from their host's by more than 4 hours (largest: {largest}, {largestHours} h against {against, select, null {the median host clock} other {{against}}}){refusedByHosts, plural, =0 {} other {; the hosts' logs show {refusedByHosts} requests refused for their time (0xC004F06C)}}.",
  'fleet/clock-skew.message.refused-only':
    "No client snapshot shows a clock more than 4 hours off; the hosts' logs show {refusedByHosts} requests refused for their time (0xC004F06C).",
  'fleet/clock-skew.evidence': '{minutes} minutes against {against}',
  'fleet/clock-skew.remedy.resync': 'Resynchronise those clocks: {resync}; domain members take their time from the domain hierarchy ({status}).',
  'fleet/unreadable-snapshots.message': '{count} files could not be read as snapshots and are left out of every figure (first: {reason}).',
  'fleet/unreadable-snapshots.evidence': '{reason}',
  'fleet/unreadable-snapshots.remedy.collect': 'Collect those machines again: {powershell}, or {command} on each.',
} as const satisfies Record<string, string>;
