import type { ACTIVATION_REPORT as EN } from '../en/activation-report.js';

/**
 * Japanese words of the activation request's detail block and of `activate-probe --list-products`.
 * Protocol field names (SKU、CMID、N-policy、HRESULT、ePID、HWID、PDU), values, ids and hex stay as they are.
 */
export const ACTIVATION_REPORT = {
  'activation.heading':
    'ライセンス認証のプローブ — {where} — {mode, select, dry {ドライ ラン — 送信なし、接続なし} bind {バインドのみ — ライセンス認証要求は送信していません} other {ライセンス認証要求を 1 回送信しました}}',
  'activation.target': '  対象:      {reason}',
  'activation.product':
    '  製品:      {name} — {application}、KMS のカウント ID {kmsId} ({group}{unverified, select, true {、サードパーティの ID †} other {}})、必要なカウント ≥ {minimum}',
  'activation.sent':
    '  {sent, select, true {送信した内容} other {送信する内容}}: KMS {protocol} 要求、NDR32、{windows, select, true {Windows と同じ 3 コンテキストのバインド} other {NDR32 の 1 コンテキストのバインド}}',
  'activation.fields': '    バージョン {version}、VM フラグ {vmFlag}、ライセンスの状態 {status} ({statusName})、残り {grace} 分',
  'activation.sku-not-from-table': ' (製品の表の値ではありません。ホストはログに記録するだけです)',
  'activation.time': '    N-policy {minimum}、時刻 {timestamp} (FILETIME {filetime})、以前の CMID {previous}',
  'activation.payload': '    KMS ペイロード ({bytes} バイト):',
  'activation.request-pdu': '    要求の PDU ({bytes} バイト):',
  'activation.bind': '  バインド',
  'activation.bind.context': '    コンテキスト {id} {offered}: {result}',
  'activation.bind.alter-context': '    NDR32 の alter_context: {verdict} — {explanation}',
  'activation.accepted': '受け付けました',
  'activation.refused': '拒否しました',
  'activation.inconclusive': '判定できません',
  'activation.anomaly': '    異常: {anomaly}',
  'activation.result': '  結果',
  'activation.rpc-fault': '    RPC の障害 {status}: {name}',
  'activation.kms-meaning': '      KMS のやり取りでの意味: {meaning}',
  'activation.checks': '    チェック: {total} 件中 {passed} 件に合格 ({ids})',
  'activation.threshold-met': 'しきい値に達しています',
  'activation.below-threshold': 'しきい値未満です (この製品のクライアントは 0xC004F038)',
  'activation.count': '    カウント:  {count} (この製品に必要なカウントは {minimum}) — {verdict}',
  'activation.intervals': '    間隔:      ライセンス認証の間隔 {activation}、更新間隔 {renewal}',
  'activation.minutes': '{value} 分',
  'activation.minutes.days': '{value} 分 ({days} 日)',
  'activation.minutes.hours': '{value} 分 ({hours} 時間)',
  'activation.epid': '    ホストの ePID: {epid}',
  'activation.epid.os': '      OS:        ビルド {build}{buildName}、プラットフォーム {platform}{platformName}',
  'activation.epid.key': '      ホスト キー: {key} — グループ {group}、キー ID {keyId}{activates, select, null {} other {。ライセンス認証する製品: {activates}}}',
  'activation.epid.unknown-key': '不明な CSVLK',
  'activation.epid.installed': '      インストール: {date}。言語 {lcid}{language}。チャネル {channel}',
  'activation.epid.day-of-year': '{year} 年の {day} 日目',
  'activation.hwid': '    HWID:      {hwid}',
  'activation.response-pdu': '    応答の PDU ({bytes} バイト{fragments, plural, =0 {} =1 {} other {、{fragments} フラグメント}}):',
  'activation.latency': '  待ち時間:  要求 → 応答 {latency} ms (プローブ全体 {duration} ms、接続 {attempts} 回)',
  'activation.any-interface': '  ランダムなインターフェイスへのバインド: {verdict} — {detail}',
  'activation.tells': '  エミュレーターの兆候',
  'activation.tells.note': ' (情報であり、判定ではありません)',
  'activation.no-tells': '  エミュレーターの兆候は見つかりませんでした。ただし、ホストが正規であることの証明にはなりません。',
  'activation.note': '  注: {note}',

  'activation.products.heading': '--product に指定できる製品',
  'activation.products.column.product': '製品',
  'activation.products.column.sku': 'SKU ID',
  'activation.products.column.kms-id': 'KMS のカウント ID (グループ)',
  'activation.products.column.application': 'アプリ',
  'activation.products.column.protocol': 'プロトコル',
  'activation.products.column.minimum': 'N',
  'activation.products.also': '  別名: {aliases}',
  'activation.products.footnote':
    '† サードパーティの ID のみ (vlmcsd のデータにはありません)。SKU ID が — : このエディションでは不明です。--sku で指定しない限り、すべて 0 の GUID を送信します。',
} as const satisfies { readonly [K in keyof typeof EN]: string };
