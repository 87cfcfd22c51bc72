import type { PROBE_ERROR as EN } from '../en/probe-error.js';

/** Japanese text of why a probe ended as it did, and of the checks the activation probe words itself. */
const AWAITED = 'bindReply {バインドへの応答} alterContext {alter_context_resp} response {要求への応答} fragment {応答の次のフラグメント} other {応答}';

export const PROBE_ERROR = {
  'probe-error.system': 'システムのエラー: {detail}',
  'probe-error.cancelled': '{detail, select, null {プローブは取り消されました} other {プローブは取り消されました ({detail})}}',
  'probe-error.deadline':
    '{when, select, before {プローブの開始前に全体の制限時間が過ぎました} query {全体の制限時間により照会が打ち切られました} other {全体の制限時間によりプローブが打ち切られました}}',
  'probe-error.timeout':
    '{timeoutMs} ms 以内に{what, select, handshake {TCP ハンドシェイクへの応答がありませんでした} connect {TCP 接続できませんでした} resolver {システムのリゾルバーから応答がありませんでした} dns {応答がありませんでした}' +
    ' bind {バインドへの応答がありませんでした} bindReply {バインドへの応答がありませんでした} alterContext {alter_context_resp がありませんでした} response {要求への応答がありませんでした}' +
    ' fragment {応答の次のフラグメントがありませんでした} other {応答がありませんでした}}',
  'probe-error.peer-closed':
    '相手が{what, select, bind {バインドに応答せずに} bindReply {バインドへの応答を送らずに}' +
    ' alterContext {alter_context_resp を送らずに} response {要求への応答を送らずに}' +
    ' fragment {応答の次のフラグメントを送らずに} other {応答せずに}}接続を閉じました',
  'probe-error.peer-reset':
    '相手が{what, select, bind {バインドに応答せずに} bindReply {バインドへの応答を送らずに}' +
    ' alterContext {alter_context_resp を送らずに} response {要求への応答を送らずに}' +
    ' fragment {応答の次のフラグメントを送らずに} other {応答せずに}}接続をリセットしました',
  'probe-error.cut-short': `{what, select, ${AWAITED}}の {bytes} バイト目で接続が終わりました`,
  'probe-error.not-rpc': `{what, select, ${AWAITED}}は DCE/RPC ではありません: {cause}`,
  'probe-error.incomplete': `{what, select, ${AWAITED}}が {timeoutMs} ms 以内に完了しませんでした: 受信 {bytes} バイト{announced, select, null {} other { (ヘッダーの予告は {announced} バイト)}}`,
  'probe-error.incomplete-response': '応答が {timeoutMs} ms 以内に完了しませんでした: 受信 {fragments, plural, other {# フラグメント}} ({bytes} バイト)',
  'probe-error.too-many-fragments': '応答が {max} フラグメント以内に終わりませんでした',
  'probe-error.no-alter-context-resp': 'alter_context_resp がありません',
  'probe-error.alter-context-other-pdu': 'alter_context_resp ではなく {pdu} が返されました',
  'probe-error.alter-context-other-call': 'alter_context_resp の call_id が {expected} ではなく {callId} です',
  'probe-error.alter-context-refused': 'alter_context でも NDR32 が拒否されました ({cause})。このプローブは要求を NDR32 でのみマーシャリングします',
  'probe-error.context-not-accepted': 'KMS のコンテキストが受け入れられませんでした: {result}',
  'probe-error.check-failed': '{check}: {detail}',
  'probe-error.rpc-fault': 'ホストが RPC の fault で応答しました: {fault}',
  'probe-error.kms-refused': 'ホストが要求を {hresult} で拒否しました',
  'probe-error.validation-failed': '{failure, select, null {応答の検証に失敗しました} other {応答の検証に失敗しました: {failure}}}',
  'probe-error.no-valid-reply': '{timeoutMs} ms 以内に有効な応答がありませんでした。破棄した応答: {discarded}',
  'probe-error.tcp-retry-failed': 'UDP の応答が切り捨てられ、TCP での再試行に失敗しました: {cause} ({status})',

  'probe-check.not-response': '応答ではなく PTYPE {type} です',
  'probe-check.no-first-frag': '応答の最初のフラグメントに FIRST_FRAG がありません',
  'probe-check.other-id': '{field} が {got} です (要求は {sent})',
  'probe-check.rpc-pass': '応答 PDU、call_id {callId}、コンテキスト {contextId}',
  'probe-check.ndr-empty-success': '応答データがないのに戻り値が 0 (成功) です',
  'probe-check.ndr-empty': '応答データなし、戻り値 {hresult}',
  'probe-check.ndr-data-error': '応答データがあるのに戻り値が 0 以外 ({hresult}) です',
  'probe-check.ndr-pass': '応答データ {bytes} バイト、戻り値 0',
  // Stands in for a remedy command that would paste a name that is not a valid host name (src/rules/command-safety.ts).
  'rules.remedy.not-a-host-name':
    'この手順のコマンドは表示しません。必要な名前が有効なホスト名ではありません (メッセージと根拠を参照してください)。そのレコードまたは設定を手動で修正するか削除してください。',
  // A readiness note: a client snapshot without DNS suffixes adds no domain to check.
  'readiness.note.no-suffixes': '{path}: クライアントの DNS サフィックスが不明なため、チェックするドメインは追加されません',
  'probe-check.fingerprint':
    '{kind, select, both {NDR32 と NDR64 の両方を受け入れました (Windows の KMS ホストとは異なる応答)}' +
    ' ndr64Only {NDR64 を優先し NDR32 を拒否しました: Windows 8 / Server 2012 以降のホストと同じ (推定)}' +
    ' other {NDR32 を受け入れ NDR64 を拒否しました: Vista/7/Server 2008 (R2) のホストまたはエミュレーターと同じ (推定)}}',
} as const satisfies { readonly [K in keyof typeof EN]: string };
