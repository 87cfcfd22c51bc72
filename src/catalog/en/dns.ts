/** English text of the dns/* findings: titles, summaries, messages, remedies and evidence lines. */
export const DNS = {
  'dns/srv-missing.title': 'No _vlmcs._tcp SRV record',
  'dns/srv-missing.summary': 'The domain has no KMS SRV record, so clients that rely on auto-discovery find no host (0x8007232B).',
  'dns/srv-missing.message': '{queryName} does not exist (NXDOMAIN from {servers}); a KMS client searching {domain} fails with {code}',
  'dns/srv-nodata.title': 'The _vlmcs._tcp name exists but holds no SRV record',
  'dns/srv-nodata.summary': 'The name exists without SRV data, so discovery returns nothing (0x8007251D).',
  'dns/srv-nodata.message': '{queryName} exists but has no SRV record (NOERROR, no answer, from {servers}); clients fail with {code}',
  'dns/server-failure.title': 'DNS server failure',
  'dns/server-failure.summary': 'A DNS server answered SERVFAIL for the KMS SRV query (0x8007232A).',
  'dns/server-failure.message': 'DNS server {server} answered {rcode} for {queryName}; clients using it fail with {code}',
  'dns/server-failure.remedy.upstream': "If the zone is forwarded or delegated, check that the server can reach the zone's authoritative servers",
  'dns/server-refused.title': 'DNS server refused the query',
  'dns/server-refused.summary': 'A DNS server answered REFUSED: it will not answer this client for this zone.',
  'dns/server-refused.message': 'DNS server {server} REFUSED the query for {queryName}: it does not serve this zone to this client (recursion or zone access is restricted)',
  'dns/server-refused.remedy.other-servers': 'Give clients DNS servers that answer for {domain} (the domain controllers, for an AD domain): {command}',
  'dns/server-refused.remedy.settings': 'On a Windows DNS server, check recursion and zone settings: {command}',
  'dns/server-unreachable.title': 'DNS server not answering',
  'dns/server-unreachable.summary': 'A DNS server did not answer, or nothing listens on its port.',
  // {status} is how the first query to the server failed (a probe status code).
  'dns/server-unreachable.message':
    'DNS server {server} did not answer: {status, select, refused {nothing listens on its DNS port (ICMP port unreachable)} timeout {it sent no answer within the timeout ({attempts} UDP sends)} other {the network reports it {status}}}',
  'dns/server-unreachable.remedy.test': 'Check the server from the client: {tcpCommand} (TCP) and {resolveCommand}',
  'dns/server-unreachable.remedy.service': 'Check that the DNS Server service runs on {server}: {command}',
  'dns/server-unreachable.remedy.client-list': "Check the client's DNS server list: {command}",
  'dns/bad-replies.title': 'Malformed or mismatched DNS replies',
  'dns/bad-replies.summary': 'Replies arrived that did not decode or did not match the query (wrong id or question) and were discarded.',
  // {reason} is the probe's own account of the first discarded reply (or of the failed exchange).
  'dns/bad-replies.message.useless': 'DNS server {server} gave no usable answer for {queryName}: {reason}',
  'dns/bad-replies.message.discarded':
    '{discarded} {discarded, plural, one {reply} other {replies}} for {queryName} from {server} {discarded, plural, one {was} other {were}} discarded ({reason}); the matching answer was used',
  'dns/bad-replies.remedy.capture': 'Capture the exchange on the client to see who sends these replies: {command} (or Wireshark with filter "{filter}")',
  'dns/bad-replies.remedy.path': 'Look for a device that rewrites or answers DNS on the path (firewall DNS inspection, captive portal, VPN client)',
  'dns/truncated-tcp-failed.title': 'SRV answer too large for UDP and TCP 53 failed',
  'dns/truncated-tcp-failed.summary': 'The record set needs DNS over TCP, and TCP port 53 to the server did not work.',
  'dns/truncated-tcp-failed.message': '{queryName} does not fit in a UDP reply from {server}, and the retry over TCP failed: {cause, select, null {no TCP answer} other {{cause}}}',
  'dns/truncated-tcp-failed.remedy.allow-tcp': 'Allow DNS over TCP (port 53) from clients to {server}; check with: {command}',
  'dns/truncated-tcp-failed.remedy.prune': 'Remove stale _vlmcs records so the set fits in one UDP reply: {command}',
  'dns/servers-disagree.title': 'DNS servers give different KMS records',
  'dns/servers-disagree.summary': 'Not every DNS server returns the same _vlmcs._tcp records, so clients see different hosts depending on the server they ask.',
  // {views}: each record set (priority weight port target) after the servers that return it; {emptyServers}: those that return none.
  'dns/servers-disagree.message': 'DNS servers disagree about {queryName} — {views}{emptyServers, select, null {} other {; {emptyServers}: (none)}}',
  'dns/servers-disagree.remedy.replicate': 'For an AD-integrated zone, force replication and compare again: {command}',
  'dns/servers-disagree.remedy.transfer': 'For primary/secondary zones, compare SOA serials and trigger a transfer: {command}',
  'dns/servers-disagree.remedy.stale': 'Remove records of hosts that no longer exist on the server that still holds them',
  'dns/srv-name-is-alias.title': 'The _vlmcs._tcp name is an alias (CNAME)',
  'dns/srv-name-is-alias.summary': 'The SRV name is a CNAME; when no SRV record waits at its end (or the aliases loop), clients get NODATA (0x8007251D).',
  // {aliasChain}: the SRV name and the names it leads to, in order (a → b → c).
  'dns/srv-name-is-alias.message.followed':
    '{queryName} is an alias ({aliasChain}, from {servers}); clients follow it and find the SRV records there, but a KMS host cannot publish its own record at a name that holds a CNAME',
  'dns/srv-name-is-alias.message.loop':
    '{queryName} is part of a CNAME loop ({aliasChain} → …, from {servers}): no SRV record can be reached, so clients searching {domain} fail with {code}',
  'dns/srv-name-is-alias.message.dead-end':
    '{queryName} is an alias ({aliasChain}, from {servers}) and no SRV record waits at its end: clients searching {domain} fail with {code}',
  'dns/srv-name-is-alias.remedy.see': 'See the alias on the DNS server: {command}',
  'dns/srv-name-is-alias.remedy.remove': 'Remove the alias so the name can hold SRV records: {command}',
  'dns/srv-name-is-alias.remedy.publish': 'Then publish the KMS host in {domain}, or create its record: {command}',
  'dns/srv-name-is-alias.remedy.break-loop': 'Break the loop: one of {names} must stop being an alias',
  'dns/srv-name-is-alias.remedy.check-canonical': 'If the records are meant to live at {canonical}, check that they exist there: {command}',
  'dns/kms-not-offered.title': 'The domain says KMS is not offered there',
  'dns/kms-not-offered.summary': 'An SRV record with target "." (RFC 2782) declares that KMS is decidedly not available in the domain; it names no host to try.',
  'dns/kms-not-offered.message.contradicted':
    '{queryName} holds an SRV record with target "." (KMS decidedly not offered in {domain}, RFC 2782) next to records that name hosts (from {servers}); the "." record contradicts them',
  'dns/kms-not-offered.message.declined':
    '{queryName} says KMS is decidedly not offered in {domain} (SRV target ".", RFC 2782, from {servers}); clients that search only this domain find no KMS host',
  'dns/kms-not-offered.remedy.see': 'See the record on the DNS server: {command}',
  'dns/kms-not-offered.remedy.remove': 'If KMS should be offered in {domain}, remove the "." record: {command}',
  'dns/kms-not-offered.remedy.elsewhere': 'Then let the KMS host publish there, or point clients elsewhere: {lookupCommand} or {pinCommand}',
  // Steps several DNS findings share.
  'remedy.publish-srv.events': 'On the KMS host, see whether it tried to publish and why it failed (12293 = failed, 12294 = published): {command}',
  'remedy.publish-srv.by-hand': 'Or create the record by hand on the DNS server: {command}',
  'remedy.publish-srv.lookup-domain': 'If clients should search another domain, point them at it: {command}',
  'remedy.publish-srv.pin': 'Or bypass discovery on the client: {command}',
  'remedy.dns-server.repeat-query': 'Repeat the query against that server from a client: {command}',
  'remedy.dns-server.service': 'Check the DNS Server service and its event log on {server}: {command}',
} as const satisfies Record<string, string>;
