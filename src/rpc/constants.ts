/**
 * DCE/RPC (connection-oriented, `ncacn_ip_tcp`) constants used by the KMS bind probe.
 * Values and meanings come from shared/kms-protocol.md §2 ([C706], [MS-RPCE]).
 */

/** An abstract or transfer syntax: a UUID plus a `major.minor` version. */
export interface SyntaxId {
  /** Lower-case string form, e.g. `51c82175-844e-4750-b0d8-ec255555bc06`. */
  uuid: string;
  major: number;
  minor: number;
}

/** The KMS interface (`KMSServer`, one method `RequestActivation`), v1.0. */
export const KMS_INTERFACE: SyntaxId = Object.freeze({ uuid: '51c82175-844e-4750-b0d8-ec255555bc06', major: 1, minor: 0 });

/** NDR (NDR32) transfer syntax, v2.0 — the one every KMS host accepts on a single-context bind. */
export const NDR32: SyntaxId = Object.freeze({ uuid: '8a885d04-1ceb-11c9-9fe8-08002b104860', major: 2, minor: 0 });

/** NDR64 transfer syntax, v1.0 — preferred by Windows 8 / Server 2012 and later hosts. */
export const NDR64: SyntaxId = Object.freeze({ uuid: '71710533-beba-4937-8319-b5dbef9ccc36', major: 1, minor: 0 });

/**
 * Bind-time feature negotiation "transfer syntax" with the bitmask Windows sends (0x03).
 * The bitmask lives in the last 8 bytes, so the string shows `0300`, not `0003` (§2.5).
 */
export const BTFN_WINDOWS: SyntaxId = Object.freeze({ uuid: '6cb71c2c-9812-4540-0300-000000000000', major: 1, minor: 0 });

/** The first 8 string characters of every BTFN UUID; what follows is the feature bitmask. */
export const BTFN_UUID_PREFIX = '6cb71c2c-9812-4540-';

/** PDU types (`PTYPE`, header byte 2) that can appear in a KMS exchange. */
export const PDU_TYPE = Object.freeze({
  request: 0,
  response: 2,
  fault: 3,
  bind: 11,
  bindAck: 12,
  bindNak: 13,
  alterContext: 14,
  alterContextResp: 15,
});

/** `pfc_flags` bits (header byte 3). */
export const PFC = Object.freeze({
  firstFrag: 0x01,
  lastFrag: 0x02,
  /** In bind/alter_context: "supports header signing" ([MS-RPCE]). */
  pendingCancel: 0x04,
  concMpx: 0x10,
  didNotExecute: 0x20,
  maybe: 0x40,
  objectUuid: 0x80,
});

/** Little-endian integers, ASCII, IEEE floats: the only data representation Windows sends. */
export const DREP_LITTLE_ENDIAN: readonly number[] = Object.freeze([0x10, 0x00, 0x00, 0x00]);

/** Size of the common header that starts every connection-oriented PDU. */
export const COMMON_HEADER_LENGTH = 16;

/** What Windows clients offer for `max_xmit_frag` / `max_recv_frag`. */
export const WINDOWS_MAX_FRAG = 5840;

/** Windows clients start their call ids at 2; vlmcs copies this, so a probe that does looks ordinary. */
export const WINDOWS_FIRST_CALL_ID = 2;

/**
 * Upper bound we accept for a reply to a bind. A one-context bind_ack is 60 bytes and even a long
 * secondary address keeps it far below this, so a larger `frag_length` means the bytes are not RPC.
 */
export const MAX_BIND_REPLY_LENGTH = 4096;

/** Result codes in a bind_ack / alter_context_resp result element. */
export const CONTEXT_RESULT = Object.freeze({
  acceptance: 0,
  userRejection: 1,
  providerRejection: 2,
  /** MS extension: only for the BTFN element, whose `reason` then carries the feature bitmask. */
  negotiateAck: 3,
});

/** `reason` codes that accompany a provider rejection of a presentation context. */
export const PROVIDER_REASON = Object.freeze({
  notSpecified: 0,
  abstractSyntaxNotSupported: 1,
  proposedTransferSyntaxesNotSupported: 2,
  localLimitExceeded: 3,
});

const CONTEXT_RESULT_NAMES: readonly string[] = ['acceptance', 'user rejection', 'provider rejection', 'negotiate ack'];

const PROVIDER_REASON_NAMES: readonly string[] = ['reason not specified', 'abstract syntax not supported', 'proposed transfer syntaxes not supported', 'local limit exceeded'];

/** `provider_reject_reason` values of a bind_nak, indexed by code ([C706]; 8 and 9 are [MS-RPCE]). */
const BIND_NAK_REASON_NAMES: readonly string[] = [
  'reason not specified',
  'temporary congestion',
  'local limit exceeded',
  'called address unknown',
  'protocol version not supported',
  'default context not supported',
  'user data not readable',
  'no PSAP available',
  'authentication type not recognized',
  'invalid checksum',
];

/** Signature that announces extended error information after a bind_nak's version list ([MS-RPCE] 2.2.1.1.2). */
export const EXTENDED_ERROR_SIGNATURE = '90740320-fad0-11d3-82d7-009027b130ab';

/** Human-readable name of a context result code; unknown codes are named by number rather than guessed. */
export function contextResultName(result: number): string {
  return CONTEXT_RESULT_NAMES[result] ?? `unknown result ${result}`;
}

/**
 * Human-readable name of a context result's `reason`. Its meaning depends on the result: for a
 * negotiate ack it is a feature bitmask, for an acceptance Microsoft sends 0.
 */
export function contextReasonName(result: number, reason: number): string {
  if (result === CONTEXT_RESULT.negotiateAck) return `feature bitmask 0x${reason.toString(16).padStart(4, '0')}`;
  if (result === CONTEXT_RESULT.acceptance && reason === 0) return 'none';
  return PROVIDER_REASON_NAMES[reason] ?? `unknown reason ${reason}`;
}

/** Human-readable name of a bind_nak `provider_reject_reason`. */
export function bindNakReasonName(reason: number): string {
  return BIND_NAK_REASON_NAMES[reason] ?? `unknown reason ${reason}`;
}

const PDU_TYPE_NAMES: Readonly<Record<number, string>> = {
  0: 'request',
  1: 'ping',
  2: 'response',
  3: 'fault',
  11: 'bind',
  12: 'bind_ack',
  13: 'bind_nak',
  14: 'alter_context',
  15: 'alter_context_resp',
  16: 'auth3',
  17: 'shutdown',
  18: 'co_cancel',
  19: 'orphaned',
};

/** Name of a PDU type for messages, e.g. `12 (bind_ack)`. */
export function pduTypeLabel(type: number): string {
  const name = PDU_TYPE_NAMES[type];
  return name === undefined ? String(type) : `${type} (${name})`;
}
