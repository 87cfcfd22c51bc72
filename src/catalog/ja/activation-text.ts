import type { ACTIVATION_TEXT as EN } from '../en/activation-text.js';

/** Japanese text of the activation section: return-code meanings, emulator tells and next steps. */
export const ACTIVATION_TEXT = {
  'activation-text.kms-meaning.success': '成功。ホストがカウントと間隔を返しました',
  'activation-text.kms-meaning.invalid-data':
    '無効なデータ: ホストがこの KMS プロトコル バージョンをサポートしていないか、要求の形式が正しくありません。古いホストは新しいバージョンに対してこのコードを返します',
  'activation-text.kms-meaning.not-covered': 'KMS ホスト キー (CSVLK) がこの KMS カウント ID をライセンス認証できません。KMS ホスト キーがその製品をサポートしていません',
  'activation-text.kms-meaning.clock': '要求のタイムスタンプが拒否されました。プローブの時刻とホストの時刻のずれが大きすぎます (±4 時間)',
  'activation-text.tell.accepts-any-interface':
    'エンドポイントがランダムなインターフェイス ({interfaceUuid}) へのバインドを受け入れました。Windows のホストは 2/1 で拒否し、py-kms は何でも受け入れます',
  'activation-text.tell.well-known-hwid': 'HWID {hwid} は vlmcsd の既定値で、よく知られたエミュレーターの値です',
  'activation-text.tell.response-iv-reused': 'v6 の応答が要求の IV を再利用しています。正規のホストは新しい IV を選びます (vlmcs はこれを疑わしいとしています)',
  'activation-text.tell.epid-implausible': 'ePID が不自然です (エミュレーターまたは手作業での編集の可能性): {warning}',
  'activation-text.tell.key-should-not-cover-product':
    'ePID は {key} の KMS ホスト キーを示していますが、このキーは {product} をライセンス認証しません。そのキーを持つ正規のホストは 0xC004F042 を返します',
  'activation-text.tell.bind-style-mismatch':
    'バインドへの応答は Vista/7/2008 R2 のホストと同じ (NDR32 を受け入れ、NDR64 を拒否) ですが、ePID はビルド {build} を示しています。Windows 8 / Server 2012 以降は NDR64 を優先します',
  'activation-text.tell.count-above-cap': 'カウント {count}: 正規のホストが {cap} (これまでに見た最大のしきい値の 2 倍) を超えるカウントを返すことはありません',
  'activation-text.tell.interval-out-of-range':
    '{interval, select, activation {ライセンス認証の間隔} other {更新間隔}} {minutes} 分は、ホストに設定できる {min}–{max} 分の範囲外です',
  'activation-text.advice.v4-invalid': 'ホストは v4 の要求を無効なデータとして拒否しました。この製品の KMS ホストではない可能性があります。',
  'activation-text.advice.older-protocol':
    'ホストはプロトコル v{protocol} を受け付けません (または要求の形式が正しくないと判断しました)。この実行では要求を 1 回だけ送信して終了します。古いバージョンを試すには {option} を付けて再実行してください。ただし、v{lower} に応答する古いホストは、この製品の世代を認識しません。',
  'activation-text.advice.bind-only':
    'ライセンス サービスには何も送信していません。この 1 回の要求を送信するには {option} を追加してください。この CMID が 30 日間ホストのカウントに加わる可能性があります。',
  'activation-text.advice.dry-run': 'ドライ ラン: 何も送信せず、接続もしていません。',
  'activation-text.advice.sku-not-in-table': '送信した SKU ID ({skuId}) は製品表のものではありません。ホストはこれをログに記録するだけです (イベント ID 12290)。',
  'activation-text.advice.unverified-ids':
    'この製品の KMS カウント ID はサードパーティの情報源にしかありません (vlmcsd のデータにはありません)。0xC004F042 は ID の誤りを示している可能性もあります。',
} as const satisfies { readonly [K in keyof typeof EN]: string };
