/**
 * One activation probe run, from the product and policy choices to the report section both
 * `activate-probe` and `connectivity --activation-request` print: what was (or would be) sent,
 * what came back, the HRESULT explained, count vs threshold, intervals, the decoded ePID, the HWID,
 * and emulator tells — as information, never a verdict of "genuine".
 */

import { type ActivationProbeResult, type ActivationStatus, type BindEvidence, type BindStyle, probeKmsActivation } from '../../probes/kms-activation.js';
import type { MessageId } from '../catalog/catalogs.js';
import { lookupCode } from '../catalog/codes/catalog.js';
import { codeSummary } from '../catalog/codes/render.js';
import { type Message, type MessageArgs, msg } from '../catalog/message.js';
import { reasonText } from '../catalog/probe-reason.js';
import type { ProbeError, ProbeReason } from '../core/result.js';
import { csvlkCovers, type DecodedEpid, decodeEpid, identifyCsvlk } from '../kms/epid.js';
import type { KmsVersion } from '../kms/kms-crypto.js';
import { type BaseRequest, dateFromFileTime, fileTimeFromDate, LICENSE_STATUS_NAMES, versionLabel, ZERO_UUID } from '../kms/message.js';
import { type Cmid, PROBE_GRACE_MINUTES, PROBE_LICENSE_STATUS, type RequestGuard } from '../kms/policy.js';
import { APPLICATION_IDS, APPLICATION_NAMES, type KmsProduct } from '../kms/products.js';
import { type BuiltRequest, buildKmsRequest } from '../kms/request.js';
import { WELL_KNOWN_EMULATOR_HWID } from '../kms/response.js';
import { encodeRequestPdu, encodeRequestStub } from '../rpc/call-pdu.js';
import { WINDOWS_FIRST_CALL_ID } from '../rpc/constants.js';

export type ActivationMode = 'dry-run' | 'bind-only' | 'sent';

/** HRESULTs with a meaning specific to the KMS exchange (shared/kms-protocol.md §2.10); the catalog words each one. */
const KMS_PROTOCOL_MEANINGS: Readonly<Record<string, MessageId>> = {
  '0x00000000': 'activation-text.kms-meaning.success',
  '0x8007000D': 'activation-text.kms-meaning.invalid-data',
  '0xC004F042': 'activation-text.kms-meaning.not-covered',
  '0xC004F06C': 'activation-text.kms-meaning.clock',
};

export interface ProductSummary {
  name: string;
  skuId: string;
  /** False when the table has no SKU id for the edition and the all-zero GUID (or --sku) was used. */
  skuIdFromTable: boolean;
  kmsCountedId: string;
  kmsGroup: string;
  applicationId: string;
  application: string;
  /** The protocol version sent: the product's own unless --protocol changed it. */
  protocol: KmsVersion;
  productProtocol: KmsVersion;
  minimumCount: number;
  /** The KMS counted id comes from third-party sources only (†). */
  unverifiedIds: boolean;
}

export interface SentRequest {
  protocol: string;
  bindStyle: BindStyle;
  transferSyntax: 'NDR32';
  /**
   * The request's fields as a report shows them: the version as its label (6.0), the time as ISO
   * text with the FILETIME in hex beside it (JSON has no 64-bit integers), the status with its name.
   */
  fields: Omit<BaseRequest, 'version' | 'timestamp'> & { version: string; licenseStatusName: string; timestamp: string; timestampFiletime: string };
  cmidSource: Cmid['source'];
  cmidPath: string | null;
  iv: string | null;
  payloadHex: string;
  payloadBytes: number;
  pduHex: string;
  pduBytes: number;
}

export interface HresultExplained {
  code: string;
  symbolicName: string | null;
  /** From the error catalog (`kmsdoctor explain <code>`), null when it does not know the code. */
  summary: string | null;
  /** What the code means in the KMS exchange itself (§2.10), null when nothing specific. */
  kmsMeaning: string | null;
  /** `kmsMeaning` as data. */
  kmsMeaningReason: ProbeReason | null;
}

export interface ResponseSummary {
  pduHex: string;
  fragments: number;
  fault: { status: string; name: string } | null;
  hresult: string | null;
  explained: HresultExplained | null;
  payloadHex: string | null;
  valid: boolean | null;
  checks: Array<{ id: string; outcome: string; detail: string; detailReason?: ProbeReason }>;
  anomalies: string[];
  /** `anomalies` as data, one per entry. */
  anomalyReasons: ProbeReason[];
  epid: DecodedEpid | null;
  currentCount: number | null;
  minimumCount: number;
  thresholdMet: boolean | null;
  activationIntervalMinutes: number | null;
  renewalIntervalMinutes: number | null;
  hwid: string | null;
  responseIv: string | null;
  ivEqualsRequest: boolean | null;
}

export interface ProbeSummary {
  id: string;
  status: ActivationStatus;
  ok: boolean;
  error: ProbeError | null;
  startedAt: string;
  durationMs: number;
  attempts: number;
  phase: string;
  requestSent: boolean;
  latencyMs: number | null;
  anyInterface: { interfaceUuid: string; accepted: boolean | null; detail: string; detailReason: ProbeReason } | null;
}

/** An observation that genuine Windows hosts are not known to produce. Information only. */
export interface EmulatorTell {
  id:
    | 'accepts-any-interface'
    | 'well-known-hwid'
    | 'response-iv-reused'
    | 'epid-implausible'
    | 'key-should-not-cover-product'
    | 'count-above-cap'
    | 'interval-out-of-range'
    | 'bind-style-mismatch';
  detail: string;
  /** `detail` as data. */
  detailReason: ProbeReason;
}

/** The `activation` section of both reports. */
export interface ActivationSection {
  mode: ActivationMode;
  target: { host: string; port: number; address: string | null; reason: string | null };
  product: ProductSummary;
  sent: SentRequest;
  /** False when the request was built but not sent (dry run, no --activation-request, or the bind failed). */
  requestSent: boolean;
  probe: ProbeSummary | null;
  bind: BindEvidence | null;
  response: ResponseSummary | null;
  emulatorTells: EmulatorTell[];
  /** Next steps in words, e.g. which --protocol to try after 0x8007000D. */
  advice: string[];
  /** `advice` as data, one per entry. */
  adviceReasons: ProbeReason[];
}

export interface ActivationRunOptions {
  host: string;
  port: number;
  address?: string;
  /** Why this target (connectivity: "first ready target"). */
  reason?: string;
  product: KmsProduct;
  /** Override the product's protocol version. */
  protocol?: KmsVersion;
  /** Override the SKU id (products whose SKU the table does not know send zeros). */
  skuId?: string;
  cmid: Cmid;
  workstation: string;
  mode: ActivationMode;
  bindStyle: BindStyle;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Needed for mode `sent`. */
  guard?: RequestGuard;
  checkAnyInterface?: boolean;
  /** Request time (tests); default now. */
  now?: Date;
}

/** The HRESULT with the catalog's explanation and the KMS-specific meaning. */
export function explainHresult(code: string): HresultExplained {
  const entry = lookupCode(code);
  const meaningId = KMS_PROTOCOL_MEANINGS[code];
  const meaning = meaningId === undefined ? null : msg(meaningId);
  return { code, symbolicName: entry?.symbolicName ?? null, summary: entry ? codeSummary(entry) : null, kmsMeaning: meaning && reasonText(meaning), kmsMeaningReason: meaning };
}

/** The base request fields the policy sends for this product. */
export function probeRequestFields(options: { product: KmsProduct; skuId?: string; cmid: string; workstation: string; now: Date }): Omit<BaseRequest, 'version'> {
  const { product } = options;
  return {
    vmFlag: 0,
    licenseStatus: PROBE_LICENSE_STATUS,
    graceMinutes: PROBE_GRACE_MINUTES,
    applicationId: APPLICATION_IDS[product.group.application],
    skuId: options.skuId ?? product.skuId ?? ZERO_UUID,
    kmsCountedId: product.group.kmsCountedId,
    cmid: options.cmid,
    minimumCount: product.group.minimumCount,
    timestamp: fileTimeFromDate(options.now),
    previousCmid: ZERO_UUID,
    workstation: options.workstation,
  };
}

function sentRequest(request: BuiltRequest, options: ActivationRunOptions, pdu: Buffer): SentRequest {
  const base = request.base;
  return {
    protocol: `v${request.version}`,
    bindStyle: options.bindStyle,
    transferSyntax: 'NDR32',
    fields: {
      version: versionLabel(base.version),
      vmFlag: base.vmFlag,
      licenseStatus: base.licenseStatus,
      licenseStatusName: LICENSE_STATUS_NAMES[base.licenseStatus] ?? `status ${base.licenseStatus}`,
      graceMinutes: base.graceMinutes,
      applicationId: base.applicationId,
      skuId: base.skuId,
      kmsCountedId: base.kmsCountedId,
      cmid: base.cmid,
      minimumCount: base.minimumCount,
      timestamp: dateFromFileTime(base.timestamp)?.toISOString() ?? '',
      timestampFiletime: `0x${base.timestamp.toString(16).padStart(16, '0')}`,
      previousCmid: base.previousCmid,
      workstation: base.workstation,
    },
    cmidSource: options.cmid.source,
    cmidPath: options.cmid.path,
    iv: request.iv?.toString('hex') ?? null,
    payloadHex: request.payload.toString('hex'),
    payloadBytes: request.payload.length,
    pduHex: pdu.toString('hex'),
    pduBytes: pdu.length,
  };
}

function productSummary(options: ActivationRunOptions, version: KmsVersion, skuId: string): ProductSummary {
  const { product } = options;
  return {
    name: product.name,
    skuId,
    skuIdFromTable: options.skuId === undefined && product.skuId !== null,
    kmsCountedId: product.group.kmsCountedId,
    kmsGroup: product.group.name,
    applicationId: APPLICATION_IDS[product.group.application],
    application: APPLICATION_NAMES[product.group.application],
    protocol: version,
    productProtocol: product.group.protocol,
    minimumCount: product.group.minimumCount,
    unverifiedIds: product.group.unverified,
  };
}

function responseSummary(result: ActivationProbeResult, request: BuiltRequest, now: Date): ResponseSummary | null {
  const response = result.data.response;
  if (response === null) return null;
  const base = result.data.validation?.base ?? null;
  const valid = result.data.valid;
  // Interpret the fields only from a response that passed validation.
  const trusted = valid === true ? base : null;
  const minimumCount = request.base.minimumCount;
  const responseIv = result.data.validation?.responseIv ?? null;
  return {
    pduHex: response.pduHex,
    fragments: response.fragments,
    fault: response.fault,
    hresult: response.hresult,
    explained: response.hresult === null ? null : explainHresult(response.hresult),
    payloadHex: response.payloadHex,
    valid,
    checks: result.data.checks.map((check) => ({ ...check })),
    anomalies: response.anomalies,
    anomalyReasons: response.anomalyReasons,
    epid: trusted ? decodeEpid(trusted.epid, now) : null,
    currentCount: trusted?.currentCount ?? null,
    minimumCount,
    thresholdMet: trusted ? trusted.currentCount >= minimumCount : null,
    activationIntervalMinutes: trusted?.activationInterval ?? null,
    renewalIntervalMinutes: trusted?.renewalInterval ?? null,
    hwid: valid === true ? (result.data.validation?.hwid ?? null) : null,
    responseIv,
    ivEqualsRequest: responseIv === null || request.iv === null ? null : responseIv === request.iv.toString('hex'),
  };
}

/** Genuine hosts cap the count at twice the highest N-policy seen: 50 with Windows clients (facts §8). */
const GENUINE_COUNT_CAP = 50;
/** Host intervals range from 15 minutes to 30 days (facts §8). */
const INTERVAL_RANGE = [15, 43_200] as const;

/** Observations genuine hosts are not known to produce (§2.7, §4.4, §5, facts §8). */
export function emulatorTells(section: Pick<ActivationSection, 'response' | 'bind' | 'product'> & { probe: ProbeSummary | null }, product: KmsProduct): EmulatorTell[] {
  const tells: EmulatorTell[] = [];
  const tell = (id: EmulatorTell['id'], args: MessageArgs = {}): void => {
    const reason = msg(`activation-text.tell.${id}`, args);
    tells.push({ id, detail: reasonText(reason), detailReason: reason });
  };
  if (section.probe?.anyInterface?.accepted === true) tell('accepts-any-interface', { interfaceUuid: section.probe.anyInterface.interfaceUuid });
  const response = section.response;
  if (response === null) return tells;
  if (response.hwid !== null && response.hwid === WELL_KNOWN_EMULATOR_HWID.toString('hex')) {
    tell('well-known-hwid', { hwid: response.hwid });
  }
  if (section.product.protocol === 6 && response.ivEqualsRequest === true) {
    tell('response-iv-reused');
  }
  const epid = response.epid;
  if (epid !== null) {
    for (const [index, text] of epid.implausible.entries()) tell('epid-implausible', { warning: epid.implausibleReasons[index] ?? text });
    if (epid.groupId !== null && epid.keyId !== null && response.hresult === '0x00000000') {
      const key = identifyCsvlk(epid.groupId, epid.keyId);
      if (key && csvlkCovers(key.csvlk, product) === false) {
        tell('key-should-not-cover-product', { key: key.csvlk.name, product: product.name });
      }
    }
    if (section.bind?.fingerprintReason?.args?.kind === 'ndr32Only' && epid.build !== null && epid.build >= 9200) {
      tell('bind-style-mismatch', { build: epid.build });
    }
  }
  if (response.currentCount !== null && response.currentCount > GENUINE_COUNT_CAP) {
    tell('count-above-cap', { count: response.currentCount, cap: GENUINE_COUNT_CAP });
  }
  for (const [name, value] of [
    ['activation', response.activationIntervalMinutes],
    ['renewal', response.renewalIntervalMinutes],
  ] as const) {
    if (value !== null && (value < INTERVAL_RANGE[0] || value > INTERVAL_RANGE[1])) {
      tell('interval-out-of-range', { interval: name, minutes: value, min: INTERVAL_RANGE[0], max: INTERVAL_RANGE[1] });
    }
  }
  return tells;
}

/** Next steps that follow from the outcome. */
function advice(section: Omit<ActivationSection, 'advice' | 'adviceReasons'>): Message[] {
  const out: Message[] = [];
  const hresult = section.response?.hresult;
  if (hresult === '0x8007000D') {
    const lower = section.product.protocol > 4 ? section.product.protocol - 1 : null;
    out.push(
      lower === null
        ? msg('activation-text.advice.v4-invalid')
        : msg('activation-text.advice.older-protocol', { protocol: section.product.protocol, lower, option: `--protocol v${lower}` }),
    );
  }
  if (section.mode === 'bind-only' && section.bind?.contextId !== null && section.bind !== null) {
    out.push(msg('activation-text.advice.bind-only', { option: '--activation-request' }));
  }
  if (section.mode === 'dry-run') out.push(msg('activation-text.advice.dry-run'));
  if (!section.product.skuIdFromTable) out.push(msg('activation-text.advice.sku-not-in-table', { skuId: section.product.skuId }));
  if (section.product.unverifiedIds) out.push(msg('activation-text.advice.unverified-ids'));
  return out;
}

/**
 * Builds the request, runs the probe unless this is a dry run, and assembles the section.
 * @throws SecondRequestError when mode is `sent` and the run's guard was already used.
 */
export async function runActivation(options: ActivationRunOptions): Promise<{ section: ActivationSection; result: ActivationProbeResult | null }> {
  const now = options.now ?? new Date();
  const version = options.protocol ?? options.product.group.protocol;
  const fields = probeRequestFields({
    product: options.product,
    ...(options.skuId !== undefined && { skuId: options.skuId }),
    cmid: options.cmid.cmid,
    workstation: options.workstation,
    now,
  });
  const request = buildKmsRequest({ version, fields });
  const pdu = encodeRequestPdu({ callId: WINDOWS_FIRST_CALL_ID, contextId: 0, stub: encodeRequestStub(request.payload, 'ndr32') });
  const product = productSummary(options, version, fields.skuId);
  let result: ActivationProbeResult | null = null;
  if (options.mode !== 'dry-run') {
    result = await probeKmsActivation({
      host: options.host,
      ...(options.address !== undefined && { address: options.address }),
      port: options.port,
      timeoutMs: options.timeoutMs,
      ...(options.signal && { signal: options.signal }),
      request,
      send: options.mode === 'sent',
      ...(options.guard && { guard: options.guard }),
      bindStyle: options.bindStyle,
      checkAnyInterface: options.checkAnyInterface ?? true,
    });
  }
  const probe: ProbeSummary | null = result && {
    id: result.id,
    status: result.status,
    ok: result.ok,
    error: result.error ?? null,
    startedAt: result.startedAt,
    durationMs: result.durationMs,
    attempts: result.attempts,
    phase: result.data.phase,
    requestSent: result.data.requestSent,
    latencyMs: result.data.latencyMs,
    anyInterface: result.data.anyInterface,
  };
  const sent = sentRequest(request, options, result?.data.requestPduHex ? Buffer.from(result.data.requestPduHex, 'hex') : pdu);
  const response = result ? responseSummary(result, request, now) : null;
  const partial = {
    mode: options.mode,
    target: { host: options.host, port: options.port, address: options.address ?? null, reason: options.reason ?? null },
    product,
    sent,
    requestSent: result?.data.requestSent ?? false,
    probe,
    bind: result?.data.bind ?? null,
    response,
    emulatorTells: [] as EmulatorTell[],
  };
  partial.emulatorTells = emulatorTells(partial, options.product);
  const steps = advice(partial);
  return { section: { ...partial, advice: steps.map(reasonText), adviceReasons: steps }, result };
}
