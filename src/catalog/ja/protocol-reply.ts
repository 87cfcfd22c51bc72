import type { PROTOCOL_REPLY as EN } from '../en/protocol-reply.js';

/** Japanese text of why a reply from the wire was set aside or judged as it was. */
export const PROTOCOL_REPLY = {
  'dns-reply.short': '{bytes} バイトの応答は DNS ヘッダーより短いです',
  'dns-reply.other-id': '応答の ID {id} が照会の ID {expectedId} と一致しません',
  'dns-reply.not-response': '照会の ID を持つメッセージが応答ではありません (QR ビットが 0)',
  'dns-reply.undecodable': '応答をデコードできません: {detail}',
  'dns-reply.other-question': '応答の質問 ({askedName, select, null {質問なし} other {{askedName} {askedType}}}) が {name} {type} と一致しません',
  'dns-reply.malformed': '応答の形式が正しくありません: {problem}',
  'dns-reply.tcp-truncated': 'TCP の応答が切り捨てられています',
  'dns-reply.tcp-truncated-too': 'TCP の応答も切り捨てられていました',
  'dns-reply.tcp-closed': 'サーバーが {bytes} バイトの後に TCP 接続を閉じました',

  'dns-framing.short': '{bytes} バイトのメッセージは DNS ヘッダーより短いです',
  'dns-framing.cut-short': 'レコード {record} が途中で切れています',
  'dns-framing.past-end': 'レコード {record} ({type}) のデータは {rdlength} バイトとされていますが、メッセージは {left} バイト後に終わります',
  'dns-framing.no-data': 'レコード {record} ({type}) にデータがありません',
  'dns-framing.rdlength': 'レコード {record} ({type}) の RDLENGTH は {rdlength} ですが、データは {actual} バイトです',
  'dns-framing.unframed': 'レコードの区切りが正しくありません: {detail}',

  'dns-answer.failure-rcode': '{rcode} 応答の回答レコード {count, plural, other {# 件}}',
  'dns-answer.duplicate': '{name} の {type} レコードの重複',
  'dns-answer.other-owner': '{name} が所有する {type} レコード ({expected}{chainEnd, select, true { (エイリアス チェーンの終点)} other {}} ではない)',
  'dns-answer.other-type': '{asked} の応答に含まれる {name} の {type} レコード',
  'dns-answer.more': 'ほか {count} 件',

  'rpc-reply.no-bytes': 'バイトがありません',
  'rpc-reply.first-byte': '先頭バイト 0x{byte} {looks, select, tls {は TLS のようです} text {は RPC バージョン 5 ではありません。応答は "{text}" で始まるテキストです} other {は RPC バージョン 5 ではありません}}',
  'rpc-reply.minor-version': 'RPC バージョン 5.{minor} は 5.0 ではありません',
  'rpc-reply.short-header': '{bytes} バイトしかありません。DCE/RPC ヘッダーは {header} バイトです',
  'rpc-reply.frag-length-short': 'frag_length {fragLength} がヘッダーより短いです',
  'rpc-reply.frag-length-absurd': 'frag_length {fragLength} はバインドへの応答としてありえない値です (上限 {limit})',
  'rpc-reply.frag-length-outside': 'frag_length {fragLength} が {min}-{max} の範囲外です',
  'rpc-reply.not-bind-reply': '{pdu} はバインドへの応答ではありません',
  'rpc-reply.ack-truncated': '{kind} が切り捨てられています: {part, select, fixed {固定部分} address {{addressLength} バイトのセカンダリ アドレス} other {結果リストのヘッダー}}がバイト {end} を超えています',
  'rpc-reply.nak-truncated': 'bind_nak が拒否理由の前で切り捨てられています ({bytes} バイト)',
  'rpc-reply.cut-short': '応答が途中で切れています ({detail})。不完全な応答は判定できません',
  'rpc-reply.other-call': '応答の call_id は {callId} で、バインドの call_id {expected} とは別の呼び出しへの応答です',
  'rpc-reply.bind-nak': 'bind_nak、理由 {reason} ({name})',
  'rpc-reply.no-result': 'bind_ack に、提示したコンテキストの結果がありません',
  'rpc-reply.unoffered-syntax': 'bind_ack が、提示していない転送構文 {syntax} を受け入れました',
  'rpc-reply.context-result': '結果 {result}/{reason} ({resultName}: {reasonName}){ndr, select, true { (NDR v2.0)} other {}}',
} as const satisfies { readonly [K in keyof typeof EN]: string };
