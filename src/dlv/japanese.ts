/**
 * The Japanese (ja-JP, LANGID 0411) slmgr labels that are built in: ONLY those seen as real console
 * text (kms-facts.md §6.6, evidence [console]). Every other Japanese label must come from the
 * machine's own `slmgr\0411\slmgr.ini` (`--slmgr-ini`); translations from Microsoft's localized
 * articles are doc glosses that need not equal the console strings (§6.6, §12 item 13), so they are
 * deliberately not here.
 *
 * Matching is whitespace-tolerant and accepts ASCII or full-width colons (parse-dlv.ts), so the
 * exact spacing around the confirmed words does not have to be known.
 */
import type { LabelKey } from './labels.js';

export const JAPANESE_LANGID = '0411';

export interface ConfirmedLabel {
  readonly key: LabelKey;
  /** The text as it appears on the console (see `evidence` for how much of it is confirmed). */
  readonly text: string;
  readonly evidence: string;
}

export const JAPANESE_CONFIRMED_LABELS: readonly ConfirmedLabel[] = [
  {
    key: 'licenseStatusLicensed',
    // Label and value are both confirmed; the single space between them is not (matching ignores it).
    text: 'ライセンスの状態: ライセンスされています',
    evidence:
      'A Japanese inventory script pipes `cscript slmgr.vbs -dli` into select-string "ライセンスの状態:" and treats anything other than 「ライセンスされています」 as needing a check (kms-facts.md §6.6 [console]).',
  },
  {
    key: 'licenseStatus',
    // The label alone, so a status line with a value that is not confirmed is recognised as such.
    text: 'ライセンスの状態:',
    evidence: 'Same script: select-string "ライセンスの状態:" on slmgr -dli output (kms-facts.md §6.6 [console]).',
  },
  {
    key: 'kmsNameFromDns',
    // No colon here: the evidence is a substring search without one, so the separator after the
    // label is matched as optional.
    text: 'DNS の KMS コンピューター名',
    evidence: 'A Japanese script pipes `slmgr.vbs /dli` into find " DNS の KMS コンピューター名" (kms-facts.md §6.6 [console]).',
  },
];
