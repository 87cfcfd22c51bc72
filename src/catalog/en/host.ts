/** English text of the host/* findings: titles, summaries, messages, remedies and evidence lines. */
export const HOST = {
  'host/not-licensed.title': 'The KMS host key is not activated',
  'host/not-licensed.summary': 'A host key (CSVLK) is installed on the KMS host but not activated, so the host serves no client (0xC004F041).',
  'host/count-below-threshold.title': 'The KMS host count is below a threshold',
  'host/count-below-threshold.summary':
    'The host has seen fewer distinct clients in 30 days than its clients need (25 Windows client, 5 server and Office), so they get 0xC004F038.',
  'host/duplicate-cmid.title': 'Several machines share one CMID',
  'host/duplicate-cmid.summary': 'The host log shows one client machine ID from several machine names: the image was not generalized, and those machines count once.',
  'host/product-not-covered.title': 'The KMS host key does not cover a product',
  'host/product-not-covered.summary': 'The host refuses a client product (0xC004F042, 0xC004F015) or its host key cannot activate the target product.',
  'host/failed-requests-rising.title': 'Failed requests are rising on the KMS host',
  'host/failed-requests-rising.summary': 'A large or growing share of the requests the host receives fail: clients it cannot serve, or clients with wrong clocks.',
  'host/client-clock-skew.title': 'Clients rejected for their clock',
  'host/client-clock-skew.summary': "The host refused requests with 0xC004F06C: those clients' clocks differ from the host's by more than 4 hours.",
  'host/count-split.title': 'The activation count is split over several hosts',
  'host/count-split.summary': 'No KMS host reaches 25 although the hosts together saw enough distinct clients: each host counts only the clients that reached it.',
  'host/dns-publishing-disabled.title': 'The KMS host does not publish itself in DNS',
  'host/dns-publishing-disabled.summary':
    'DNS publishing is disabled on the host (slmgr /cdns): it registers no _vlmcs._tcp record, so clients that rely on auto-discovery find it only through a record made by hand.',
  'host/product-not-in-matrix.title': "Microsoft's planning matrix does not list this product for the host key",
  'host/product-not-in-matrix.summary':
    'The KMS protocol would activate the product (same KMS group), but the KMS activation-planning matrix does not list it for this host key (or lists it against the KMS groups): it works undocumented, or cannot be told.',
  'host/required-update-not-shown.title': 'A required host update is not shown',
  'host/required-update-not-shown.summary':
    'The host OS needs an update before it activates releases its key serves, and the service version does not show it (or the input cannot tell).',
  'host/kms-log-short.title': 'The Key Management Service log holds less than 30 days',
  'host/kms-log-short.summary':
    "The host's Key Management Service log is full or its oldest record is younger than 30 days: clients' 12290 events can be missing, and counts read from it cover less than the host's window.",
  'host/not-licensed.message':
    'KMS host {host}: its host key for {product} is not activated ({status, select, 0 {Unlicensed} 1 {Licensed} 2 {Initial grace period} 3 {Additional grace period} 4 {Non-genuine grace period} 5 {Notification} 6 {Extended grace period} other {status {status}}}); clients asking it get 0xC004F041',
  'host/not-licensed.evidence':
    '{product} ({description}): LicenseStatus = {status} ({status, select, 0 {Unlicensed} 1 {Licensed} 2 {Initial grace period} 3 {Additional grace period} 4 {Non-genuine grace period} 5 {Notification} 6 {Extended grace period} other {status {status}}})',
  'host/not-licensed.remedy.activate': 'On {host}, activate the host key online: {command}',
  'host/not-licensed.remedy.by-phone': 'Without internet access, by phone: {command}, call the number {sluiCommand} shows, then {confirmCommand}',
  'host/not-licensed.remedy.check': 'Check: {command} — "License Status: Licensed" and "Key Management Service is enabled on this machine"',
  'host/count-below-threshold.message':
    'KMS host {host} ({product}): count {count}, so {blocked, select, both {Windows Server and Windows client editions} server {Windows Server} office {Office} other {Windows client editions}} are not activated yet (0xC004F038) — {blocked, select, both {Windows Server: {serverMissing} more distinct {serverMissing, plural, one {client} other {clients}} (threshold {serverThreshold}); Windows client editions: {clientMissing} more distinct {clientMissing, plural, one {client} other {clients}} (threshold {clientThreshold})} server {Windows Server: {serverMissing} more distinct {serverMissing, plural, one {client} other {clients}} (threshold {serverThreshold})} office {Office: {officeMissing} more distinct {officeMissing, plural, one {client} other {clients}} (threshold {officeThreshold})} other {Windows client editions: {clientMissing} more distinct {clientMissing, plural, one {client} other {clients}} (threshold {clientThreshold})}}{logged, select, true {; its log shows at least {distinctClients} distinct {distinctClients, plural, one {client} other {clients}} from {from} to {to}} other {}}',
  'host/count-below-threshold.message.log-whole-window':
    'KMS host {host}: at least {distinctClients} distinct {distinctClients, plural, one {client} other {clients}} in this window (from {from} to {to}), the whole {days}-day counting window, so {blocked, select, both {Windows Server and Office (threshold {serverThreshold}) and Windows client editions (threshold {clientThreshold})} server {Windows Server and Office (threshold {serverThreshold})} other {Windows client editions (threshold {clientThreshold})}} are not activated (0xC004F038): {blocked, select, both {servers and Office {serverMissing} more, client editions {clientMissing} more} server {servers and Office {serverMissing} more} other {client editions {clientMissing} more}}',
  'host/count-below-threshold.message.log-partial':
    'KMS host {host}: at least {distinctClients} distinct {distinctClients, plural, one {client} other {clients}} in this window (from {from} to {to}); the export reaches back less than the host\'s {days}-day counting window, so its count may be higher. If the count is {count}, {blocked, select, both {Windows Server and Office (threshold {serverThreshold}) and Windows client editions (threshold {clientThreshold})} server {Windows Server and Office (threshold {serverThreshold})} other {Windows client editions (threshold {clientThreshold})}} are not activated (0xC004F038): {blocked, select, both {servers and Office {serverMissing} more, client editions {clientMissing} more} server {servers and Office {serverMissing} more} other {client editions {clientMissing} more}}. Read "Current count" on the host to tell',
  'host/count-below-threshold.evidence.threshold':
    'Current count {count}; threshold {threshold} for {family, select, windowsClient {Windows client editions} windowsServer {Windows Server} other {Office}} (the count never exceeds {cap})',
  'host/count-below-threshold.evidence.log':
    '12290: {distinctClients} distinct CMIDs ({asking25} asking for 25, {asking5} for 5) from {from} to {to}{wholeWindow, select, true {} other { — the export reaches back less than {days} days}}',
  'host/count-below-threshold.remedy.wait': 'Wait or add clients: the host counts distinct machines (CMIDs) of the last 30 days; each client retries every 2 hours',
  'host/count-below-threshold.remedy.duplicates': 'If many machines contact the host but the count stays low, look for duplicate CMIDs (see host/duplicate-cmid): {command}',
  'host/count-below-threshold.remedy.few-hosts': 'Keep the number of KMS hosts small so the count is not split (see host/count-split): {command}',
  'host/count-below-threshold.remedy.check-count': 'Check the count on the host: {command}, line "Current count"',
  'host/count-below-threshold.remedy.read-count':
    'Read the count on the host (the log alone is a window of it): {command}, line "Current count" — or give its snapshot or /dlv text with the log',
  'host/count-below-threshold.remedy.export-log': 'Export the whole log, not a filtered part: {command}, or {xmlCommand}',
  'host/count-below-threshold.remedy.wait-and-look':
    'Wait or add clients; look for duplicate CMIDs (host/duplicate-cmid) and for a count split over several hosts (host/count-split)',
  'host/duplicate-cmid.message':
    'KMS host {host}: {groups} {groups, plural, one {CMID} other {CMIDs}} shared by {machines}{moreNames, select, true {+} other {}} machines (e.g. {cmid}: {names}); each group counts once, so the count does not grow — the image was not generalized',
  'host/duplicate-cmid.evidence': '12290 CMID {cmid} from {names}{moreNames, select, true { and more} other {}} ({firstSeen} – {lastSeen})',
  'host/duplicate-cmid.remedy.generalize':
    'Rebuild the image with {command} (and without {unattendSetting} in the unattend file); check on a client that "GENERALIZE" is in {setupLog}',
  'host/duplicate-cmid.remedy.rearm':
    'Workaround on each affected machine ({affected}…), elevated: {command}, restart, then {activateCommand} — this creates a new CMID and uses up one rearm',
  'host/duplicate-cmid.remedy.check': 'Check: {command} on two clients shows different "Client Machine ID (CMID)" values, and the host count rises',
  'host/product-not-covered.message.refused':
    'KMS host {host} refused {count} {count, plural, one {request} other {requests}} for {product} with {code}: its host key cannot activate that product{keyCount, plural, =0 {} other { (host key: {keys})}}',
  'host/product-not-covered.message.target':
    'KMS host {host} cannot activate {product}{keyCount, plural, =0 {} other { (host key: {keys})}}: the planning matrix does not list it for this key and its KMS group is not one the key serves, so those clients get 0xC004F042',
  'host/product-not-covered.evidence.refused': '12290 {code} × {count}, last {lastSeen}, from {clients}',
  'host/product-not-covered.evidence.key':
    '{hostProduct}: {key, select, null {unknown key} other {{key}}} (from {keySource, select, null {nothing} other {{keySource}}}) activates {activates, select, null {?} other {{activates}}}{matrix, select, null {} other { (matrix row "{matrix}")}}',
  'host/product-not-covered.remedy.license':
    '0xC004F015: the host lacks the license for this client: install the host update (KB3172614 for 2012 R2/8.1, KB3079821 for 2008 R2/7) and a CSVLK that covers it',
  'host/product-not-covered.remedy.csvlk':
    'Install a host key (CSVLK) that covers the product — the newest Windows Server CSVLK activates every older Windows edition: {command}, then {activateCommand}',
  'host/product-not-covered.remedy.update':
    'On an older host OS, install the update it needs to serve newer clients first (e.g. KB5034768 on Windows Server 2019 for 2025 clients; KB3172614 on 2012 R2 for Windows 10)',
  'host/product-not-covered.remedy.other-host': 'Or point those clients at a host that serves them: {command} (Office: a host with the Office Volume License Pack)',
  'host/product-not-covered.remedy.check': 'Check: the host\'s "Failed requests received" ({command}) stops rising, and its 12290 events show 0x0 for those clients',
  'host/failed-requests-rising.message':
    'KMS host {host}: failed requests are {rising, select, true {rising} other {a large share}} — {shown, select, cumulative {{failed} of {total} requests failed ({percent, number, ::.0}%, cumulative)} weekly {12290: {lastWeek} failed of {lastWeekRequests} requests in the last 7 days, {previousWeek} of {previousWeekRequests} the week before} other {{failed} of {total} requests failed ({percent, number, ::.0}%, cumulative); 12290: {lastWeek} failed of {lastWeekRequests} requests in the last 7 days, {previousWeek} of {previousWeekRequests} the week before}}{topCount, plural, =0 {} other {; most frequent: {top}}}',
  'host/failed-requests-rising.evidence.cumulative': '{failed} of {total} requests failed ({percent, number, ::.0}%, cumulative)',
  'host/failed-requests-rising.evidence.weekly':
    '12290: {lastWeek} failed of {lastWeekRequests} requests in the last 7 days, {previousWeek} of {previousWeekRequests} the week before',
  'host/failed-requests-rising.remedy.analyze': 'See which clients fail and with which code: {command} <export of the Key Management Service log (12290)>',
  'host/failed-requests-rising.remedy.codes':
    '0xC004F042 / 0xC004F015: the host key cannot serve those products (host/product-not-covered); 0xC004F06C: client clocks (host/client-clock-skew)',
  'host/failed-requests-rising.remedy.check': 'Check again after the fix: {command}, "Failed requests received" should stop rising',
  'host/client-clock-skew.message':
    'KMS host {host} refused {requests} {requests, plural, one {request} other {requests}} with 0xC004F06C from {clientCount} {clientCount, plural, one {client whose clock is} other {clients whose clocks are}} more than 4 hours off: {clients}',
  'host/client-clock-skew.evidence':
    '12290 0xC004F06C from {client} at {time}{skewMinutes, select, null {} other {; client time {skewMinutes} minutes from the event time (client time read as UTC)}}',
  'host/client-clock-skew.remedy.resync':
    'On each client, fix the time source and resynchronize: {statusCommand}, then {command} (domain members: NT5DS hierarchy; Azure VMs: enable the W32Time NtpClient)',
  'host/client-clock-skew.remedy.host-clock': "Check the host's own clock too: {command}",
  'host/client-clock-skew.remedy.activate': 'Then activate: {command} on the client; the next 12290 for it shows 0x0',
  'host/count-split.message':
    'The activation count is split over {hostCount} KMS hosts: no host reaches {threshold} although {combined, select, null {their counts add up to {sumOfCounts} ({hostCounts}; an upper bound: a client that reached two hosts counts twice)} other {{combined} distinct clients tried ({hostCounts})}}',
  'host/count-split.evidence':
    '{host}: count {count, select, null {?} other {{count}}} ({source, select, reported {reported} log {log} other {unknown}}{inLog, select, null {} other {; {inLog} distinct CMIDs in its log}})',
  'host/count-split.remedy.few-hosts': 'Keep as few KMS hosts as possible (two are enough for most organizations): list them with {command}',
  'host/count-split.remedy.retire': 'Retire test or unmanaged hosts: on each, {command} and {clearCommand}, then delete its _vlmcs SRV record',
  'host/count-split.remedy.pin': 'Or pin clients to one host while the count builds up: {command}',
  'host/dns-publishing-disabled.message':
    'KMS host {host} has DNS publishing disabled (slmgr /cdns): it registers no _vlmcs._tcp record, so clients that rely on DNS auto-discovery will not find it unless someone created the record by hand{nonDefaultPort, select, true {; it also listens on port {port}, not the default {defaultPort}, so a record made by hand must carry port {port} and clients pinned with slmgr /skms need {fqdn}:{port}} other {}}',
  'host/dns-publishing-disabled.evidence.setting': '"DNS publishing disabled" (KeyManagementServiceDnsPublishing = false / DisableDnsPublishing = 1)',
  'host/dns-publishing-disabled.evidence.port': 'Listening on Port: {port}{nonDefaultPort, select, true { (not the default {defaultPort})} other {}}',
  'host/dns-publishing-disabled.evidence.unreadable-line': 'DnsDomainPublishList line {line} is not "domain[, priority, weight]": no record line printed for it',
  'host/dns-publishing-disabled.remedy.publish':
    'Let the host publish itself again: {command}, then {restartCommand}; event 12294 confirms the record{fqdnKnown, select, false { (the input does not name the host or its domain: fill in {hostPlaceholder} and {domainPlaceholder})} other {}}',
  'host/dns-publishing-disabled.remedy.record-microsoft': 'Or create the record by hand — Microsoft DNS: {command}',
  'host/dns-publishing-disabled.remedy.record-bind': 'BIND zone {zone}: {record}',
  'host/dns-publishing-disabled.remedy.check': 'Check what DNS holds now: {command}',
  'host/product-not-in-matrix.message.unlisted':
    "KMS host {host}: Microsoft's planning matrix does not list {product} for the {key} key, although the KMS protocol would still activate it (the same KMS group as the editions the key serves) — it works, but Microsoft does not document the pair",
  'host/product-not-in-matrix.message.disputed':
    "KMS host {host}: the planning matrix lists {product} for the {key} key, but the product's KMS group is newer than the key's groups — whether the host activates it cannot be told from here",
  'host/product-not-in-matrix.evidence':
    '{hostProduct}: {key} (from {keySource}); matrix row {matrix, select, null {none} other {"{matrix}"}} {listed, select, true {lists} other {does not list}} {product}; KMS group: {protocol, select, null {cannot tell} true {activates} other {refuses}}',
  'host/product-not-in-matrix.remedy.csvlk': 'Install the CSVLK the matrix lists for {product} ({sourceTitle} ({sourceDate}), {sourceUrl}): {command}, then {activateCommand}',
  'host/product-not-in-matrix.remedy.updates': 'Install the host updates the page\'s "KMS host required updates" table names for the host OS (see host/required-update-not-shown)',
  'host/product-not-in-matrix.remedy.confirm': "Or confirm on one client: {command}, then the host's 12290 for it shows 0x0 ({analyzeCommand})",
  'host/required-update-not-shown.message.not-shown':
    'KMS host {host}: {hostOs} needs {kb}{date, select, null {} other { ({date})}} or a later cumulative update to activate {releases}; the service version {serviceVersion} is below {minimumBuild}, the build of {kb}, so the version does not show the update — without it those clients get 0xC004F042 (confirm with Get-HotFix)',
  'host/required-update-not-shown.message.cannot-tell':
    'KMS host {host}: {hostOs} needs {kb}{date, select, null {} other { ({date})}} or a later cumulative update to activate {releases}; the input cannot tell whether it is installed: {reason}',
  'host/required-update-not-shown.evidence':
    'Software licensing service version: {serviceVersion, select, null {not given} other {{serviceVersion}}}; {kb} build {minimumBuild, select, null {unknown} other {{minimumBuild}}}',
  'host/required-update-not-shown.remedy.check': 'On {host}: {command} (or any later cumulative update), and {dlvCommand} for the "Software licensing service version" line',
  'host/required-update-not-shown.remedy.install':
    "Install {kb} or the latest cumulative update for {hostOs}, restart, then check that the host's 12290 events for {releases} clients show 0x0",
  'host/kms-log-short.message':
    "KMS host {host}: its Key Management Service log holds less than the {windowDays}-day counting window — {full, select, retain {it is full and set to keep its events (Retain), so every new 12290 is dropped: client requests since then are not logged} archive {it is full (archived and cleared when full)} overwrite {it is full (overwriting its oldest events)} other {}}{young, select, true {{full, select, no {} other {; and }}its oldest record is from {oldest}, {ageDays, number, ::.0} days before the snapshot — less than the {windowDays} days the host counts over} other {}}. A client's missing 12290 may be lost to this, and a count read from the log covers less than the host's window",
  'host/kms-log-short.evidence.full':
    'Key Management Service log full: {fileMb, select, null {?} other {{fileMb, number, ::.0}}} MB of {maximumMb, select, null {?} other {{maximumMb, number, ::.0}}} MB, mode {mode, select, null {unknown} other {{mode}}}, {records, select, null {?} other {{records}}} records',
  'host/kms-log-short.evidence.oldest':
    'Oldest record {oldest}; snapshot {collectedAt}; {fileMb, select, null {?} other {{fileMb, number, ::.0}}} MB of {maximumMb, select, null {?} other {{maximumMb, number, ::.0}}} MB, mode {mode, select, null {unknown} other {{mode}}}, {records, select, null {?} other {{records}}} records',
  'host/kms-log-short.remedy.export': 'Export the log now for the record: {command}',
  'host/kms-log-short.remedy.grow':
    'Make it hold more than {windowDays} days and overwrite the oldest: {command} (or Event Viewer → Applications and Services Logs → Key Management Service → Properties)',
  'host/kms-log-short.remedy.check': 'Check: {command}',
} as const satisfies Record<string, string>;
