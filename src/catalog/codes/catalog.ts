import type { Locale } from '../catalogs.js';
import { EN_CODES } from '../en/codes.js';
import type { RuleId } from '../findings.js';
import { JA_CODES } from '../ja/codes.js';
import type { CodeText } from './text-model.js';

/**
 * Every error code that matters for KMS activation, as documented by Microsoft (activation error code pages, slerror.h) and the Win32/DNS error tables
 * (plus success, 0xC004F015 and the 0xC004F066/0xC004F069 discrepancy). Codes are matched by
 * their hex value only — message texts differ by Windows build and language (facts §5.3).
 * This file holds what is true in every language; what a page says is in the per-language
 * catalogs (src/catalog/<locale>/codes.ts).
 *
 * `confidence` says how far to trust an entry: 'documented' (a Microsoft page, header or
 * slmgr.vbs source), 'inferred' (deduced, e.g. from Winsock codes — verify on a real machine),
 * 'third-party' (blogs or community data only). Single causes or remedies that rest on weaker
 * sources than the entry say so in their own text.
 */
export type CodeConfidence = 'documented' | 'inferred' | 'third-party';

interface CodeData {
  /** From slerror.h or the Win32/DNS/Winsock tables; null when no source names it. */
  symbolicName: string | null;
  /** The Win32 error number inside a 0x8007xxxx HRESULT (e.g. 9003 for 0x8007232B); null otherwise. */
  decimal: number | null;
  relatedFindings: readonly RuleId[];
  /** Short names of the sources each entry rests on. */
  sources: readonly string[];
  confidence: CodeConfidence;
}

/** A code with its text in one language, as `kmsdoctor explain <code> --json` prints it. */
export interface CodeEntry extends CodeData, Omit<CodeText, 'notes'> {
  /** '0x' and eight upper-case hex digits, e.g. '0xC004F074'. */
  code: string;
  notes: readonly string[];
}

const ENTRIES = {
  '0x00000000': {
    symbolicName: 'S_OK',
    decimal: 0,
    relatedFindings: [],
    sources: ['WSD-GUIDE', 'VA2-OPS'],
    confidence: 'documented',
  },

  // --- §5.1 core KMS client/host codes ---------------------------------------------------------
  '0xC004F074': {
    symbolicName: 'SL_E_VL_BINDING_SERVICE_UNAVAILABLE',
    decimal: null,
    relatedFindings: [
      'kms/no-usable-host',
      'tcp/kms-port-filtered',
      'tcp/kms-port-closed',
      'tcp/host-unreachable',
      'srv/target-unresolvable',
      'kms/unusable-hosts-listed',
      'rpc/not-kms-endpoint',
      'rpc/no-reply',
      'rpc/reply-incomplete',
      'client/manual-host-unusable',
      'client/clock-skew',
    ],
    sources: ['WSD-ERR', 'SA-error-0xc004f074-activate-windows.md (KB974998)', 'WSD-GUIDE', 'WSD-CREATE'],
    confidence: 'documented',
  },
  '0xC004F038': {
    symbolicName: 'SL_E_VL_NOT_ENOUGH_COUNT',
    decimal: null,
    relatedFindings: ['dns/servers-disagree', 'rpc/accepts-any-interface'],
    sources: ['WSD-ERR', 'SA-activation-error-0xc004cf038-insufficient-kms-host-pool-count.md', 'WSD-PLAN', 'WSD-GUIDE', 'SA-CLIENT kms-current-count-not-increase.md (KB929829)'],
    confidence: 'documented',
  },
  '0xC004F039': {
    symbolicName: 'SL_E_VL_BINDING_SERVICE_NOT_ENABLED',
    decimal: null,
    relatedFindings: ['tcp/kms-port-filtered'],
    sources: ['WSD-ERR'],
    confidence: 'documented',
  },
  '0xC004F041': {
    symbolicName: 'SL_E_VL_KEY_MANAGEMENT_SERVICE_NOT_ACTIVATED',
    decimal: null,
    relatedFindings: [],
    sources: ['WSD-ERR'],
    confidence: 'documented',
  },
  '0xC004F042': {
    symbolicName: 'SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH',
    decimal: null,
    relatedFindings: [],
    sources: ['WSD-ERR', 'SA-activation-error-0xc004cf042-cant-use-specified-kms.md', 'WSD-PLAN'],
    confidence: 'documented',
  },
  '0xC004F015': {
    symbolicName: 'SL_E_PRODUCT_SKU_NOT_INSTALLED',
    decimal: null,
    relatedFindings: [],
    sources: ['SA-error-0xc004f015-activate-windows-10.md', 'slerror.h', 'WSD-PLAN'],
    confidence: 'documented',
  },
  '0xC004F06C': {
    symbolicName: 'SL_E_VL_INVALID_TIMESTAMP',
    decimal: null,
    relatedFindings: ['client/clock-skew'],
    sources: ['SA-error-0xc004f074-activate-windows.md', 'SA-error-0xc004f06c-activate-windows.md', 'WSD-ERR'],
    confidence: 'documented',
  },
  '0xC004F056': {
    symbolicName: 'SL_E_VL_MACHINE_NOT_BOUND',
    decimal: null,
    relatedFindings: [],
    sources: ['slerror.h'],
    confidence: 'documented',
  },
  '0xC004F06B': {
    symbolicName: 'SL_E_VL_KEY_MANAGEMENT_SERVICE_VM_NOT_SUPPORTED',
    decimal: null,
    relatedFindings: [],
    sources: ['slerror.h', 'SLMGR-SRC'],
    confidence: 'documented',
  },
  '0xC004F035': {
    symbolicName: 'SL_E_VL_NOT_WINDOWS_SLP',
    decimal: null,
    relatedFindings: [],
    sources: ['WSD-ERR'],
    confidence: 'documented',
  },
  '0xC004F050': {
    symbolicName: 'SL_E_INVALID_PRODUCT_KEY',
    decimal: null,
    relatedFindings: [],
    sources: ['WSD-ERR', 'WSD-GVLK'],
    confidence: 'documented',
  },
  '0xC004F051': {
    symbolicName: 'SL_E_BLOCKED_PRODUCT_KEY',
    decimal: null,
    relatedFindings: [],
    sources: ['WSD-ERR'],
    confidence: 'documented',
  },
  '0xC004F069': {
    symbolicName: 'SL_E_MISMATCHED_PRODUCT_SKU',
    decimal: null,
    relatedFindings: [],
    sources: ['slerror.h', 'SLMGR-SRC', 'zh-CN blog [3P]'],
    confidence: 'documented',
  },
  '0xC004F066': {
    symbolicName: 'SL_E_DEPENDENT_PROPERTY_NOT_SET',
    decimal: null,
    relatedFindings: [],
    sources: ['SLMGR-SRC', 'slerror.h'],
    confidence: 'documented',
  },
  '0xC004F014': {
    symbolicName: 'SL_E_PKEY_NOT_INSTALLED',
    decimal: null,
    relatedFindings: [],
    sources: ['WSD-ERR', 'WSD-GVLK'],
    confidence: 'documented',
  },
  '0xC004F009': {
    symbolicName: 'SL_E_GRACE_TIME_EXPIRED',
    decimal: null,
    relatedFindings: ['client/not-licensed'],
    sources: ['WSD-ERR'],
    confidence: 'documented',
  },
  '0xC004F00F': {
    symbolicName: 'SL_E_OUT_OF_TOLERANCE',
    decimal: null,
    relatedFindings: [],
    sources: ['WSD-ERR'],
    confidence: 'documented',
  },
  '0xC004F025': {
    symbolicName: 'SL_E_LUA_ACCESSDENIED',
    decimal: null,
    relatedFindings: [],
    sources: ['SLMGR-SRC'],
    confidence: 'documented',
  },
  '0xC004F059': {
    symbolicName: 'SL_E_SLP_BAD_FORMAT',
    decimal: null,
    relatedFindings: [],
    sources: ['slerror.h'],
    confidence: 'documented',
  },
  '0xC004E015': {
    symbolicName: 'SL_E_EUL_CONSUMPTION_FAILED',
    decimal: null,
    relatedFindings: [],
    sources: ['SA-error-0xc004e015-sl-e-eul-consumption-failed-activate-windows.md', 'SA-rebuild-tokens-dotdat-file.md'],
    confidence: 'documented',
  },
  '0xC004C003': {
    symbolicName: 'SL_E_CHPA_PRODUCT_KEY_BLOCKED',
    decimal: null,
    relatedFindings: [],
    sources: ['WSD-ERR', 'SA-activation-error-0xc004c003-product-key-blocked.md'],
    confidence: 'documented',
  },
  '0xC004C008': {
    symbolicName: 'SL_E_CHPA_MAXIMUM_UNLOCK_EXCEEDED',
    decimal: null,
    relatedFindings: [],
    sources: ['WSD-ERR', 'SA-activation-error-0xc004c008-product-key-not-used.md', 'WSD-PLAN'],
    confidence: 'documented',
  },
  '0xC004C001': {
    symbolicName: 'SL_E_CHPA_PRODUCT_KEY_OUT_OF_RANGE',
    decimal: null,
    relatedFindings: [],
    sources: ['slerror.h'],
    confidence: 'documented',
  },
  '0xC004B100': {
    symbolicName: 'SL_E_SRV_GENERAL_ERROR',
    decimal: null,
    relatedFindings: [],
    sources: ['WSD-ERR'],
    confidence: 'documented',
  },
  '0xC004F075': {
    symbolicName: 'SL_E_SERVICE_STOPPING',
    decimal: null,
    relatedFindings: [],
    sources: ['SLMGR-SRC'],
    confidence: 'documented',
  },

  // --- §5.2 DNS / network / Win32 codes --------------------------------------------------------
  '0x8007232A': {
    symbolicName: 'DNS_ERROR_RCODE_SERVER_FAILURE',
    decimal: 9002,
    relatedFindings: ['dns/server-failure'],
    sources: ['WSD-ERR', 'SA-activation-error-0x8007232a-dns-server-failure.md'],
    confidence: 'documented',
  },
  '0x8007232B': {
    symbolicName: 'DNS_ERROR_RCODE_NAME_ERROR',
    decimal: 9003,
    relatedFindings: ['dns/srv-missing', 'dns/servers-disagree', 'client/suffix-mismatch', 'client/lookup-domain-without-records', 'client/no-dns-suffix'],
    sources: ['WSD-ERR', 'SA-activation-error-0x8007232b-dns-name-does-not-exist.md', 'WSD-DNS'],
    confidence: 'documented',
  },
  '0x8007251D': {
    symbolicName: 'DNS_INFO_NO_RECORDS',
    decimal: 9501,
    relatedFindings: ['dns/srv-nodata', 'dns/srv-name-is-alias', 'dns/servers-disagree', 'client/lookup-domain-without-records'],
    sources: ['WSD-ERR', 'WSD-DNS'],
    confidence: 'documented',
  },
  '0x8007007B': {
    symbolicName: 'ERROR_INVALID_NAME',
    decimal: 123,
    relatedFindings: ['client/no-dns-suffix', 'dns/srv-missing', 'client/suffix-mismatch'],
    sources: ['WSD-ERR', 'grangerx blog [3P]'],
    confidence: 'documented',
  },
  '0x80092328': {
    symbolicName: null,
    decimal: null,
    relatedFindings: ['dns/srv-missing'],
    sources: ['WSD-ERR'],
    confidence: 'documented',
  },
  '0x8007267C': {
    symbolicName: 'DNS_ERROR_NO_DNS_SERVERS',
    decimal: 9852,
    relatedFindings: [],
    sources: ['SA-windows-activation-fails-with-error-0x8007267.md (KB2009462)', 'WSD-ISSUES'],
    confidence: 'documented',
  },
  '0x80072338': {
    symbolicName: 'DNS_ERROR_RCODE_BADSIG',
    decimal: 9016,
    relatedFindings: [],
    sources: ['SA-event-12293-error-0x800723-set-kms-host.md', 'WSD-ISSUES', 'VATR-2012 dn502531', 'VATR-7 ff793405'],
    confidence: 'documented',
  },
  '0x800706BA': {
    symbolicName: 'RPC_S_SERVER_UNAVAILABLE',
    decimal: 1722,
    relatedFindings: ['tcp/kms-port-filtered', 'tcp/host-unreachable', 'srv/target-unresolvable', 'kms/unusable-hosts-listed'],
    sources: ['WSD-ERR', 'SA-error-0xc004f074-activate-windows.md', 'WSD-CREATE'],
    confidence: 'documented',
  },
  '0xC0020017': {
    symbolicName: 'RPC_NT_SERVER_UNAVAILABLE',
    decimal: null,
    relatedFindings: ['tcp/host-unreachable'],
    sources: ['SA-activation-event-8198-error-0xc0020017-0x8007139f-kms-contact-failure.md'],
    confidence: 'documented',
  },
  '0x8007139F': {
    symbolicName: 'ERROR_INVALID_STATE',
    decimal: 5023,
    relatedFindings: ['tcp/host-unreachable'],
    sources: ['SA-activation-event-8198-error-0xc0020017-0x8007139f-kms-contact-failure.md'],
    confidence: 'documented',
  },
  '0x8007274C': {
    symbolicName: 'WSAETIMEDOUT',
    decimal: 10060,
    relatedFindings: ['tcp/kms-port-filtered'],
    sources: ['[INF] Winsock: WSAETIMEDOUT (10060)'],
    confidence: 'inferred',
  },
  '0x8007274D': {
    symbolicName: 'WSAECONNREFUSED',
    decimal: 10061,
    relatedFindings: ['tcp/kms-port-closed'],
    sources: ['[INF] Winsock: WSAECONNREFUSED (10061)'],
    confidence: 'inferred',
  },
  '0x80070005': {
    symbolicName: 'E_ACCESSDENIED',
    decimal: 5,
    relatedFindings: [],
    sources: ['WSD-ERR', 'SA-error-0x80070005-access-denied.md', 'SLMGR-SRC'],
    confidence: 'documented',
  },
  '0x8007000D': {
    symbolicName: 'ERROR_INVALID_DATA',
    decimal: 13,
    relatedFindings: [],
    sources: ['SA-0x8007000d-activate-machine.md', 'SLMGR-SRC', 'vlmcsd-style doc [3P]'],
    confidence: 'documented',
  },
  '0x80072EE7': {
    symbolicName: 'WININET_E_NAME_NOT_RESOLVED',
    decimal: 12007,
    relatedFindings: [],
    sources: ['detection-wiki [3P]'],
    confidence: 'third-party',
  },
  '0x8004FE21': {
    symbolicName: null,
    decimal: null,
    relatedFindings: [],
    sources: ['WSD-ERR'],
    confidence: 'documented',
  },
  '0x80070490': {
    symbolicName: 'ERROR_NOT_FOUND',
    decimal: 1168,
    relatedFindings: [],
    sources: ['WSD-ERR'],
    confidence: 'documented',
  },
} as const satisfies Record<string, CodeData>;

/** A code the catalog knows, e.g. '0xC004F074'. */
export type KmsCode = keyof typeof ENTRIES;

// Every locale the tool speaks has a text for every code here: a language missing a code fails the build.
const CODE_TEXTS: { readonly [L in Locale]: { readonly [K in KmsCode]: CodeText } } = { en: EN_CODES, ja: JA_CODES };

/** A code's text in `locale`. */
function codeText(code: KmsCode, locale: Locale): CodeText {
  return CODE_TEXTS[locale][code];
}

/** Every known code, in catalog order: success, the core KMS codes, then DNS/network/Win32. */
export const KMS_CODES = Object.keys(ENTRIES) as KmsCode[];

/** A code's entry in `locale`; the fields keep the order `--json` has always printed them in. */
export function codeEntry(code: KmsCode, locale: Locale = 'en'): CodeEntry {
  const { symbolicName, decimal, relatedFindings, sources, confidence }: CodeData = ENTRIES[code];
  const { meaning, likelyCauses, remedies, where, notes = [] } = codeText(code, locale);
  return { code, symbolicName, decimal, meaning, likelyCauses, remedies, where, relatedFindings, sources, confidence, notes };
}

/**
 * Every entry in English, the language of `--json` and of the tests that pin the facts. Marked pure
 * so the bundle drops it: the CLI looks codes up one at a time, and building this reads the English
 * texts, which a run in another language would otherwise load for nothing.
 */
export const CODE_CATALOG: Readonly<Record<KmsCode, CodeEntry>> = /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ KMS_CODES.map((code) => [code, codeEntry(code)])) as Record<
  KmsCode,
  CodeEntry
>;

export function isKnownCode(code: string): code is KmsCode {
  return Object.hasOwn(ENTRIES, code);
}

const hex32 = (value: number) => `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;

/**
 * Reads an error code however people and tools write it, and returns it as '0x' + 8 upper-case
 * hex digits; null when the input is not a 32-bit code.
 *
 * - hex with prefix: `0xc004f074`, `0XC004F074`, `0x5` (any case, 1–8 digits, zero-padded);
 * - hex without prefix: exactly 8 digits that contain a letter (`C004F074`) or start with 0 or 8
 *   (`80070005`, `00000000` — read as decimals they would be no code at all);
 * - negative decimal, as slmgr's exit code / PowerShell's $LASTEXITCODE: `-1073418124`;
 * - unsigned decimal: `3221549172`;
 * - a small decimal 1–65535 is a Win32 error number and becomes its HRESULT: `9003` → 0x8007232B.
 */
export function normalizeCode(input: string): string | null {
  const text = input.trim();
  const prefixed = /^0x([0-9a-f]{1,8})$/i.exec(text);
  if (prefixed) return hex32(Number.parseInt(prefixed[1]!, 16));
  if (/^[0-9a-f]{8}$/i.test(text) && (/[a-f]/i.test(text) || /^[08]/.test(text))) return hex32(Number.parseInt(text, 16));
  if (!/^[+-]?\d{1,10}$/.test(text)) return null;
  const value = Number(text);
  if (value < -0x80000000 || value > 0xffffffff) return null;
  if (value >= 1 && value <= 0xffff) return hex32(0x80070000 | value);
  return hex32(value);
}

/** The entry for a code written any way normalizeCode accepts, in `locale`; undefined when unknown. */
export function lookupCode(input: string, locale: Locale = 'en'): CodeEntry | undefined {
  const code = normalizeCode(input);
  return code !== null && isKnownCode(code) ? codeEntry(code, locale) : undefined;
}

/** slmgr.vbs exits with the HRESULT; PowerShell shows it as a signed 32-bit number. */
export function signedDecimal(code: string): number {
  return Number.parseInt(code, 16) | 0;
}
