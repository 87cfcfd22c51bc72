/**
 * English text of the notes the input readers leave for a person: what an event export or an
 * `slmgr /dlv` text did not give, or gave in a shape that needed care. The readers keep them as
 * messages; the report says them in its language.
 */
export const INPUT_NOTES = {
  'input-note.in-file': '{path}: {note}',
  'input-note.as-written': '{text}',
  // Event exports
  'input-note.events.from-message':
    'the export carries no event property values; the fields of 12288, 12289, 12290 and 8198 were read from the rendered Message (its insertion strings, whatever the display language)',
  'input-note.events.no-fields': 'some activation events carried neither property values nor insertion strings in their Message; their fields are unknown',
  'input-note.events.unzoned': 'some TimeCreated values carry no time zone; they were read as UTC',
  'input-note.events.csv-unzoned':
    "TimeCreated has no time zone (Export-Csv writes the exporting machine's local time); read as UTC, so times may be off by that machine's UTC offset",
  'input-note.events.skipped': '{count, plural, one {# event record} other {# event records}} {reason}; skipped',
  'input-note.events.skip.unreadable': 'had no readable {field}',
  'input-note.events.skip.oversized': 'carried more than {max} characters of data{line, select, null {} other { (line {line})}}',
  'input-note.events.skip.not-object': 'were not JSON objects',
  'input-note.events.csv-no-data':
    'no Properties or DataN column: {message, select, true {the fields are read from the Message column} other {events are kept without data and fields}}; for the exact values export with: {command}',
  'input-note.events.csv-type-name':
    'the Properties column holds a .NET type name ({typeName}) — plain Export-Csv cannot write event properties; {message, select, true {the fields are read from the Message column instead} other {events are kept without data and fields}}; for the exact values export with: {command}',
  'input-note.events.csv-cut': 'the file ends in the middle of a CSV record (truncated?); the {count} complete records before the cut were read',
  'input-note.events.csv-day-first-late':
    '{count} dates such as 3/4/2025 were read month-first before later dates showed the file writes day-first (d/M/yyyy); their times may be wrong',
  'input-note.events.csv-order-unknown':
    '{count} dates such as 3/4/2025 were read month-first (M/d/yyyy, as en-US and the invariant culture write them); no date in the file settles the order',
  'input-note.events.json-no-properties': 'some events carry no Properties (exported with Select-Object without Properties?); export them with Properties for their exact values',
  'input-note.events.json-type-names': 'Properties holds .NET type names instead of values (ConvertTo-Json depth too small); re-export with {command}',
  'input-note.events.json-cut': 'the file ends in the middle of the JSON (truncated?); the {count} complete events before the cut were read',
  'input-note.events.xml-cut': 'the file ends in the middle of the XML (truncated?); the {count} complete <Event> elements before the cut were read',
  'input-note.events.kept-newest': 'kept the newest {kept} of {seen} activation events (maxEvents {limit})',
  // slmgr /dlv text
  'input-note.dlv.product-before-name':
    'product lines appear before any product name line (the text starts in the middle of a product): they are kept in a product with an empty name',
  'input-note.dlv.service-twice': 'service value shown twice with different values ({field}: {first} and {second}): the first is kept',
  'input-note.dlv.status-unknown': 'a product shows "License Status: Unknown" (a LicenseStatus outside 0–6): left unknown',
  'input-note.dlv.status-not-known': 'license status "{value}" is not among the known status texts: left unknown',
  'input-note.dlv.product-key-not-found': 'slmgr reported that the product key was not found',
  'input-note.dlv.host-on-unknown-line':
    'KMS host {host} appears on a line whose label is not known ("{line}"): whether it was set with /skms or found through DNS is not known, so it was not read',
  'input-note.dlv.no-activation-id': 'a product\'s activation ID is not shown (slmgr /dli does not print it; /dlv does): its id is the nil GUID {id}, which means "not known"',
  'input-note.dlv.nul': 'the text contains NUL characters: was a UTF-16 file read as UTF-8? (readDlvText detects the encoding)',
  'input-note.dlv.japanese-without-ini':
    "labels are not English and no slmgr.ini was given: only the Japanese labels confirmed from real console output are built in ({labels}); the other lines were not read — give the machine's {path} to read them",
  'input-note.dlv.other-language-without-ini':
    "labels are not English and no slmgr.ini was given (language: {language}): only language-independent values were read (product names, channels, application and activation IDs, CMID, service version) — give the machine's {path} to read the rest",
  'input-note.dlv.unknown-count':
    '{count, plural, one {# line has} other {# lines have}} a label that is not known and {count, plural, one {was} other {were}} not read{listed, select, null {} other { (the first {listed} are listed)}}',
  'input-note.dlv.not-recognised': 'no slmgr /dlv or /dli output was recognised',
  'input-note.dlv.unknown-line': 'unknown line: {line}',
  'input-note.dlv.more-unknown': '… and {count} more unknown lines',
  'input-note.dlv.not-integer': '{field}: "{value}" is not a non-negative whole number; left unknown',
  'input-note.dlv.not-port': '{field}: {port} is not a usable TCP port; left unknown',
  'input-note.dlv.not-guid': '{field}: "{value}" is not a GUID; left unknown',
  'input-note.dlv.no-port': '{field}: "{value}" has no port; the port is left unknown',
  // Loading several inputs
  'input-note.dlv-ignored':
    '{path}: slmgr /dlv text ignored{ini, select, null {} other { (and so is the slmgr.ini given to read it, {ini})}}: the snapshot {snapshot} holds the same facts',
} as const;
