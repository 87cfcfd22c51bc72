import type { PUBLICATION as EN } from '../en/publication.js';

/** Japanese text of the publication/* findings: titles, summaries, messages, remedies and evidence lines. */
export const PUBLICATION = {
  'publication/record-missing.title': 'KMS ホストの SRV レコードがありません',
  'publication/record-missing.summary':
    'ホストが発行すべきドメインで、どの DNS サーバーにもホストの _vlmcs._tcp レコードがないため、そのドメインのクライアントはホストを検出できません。',
  'publication/missing-on-some-servers.title': '一部の DNS サーバーに SRV レコードがありません',
  'publication/missing-on-some-servers.summary':
    'ホストの _vlmcs._tcp レコードがあるサーバーとないサーバーがあります (レプリケーションの遅延、古いセカンダリ、スプリット ホライズン)。',
  'publication/port-mismatch.title': 'SRV レコードのポートが正しくありません',
  'publication/port-mismatch.summary': 'レコードが、ホストが待ち受けているポートとは異なるポートでホストを示しているため、このレコードを使用するクライアントは接続できません。',
  'publication/target-mismatch.title': 'SRV のターゲットがホストを指していません',
  'publication/target-mismatch.summary': 'レコードのターゲットが名前解決できないか、サーバーによって名前解決の結果が異なるか、ホストの別名になっています。',
  'publication/ttl-disagree.title': '権威サーバー間で TTL が異なります',
  'publication/ttl-disagree.summary': '同じ _vlmcs._tcp レコードの TTL が権威サーバーによって異なります。各サーバーが異なるバージョンのゾーンを提供しています。',
  'publication/stale-host.title': '古い KMS ホストがまだ発行されています',
  'publication/stale-host.summary':
    'レコードが、許可リストになく、機能していない (アドレスがない、ポートが閉じている、到達できない) ホストを示しています。このホストを選んだクライアントは、時間を浪費するか失敗します。',
  'publication/rogue-host.title': '想定外の KMS ホストが発行されています',
  'publication/rogue-host.summary': 'レコードが、許可リストにない、機能している KMS ホストを示しています。クライアントのライセンス認証のカウントがこのホストにも分散します。',
  'publication/publishing-failed.title': 'KMS ホストが DNS への発行に失敗しました (イベント ID 12293)',
  'publication/publishing-failed.summary':
    'ホストがあるドメインについて 12293 を記録しました。DNS の動的更新が拒否されています (0x80072338: 既存の _VLMCS レコードに対するアクセス許可がありません)。',
  'publication/publishing-disabled.title': 'KMS ホストで DNS への発行が無効になっています',
  'publication/publishing-disabled.summary': 'DisableDnsPublishing が設定されている (slmgr /cdns) ため、レコードを手動で作成し、維持する必要があります。',
  'publication/server-unanswered.title': 'DNS サーバーから有効な応答がありませんでした',
  'publication/server-unanswered.summary':
    '権威サーバーまたはリゾルバーが SRV クエリに応答しなかった (タイムアウト、REFUSED、SERVFAIL) か、権威のない応答を返したため、そのサーバーにレコードがあるかどうかは不明です。',
  'publication/record-missing.message': 'どのサーバーにも、{queryName} の {host} のレコードがありません',
  'publication/record-missing.message.published':
    'どのサーバーにも、{queryName} の {host} のレコードがありません。ホストは {time} に最後に 12294 (発行済み) を記録しています。レコードが削除または清掃 (scavenging) されたか、問い合わせたサーバーが、ホストが更新したサーバーからゾーンを受け取っていません',
  'publication/record-missing.message.failed':
    'どのサーバーにも、{queryName} の {host} のレコードがありません。ホストは {time} に 12293 ({code, select, null {コードなし} other {{code}}}) を記録しています',
  'publication/record-missing.remedy.by-hand': 'または、レコードを手動で作成してください: Microsoft DNS: {command} | BIND のゾーン {zone}: {record}',
  'publication/missing-on-some-servers.message':
    '{queryName} の {host} のレコードは {presentOn} にはありますが、{missingOn} にはありません。これらのサーバーに問い合わせるクライアントはレコードを見つけられません (レプリケーションの遅延、古いセカンダリ、またはスプリット ホライズンのビュー)',
  'publication/missing-on-some-servers.remedy.active-directory': 'Active Directory 統合ゾーン: {sync} を実行してから、各 DC で {list} を実行してください',
  'publication/missing-on-some-servers.remedy.bind': 'BIND のセカンダリ: {command} (プライマリがこのサーバーに NOTIFY を送信していることも確認してください)',
  'publication/missing-on-some-servers.remedy.split-horizon': 'スプリット ホライズン DNS: クライアントが使用するすべてのビューにレコードを発行してください',
  'publication/port-mismatch.message':
    '{server} は {queryName} で {host} をポート {recordPort} として登録していますが、ホストはポート {port} で待ち受けています。このレコードを選んだクライアントは接続に失敗します',
  'publication/port-mismatch.remedy.confirm': 'ホストで、{command} の "Listening on Port" の値を確認してください',
  'publication/port-mismatch.remedy.replace':
    'レコードを置き換えてください: Microsoft DNS: {command} | BIND のゾーン {zone}: {record}。その後、ポート {recordPort} のレコードを削除してください',
  'publication/target-mismatch.message.unresolved': '{queryName} は {host} を示していますが、どのサーバーでもアドレスに名前解決できません ({statuses})',
  'publication/target-mismatch.message.differ': '{host} は、サーバーによって異なるアドレスに名前解決されます ({answers})。一部のクライアントは古いアドレスに接続します',
  'publication/target-mismatch.message.alias':
    '{queryName} は {target}:{port} を示しており、これは {addresses} に名前解決されます — これは {aliasOf} のアドレスです。ホストが別の名前で登録されています (ホスト名が変更されたか、手動で作成されたレコードです)',
  'publication/target-mismatch.evidence.lookup': '{server} での {host}: {result}',
  'publication/target-mismatch.remedy.register': 'ホストのアドレスを登録してください: {host} で {command}',
  'publication/target-mismatch.remedy.register-own': 'KMS ホストは、SRV レコードだけでなく、自身の A/AAAA レコードも登録できる必要があります',
  'publication/target-mismatch.remedy.remove-outdated': '{host} の古い A/AAAA レコードを削除してください',
  'publication/target-mismatch.remedy.reregister': '{host} で: {command}',
  'publication/target-mismatch.remedy.point-at-host': 'レコードのターゲットをホストの FQDN ({aliasOf}) に変更するか、意図したものであれば {target} を {option} に追加してください',
  'publication/ttl-disagree.message': '{queryName} のレコード {record} の TTL が、権威サーバーによって異なります ({ttls})。各サーバーが同じバージョンのゾーンを提供していません',
  'publication/ttl-disagree.remedy.settle': 'レプリケーションまたはゾーン転送が完了するのを待つか、手動で作成したレコードをすべてのサーバーで同一にしてください',
  'publication/stale-host.message':
    '{queryName} には、まだ {target}:{port} が登録されています。このホストは許可リストになく、機能していません ({verdict})。使用を停止したホストのレコードが削除されずに残っています',
  'publication/stale-host.remedy.scavenging': 'または、ゾーンで清掃 (scavenging) を有効にして、停止したホストの動的レコードが期限切れで削除されるようにしてください',
  'publication/stale-host.remedy.clear-cache': '古いホストをキャッシュしているクライアント: {command}',
  'publication/rogue-host.message':
    '{queryName} には {target}:{port} が登録されています。このホストは KMS ホストとして応答しますが ({verdict})、許可リストにありません。クライアントのカウントがこのホストにも分散します',
  'publication/rogue-host.remedy.allow': '正当なホストであれば、{command} で追加してください',
  'publication/rogue-host.remedy.retire':
    'そうでない場合は、{target} で KMS クライアント セットアップ キーをインストールする ({installKey}) か {stopPublishing} を実行してから、そのレコードを削除してください: {remove}',
  'publication/rogue-host.remedy.restrict': '発行できるアカウントを制限してください: _VLMCS._TCP に対するフル コントロールを、KMS ホストのグループにのみ付与します',
  'publication/publishing-failed.message':
    '{host} は {domain} への発行に失敗しました: イベント ID 12293、{code, select, null {コードなし} other {{code}}}{meaning, select, null {} other { — {meaning}}}',
  'publication/publishing-failed.remedy.permission':
    'DNS マネージャー → ゾーン {zone} → _tcp → _VLMCS → プロパティ → セキュリティ: コンピューター アカウント {account} を追加してフル コントロールを付与してください (または、発行先のすべてのゾーンで、すべての KMS ホストを含む AD グループに _VLMCS._TCP に対するフル コントロールを付与してください)',
  'publication/publishing-failed.remedy.stop-publishing': 'または、{host} がそこに発行すべきでない場合は、{host} の {setting} から {domain} を削除してください',
  'publication/publishing-disabled.message.missing':
    '{host} では DNS への発行が無効になっており ({setting})、{domain} のどのサーバーにもそのレコードがありません。レコードを手動で作成してください',
  'publication/publishing-disabled.message.by-hand':
    '{host} では DNS への発行が無効になっている ({setting}) ため、{domain} のレコードは手動で維持する必要があります{missingCount, plural, =0 {} other { ({missingOn} にはありません)}}',
  'publication/publishing-disabled.evidence': '{host} の {setting} ({command})',
  'publication/publishing-disabled.remedy.publish-again':
    'または、ホストが再び自身でレコードを発行するようにしてください: {command} を実行し、KMS ホストで {restart} を実行します (起動時と 24 時間ごとにレコードが再登録されます)。その後、イベント ID 12294 を確認してください',
  'publication/server-unanswered.message.unverified':
    '{server} ({role, select, authoritative {権威サーバー} other {リゾルバー}}) から {queryName} の有効な応答がありませんでした: {status}{rcode, select, null {} other { ({rcode})}}。応答したサーバーがないため、レコードが発行されているかどうかは確認できていません',
  'publication/server-unanswered.message.unknown':
    '{server} ({role, select, authoritative {権威サーバー} other {リゾルバー}}) から {queryName} の有効な応答がありませんでした: {status}{rcode, select, null {} other { ({rcode})}}。このサーバーにレコードがあるかどうかは不明です',
  'publication/server-unanswered.message.lame':
    '{server} は {zone} の権威サーバーとして指定されていますが、{queryName} に AA フラグなしで応答しました (キャッシュ、または不完全な委任 (lame delegation))',
  'publication/server-unanswered.remedy.ask': '手動で問い合わせてください: {command}',
  'publication/server-unanswered.remedy.zone':
    'サーバーがゾーン {zone} をホストしており、このネットワークからのクエリに応答することを確認してください (BIND: {setting}、Windows: {command})',
  'remedy.publication.restart': 'KMS ホストで: {command} (起動時と 24 時間ごとにレコードが再登録されます)。その後、イベント ID 12294 を確認してください',
  'remedy.publication.host-events': 'KMS ホストで: {command}',
  'remedy.publication.manual-microsoft-dns': 'Microsoft DNS: {command}',
  'remedy.publication.manual-bind': 'BIND のゾーン {zone}: {record}',
  'remedy.publication.compare-serials': 'ゾーンのシリアル番号を比較してください: 各サーバーで {command}',
  'remedy.publication.remove-record': '{command}',
  'evidence.publication.srv-answer':
    '{server} ({role, select, authoritative {権威サーバー} resolver {リゾルバー} other {サーバー}}、{status}{authoritativeAnswer, select, true {、AA} other {}}): {recordCount, plural, =0 {レコードなし} other {{records}}}',
  'evidence.publication.publishing-event':
    '{published, select, true {12294 発行済み} other {12293 失敗 {code}}} ({domain}、{time}、{computer, select, null {コンピューター不明} other {{computer}}})',
  'evidence.publication.unexpected-target': '{target}:{port} → {addressCount, plural, =0 {アドレスなし} other {{addresses}}}: {verdict}',
} as const satisfies { readonly [K in keyof typeof EN]: string };
