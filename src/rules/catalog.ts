import type { RuleMeta } from './types.js';

/**
 * Every finding id, with its title and default severity. Ids are stable forever: a retired id
 * is never reused. Each id has a page at `src/rules/docs/<id>.md` (a test keeps that total).
 */
export const RULE_CATALOG = {
  'dns/srv-missing': { title: 'No _vlmcs._tcp SRV record', severity: 'error', summary: 'The domain has no KMS SRV record, so clients that rely on auto-discovery find no host (0x8007232B).' },
  'dns/srv-nodata': { title: 'The _vlmcs._tcp name exists but holds no SRV record', severity: 'error', summary: 'The name exists without SRV data, so discovery returns nothing (0x8007251D).' },
  'dns/server-failure': { title: 'DNS server failure', severity: 'error', summary: 'A DNS server answered SERVFAIL for the KMS SRV query (0x8007232A).' },
  'dns/server-refused': { title: 'DNS server refused the query', severity: 'error', summary: 'A DNS server answered REFUSED: it will not answer this client for this zone.' },
  'dns/server-unreachable': { title: 'DNS server not answering', severity: 'error', summary: 'A DNS server did not answer, or nothing listens on its port.' },
  'dns/bad-replies': { title: 'Malformed or mismatched DNS replies', severity: 'warning', summary: 'Replies arrived that did not decode or did not match the query (wrong id or question) and were discarded.' },
  'dns/truncated-tcp-failed': { title: 'SRV answer too large for UDP and TCP 53 failed', severity: 'error', summary: 'The record set needs DNS over TCP, and TCP port 53 to the server did not work.' },
  'dns/servers-disagree': { title: 'DNS servers give different KMS records', severity: 'warning', summary: 'Not every DNS server returns the same _vlmcs._tcp records, so clients see different hosts depending on the server they ask.' },
  'srv/target-unresolvable': { title: 'SRV target does not resolve', severity: 'error', summary: 'An SRV record names a host that has no A or AAAA record — typically a decommissioned (stale) KMS host.' },
  'srv/target-is-cname': { title: 'SRV target is an alias (CNAME)', severity: 'warning', summary: 'RFC 2782 forbids an SRV target that is an alias; some clients will not follow it.' },
  'srv/nonstandard-port': { title: 'KMS listens on a non-default port', severity: 'info', summary: 'The SRV record announces a port other than 1688; firewalls must allow that port instead.' },
  'tcp/kms-port-filtered': { title: 'KMS port filtered', severity: 'error', summary: 'Nothing answered the TCP handshake on the activation port: a firewall drops it (0xC004F074 / 0x8007274C on clients).' },
  'tcp/kms-port-closed': { title: 'KMS port closed', severity: 'error', summary: 'The host refused the connection on the activation port: no KMS service listens there.' },
  'tcp/host-unreachable': { title: 'KMS host unreachable', severity: 'error', summary: 'The network reports the host unreachable (no route, or an ICMP unreachable).' },
  'tcp/management-port-blocked': { title: 'Management port (135) not reachable', severity: 'info', summary: 'TCP 135 is closed or filtered: remote slmgr, VAMT and WMI management will fail. Activation does not use it.' },
  'rpc/not-kms-endpoint': { title: 'Listener is not a KMS endpoint', severity: 'error', summary: 'Something listens on the activation port, but it does not accept the KMS RPC interface.' },
  'rpc/no-reply': { title: 'No RPC reply on the KMS port', severity: 'error', summary: 'The port accepts connections but the service closed or stayed silent when asked for the KMS interface.' },
  'rpc/accepts-any-interface': { title: 'Endpoint accepts any RPC interface', severity: 'info', summary: 'The endpoint also accepted a random interface; genuine Windows hosts refuse it. Often a KMS emulator.' },
  'rpc/protocol-anomaly': { title: 'Unusual DCE/RPC reply', severity: 'warning', summary: 'The KMS endpoint answered with details a Microsoft RPC stack does not produce.' },
  'kms/no-usable-host': { title: 'No KMS host can be used', severity: 'error', summary: 'None of the hosts a client would try accepts a KMS connection, so activation fails with 0xC004F074.' },
  'kms/unusable-hosts-listed': { title: 'Some listed KMS hosts cannot be used', severity: 'warning', summary: 'DNS lists hosts that do not work next to ones that do; clients that pick them first lose time or fail.' },
  'run/deadline-reached': { title: 'The check was cut short', severity: 'error', summary: 'The overall deadline ended some probes before they finished; an incomplete check cannot pass.' },
  'client/no-dns-suffix': { title: 'No DNS suffix to search', severity: 'error', summary: 'The client has no primary or connection-specific DNS suffix, so it cannot build a _vlmcs._tcp name (0x8007007B).' },
  'client/manual-host-unusable': { title: 'The pinned KMS host cannot be used', severity: 'error', summary: 'The client is pinned to a host with slmgr /skms and that host does not work; DNS is never consulted.' },
  'client/manual-host-bypasses-dns': { title: 'A pinned KMS host hides the published ones', severity: 'warning', summary: 'The client is pinned with slmgr /skms and ignores the hosts DNS publishes.' },
  'client/lookup-domain-without-records': { title: 'The lookup domain has no KMS records', severity: 'error', summary: 'The client searches only its slmgr /skms-domain domain, and that domain has no _vlmcs._tcp records.' },
  'client/cached-host-stale': { title: 'The cached KMS host is stale', severity: 'warning', summary: 'Host caching is on and the host the client used last is no longer published or no longer works.' },
  'client/discovered-host-not-preferred': { title: 'The client uses a host DNS no longer prefers', severity: 'info', summary: 'The host used last is not in the priority group DNS now prefers; with caching on the client stays on it.' },
  'client/suffix-mismatch': { title: 'KMS records live in a domain the client does not query', severity: 'error', summary: 'Records exist in another domain (search list, AD domain), not in the one the licensing service queries.' },
  'client/not-kms-client-channel': { title: 'Not a KMS client key', severity: 'warning', summary: 'The Windows product has a MAK, retail or OEM key; it never contacts a KMS host.' },
  'client/not-licensed': { title: 'Windows is not activated', severity: 'error', summary: 'The license state is not Licensed; in a grace period the report gives the deadline.' },
  'client/activation-type-excludes-kms': { title: 'Activation type excludes KMS', severity: 'warning', summary: 'The product is set to AD-based or token-based activation only (slmgr /act-type), so it will not use KMS.' },
  'client/clock-skew': { title: 'Clock differs from the KMS host by more than 4 hours', severity: 'error', summary: 'The host rejects requests whose time is more than 4 hours off in UTC (0xC004F06C).' },
  'events/last-attempt-failed': { title: 'The last activation attempt failed', severity: 'error', summary: 'The newest 12288/12289 pair in the client\'s events ended with an error code.' },
  'events/request-unanswered': { title: 'The last activation request got no answer', severity: 'error', summary: 'A 12288 with no 12289 after it: the KMS host was not reached or did not reply.' },
  'events/count-below-threshold': { title: 'The KMS host count is below what the client needs', severity: 'error', summary: 'The host answered with a count below the client\'s threshold (25 client OS, 5 server and Office): 0xC004F038.' },
  'events/activation-failures-logged': { title: 'Activation failures logged', severity: 'warning', summary: 'Event 8198 shows failed activation runs with their error codes.' },
  'activation/host-key-does-not-cover-product': { title: 'The host key does not cover this product', severity: 'error', summary: 'The KMS host answered the activation request with 0xC004F042: its host key (CSVLK) cannot activate this product.' },
  'activation/clock-skew': { title: 'The KMS host rejected the request time', severity: 'error', summary: 'The KMS host answered 0xC004F06C: the request\'s timestamp differs from the host\'s clock by more than it accepts (4 hours).' },
  'activation/protocol-version-unsupported': { title: 'The KMS host does not take this protocol version', severity: 'error', summary: 'The KMS host answered 0x8007000D (invalid data): it does not support the product\'s KMS protocol version, or found the request malformed.' },
  'activation/count-below-threshold': { title: 'The KMS host count is below the product\'s threshold', severity: 'error', summary: 'The host answered with a count below what this product needs (25 Windows client, 5 server and Office), so its clients are not activated yet (0xC004F038).' },
  'activation/response-invalid': { title: 'The activation response failed validation', severity: 'error', summary: 'The host\'s answer did not pass the protocol checks (MAC, hash, HMAC, padding, echoed fields): it is damaged or tampered, and a client would discard it.' },
  'activation/request-failed': { title: 'The activation request got no usable answer', severity: 'error', summary: 'The one activation request could not be completed: no connection, no KMS bind, an RPC fault, no reply, or an error code.' },
  'activation/emulator-tells': { title: 'The KMS host shows emulator tells', severity: 'info', summary: 'The answer shows details genuine Windows hosts are not known to produce (fixed HWID, reused IV, implausible ePID, any interface accepted). Information, not a verdict.' },
  'publication/record-missing': { title: 'The KMS host\'s SRV record is missing', severity: 'error', summary: 'No DNS server holds the host\'s _vlmcs._tcp record in a domain it should publish in, so clients there cannot discover it.' },
  'publication/missing-on-some-servers': { title: 'The SRV record is missing on some DNS servers', severity: 'warning', summary: 'Some servers hold the host\'s _vlmcs._tcp record and others do not (replication lag, a stale secondary, split horizon).' },
  'publication/port-mismatch': { title: 'The SRV record has the wrong port', severity: 'error', summary: 'The record names the host with a port other than the one it listens on, so clients that use it cannot connect.' },
  'publication/target-mismatch': { title: 'The SRV target does not lead to the host', severity: 'error', summary: 'The record\'s target does not resolve, resolves differently on different servers, or is another name for the host.' },
  'publication/ttl-disagree': { title: 'Authoritative servers give different TTLs', severity: 'warning', summary: 'The same _vlmcs._tcp record has different TTLs on different authoritative servers: they serve different versions of the zone.' },
  'publication/stale-host': { title: 'A stale KMS host is still published', severity: 'warning', summary: 'A record names a host that is not on the allow-list and does not work (no address, port closed, unreachable): clients that pick it lose time or fail.' },
  'publication/rogue-host': { title: 'An unexpected KMS host is published', severity: 'warning', summary: 'A record names a working KMS host that is not on the allow-list: clients split their activation count across it.' },
  'publication/publishing-failed': { title: 'The KMS host failed to publish (event 12293)', severity: 'error', summary: 'The host logged 12293 for a domain: its dynamic DNS update was refused (0x80072338: no permission on the existing _VLMCS record).' },
  'publication/publishing-disabled': { title: 'DNS publishing is disabled on the KMS host', severity: 'error', summary: 'DisableDnsPublishing is set (slmgr /cdns), so the record must be created and kept by hand.' },
  'publication/server-unanswered': { title: 'A DNS server gave no usable answer', severity: 'warning', summary: 'An authoritative server or resolver did not answer the SRV query (timeout, REFUSED, SERVFAIL) or answered without authority, so the record there is unknown.' },
  'host/not-licensed': { title: 'The KMS host key is not activated', severity: 'error', summary: 'A host key (CSVLK) is installed on the KMS host but not activated, so the host serves no client (0xC004F041).' },
  'host/count-below-threshold': { title: 'The KMS host count is below a threshold', severity: 'error', summary: 'The host has seen fewer distinct clients in 30 days than its clients need (25 Windows client, 5 server and Office), so they get 0xC004F038.' },
  'host/duplicate-cmid': { title: 'Several machines share one CMID', severity: 'error', summary: 'The host log shows one client machine ID from several machine names: the image was not generalized, and those machines count once.' },
  'host/product-not-covered': { title: 'The KMS host key does not cover a product', severity: 'error', summary: 'The host refuses a client product (0xC004F042, 0xC004F015) or its host key cannot activate the target product.' },
  'host/failed-requests-rising': { title: 'Failed requests are rising on the KMS host', severity: 'warning', summary: 'A large or growing share of the requests the host receives fail: clients it cannot serve, or clients with wrong clocks.' },
  'host/client-clock-skew': { title: 'Clients rejected for their clock', severity: 'warning', summary: 'The host refused requests with 0xC004F06C: those clients\' clocks differ from the host\'s by more than 4 hours.' },
  'host/count-split': { title: 'The activation count is split over several hosts', severity: 'warning', summary: 'No KMS host reaches 25 although the hosts together saw enough distinct clients: each host counts only the clients that reached it.' },
  'rpc/reply-incomplete': { title: 'The RPC reply did not complete in time', severity: 'error', summary: 'The KMS port began answering the bind but was still sending when the budget ran out: a slow or stalled path or service, not a verdict on what listens.' },
} as const satisfies Record<string, RuleMeta>;

export type RuleId = keyof typeof RULE_CATALOG;

export const RULE_IDS = Object.keys(RULE_CATALOG) as RuleId[];

export function isRuleId(value: string): value is RuleId {
  return Object.hasOwn(RULE_CATALOG, value);
}
