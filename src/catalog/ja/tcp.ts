import type { TCP as EN } from '../en/tcp.js';

/** Japanese text of the tcp/* findings: titles, summaries, messages, remedies and evidence lines. */
export const TCP = {
  'tcp/kms-port-filtered.title': 'KMS ポートがフィルターされています',
  'tcp/kms-port-filtered.summary':
    'ライセンス認証用のポートで TCP ハンドシェイクに応答がありません。ファイアウォールが通信を破棄しています (クライアントでは 0xC004F074 / 0x8007274C)。',
  'tcp/kms-port-filtered.message': '{host} ({address}): {waitedMs} ms 以内に TCP ハンドシェイクへの応答がありません — ファイアウォールがポート {port} への通信を破棄しています',
  'tcp/kms-port-filtered.remedy.builtin-rule': 'KMS ホストで、組み込みの規則を有効にしてください (既定では無効です): {command}',
  'tcp/kms-port-filtered.remedy.own-port-rule': 'ホストはポート {port} で待ち受けていますが、組み込みの規則はこのポートを対象としていません: {command}',
  'tcp/kms-port-filtered.remedy.path': 'クライアントとホストの間のネットワーク ファイアウォールと VPN のルーティングを確認してから、クライアントからテストしてください: {command}',
  'tcp/kms-port-closed.title': 'KMS ポートが閉じています',
  'tcp/kms-port-closed.summary': 'ホストがライセンス認証用のポートへの接続を拒否しました。このポートで KMS サービスが待ち受けていません。',
  'tcp/kms-port-closed.message': '{host} ({address}) が接続を拒否しました。ポート {port} では何も待ち受けていません',
  'tcp/kms-port-closed.remedy.service': 'ホストで、ソフトウェア保護サービスが実行されていることを確認してください: {command}',
  'tcp/kms-port-closed.remedy.is-kms-host':
    'KMS ホストであることと、待ち受けているポートを確認してください: {command} ("Key Management Service is enabled" と "Listening on Port" の行)',
  'tcp/kms-port-closed.remedy.retire':
    'KMS ホストとして使用しなくなった場合は、{domain, select, null {} other {{domain} から}}その _vlmcs._tcp レコードを削除し、クライアントで {command} を実行してください',
  'tcp/host-unreachable.title': 'KMS ホストに到達できません',
  'tcp/host-unreachable.summary': 'ネットワークから、ホストに到達できないことが報告されました (ルートがない、または ICMP 到達不能)。',
  'tcp/host-unreachable.message': '{host} ({address}) に到達できません: {reason}',
  'tcp/host-unreachable.remedy.route': 'クライアントからのルートを確認してください: {command}',
  'tcp/host-unreachable.remedy.vpn': '強制トンネリングを使用する VPN クライアントでは、KMS の通信がホストのあるネットワークに届くようにしてください',
  'tcp/host-unreachable.remedy.old-address':
    'アドレスが古い場合は、ホストのアドレスを再登録し (ホストで {registerCommand})、クライアントのキャッシュをクリアしてください ({clearCommand})',
  'tcp/management-port-blocked.title': '管理用ポート (135) に到達できません',
  'tcp/management-port-blocked.summary':
    'TCP 135 が閉じているかフィルターされているため、リモートからの slmgr、VAMT、WMI による管理は失敗します。ライセンス認証ではこのポートは使用しません。',
  'tcp/management-port-blocked.message':
    '{hosts} の TCP {port} に到達できません。ここからリモートの slmgr、VAMT、WMI で{count, plural, =1 {このホスト} other {これらのホスト}}を管理することはできません。ライセンス認証にはポート {port} は不要です',
  'tcp/management-port-blocked.remedy.enable': 'KMS ホストをリモートで管理する場合のみ: {command} (各ホストで実行)',
} as const satisfies { readonly [K in keyof typeof EN]: string };
