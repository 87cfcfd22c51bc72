import type { REPORT_FACTS as EN } from '../en/report-facts.js';

/** Japanese text of the facts blocks of the console report (see the English twin). */
export const REPORT_FACTS = {
  'report.host.heading': 'KMS ホスト {name} ({files})',
  'report.host.split-heading': 'すべてのホストを合わせたカウント',
  'report.host.threshold':
    '{family, select, windowsClient {Windows クライアント エディション} windowsServer {Windows Server} office {Office} other {{family}}} {count}/{threshold}{below, select, true { (しきい値未満: あと {missing} 台必要)} other {}}',
  'report.host.product':
    '{name}: {licensed, select, true {ライセンス認証済み} false {ライセンス認証されていません} other {ライセンスの状態は不明}}、現在のカウント {count} — {thresholds}',
  'report.host.kms-log':
    'キー管理サービス ログ: レコード {records} 件、{size} / {maximum} バイト、{mode, select, null {モード不明} other {{mode}}}{full, select, true {、満杯} other {}}、最も古いレコード {oldest, select, null {不明} other {{oldest}}}',
  'report.host.service':
    'ポート {port}、DNS への発行 {publishing, select, true {有効} false {無効} other {不明}}{requests, select, true {、要求 {total} 件のうち {failed} 件が失敗{share, select, null {} other { ({share}%)}}} other {}}',
  'report.host.key':
    '{product} のキー: {key, select, null {不明} other {{key}}}{target, select, null {} other { — {target}: {verdict, select, elsewhere {このキーの製品ではありません (ホストの別のキーが応答します)} notCovered {サポートされていません (0xC004F042)} disagree {判断できません (計画の表には記載されていますが、キーの KMS グループより新しい製品です)} unknown {判断できません} protocolOnly {KMS プロトコルではライセンス認証されますが、計画の表には記載されていません} other {サポートされています}}}}',
  'report.host.os': 'ホスト OS は {hostOs}、サービスのバージョンは {version, select, null {指定なし} other {{version}}}',
  'report.host.update':
    '必要な更新プログラム {kb} ({releases} 用): {verdict, select, shown {バージョンから適用を確認できます} notShown {バージョンからは適用を確認できません} other {入力からは判断できません}} — {reason}',
  'report.host.log':
    'ログ: 要求 {requests} 件 (イベント ID 12290) {oldest} – {newest}、この期間の異なるクライアントは {clients} 台以上 ({from} から {to} まで、{whole, select, true {{days} 日間のカウント期間全体} other {ホストの {days} 日間のカウント期間より短いため、カウントの下限です}}) — 25 を要求 {asking25} 台、5 を要求 {asking5} 台',
  'report.host.licensed-answered': 'ライセンス認証済みのクライアントに 0x0 を応答: 25 が必要なクライアント {needing25} 台、5 が必要なクライアント {needing5} 台',
  'report.host.vm-clients': '仮想マシン (VM フラグ 1): {count} 台 — {clients}',
  'report.host.notification-clients': '通知モードのクライアント (ライセンス認証されておらず、猶予期間が過ぎています): {count} 台 — {clients}',
  'report.host.duplicate-cmids': '重複しているクライアント マシン ID (CMID): {list}',
  'report.host.failed': '失敗: {hresult} {product} × {count}',
  'report.client.epid':
    '{raw}{build, select, null {} other { — ビルド {build}{os, select, null {} other { ({os})}}}}{hostKey, select, null {} other { — KMS ホスト キー {hostKey}}}{installed, select, null {} other { — インストール日 {installed}}}',
} as const satisfies { readonly [K in keyof typeof EN]: string };
