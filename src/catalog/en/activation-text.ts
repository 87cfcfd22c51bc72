/**
 * English text of the activation section: what a return code means in the KMS exchange
 * (shared/kms-protocol.md §2.10), the emulator tells (information, not a verdict) and the next
 * steps. Options, codes, ids and product names are arguments.
 */
export const ACTIVATION_TEXT = {
  'activation-text.kms-meaning.success': 'success; the host answered with its count and intervals',
  'activation-text.kms-meaning.invalid-data':
    'invalid data: the host does not support this KMS protocol version, or the request is malformed; older hosts answer this for newer versions',
  'activation-text.kms-meaning.not-covered': 'the host key (CSVLK) cannot activate this KMS counted id: the product is not covered',
  'activation-text.kms-meaning.clock': "the request timestamp was rejected: the probe's clock differs too much from the host's (±4 h)",
  'activation-text.tell.accepts-any-interface': 'the endpoint accepted a bind to a random interface ({interfaceUuid}); Windows hosts refuse it with 2/1, py-kms accepts anything',
  'activation-text.tell.well-known-hwid': "HWID {hwid} is vlmcsd's built-in default, a well-known emulator value",
  'activation-text.tell.response-iv-reused': 'the v6 response reuses the request IV; genuine hosts choose a fresh one (vlmcs calls this suspicious)',
  // {warning}: what the ePID check found.
  'activation-text.tell.epid-implausible': 'ePID implausible (likely emulator or hand-edited): {warning}',
  'activation-text.tell.key-should-not-cover-product': 'the ePID names a {key} host key, which does not activate {product}; a genuine host with that key answers 0xC004F042',
  'activation-text.tell.bind-style-mismatch':
    'the bind behaved like a Vista/7/2008 R2 host (NDR32 accepted, NDR64 refused), yet the ePID claims build {build}; Windows 8 / Server 2012 and later prefer NDR64',
  'activation-text.tell.count-above-cap': 'count {count}: a genuine host never reports more than {cap} (twice the highest threshold it has seen)',
  // {interval}: activation or renewal.
  'activation-text.tell.interval-out-of-range':
    '{interval, select, activation {activation} other {renewal}} interval {minutes} min is outside the {min}–{max} min a host can be set to',
  'activation-text.advice.v4-invalid': 'The host rejected the v4 request as invalid data; it may not be a KMS host for this product at all.',
  'activation-text.advice.older-protocol':
    "The host does not take protocol v{protocol} (or found the request malformed). This run sent one request and stops; to try an older version, run again with {option} — an older host that answers v{lower} does not know this product's generation anyway.",
  'activation-text.advice.bind-only': "Nothing was sent to the licensing service. Add {option} to send this one request; it may add this CMID to the host's count for 30 days.",
  'activation-text.advice.dry-run': 'Dry run: nothing was sent and no connection was made.',
  'activation-text.advice.sku-not-in-table': 'The SKU id sent ({skuId}) is not from the product table; the host only logs it (event 12290).',
  'activation-text.advice.unverified-ids': "This product's KMS counted id comes from third-party sources only (not in vlmcsd's data); a 0xC004F042 may also mean the id is wrong.",
} as const satisfies Record<string, string>;
