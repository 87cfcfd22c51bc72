/** English text of the publication/* findings: titles, summaries, messages, remedies and evidence lines. */
export const PUBLICATION = {
  'publication/record-missing.title': "The KMS host's SRV record is missing",
  'publication/record-missing.summary': "No DNS server holds the host's _vlmcs._tcp record in a domain it should publish in, so clients there cannot discover it.",
  'publication/missing-on-some-servers.title': 'The SRV record is missing on some DNS servers',
  'publication/missing-on-some-servers.summary': "Some servers hold the host's _vlmcs._tcp record and others do not (replication lag, a stale secondary, split horizon).",
  'publication/port-mismatch.title': 'The SRV record has the wrong port',
  'publication/port-mismatch.summary': 'The record names the host with a port other than the one it listens on, so clients that use it cannot connect.',
  'publication/target-mismatch.title': 'The SRV target does not lead to the host',
  'publication/target-mismatch.summary': "The record's target does not resolve, resolves differently on different servers, or is another name for the host.",
  'publication/ttl-disagree.title': 'Authoritative servers give different TTLs',
  'publication/ttl-disagree.summary': 'The same _vlmcs._tcp record has different TTLs on different authoritative servers: they serve different versions of the zone.',
  'publication/stale-host.title': 'A stale KMS host is still published',
  'publication/stale-host.summary':
    'A record names a host that is not on the allow-list and does not work (no address, port closed, unreachable): clients that pick it lose time or fail.',
  'publication/rogue-host.title': 'An unexpected KMS host is published',
  'publication/rogue-host.summary': 'A record names a working KMS host that is not on the allow-list: clients split their activation count across it.',
  'publication/publishing-failed.title': 'The KMS host failed to publish (event 12293)',
  'publication/publishing-failed.summary': 'The host logged 12293 for a domain: its dynamic DNS update was refused (0x80072338: no permission on the existing _VLMCS record).',
  'publication/publishing-disabled.title': 'DNS publishing is disabled on the KMS host',
  'publication/publishing-disabled.summary': 'DisableDnsPublishing is set (slmgr /cdns), so the record must be created and kept by hand.',
  'publication/server-unanswered.title': 'A DNS server gave no usable answer',
  'publication/server-unanswered.summary':
    'An authoritative server or resolver did not answer the SRV query (timeout, REFUSED, SERVFAIL) or answered without authority, so the record there is unknown.',
  'publication/record-missing.message': "No server holds {host}'s record in {queryName}",
  'publication/record-missing.message.published':
    "No server holds {host}'s record in {queryName} although it last logged 12294 (published) at {time}: the record was deleted or scavenged, or the servers asked do not get the zone from the one it updated",
  'publication/record-missing.message.failed': "No server holds {host}'s record in {queryName} and it logged 12293 ({code, select, null {no code} other {{code}}}) at {time}",
  'publication/record-missing.remedy.by-hand': 'Or create the record by hand: Microsoft DNS: {command} | BIND zone {zone}: {record}',
  'publication/missing-on-some-servers.message':
    "{host}'s record in {queryName} is on {presentOn} but not on {missingOn}: clients asking those servers do not find it (replication lag, a stale secondary, or a split-horizon view)",
  'publication/missing-on-some-servers.remedy.active-directory': 'Active Directory-integrated zone: {sync}, then {list} on each DC',
  'publication/missing-on-some-servers.remedy.bind': 'BIND secondary: {command} (and check that the primary sends NOTIFY to it)',
  'publication/missing-on-some-servers.remedy.split-horizon': 'Split-horizon DNS: publish the record in every view the clients use',
  'publication/port-mismatch.message': '{server} lists {host} in {queryName} on port {recordPort}, but the host listens on {port}: clients that pick this record fail to connect',
  'publication/port-mismatch.remedy.confirm': 'On the host, confirm "Listening on Port" in {command}',
  'publication/port-mismatch.remedy.replace': 'Replace the record: Microsoft DNS: {command} | BIND zone {zone}: {record}, and remove the one with port {recordPort}',
  'publication/target-mismatch.message.unresolved': '{queryName} names {host}, which no server resolves to an address ({statuses})',
  'publication/target-mismatch.message.differ': '{host} resolves to different addresses on different servers ({answers}): some clients connect to an old address',
  'publication/target-mismatch.message.alias':
    '{queryName} names {target}:{port}, which resolves to {addresses} — the address of {aliasOf}; the host publishes under another name (renamed host, or a record made by hand)',
  'publication/target-mismatch.evidence.lookup': '{host} on {server}: {result}',
  'publication/target-mismatch.remedy.register': "Register the host's address: {command} on {host}",
  'publication/target-mismatch.remedy.register-own': 'The KMS host must be able to register its own A/AAAA record as well as the SRV record',
  'publication/target-mismatch.remedy.remove-outdated': 'Remove the outdated A/AAAA record of {host}',
  'publication/target-mismatch.remedy.reregister': 'On {host}: {command}',
  'publication/target-mismatch.remedy.point-at-host': "Point the record at the host's FQDN ({aliasOf}) or add {target} to {option} if it is intended",
  'publication/ttl-disagree.message': 'The authoritative servers give the record {record} in {queryName} different TTLs ({ttls}): they do not serve the same version of the zone',
  'publication/ttl-disagree.remedy.settle': 'Let replication or zone transfer finish, or make the manual record identical on every server',
  'publication/stale-host.message':
    '{queryName} still lists {target}:{port}, which is not on the allow-list and does not work ({verdict}): a decommissioned host whose record was never removed',
  'publication/stale-host.remedy.scavenging': 'Or turn on scavenging for the zone so dynamic records of dead hosts age out',
  'publication/stale-host.remedy.clear-cache': 'Clients that cached the old host: {command}',
  'publication/rogue-host.message': '{queryName} lists {target}:{port}, which answers as a KMS host ({verdict}) but is not on the allow-list: clients split their count across it',
  'publication/rogue-host.remedy.allow': 'If it is legitimate, add it with {command}',
  'publication/rogue-host.remedy.retire': 'Otherwise, on {target}: install the KMS client key ({installKey}) or {stopPublishing}, then delete its record: {remove}',
  'publication/rogue-host.remedy.restrict': 'Restrict who may publish: grant only a KMS hosts group Full Control on _VLMCS._TCP',
  'publication/publishing-failed.message':
    '{host} failed to publish in {domain}: event 12293 with {code, select, null {no code} other {{code}}}{meaning, select, null {} other { — {meaning}}}',
  'publication/publishing-failed.remedy.permission':
    'DNS Manager → zone {zone} → _tcp → _VLMCS → Properties → Security: add the computer account {account} with Full Control (or grant an AD group of all KMS hosts Full Control on _VLMCS._TCP in every zone they publish to)',
  'publication/publishing-failed.remedy.stop-publishing': 'Or, if {host} should not publish there, remove {domain} from its {setting}',
  'publication/publishing-disabled.message.missing': '{host} has DNS publishing disabled ({setting}) and no server holds its record in {domain}: create it by hand',
  'publication/publishing-disabled.message.by-hand':
    '{host} has DNS publishing disabled ({setting}); its record in {domain} must be kept by hand{missingCount, plural, =0 {} other { (missing on {missingOn})}}',
  'publication/publishing-disabled.evidence': '{setting} on {host} ({command})',
  'publication/publishing-disabled.remedy.publish-again':
    'Or let the host publish itself again: {command}, then On the KMS host: {restart} (it re-registers the record at start and every 24 hours), then look for event 12294',
  'publication/server-unanswered.message.unverified':
    '{server} ({role, select, authoritative {authoritative} other {resolver}}) gave no usable answer for {queryName}: {status}{rcode, select, null {} other { ({rcode})}}; no server answered, so whether the record is published is not verified',
  'publication/server-unanswered.message.unknown':
    '{server} ({role, select, authoritative {authoritative} other {resolver}}) gave no usable answer for {queryName}: {status}{rcode, select, null {} other { ({rcode})}}; whether the record is there is unknown',
  'publication/server-unanswered.message.lame': '{server} is named as authoritative for {zone} but answered {queryName} without the AA flag (a cache or a lame delegation)',
  'publication/server-unanswered.remedy.ask': 'Ask it by hand: {command}',
  'publication/server-unanswered.remedy.zone': 'Check that the server hosts zone {zone} and answers this network (BIND: {setting}; Windows: {command})',
  // Steps and evidence lines several publication findings share.
  'remedy.publication.restart': 'On the KMS host: {command} (it re-registers the record at start and every 24 hours), then look for event 12294',
  'remedy.publication.host-events': 'On the KMS host: {command}',
  'remedy.publication.manual-microsoft-dns': 'Microsoft DNS: {command}',
  'remedy.publication.manual-bind': 'BIND zone {zone}: {record}',
  'remedy.publication.compare-serials': 'Compare the zone serials: {command} on each server',
  'remedy.publication.remove-record': '{command}',
  'evidence.publication.srv-answer':
    '{server} ({role, select, authoritative {authoritative} resolver {resolver} other {server}}, {status}{authoritativeAnswer, select, true {, AA} other {}}): {recordCount, plural, =0 {no records} other {{records}}}',
  'evidence.publication.publishing-event':
    '{published, select, true {12294 published} other {12293 failed {code}}} in {domain} at {time} ({computer, select, null {unknown computer} other {{computer}}})',
  'evidence.publication.unexpected-target': '{target}:{port} → {addressCount, plural, =0 {no address} other {{addresses}}}: {verdict}',
} as const satisfies Record<string, string>;
