import type { FACTS_HOST as EN } from '../en/facts-host.js';

/** Japanese text of what the KMS host facts say in words (see the English twin). */
export const FACTS_HOST = {
  'facts.host.coverage.epid-other-key': 'ePID {epid} は {key} を示していますが、これは {product} のキーではありません。説明とアクティベーション ID から判断しました',
  'facts.host.coverage.epid-unknown': 'ePID {epid} は既知の KMS ホスト キーを示していません。説明から判断しました',
  'facts.host.coverage.description-differs': '説明は {described} ({description}) を示していますが、ePID はキー {key} を示しています。ホストが送信するのは ePID です',
  'facts.host.coverage.key-unknown': '"{description}" がどの KMS ホスト キーかを判断できません。ホストの ePID ({command} の「拡張 PID」("{label}")) を指定してください',
  'facts.host.coverage.sources-disagree':
    '計画の表では {key} キーに {product} が記載されていますが、その製品の KMS グループ ({group}) はキーのグループより新しいため、情報源が一致しません。サポートされているかどうかは判断できません',
  'facts.host.coverage.unknown-target': '不明な製品 "{product}"',
  'facts.host.coverage.no-matrix-row': '{source} ({date}) には {key} キーの行がありません。KMS グループだけで判断しました',
  'facts.host.coverage.third-party': '{key}: このキー グループの情報はサード パーティの情報源だけに基づいています',
  'facts.host.update.no-version': '入力にサービスのバージョン ({command} の最初の行) がありません',
  'facts.host.update.bad-version': 'サービスのバージョン "{version}" は a.b.build.revision の形式ではありません',
  'facts.host.update.no-build':
    '{kb} の OS ビルドが不明なため ({why, select, otherOs {ページに記載された更新プログラムは、更新プログラム カタログでは別の Windows リリース用とされています} monthlyRollup {マンスリー ロールアップで、タイトルにビルドがありません} updateRollup {更新プログラムのロールアップで、タイトルにビルドがありません} other {単独の更新プログラムで、タイトルにビルドがありません}})、バージョンと比較できません',
  'facts.host.update.other-build': 'サービスのバージョン {version} はビルド {build} のバージョンではありません',
  'facts.host.update.shown': 'サービスのバージョン {version} は {minimumBuild} ({kb}) 以降です',
  'facts.host.update.not-shown': 'サービスのバージョン {version} は {kb} のビルド {minimumBuild} より低いです',
  'facts.host.split.one-host': 'ホストは 1 台です ({hosts})。カウントは分散していません',
  'facts.host.split.combined': '異なるクライアント {combined} 台が試行しましたが、{threshold} に達するホストはありません ({hosts})',
  'facts.host.split.sum': 'カウントの合計は {sum} ですが、{threshold} に達するホストはありません ({hosts}。これは上限です: 2 台のホストに接続したクライアントは 2 回数えられます)',
  'facts.host.split.none-reaches': '{threshold} に達するホストはなく、全体で見た異なるクライアントは{together, select, null {不明な台数} other { {together} 台}}です ({hosts})',
  'facts.host.split.reached': '{threshold} に達するホストが少なくとも 1 台あります ({hosts})',
  'facts.publication.no-server': '{queryName} を照会する DNS サーバーがありません。{authoritativeOption} で権威サーバーを、または {resolverOption} でリゾルバーを指定してください',
  'facts.publication.no-ns': '{server} はゾーン {zone} の NS レコードを返しませんでした ({status})',
  'facts.publication.ns-unresolved': '{zone} のネーム サーバー {nsName} は名前解決できないため ({status})、照会しませんでした',
  'facts.publication.no-authoritative': '{zone} の権威サーバーが見つからなかったため、リゾルバーだけに照会しました ({option} で指定できます)',
} as const satisfies { readonly [K in keyof typeof EN]: string };
