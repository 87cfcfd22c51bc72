/** English text of the activation/* findings: titles, summaries, messages, remedies and evidence lines. */
export const ACTIVATION = {
  'activation/host-key-does-not-cover-product.title': "The host key does not cover this product",
  'activation/host-key-does-not-cover-product.summary': "The KMS host answered the activation request with 0xC004F042: its host key (CSVLK) cannot activate this product.",
  'activation/clock-skew.title': "The KMS host rejected the request time",
  'activation/clock-skew.summary': "The KMS host answered 0xC004F06C: the request's timestamp differs from the host's clock by more than it accepts (4 hours).",
  'activation/protocol-version-unsupported.title': "The KMS host does not take this protocol version",
  'activation/protocol-version-unsupported.summary': "The KMS host answered 0x8007000D (invalid data): it does not support the product's KMS protocol version, or found the request malformed.",
  'activation/count-below-threshold.title': "The KMS host count is below the product's threshold",
  'activation/count-below-threshold.summary': "The host answered with a count below what this product needs (25 Windows client, 5 server and Office), so its clients are not activated yet (0xC004F038).",
  'activation/response-invalid.title': "The activation response failed validation",
  'activation/response-invalid.summary': "The host's answer did not pass the protocol checks (MAC, hash, HMAC, padding, echoed fields): it is damaged or tampered, and a client would discard it.",
  'activation/request-failed.title': "The activation request got no usable answer",
  'activation/request-failed.summary': "The one activation request could not be completed: no connection, no KMS bind, an RPC fault, no reply, or an error code.",
  'activation/emulator-tells.title': "The KMS host shows emulator tells",
  'activation/emulator-tells.summary': "The answer shows details genuine Windows hosts are not known to produce (fixed HWID, reused IV, implausible ePID, any interface accepted). Information, not a verdict.",
} as const satisfies Record<string, string>;
