/**
 * English text of the command line's usage errors: what was wrong with the input, in one line.
 * Flags, values and commands come in as arguments and stay as typed.
 */
export const CLI_USAGE = {
  'cli.failure.usage': 'kmsdoctor: {message}',
  'cli.failure.internal': 'kmsdoctor: internal error: {message}',
  'cli.usage.see-help': '{message} (see kmsdoctor --help)',

  'cli.usage.formats-clash': '{flags} cannot be used together',
  'cli.usage.and': '{first} and {second}',
  'cli.usage.needs-file-name': '{flag} needs a file name',
  'cli.usage.whole-number-range': '{flag} "{value}" must be a whole number from {min} to {max}',
  'cli.usage.given-twice': '{flag} was given {times} times; give it once',
  'cli.usage.not-decimal': '{flag} "{value}" is not a whole number in decimal digits',
  'cli.usage.protocol': '--protocol "{value}" is not v4, v5 or v6',
  'cli.usage.product-required': '--product is required: name the product to ask for ({command})',
  'cli.usage.product-unknown': '--product: {reason}; did you mean {suggestions}?',
  'cli.usage.product-unknown.none': '--product: {reason}; see {command}',
  'cli.usage.not-uuid': '{flag} "{value}" is not a UUID',
  'cli.usage.bind-style': '--bind-style "{value}" is not one of {styles}',
  'cli.usage.one-off-cmid':
    'refusing to send with a one-off CMID, which would count as a new machine on the host: {problem}. Set KMSDOCTOR_CONFIG_DIR to a writable folder or pass --cmid',
  'cli.usage.workstation-empty': '--workstation is empty',
  'cli.usage.workstation-long': '--workstation has {length} characters; the request holds at most {max}',
  'cli.usage.needs-activation-request': '{flags} only {count, plural, one {applies} other {apply}} with --activation-request',
  'cli.usage.activate-probe.no-host': 'name the KMS host: {command}',
  'cli.usage.analyze.nothing-described': 'none of the files describes a client or a KMS host: give a snapshot, slmgr /dlv text or an event export',
  'cli.usage.analyze.nothing-to-judge': 'nothing to judge in {files}: {reason}',
  'cli.usage.analyze.probe-needs-client': '--probe tests what a client would contact; give a client snapshot, /dlv text or event export',
  'cli.usage.connectivity.no-target': 'no --domain, --kms-host or --snapshot given, and this machine has no DNS suffix to search; name the domain with --domain',
  'cli.usage.event-count': '--event-count must be a whole number from 0 to 10000, not {value}',
  'cli.usage.collect.needs-windows': 'collect needs Windows: run it on the client, then analyze the file anywhere with {command}',
  'cli.usage.max-events': '--max-events must be a positive whole number, not {value}',
  'cli.usage.explain.unknown-id': '"{id}" is not a finding id or an error code; run "{ids}" for the ids, "{codes}" for the codes',
  'cli.usage.publication.host-not-fqdn': '--host "{value}" must be the KMS host\'s FQDN (the name its SRV record carries), not an IP address or a short name',
  'cli.usage.publication.not-ip': '--authoritative "{value}" is not an IP address (optionally with :port)',
  'cli.usage.readiness.no-domain': 'name the client domain(s) with --domain, or give --client-snapshot',
} as const;
