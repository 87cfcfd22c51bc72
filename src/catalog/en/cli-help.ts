/**
 * English text of the command line's help: the tool's usage line and epilog, each command's
 * description, options, examples and epilog. Commands, flags, file names and values an admin
 * types stay as they are in every language; yargs' own words (Options:, [required]) come from
 * yargs' locale strings (src/catalog/ja/yargs-strings.ts).
 */
export const CLI_HELP = {
  'cli.usage': 'Why does KMS activation fail here, and will it work before a rollout?',
  'cli.demand-command': 'name a command: {commands} or {last}',
  'cli.epilog':
    'Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, 2 could not run (bad input, internal error).\nOutput: human by default; --format json (or --json) for one versioned report, ndjson (--ndjson) for a stream, markdown, html or junit; --out FILE writes it to a file. NO_COLOR disables color.',

  // Shared options (src/cli/options/*).
  'cli.opt.format': 'Report format (json and ndjson follow src/report/report.schema.json)',
  'cli.opt.json': 'Same as --format json',
  'cli.opt.ndjson': 'Same as --format ndjson: one JSON object per line as results arrive',
  'cli.opt.out': 'Write the report to this file instead of stdout (a regular file is replaced atomically; a device or FIFO is written through)',
  'cli.opt.fail-on': 'Exit 1 when a finding is at least this severe (fail and warn: deprecated names of error and warning)',
  'cli.opt.color': 'Force color on (--color) or off (--no-color)',
  'cli.opt.lang': "Language of findings and reports (default: KMSDOCTOR_LANG, then LC_ALL, LC_MESSAGES, LANG, then Windows' own; else en)",
  'cli.opt.timeout': 'Budget of each probe, in ms',
  'cli.opt.deadline': 'The whole run ends by then, in ms (default: 4 × timeout + 1000)',
  'cli.opt.concurrency': 'Probes in flight at once',
  'cli.opt.dns-server': "DNS server to ask, IP[:port] (repeatable); default: this machine's resolvers",

  // The activation request (activate-probe, connectivity --activation-request).
  'cli.opt.activation-request.connectivity':
    "After the check, send ONE KMS activation request to the first ready target (needs --product). It may add this installation's CMID to that host's count for 30 days",
  'cli.opt.activation-request.activate-probe':
    "Really send the one activation request. Without it the host is only bound to (count-safe) and the request is printed, not sent. It may add this installation's CMID to the host's count for 30 days",
  'cli.opt.product': 'Product to ask for, by name ("Windows 11 Enterprise", "Windows Server 2025 Standard", "Office LTSC 2021") or SKU id; see activate-probe --list-products',
  'cli.opt.protocol': "KMS protocol version to send (v4, v5, v6); default: the one the product's clients use",
  'cli.opt.sku': "SKU (Activation) id to send instead of the table's; the host only logs it",
  'cli.opt.cmid': "Client machine id to send instead of this installation's stored one (a new CMID counts as a new machine)",
  'cli.opt.workstation': 'Workstation name to send (default kms-probe.<this host name>); the host logs it in event 12290',
  'cli.opt.bind-style': 'ndr32: one NDR32 context; windows: NDR32+NDR64+BTFN like a Windows client, with alter_context when the host prefers NDR64',
  'cli.opt.interface-check': 'Also bind to a random interface on a second connection (count-safe; py-kms accepts it, Windows does not). --no-interface-check skips it',

  'cli.connectivity.describe': 'Check every way a client can reach KMS: its own settings, SRV discovery, every host, every port, the RPC endpoint',
  'cli.connectivity.opt.domain': "Domain whose _vlmcs._tcp SRV records to check (repeatable); default: the client's own suffixes",
  'cli.connectivity.opt.kms-host': 'KMS host to check directly, HOST[:PORT] (repeatable), as pinned with slmgr /skms',
  'cli.connectivity.opt.snapshot': "The client's snapshot (from kmsdoctor collect): predict its discovery and test exactly that",
  'cli.connectivity.opt.dlv': "The client's `slmgr /dlv` output, in place of a snapshot",
  'cli.connectivity.opt.slmgr-ini':
    "The client's slmgr.ini (slmgr\\<LANGID>\\slmgr.ini), or a snapshot collected on it (which keeps its slmgr.ini), to read /dlv text in its language",
  'cli.connectivity.opt.encoding': 'Code page of --dlv/--events files whose bytes do not tell (no byte-order mark, not UTF-8): {names}',
  'cli.connectivity.opt.events': "The client's SPP events (wevtutil /f:xml, Get-WinEvent JSON or CSV) (repeatable)",
  'cli.connectivity.example.domain': 'Discover and test every KMS host of contoso.com',
  'cli.connectivity.example.two-servers': 'Ask two domain controllers and compare their answers',
  'cli.connectivity.example.snapshot': 'What will this client do, and will it work from here?',
  'cli.connectivity.example.dlv': 'The same from the slmgr /dlv text and event export a user sent',
  'cli.connectivity.example.kms-host': 'Test a pinned host, JSON report',
  'cli.connectivity.example.activation': 'Then send ONE activation request to the first ready host',

  'cli.srv.describe': 'Query _vlmcs._tcp SRV records on every DNS server and resolve every target',
  'cli.srv.positional.domains': 'Domains to query',
  'cli.srv.example': 'Both domains, asked of one server',

  'cli.port.describe': 'Test TCP ports on hosts: open, closed (RST), filtered (dropped) or unreachable',
  'cli.port.positional.hosts': 'Host names or IP addresses',
  'cli.port.opt.port': 'Ports to test (repeatable); {management} is tested as the management path',
  'cli.port.example.both': 'TCP {port} (activation) and {management} (management)',
  'cli.port.example.one': 'Only the activation port',

  'cli.rpc.describe': 'Bind to the KMS RPC interface (count-safe: no activation request is sent)',
  'cli.rpc.positional.endpoints': 'HOST[:PORT], port {port} by default',
  'cli.rpc.example': 'Is a KMS endpoint listening on each?',

  'cli.publication.describe': 'Did the KMS host publish its _vlmcs._tcp SRV record in every intended domain, on every authoritative server (and nobody else)?',
  'cli.publication.opt.host': 'KMS host that should publish, FQDN[:port] (repeatable)',
  'cli.publication.opt.domain': "Domain it should publish in (repeatable); default: the host's own domain, its DnsDomainPublishList and the domains its events name",
  'cli.publication.opt.snapshot': "The KMS host's snapshot (kmsdoctor collect): FQDN, listening port, DisableDnsPublishing, DnsDomainPublishList, events",
  'cli.publication.opt.events': "The host's Application log export with 12293/12294 (repeatable)",
  'cli.publication.opt.authoritative': 'Authoritative server of the zone(s), IP[:port] (repeatable); default: found from SOA + NS. With it, --dns-server defaults to none',
  'cli.publication.opt.expect-host': 'Host allowed to have a record (repeatable); default: the --host values',
  'cli.publication.example.host': 'Is kms01 published in contoso.com on every authoritative server and both DCs?',
  'cli.publication.example.snapshot': 'Check every domain of its DnsDomainPublishList, with its 12293/12294 history',

  'cli.activate-probe.describe': 'Send ONE KMS activation request (opt-in, --activation-request) and validate the answer: HRESULT, count vs threshold, intervals, host ePID, HWID',
  'cli.activate-probe.positional.endpoint': 'KMS host, HOST[:PORT], port {port} by default',
  'cli.activate-probe.opt.list-products': 'List the products --product accepts, with their ids, protocol version and threshold',
  'cli.activate-probe.opt.dry-run': 'Build and print the request (hex and decoded fields) without connecting',
  'cli.activate-probe.example.list': 'Which products can be asked for',
  'cli.activate-probe.example.dry-run': 'Show the request without connecting',
  'cli.activate-probe.example.bind': 'Bind only, and show what would be sent',
  'cli.activate-probe.example.send': 'Send the one request and check the answer',

  'cli.analyze.describe': 'Analyze what a customer sent — snapshots, slmgr /dlv text, event exports — offline, with the same findings',
  'cli.analyze.positional.files': 'Snapshot JSON, slmgr /dlv text, event exports (wevtutil XML, Get-WinEvent JSON or CSV), slmgr.ini',
  'cli.analyze.opt.slmgr-ini':
    "The machine's slmgr.ini, or a snapshot collected on it (which keeps its slmgr.ini), to read /dlv text in its language (the ini may also be given as a file)",
  'cli.analyze.opt.encoding': 'Code page of text files whose bytes do not tell (no byte-order mark, not UTF-8), e.g. shift_jis for cp932: {names}',
  'cli.analyze.opt.target-os': 'With a KMS host\'s snapshot or /dlv text: the client product its key must activate, e.g. "Windows 11 Enterprise"',
  'cli.analyze.opt.probe':
    'Also test from here what the client would contact (as connectivity --snapshot does); without it the probing options (--timeout, --deadline, --concurrency, --dns-server) are ignored',
  'cli.analyze.example.snapshot': 'What is wrong with this client, from its snapshot alone',
  'cli.analyze.example.dlv': 'The same from slmgr /dlv text and an event export',
  'cli.analyze.example.pair': 'A client and its KMS host: also compares their clocks',
  'cli.analyze.example.host': 'A KMS host: its count, key coverage and Key Management Service log',
  'cli.analyze.example.probe': 'And test its discovery from this machine',

  'cli.readiness.describe': 'Before deployment: will KMS activation work? One pass/warn/fail per check, as text, JSON, Markdown, HTML or JUnit',
  'cli.readiness.opt.domain': 'Domain the clients search for _vlmcs._tcp (repeatable)',
  'cli.readiness.opt.client-snapshot': "A client's snapshot (kmsdoctor collect): its domains are checked and its clock compared (repeatable)",
  'cli.readiness.opt.host-snapshot': "A KMS host's snapshot or slmgr /dlv text (repeatable)",
  'cli.opt.kms-log': "A KMS host's 12290 export (wevtutil XML, Get-WinEvent JSON or CSV) (repeatable)",
  'cli.readiness.opt.expect-host': 'Intended KMS host FQDN (repeatable): probed directly, expected first in DNS',
  'cli.readiness.opt.target-os': 'Product the hosts must activate, e.g. "Windows 11 Enterprise" (repeatable)',
  'cli.readiness.example.rollout': 'Is contoso.com ready for a Windows 11 rollout?',
  'cli.readiness.example.html': 'A page for the change board',
  'cli.readiness.example.junit': 'Gate a pipeline on it, warnings included',

  'cli.fleet.describe': 'Many clients compared: clone groups (duplicate CMIDs), activation state, where clients go, DNS suffix groups, threshold mix, clock spread',
  'cli.fleet.positional.paths': 'Snapshots: folders (every *.json below them) or files; client and host snapshots alike',
  'cli.fleet.opt.probe': "Ask DNS about each suffix group's domain and test each host clients go to — each once; without it the probing options are ignored",
  'cli.fleet.example.together': 'What the fleet says together',
  'cli.fleet.example.dashboard': 'A dashboard, with every host and domain probed once',

  'cli.collect.describe': "Collect this Windows machine's licensing facts into a snapshot (JSON) to analyze here or elsewhere",
  'cli.collect.opt.out': 'Write the snapshot to this file (a regular file is replaced atomically; a device or FIFO is written through) instead of stdout',
  'cli.collect.opt.event-count': 'How many of the newest activation events to include (0–10000)',
  'cli.collect.example': 'On the client; then `kmsdoctor connectivity --snapshot client01.json` anywhere',
  'cli.collect.epilog': 'Runs ps/collector/Get-KmsSnapshot.ps1 (pwsh.exe when present, else powershell.exe). Read-only; no administrator rights needed.',

  'cli.events.describe': 'Read activation events from exports (wevtutil XML, Get-WinEvent JSON or CSV): the events, the attempts they make up, the 8198 failures',
  'cli.events.positional.files': 'Event exports (the format is recognized from the content)',
  'cli.events.opt.encoding': 'Code page of exports whose bytes do not tell (no byte-order mark, not UTF-8), e.g. shift_jis',
  'cli.events.opt.max-events': 'Keep only the newest N activation events of each file',
  'cli.events.example': "What the PowerShell module's Get-KmsActivationEvent -Path reads",

  'cli.lab.describe': 'Start the built-in KMS lab on loopback and run the connectivity check against it',
  'cli.lab.opt.serve': 'Keep the lab running (Ctrl+C to stop) and print how to point other commands at it',
  'cli.lab.example': 'See what a diagnosis looks like, with no KMS network around',
  'cli.lab.epilog': 'Exit code: 0 when every planted fault was diagnosed and the healthy host passed, 1 otherwise, 2 when the lab could not start.',

  'cli.explain.describe': 'Print the page of a finding id or an activation error code, offline (no id: list the findings; several: each, in order)',
  'cli.explain.positional.id':
    "A finding id such as tcp/kms-port-filtered, or an error code: 0xC004F074, C004F074, 3221549172, or slmgr's exit code -1073418124 (put -- before a negative number if it is taken for an option)",
  'cli.explain.positional.more': 'More ids or codes, explained in the same run (with --json: an array; an unknown one is an entry of kind "unknown")',
  'cli.explain.opt.codes': 'List the activation error codes this tool knows',
  'cli.explain.opt.json': "Print JSON: the code's catalog entry, or the finding's title, severity, summary and page (no id: the list)",
  'cli.explain.opt.lang': 'Language of the page (default: KMSDOCTOR_LANG, then the locale; else en)',
  'cli.explain.example.finding': 'Why a filtered port breaks activation, and the fix',
  'cli.explain.example.code': 'What an activation error code means, and the fix',
  'cli.explain.example.exit-code': "slmgr's exit code ($LASTEXITCODE); the -- keeps the minus sign from reading as an option",
  'cli.explain.codes-hint': 'Error codes (0xC004F074 …): kmsdoctor explain --codes',
} as const;
