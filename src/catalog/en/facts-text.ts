/**
 * English text of what the facts layer says in passing: a KMS log's limits, the fleet's clock
 * reference and DNS answers, publication's ignored events, why a file's encoding was chosen.
 */
export const FACTS_TEXT = {
  'facts.host.log.untracked-cmids': 'more than {max} distinct CMIDs: {count} requests from further clients were not tracked (counts are lower bounds)',
  'facts.host.log.failures-not-broken-down': 'more than {max} distinct error/product pairs: {count} failed requests are not broken down',
  'facts.fleet.clock.reference.none': 'no host snapshot with a clock: nothing to compare against',
  'facts.fleet.clock.reference.hosts': "the clock of the host each client goes to, else the median of the hosts' clocks; valid for snapshots collected in one sweep",
  'facts.fleet.clock.against': '{host, select, null {the median host clock} other {{host}}}',
  'facts.fleet.domain.answers': '{answers}',
  'facts.fleet.domain.no-server': 'no DNS server to ask',
  'facts.fleet.domain.not-probed': 'not asked (run with {option})',
  'facts.publication.other-computers-ignored': '{events} of other computers ignored: {computers}',
  'facts.encoding.bom': 'byte-order mark',
  'facts.encoding.option': '{option}',
  'facts.encoding.utf16-nul': 'NUL bytes in every other position',
  'facts.encoding.valid-utf8': 'valid UTF-8',
  'facts.encoding.ini': 'slmgr.ini language',
  'facts.encoding.ini-folder': "the slmgr.ini's language {langId}",
  'facts.encoding.ini-script': "the script of the slmgr.ini's labels",
  'facts.encoding.byte-analysis': 'byte analysis ({name}, confidence {confidence})',
  'facts.encoding.western': 'byte analysis (single-byte Western text)',
  'facts.snapshot.schema-mismatch': 'does not match the snapshot schema',
  'facts.snapshot.schema-error': '{where} {problem}',
} as const;
