import type { LAB_CHECK as EN } from '../en/lab-check.js';

/** Japanese text of what the lab's self-check found missing. Ids, host names and verdicts stay as they are. */
export const LAB_CHECK = {
  'lab.missed.not-reported': '{host} について {ruleId} が報告されていません',
  'lab.missed.healthy': '{host} は {verdict} です (ready のはずです)',
  'lab.missed.healthy-absent': '{host} がありません (ready のはずです)',
} as const satisfies { readonly [K in keyof typeof EN]: string };
