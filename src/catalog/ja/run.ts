import type { RUN as EN } from '../en/run.js';

/** Japanese text of the run/* findings: titles, summaries, messages, remedies and evidence lines. */
export const RUN = {
  'run/deadline-reached.title': 'チェックが途中で打ち切られました',
  'run/deadline-reached.summary': '全体の制限時間に達したため、一部のプローブが完了前に終了しました。不完全なチェックは合格になりません。',
  'run/deadline-reached.message': '全体の制限時間に達したため、{count} 個のプローブが完了前に終了しました。それらのプローブで判明したはずの内容は、このレポートに含まれていません',
  'run/deadline-reached.evidence.activation': '{endpoint} へのライセンス認証プローブがフェーズ {phase} で打ち切られました{requestSent, select, true { (要求は送信済み)} other {}}',
  'run/deadline-reached.remedy.longer': '{deadlineOption} を長くして (または各プローブが収まるように {timeoutOption} を短くして) 再実行してください',
} as const satisfies { readonly [K in keyof typeof EN]: string };
