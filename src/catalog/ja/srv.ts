import type { SRV as EN } from '../en/srv.js';

/** Japanese text of the srv/* findings: titles, summaries, messages, remedies and evidence lines. */
export const SRV = {
  'srv/target-unresolvable.title': 'SRV のターゲットを名前解決できません',
  'srv/target-unresolvable.summary': 'SRV レコードが、A レコードも AAAA レコードもないホストを指しています。通常は、使用を停止した (古い) KMS ホストです。',
  'srv/target-unresolvable.message.listed': '{host} (_vlmcs._tcp.{domain} に登録) を名前解決できません: {status} — 通常は、使用を停止した KMS ホストのレコードが残っています',
  'srv/target-unresolvable.message.given':
    '{host} ({role, select, pinned {クライアントに固定で指定されているホスト} cached {クライアントがキャッシュしているホスト} other {KMS ホストとして指定されたホスト}}) を名前解決できません: {status}',
  'srv/target-unresolvable.remedy.delete-record': 'ホストが存在しない場合は、そのレコードを削除してください: {command}',
  'srv/target-unresolvable.remedy.register': 'ホストが存在する場合は、そのアドレスを登録してください: {command} (ホストで実行)',
  'srv/target-unresolvable.remedy.clear-clients': 'その後、クライアントにキャッシュされているホスト名をクリアしてください: {command}',
  'srv/target-unresolvable.remedy.check-name': '名前を確認してください: {command}',
  'srv/target-unresolvable.remedy.repoint': 'クライアントに実在するホストを指定するか ({pinCommand})、自動検出に戻してください ({clearCommand})',
  'srv/target-is-cname.title': 'SRV のターゲットがエイリアス (CNAME) です',
  'srv/target-is-cname.summary': 'RFC 2782 では、SRV のターゲットにエイリアスを使用することは禁止されています。エイリアスをたどらないクライアントもあります。',
  'srv/target-is-cname.message': 'SRV のターゲット {host} は {canonical} のエイリアスです。RFC 2782 では、ターゲットはホスト自身の名前である必要があります',
  'srv/target-is-cname.remedy.repoint': 'レコードのターゲットを正規名に変更してください: {command}',
  'srv/target-is-cname.remedy.remove-old': 'その後、エイリアス {alias} を指しているレコードを削除してください',
  'srv/nonstandard-port.title': 'KMS が既定以外のポートで待ち受けています',
  'srv/nonstandard-port.summary': 'SRV レコードが 1688 以外のポートを示しています。ファイアウォールでは、1688 の代わりにそのポートを許可する必要があります。',
  'srv/nonstandard-port.message':
    '{host} は、ポート {defaultPort} ではなく {port} を使用しています。クライアントとホストの間のファイアウォールで TCP {port} を許可する必要があります',
  'srv/nonstandard-port.evidence': '{source, select, srv {_vlmcs._tcp.{domain} の SRV レコード} other {指定されたホスト}}: {host}',
  'srv/nonstandard-port.remedy.confirm': 'ホストで確認してください: {command} ("Listening on Port" の行を参照)',
  'srv/nonstandard-port.remedy.default': '既定のポートに戻すには: {command} (ホストで実行)',
} as const satisfies { readonly [K in keyof typeof EN]: string };
