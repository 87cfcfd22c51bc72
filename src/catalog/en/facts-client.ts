/**
 * English text of what the client facts say in words: why a KMS client fact is unknown, what
 * discovery will do next, why an input gave nothing to judge, and the license states in slmgr's
 * words. Commands, record names and option names come in as arguments.
 */
export const FACTS_CLIENT = {
  'facts.client.unknown.events-only': "the input holds events only, not the client's settings",
  'facts.client.unknown.cim':
    'Windows reported no {fact, select, cmid {client machine ID} host {KMS host (neither /skms nor one found through DNS)} hostIp {KMS host IP address} hostEpid {KMS host extended PID} activationInterval {activation interval} renewalInterval {renewal interval} other {{fact}}}',
  'facts.client.unknown.no-product': 'the slmgr text shows no Windows product',
  'facts.client.unknown.not-kms-client': 'the product is not a KMS client ({channel}), so slmgr prints no KMS client information',
  'facts.client.unknown.not-activated': 'slmgr prints the KMS client information only once the product is activated ("{slmgrLine}")',
  'facts.client.unknown.not-in-text': 'not in the slmgr text (slmgr /dli omits some lines; a label that could not be read is listed in the notes)',
  'facts.discovery.manual': 'A KMS host is set{scope, select, product { for this product} other {}} ({command}): the client contacts it directly and does not query DNS.',
  'facts.discovery.manual-ignores-domain': 'The lookup domain {domain} is ignored while the host name is set.',
  'facts.discovery.cached': 'Host caching is on: the client first tries the host it used last, {host}{thenDns, select, true {, then DNS} other {}}.',
  'facts.discovery.lookup-domain': 'A lookup domain is set ({command}): the client queries {queryName} only, with no fallback to its own suffix.',
  'facts.discovery.unknown':
    "The input does not show the client's DNS settings, so the queried name cannot be predicted (a snapshot from {collect} has them; connectivity takes {domainOption}).",
  'facts.discovery.unknown-checking': "The input does not show the client's DNS settings; checking the domain(s) named with {option}: {domains}.",
  'facts.discovery.no-suffix': 'The machine has no primary or connection-specific DNS suffix: the client has no domain to search and fails with {code}.',
  'facts.discovery.query':
    "The client queries {count, plural, =1 {{names}} other {{names}, in this order}}{adDomain, select, true { (the machine's AD domain: no suffix is set)} other {}}.",
  'facts.client.nothing.no-activation-event': 'no activation event ({eventIds}) in the exports — export the Application log filtered to {provider}, or collect a snapshot',
  'facts.client.nothing.nothing-read': 'no licensing product, setting or event was read — give slmgr /dlv text, a snapshot from {collect}, or an event export',
  // slmgr's own words for LicenseStatus 0–6 (kms-facts.md §2.2), as an English Windows prints them.
  'facts.license.status':
    '{state, select, unlicensed {Unlicensed} licensed {Licensed} initialGrace {Initial grace period} additionalGrace {Additional grace period (KMS license expired or hardware out of tolerance)} nonGenuineGrace {Non-genuine grace period} notification {Notification} extendedGrace {Extended grace period} other {status {status}}}',
} as const satisfies Record<string, string>;
