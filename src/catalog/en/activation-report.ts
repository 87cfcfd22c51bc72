/**
 * English words of the activation request's detail block (src/reporters/human/activation.ts) and
 * of `activate-probe --list-products`: captions and the sentences around the decoded fields.
 * Field names of the protocol (SKU, CMID, N-policy, HRESULT, ePID, HWID, PDU), values, ids and
 * hex stay as they are in every language; the probe's own details come from the engine.
 */
export const ACTIVATION_REPORT = {
  'activation.heading':
    'Activation probe — {where} — {mode, select, dry {dry run — nothing sent, no connection} bind {bind only — no activation request sent} other {one activation request sent}}',
  'activation.target': '  target:    {reason}',
  'activation.product': '  product:   {name} — {application}, KMS counted id {kmsId} ({group}{unverified, select, true {, third-party id †} other {}}), needs count ≥ {minimum}',
  'activation.sent':
    '  {sent, select, true {Sent} other {Would send}}: KMS {protocol} request, NDR32, {windows, select, true {Windows-style 3-context bind} other {one-context NDR32 bind}}',
  'activation.fields': '    version {version}, VM flag {vmFlag}, license status {status} ({statusName}), {grace} min left',
  'activation.sku-not-from-table': ' (not from the product table; the host only logs it)',
  'activation.time': '    N-policy {minimum}, time {timestamp} (FILETIME {filetime}), previous CMID {previous}',
  'activation.payload': '    KMS payload ({bytes} bytes):',
  'activation.request-pdu': '    request PDU ({bytes} bytes):',
  'activation.bind': '  Bind',
  'activation.bind.context': '    context {id} {offered}: {result}',
  'activation.bind.alter-context': '    alter_context for NDR32: {verdict} — {explanation}',
  'activation.accepted': 'accepted',
  'activation.refused': 'refused',
  'activation.inconclusive': 'inconclusive',
  'activation.anomaly': '    anomaly: {anomaly}',
  'activation.result': '  Result',
  'activation.rpc-fault': '    RPC fault {status}: {name}',
  'activation.kms-meaning': '      in the KMS exchange: {meaning}',
  'activation.checks': '    checks: {passed} of {total} passed ({ids})',
  'activation.threshold-met': 'threshold met',
  'activation.below-threshold': "below threshold (0xC004F038 for this product's clients)",
  'activation.count': '    count:     {count} (this product needs {minimum}) — {verdict}',
  'activation.intervals': '    intervals: activation {activation}, renewal {renewal}',
  'activation.minutes': '{value} min',
  'activation.minutes.days': '{value} min ({days} d)',
  'activation.minutes.hours': '{value} min ({hours} h)',
  'activation.epid': '    host ePID: {epid}',
  'activation.epid.os': '      OS:        build {build}{buildName}, platform {platform}{platformName}',
  'activation.epid.key': '      host key:  {key} — group {group}, key id {keyId}{activates, select, null {} other {; activates {activates}}}',
  'activation.epid.unknown-key': 'unknown CSVLK',
  'activation.epid.installed': '      installed: {date}; language {lcid}{language}; channel {channel}',
  'activation.epid.day-of-year': 'day {day} of {year}',
  'activation.hwid': '    HWID:      {hwid}',
  'activation.response-pdu': '    response PDU ({bytes} bytes{fragments, plural, =0 {} =1 {} other {, {fragments} fragments}}):',
  'activation.latency': '  latency:   {latency} ms request → response (whole probe {duration} ms, {attempts, plural, one {# connection} other {# connections}})',
  'activation.any-interface': '  random-interface bind: {verdict} — {detail}',
  'activation.tells': '  Emulator tells',
  'activation.tells.note': ' (information, not a verdict)',
  'activation.no-tells': '  No emulator tells seen. That does not prove the host is genuine.',
  'activation.note': '  note: {note}',

  // activate-probe --list-products
  'activation.products.heading': 'Products --product accepts',
  'activation.products.column.product': 'product',
  'activation.products.column.sku': 'SKU id',
  'activation.products.column.kms-id': 'KMS counted id (group)',
  'activation.products.column.application': 'app',
  'activation.products.column.protocol': 'proto',
  'activation.products.column.minimum': 'N',
  'activation.products.also': '  also: {aliases}',
  'activation.products.footnote': "† third-party ids only (not in vlmcsd's data). SKU id — : not known for this edition; the all-zero GUID is sent unless --sku names one.",
} as const;
