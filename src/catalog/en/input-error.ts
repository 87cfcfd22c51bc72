/**
 * English text of the usage errors about the files and values a customer gives (one line, exit 2):
 * what is wrong with the input and what to give instead. Paths, options, commands and the
 * input's own text come in as arguments.
 */
export const INPUT_ERROR = {
  'input-error.publish-list.too-many-parts': 'DnsDomainPublishList line "{line}" has more than "domain, priority, weight"',
  'input-error.publish-list.not-a-number': 'DnsDomainPublishList line "{line}": {part, select, priority {priority} other {weight}} "{value}" is not a number from 0 to 65535',
  'input-error.snapshot.no-name': 'snapshot "{path}" does not give the computer\'s name and domain; name the host with {option}',
  'input-error.snapshot.not-json': 'snapshot "{path}" is not valid JSON ({detail}); was the file cut short?',
  'input-error.snapshot.not-snapshot': '"{path}" is not a kms-doctor snapshot (no {kind})',
  'input-error.snapshot.invalid': 'snapshot "{path}" is not valid: {problem}',
  'input-error.unknown-product': '{option}: unknown product "{product}"{hasSuggestions, select, true { (did you mean: {suggestions}?)} other {}}',
  'input-error.two-ini': 'two slmgr.ini files given ("{first}", "{second}"); give the one of the machine whose /dlv text this is',
  'input-error.unrecognised': '{path}: nothing in it was recognised — expected slmgr /dlv or /dli text, a kms-doctor snapshot (JSON), an event export (wevtutil XML, Get-WinEvent JSON or CSV) or a slmgr.ini',
  'input-error.several-clients': 'several client snapshots given ({paths}); analyse one client at a time',
  'input-error.several-dlv': 'several slmgr /dlv texts given ({paths}); analyse one client at a time',
  'input-error.snapshot-and-dlv': 'give either {snapshotOption} or {dlvOption}, not both: the snapshot already holds what /dlv shows',
  'input-error.ini-without-dlv': '{iniOption} is only used to read {dlvOption} text; give {dlvOption} too',
  'input-error.dlv-unrecognised': '{path}: no slmgr /dlv or /dli output was recognised in it (expected the text of {command}, a kms-doctor snapshot or an event export)',
  'input-error.empty': '"{path}" is empty',
  'input-error.cannot-read': '{path}: cannot read ({code})',
  'input-error.dlv.too-many-products': 'slmgr /dlv text lists more than {max} products: a machine has about a hundred licences — is this the right file?',
  'input-error.dlv.too-large': 'slmgr /dlv text is too large ({size} characters; the limit is {max}): real /dlv output is a few kilobytes — is this the right file?',
  'input-error.ini.too-large': '{path}: too large for a slmgr.ini ({size} bytes; the limit is {max})',
  'input-error.ini.binary': '{path}: not a text file (binary data: NUL or control characters)',
  'input-error.ini.no-lines': '{path}: not a slmgr.ini (no L_Xxx=value lines found)',
  'input-error.ini.snapshot-without-ini': "{path}: this kms-doctor snapshot holds no slmgr.ini (the machine's UI language is English, or it was collected by an older collector); English /dlv text needs none, otherwise give the machine's {iniPath}",
  'input-error.ini.other-json': "{path}: JSON, but neither a slmgr.ini nor a kms-doctor snapshot; give the machine's slmgr.ini or a snapshot collected on it",
} as const satisfies Record<string, string>;
