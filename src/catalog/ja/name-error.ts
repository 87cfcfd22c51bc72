import type { NAME_ERROR as EN } from '../en/name-error.js';

/** 名前・アドレス・ポートの使用法エラー (src/core/names.ts)。フラグ、名前、入力値はそのまま示します。 */
export const NAME_ERROR = {
  'name-error.what.domain': 'ドメイン',
  'name-error.what.host': 'ホスト',
  'name-error.what.port': 'ポート',
  'name-error.what.endpoint': 'エンドポイント',
  'name-error.what.port-in': '{what} "{text}" のポート',
  'name-error.not-utf8': '{what} "{input}" は有効な UTF-8 ではありません',
  'name-error.empty': '{what} が空です',
  'name-error.too-long': '{what} "{start}…" は {length} 文字です。DNS 名は最大 {max} 文字です',
  'name-error.invalid-idn': '{what} "{name}" は有効な国際化ドメイン名ではありません',
  'name-error.idn-too-long': '{what} "{name}" は DNS 形式で {max} 文字を超えます',
  'name-error.empty-label': '{what} "{name}" に空のラベルがあります',
  'name-error.long-label': '{what} "{name}" に 63 文字を超えるラベルがあります',
  'name-error.invalid-label': '{what} "{name}" に無効なラベル "{label}" があります',
  'name-error.kms-domain-too-long': '{what} "{start}…" は {length} 文字です。{prefix}. を前に付けるため、ドメインは最大 {max} 文字です',
  'name-error.ambiguous-ipv6': '{what} "{text}" はあいまいです。{head} のポート {tail} なら [{head}]:{tail}、そのアドレスなら [{text}] と指定してください',
  'name-error.not-port': '{what} "{text}" は TCP/UDP ポート (1-65535) ではありません',
  'name-error.brackets': '{what} "{text}" は IPv6 アドレスではないものを角かっこで囲んでいます',
} as const satisfies { readonly [K in keyof typeof EN]: string };
