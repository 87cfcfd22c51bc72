/**
 * English text of what the KMS host facts say in words: why a host key's coverage is judged as
 * it is, why a required update is or is not shown by the service version, the count split over
 * several hosts, and what limited a check of where the host publishes. Host names, keys, KB
 * numbers, versions, zones and options come in as arguments.
 */
export const FACTS_HOST = {
  'facts.host.coverage.epid-other-key': 'the ePID {epid} names {key}, which is not a key for {product}; judged from the description and Activation ID instead',
  'facts.host.coverage.epid-unknown': 'the ePID {epid} names no known host key; judged from the description instead',
  'facts.host.coverage.description-differs': 'the description says {described} ({description}) but the ePID names the key {key}; the ePID is what the host sends',
  'facts.host.coverage.key-unknown': 'cannot tell which host key "{description}" is; give the host\'s ePID ({command}, "{label}")',
  'facts.host.coverage.sources-disagree':
    "the planning matrix lists {product} for the {key} key, but the product's KMS group ({group}) is newer than the key's groups: the sources disagree, so coverage cannot be told",
  'facts.host.coverage.unknown-target': 'unknown product "{product}"',
  'facts.host.coverage.no-matrix-row': '{source} ({date}) has no row for the {key} key: judged by its KMS groups only',
  'facts.host.coverage.third-party': '{key}: its key-group data comes from third-party sources only',
  'facts.host.update.no-version': 'the input does not show the service version ({command}, first line)',
  'facts.host.update.bad-version': 'the service version "{version}" is not in the a.b.build.revision form',
  'facts.host.update.no-build':
    'no OS build is known for {kb} ({why, select, otherOs {the page names an update that update catalogs list for another Windows release} monthlyRollup {a monthly rollup: its title gives no build} updateRollup {an update rollup: its title gives no build} other {a single update: its title gives no build}}), so the version cannot be compared with it',
  'facts.host.update.other-build': 'the service version {version} is not a build-{build} version',
  'facts.host.update.shown': 'the service version {version} is at or past {minimumBuild} ({kb})',
  'facts.host.update.not-shown': 'the service version {version} is below {minimumBuild}, the build of {kb}',
  'facts.host.split.one-host': 'one host ({hosts}); nothing to split',
  'facts.host.split.combined': 'no host reaches {threshold} although {combined} distinct clients tried ({hosts})',
  'facts.host.split.sum': 'no host reaches {threshold} although their counts add up to {sum} ({hosts}; an upper bound: a client that reached two hosts counts twice)',
  'facts.host.split.none-reaches':
    'no host reaches {threshold}, and together they saw {together, select, null {an unknown number of} other {{together}}} distinct clients ({hosts})',
  'facts.host.split.reached': 'at least one host reaches {threshold} ({hosts})',
  'facts.publication.no-server': 'no DNS server to ask for {queryName}: name the authoritative servers with {authoritativeOption} or a resolver with {resolverOption}',
  'facts.publication.no-ns': '{server} gave no NS records for zone {zone} ({status})',
  'facts.publication.ns-unresolved': 'name server {nsName} of {zone} does not resolve ({status}); it was not asked',
  'facts.publication.no-authoritative': 'the authoritative servers of {zone} could not be found; only the resolvers were asked (name them with {option})',
} as const satisfies Record<string, string>;
