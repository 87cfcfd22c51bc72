import type { KMS as EN } from '../en/kms.js';

/** Japanese text of the kms/* findings: titles, summaries, messages, remedies and evidence lines. */
export const KMS = {
  'kms/no-usable-host.title': '使用できる KMS ホストがありません',
  'kms/no-usable-host.summary': 'クライアントが試行するホストのいずれも KMS の接続を受け付けないため、ライセンス認証は 0xC004F074 で失敗します。',
  'kms/no-usable-host.message': 'クライアントが試行する KMS ホスト {count} 台のいずれも使用できません ({hosts})。ライセンス認証は {code} で失敗します',
  'kms/no-usable-host.remedy.fix-one': '少なくとも 1 台のホストについて上記の検出事項を解決してから、ライセンス認証を実行してください: {command}',
  'kms/no-usable-host.remedy.confirm': 'その後、クライアントで確認してください: {command}',
  'kms/unusable-hosts-listed.title': '登録されている KMS ホストの一部が使用できません',
  'kms/unusable-hosts-listed.summary':
    'DNS に、機能しないホストが機能するホストと並んで登録されています。機能しないホストを最初に選んだクライアントは、時間を浪費するか失敗します。',
  'kms/unusable-hosts-listed.message':
    '登録されている KMS ホスト {listed} 台のうち {broken} 台が使用できません ({brokenHosts})。これらを最初に試行したクライアントは、待機と再試行を経てから {usableHosts} に到達します',
  'kms/unusable-hosts-listed.remedy.remove-or-repair': '存在しなくなったホストのレコードを削除するか、ホストを修復してください (各ホストの検出事項を参照)',
  'kms/unusable-hosts-listed.remedy.clear-clients': 'その後、それらのホストを使用したクライアントで、キャッシュされている KMS ホストをクリアしてください: {command}',
  'evidence.target-verdict': '{host}: {verdict}',
} as const satisfies { readonly [K in keyof typeof EN]: string };
