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
  'input-error.unrecognised':
    '{path}: nothing in it was recognised — expected slmgr /dlv or /dli text, a kms-doctor snapshot (JSON), an event export (wevtutil XML, Get-WinEvent JSON or CSV) or a slmgr.ini',
  'input-error.several-clients': 'several client snapshots given ({paths}); analyze one client at a time',
  'input-error.several-dlv': 'several slmgr /dlv texts given ({paths}); analyze one client at a time',
  'input-error.snapshot-and-dlv': 'give either {snapshotOption} or {dlvOption}, not both: the snapshot already holds what /dlv shows',
  'input-error.ini-without-dlv': '{iniOption} is only used to read {dlvOption} text; give {dlvOption} too',
  'input-error.dlv-unrecognised': '{path}: no slmgr /dlv or /dli output was recognised in it (expected the text of {command}, a kms-doctor snapshot or an event export)',
  'input-error.empty': '"{path}" is empty',
  'input-error.cannot-read': '{path}: cannot read ({code})',
  'input-error.dlv.too-many-products': 'slmgr /dlv text lists more than {max} products: a machine has about a hundred licenses — is this the right file?',
  'input-error.dlv.too-large': 'slmgr /dlv text is too large ({size} characters; the limit is {max}): real /dlv output is a few kilobytes — is this the right file?',
  'input-error.ini.too-large': '{path}: too large for a slmgr.ini ({size} bytes; the limit is {max})',
  'input-error.ini.binary': '{path}: not a text file (binary data: NUL or control characters)',
  'input-error.ini.no-lines': '{path}: not a slmgr.ini (no L_Xxx=value lines found)',
  'input-error.ini.snapshot-without-ini':
    "{path}: this kms-doctor snapshot holds no slmgr.ini (the machine's UI language is English, or it was collected by an older collector); English /dlv text needs none, otherwise give the machine's {iniPath}",
  'input-error.ini.other-json': "{path}: JSON, but neither a slmgr.ini nor a kms-doctor snapshot; give the machine's slmgr.ini or a snapshot collected on it",
  'input-error.events.no-id-column': '{path}: CSV without an Id column (columns: {columns})',
  'input-error.events.no-time-column': '{path}: CSV without a TimeCreated column (columns: {columns})',
  'input-error.events.csv-record-too-long': '{path}: a CSV record longer than {max} characters (line {line}); not an event export',
  'input-error.events.csv-too-many-columns': '{path}: a CSV record with more than {max} columns (line {line})',
  'input-error.events.csv-cut-in-header': '{path}: the CSV ends inside its header row (truncated?)',
  'input-error.events.csv-no-header': '{path}: CSV without a header row',
  'input-error.events.empty': '{path}: the file is empty',
  'input-error.events.binary': '{path}: binary data, not an event export (expected {xml}, {json} or {csv} output)',
  'input-error.events.evtx': '{path}: this is a binary .evtx; export it with {command} …, e.g. {example}',
  'input-error.events.wevtutil-text': '{path}: this is wevtutil /f:text output, which is localized; export with /f:xml instead ({command})',
  'input-error.events.console-output': '{path}: this is PowerShell console output, not an export; use {json}, or {xml}',
  'input-error.events.unrecognised': '{path}: not a recognized event export (expected {xml}, {json} or {csv} output)',
  'input-error.events.cannot-read': '{path}: cannot read ({code})',
  'input-error.events.json-too-deep': '{path}: JSON nested deeper than {max} levels; not an event export',
  'input-error.events.json-invalid': '{path}: not valid JSON ({detail})',
  'input-error.events.json-object-too-large': '{path}: a JSON event object larger than {max} characters; not an event export',
  'input-error.events.json-cut': '{path}: the JSON ends before the first complete event (truncated?)',
  'input-error.events.xml-declaration':
    '{path}: not well-formed XML (the <?xml …?> declaration is not closed{complete, select, true {} other { within its first {max} characters}})',
  'input-error.events.xml-invalid': '{path}: not well-formed XML ({detail})',
  'input-error.events.xml-invalid-at': '{path}: not well-formed XML at line {line}, column {column}: {detail}',
  'input-error.events.xml-no-event': '{path}: XML without any <Event> element; expected the output of {command}',
  'input-error.events.xml-text-too-long': '{path}: an XML text, comment or name longer than {max} characters; not an event export',
  'input-error.events.xml-too-many-attributes': '{path}: an XML element with more than {max} attributes; not an event export',
  'input-error.events.xml-too-deep': '{path}: XML nested deeper than {max} elements; not an event export',
  'input-error.events.xml-too-many-data': '{path}: an <Event> with more than {max} Data elements; not an event export',
  'input-error.events.xml-doctype':
    '{path}: XML with a DOCTYPE or ENTITY declaration is refused (an event export has none; they enable entity-expansion and external-entity attacks)',
  'input-error.events.xml-cut': '{path}: the XML ends before the first complete <Event> (truncated, or not a {command} export)',
  'input-error.file.not-regular':
    '{path}: not a regular file ({problem, select, directory {a directory} pipe {a pipe} socket {a socket} device {a device} other {not a file}}); give the {what, select, snapshot {snapshot} dlv {slmgr /dlv output} slmgrIni {slmgr.ini} eventExport {event export} other {input file}} as a file',
  'input-error.file.cannot-read':
    '{path}: cannot read the {what, select, snapshot {snapshot} dlv {slmgr /dlv output} slmgrIni {slmgr.ini} eventExport {event export} other {input file}} ({reason, select, ENOENT {no such file} EACCES {permission denied} EPERM {permission denied} EISDIR {a directory} ELOOP {a symbolic link loop} other {{reason}}})',
  'input-error.file.too-large':
    '{path}: too large for {what, select, snapshot {snapshot} dlv {slmgr /dlv output} slmgrIni {slmgr.ini} eventExport {event export} other {input file}} (more than {max} bytes; {what, select, snapshot {a real snapshot is tens of kilobytes} dlv {real /dlv output is a few kilobytes, /dlv all tens of kilobytes} slmgrIni {a real one is about 60 KB} eventExport {a real export is a few megabytes} other {a real one is far smaller}}) — is this the right file?',
  'input-error.file.undecodable': '{path}: not a text file, or not in the encoding it seems to be in ({encoding}, chosen by {reason}); give {option} if you know it',
  'input-error.file.binary': '{path}: not a text file (binary data: NUL or control characters after decoding as {encoding})',
} as const satisfies Record<string, string>;
