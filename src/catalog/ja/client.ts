import type { CLIENT as EN } from '../en/client.js';
/** Japanese text of the client/* findings: titles, summaries, messages, remedies and evidence lines. */
export const CLIENT = {
  'client/no-dns-suffix.title': '検索に使う DNS サフィックスがありません',
  'client/no-dns-suffix.summary': 'クライアントにプライマリ DNS サフィックスも接続固有の DNS サフィックスもないため、照会する _vlmcs._tcp の名前を作成できません (0x8007007B)。',
  'client/manual-host-unusable.title': '手動で指定された KMS ホストを使用できません',
  'client/manual-host-unusable.summary': 'クライアントには slmgr /skms で KMS ホストが手動で指定されていますが、そのホストは機能していません。この場合、DNS は参照されません。',
  'client/manual-host-bypasses-dns.title': '手動で指定された KMS ホストにより、DNS に発行されたホストが使われません',
  'client/manual-host-bypasses-dns.summary': 'クライアントには slmgr /skms で KMS ホストが手動で指定されているため、DNS に発行されているホストは無視されます。',
  'client/lookup-domain-without-records.title': '検索ドメインに KMS のレコードがありません',
  'client/lookup-domain-without-records.summary': 'クライアントは slmgr /skms-domain で指定されたドメインだけを検索しますが、そのドメインには _vlmcs._tcp レコードがありません。',
  'client/cached-host-stale.title': 'キャッシュされた KMS ホストが古くなっています',
  'client/cached-host-stale.summary': 'KMS ホスト キャッシュが有効ですが、クライアントが前回使用したホストは、もう発行されていないか、機能していません。',
  'client/discovered-host-not-preferred.title': 'DNS で優先されなくなったホストをクライアントが使用しています',
  'client/discovered-host-not-preferred.summary':
    '前回使用したホストは、現在 DNS で優先される優先度のグループに含まれていません。KMS ホスト キャッシュが有効なため、クライアントはそのホストを使い続けます。',
  'client/suffix-mismatch.title': 'KMS のレコードが、クライアントの照会しないドメインにあります',
  'client/suffix-mismatch.summary': 'レコードは別のドメイン (DNS サフィックス検索一覧や AD ドメイン) にあり、ソフトウェア ライセンス サービスが照会するドメインにはありません。',
  'client/not-kms-client-channel.title': 'KMS クライアント キーではありません',
  'client/not-kms-client-channel.summary': 'Windows 製品には MAK、リテール キー、または OEM キーがインストールされているため、KMS ホストに接続することはありません。',
  'client/not-licensed.title': 'Windows がライセンス認証されていません',
  'client/not-licensed.summary': 'ライセンスの状態が「ライセンス認証済み」(Licensed) ではありません。猶予期間中の場合は、レポートに期限が示されます。',
  'client/product-not-licensed.title': 'Office またはアドオン製品がライセンス認証されていません',
  'client/product-not-licensed.summary':
    'プライマリの Windows 以外のキーを持つ製品 (Office、ESU アドオン、2 つ目の Windows ライセンス) がライセンス認証されていません。この製品は Windows とは別にライセンス認証され、別に失敗します。',
  'client/renewal-overdue.title': 'KMS のライセンス認証の更新が失敗し続けています',
  'client/renewal-overdue.summary':
    'KMS でライセンス認証された製品の残り期間が 180 日を大きく下回っています。数週間にわたって更新されておらず、残りの期間が切れるとライセンス認証されていない状態になります。',
  'client/activation-type-excludes-kms.title': 'ライセンス認証の種類で KMS が除外されています',
  'client/activation-type-excludes-kms.summary':
    '製品が Active Directory ベースまたはトークン ベースのライセンス認証のみに設定されている (slmgr /act-type) ため、KMS は使用されません。',
  'client/clock-skew.title': '時刻が KMS ホストと 4 時間を超えてずれています',
  'client/clock-skew.summary': 'KMS ホストは、UTC で比較して時刻が 4 時間を超えてずれている要求を拒否します (0xC004F06C)。',
  'client/no-dns-suffix.message':
    'このコンピューターにはプライマリ DNS サフィックスも接続固有の DNS サフィックスもなく、KMS ホストも検索ドメインも設定されていません。クライアントには照会する _vlmcs._tcp の名前がないため、0x8007007B で失敗します。',
  'client/no-dns-suffix.evidence':
    'プライマリ DNS サフィックス: なし、接続固有の DNS サフィックス: なし{searchListCount, plural, =0 {} other {、DNS サフィックス検索一覧: {searchList}}}',
  'client/no-dns-suffix.remedy.suffix':
    'コンピューターにプライマリ DNS サフィックスを設定するか (システムのプロパティ → コンピューター名 → 詳細)、接続固有の DNS サフィックスを設定します (DHCP オプション 15 で配布するか、次のコマンドを使用します): {command}',
  'client/no-dns-suffix.remedy.lookup-domain': 'または、レコードがあるドメインを指定します: {command}',
  'client/no-dns-suffix.remedy.host': 'または、KMS ホストを指定します: {command}',
  'client/manual-host-unusable.message':
    'クライアントには KMS ホスト {host}:{port} が手動で指定されていますが (slmgr /skms{scope, select, product {、この製品のみ} other {}})、そのホストは使用できません ({verdict})。クライアントは DNS にフォールバックしないため、ライセンス認証は失敗します (0xC004F074)。',
  'client/manual-host-unusable.evidence.setting': 'KeyManagementServiceMachine = {host}、ポート {port}',
  'client/manual-host-unusable.remedy.auto-discovery': 'クライアントを DNS による自動検出に戻します: {command}',
  'client/manual-host-unusable.remedy.other-host': 'または、機能しているホストを指定します: {command}',
  'client/manual-host-bypasses-dns.message':
    'クライアントには {host}:{port} が手動で指定されているため、DNS に発行されている {count} 台のホスト ({published}) は無視されます{listed, select, true {} other {。手動で指定されたホストは、その中に含まれていません}}。',
  'client/manual-host-bypasses-dns.evidence.setting': 'KeyManagementServiceMachine = {host}:{port}',
  'client/manual-host-bypasses-dns.evidence.published': '発行済み: {recordDomain} の {record} ({verdict})',
  'client/manual-host-bypasses-dns.remedy.auto-discovery': '手動での指定が不要になった場合は、自動検出に戻します: {command}',
  'client/lookup-domain-without-records.message':
    'クライアントは {domain} だけを検索しますが (slmgr /skms-domain)、_vlmcs._tcp.{domain} には SRV レコードがありません ({statuses})。クライアント自身の DNS サフィックスへのフォールバックは行われません。',
  'client/lookup-domain-without-records.evidence.setting': 'KeyManagementServiceLookupDomain = {domain}',
  'client/lookup-domain-without-records.evidence.answer': '{queryName} ({server} の応答): {status}',
  'client/lookup-domain-without-records.remedy.clear': '検索ドメインの設定を解除し、クライアント自身の DNS サフィックスで検索させます: {command}',
  'client/lookup-domain-without-records.remedy.other-domain': 'または、レコードがあるドメインを設定します: {command}',
  'client/lookup-domain-without-records.remedy.publish': 'または、{domain} にレコードを発行します (参照: {command})',
  'client/cached-host-stale.message':
    'KMS ホスト キャッシュが有効ですが、キャッシュされたホスト {host}:{port} は{unpublished, select, true {、もう {domains} に発行されていません{usable, select, false {。また、使用できません ({verdict})} other {}}} other {使用できません ({verdict})}}。クライアントは試行のたびに、DNS にフォールバックする前にまずこのホストを試します。',
  'client/cached-host-stale.evidence.setting': 'DiscoveredKeyManagementServiceMachineName = {host}、ポート {port}、KMS ホスト キャッシュ: 有効',
  'client/cached-host-stale.remedy.rediscover':
    'クライアントに KMS ホストを再検出させます: {command} (キャッシュされた名前と手動で指定された名前を消去します) を実行した後、{activateCommand} を実行します。',
  'client/discovered-host-not-preferred.message':
    'クライアントが前回使用したのは {host}:{port} (優先度 {priority}) ですが、現在 DNS で優先されるのは {preferred} (優先度 {preferredPriority}) です。KMS ホスト キャッシュが有効なため、古いホストで失敗するまで、クライアントはそのホストを使い続けます。',
  'client/discovered-host-not-preferred.evidence.setting': 'DiscoveredKeyManagementServiceMachineName = {host}:{port}',
  'client/discovered-host-not-preferred.evidence.preferred': '{record} 優先度 {recordPriority}',
  'client/discovered-host-not-preferred.remedy.move': '今すぐクライアントを移行するには、{command} を実行した後、{activateCommand} を実行します。',
  'client/discovered-host-not-preferred.remedy.follow-priorities': '試行のたびにクライアントが DNS の優先度に従うようにするには: {command} (KMS ホスト キャッシュを無効にします)',
  'client/suffix-mismatch.message':
    'KMS のレコードは {domains} にありますが、クライアントは{queryNameCount, plural, =0 {どの名前も照会していません} other { {queryNames} を照会しています}}。nslookup では DNS サフィックス検索一覧によってレコードが見つかることがありますが、ライセンス認証では見つかりません。',
  'client/suffix-mismatch.evidence': '照会した名前: {queryNameCount, plural, =0 {なし} other {{queryNames}}}、レコードがあるドメイン: {domains}',
  'client/suffix-mismatch.remedy.lookup-domain': 'クライアントにそのドメインを指定します: {command}',
  'client/suffix-mismatch.remedy.publish': 'または、KMS ホストがクライアントのドメインにも発行するようにします (ホストで DnsDomainPublishList を設定し、{command} を実行します)。',
  'client/suffix-mismatch.remedy.suffix': 'または、クライアントのプライマリ DNS サフィックスを、レコードがあるドメインに設定します。',
  'client/not-kms-client-channel.message':
    '{product} には{channel, select, VOLUME_MAK {マルチプル アクティベーション キー (MAK)} RETAIL {リテール キー} OEM { OEM キー} VOLUME_KMS { KMS ホスト キー (このコンピューターは KMS ホストです) } OTHER { KMS クライアント キーではないキー} other {別の種類のキー}}がインストールされています ({description}{keyChannel, select, null {} other {、{keyChannel}}})。KMS はまったく使用されません。',
  'client/not-kms-client-channel.evidence': 'Description = {description}、部分プロダクト キー: {partialKey, select, null {不明} other {{partialKey}}}',
  'client/not-kms-client-channel.remedy.gvlk':
    'KMS でライセンス認証するには、このエディションの KMS クライアント セットアップ キー (GVLK) をインストールします。キーは Microsoft の「キー管理サービス (KMS) クライアントのライセンス認証とプロダクト キー」("Key Management Services (KMS) client activation and product keys") に記載されています: {command}',
  'client/not-licensed.message': '{product} はライセンス認証されていません (状態: {statusWords}{reason, select, null {} other {、理由: {reason}}})。',
  'client/not-licensed.message.grace': '{product} はライセンス認証されていません (状態: {statusWords}、残り {daysLeft} 日)。{deadline} までにライセンス認証する必要があります。',
  'client/not-licensed.evidence': 'LicenseStatus = {status} ({statusWords})、GracePeriodRemaining = {graceMinutes} 分',
  'client/not-licensed.remedy.activate': 'このレポートの接続に関する検出事項を解決してから、ライセンス認証します: {command}',
  'client/not-licensed.remedy.check': '結果を確認します: {command}、およびアプリケーション ログのイベント ID 12288/12289',
  'client/product-not-licensed.message':
    '{kind, select, office {Office 製品} addon {アドオン ライセンス} other {Windows 製品}} {product} はライセンス認証されていません (状態: {statusWords}{deadline, select, null {{reason, select, null {} other {、理由: {reason}}}} other {、残り {daysLeft} 日}})。{deadline, select, null {} other {{deadline} までにライセンス認証する必要があります。}}{uses, select, officeKms {Office の KMS クライアントは、ホストのカウントが異なるクライアント 5 台に達するとライセンス認証されます (ホストに Office の KMS ホスト キーをインストールし、ライセンス認証しておく必要があります)。} kms {} other {キー チャネルが {channel} のため、KMS は使用されません。}}',
  'client/product-not-licensed.evidence': '{product} ({description}): LicenseStatus = {status} ({statusWords})、GracePeriodRemaining = {graceMinutes} 分',
  'client/product-not-licensed.remedy.connectivity':
    'このレポートの接続に関する検出事項を解決します。この製品は Windows と同じ KMS ホストを使用します (ホストには、この製品をサポートする KMS ホスト キーが必要です)。',
  'client/product-not-licensed.remedy.activate':
    '{kms, select, true {この製品をライセンス認証します} other {この製品専用のキーでライセンス認証します}}: {command}{find, select, office { (ライセンス認証 ID は {findCommand} で確認できます)} id { (ID は {findCommand} で確認できます)} other {}}',
  'client/product-not-licensed.remedy.check': '結果を確認します: {command}',
  'client/renewal-overdue.message':
    '{kind, select, office {Office 製品} addon {アドオン ライセンス} other {Windows 製品}} {product} のライセンス認証の残り期間は、180 日のうち {daysLeft} 日です。最後に更新されたのは約 {sinceDays} 日前 (180 日 − 残り {wholeDaysLeft} 日) で、本来は {intervalDays} 日ごとに更新されるため、約 {failingDays} 日間、更新に失敗し続けています。前回使用したホストは{host, select, null {入力からはわかりません} other { {host} です}}。',
  'client/renewal-overdue.evidence.grace': 'GracePeriodRemaining = {graceMinutes} 分 ({daysLeft} 日)、有効期間 {validityMinutes} 分、更新間隔 {intervalMinutes} 分',
  'client/renewal-overdue.evidence.host': '前回の KMS ホスト: {host}',
  'client/renewal-overdue.remedy.check-host': '前回使用したホストがまだ機能しているかどうかを確認します: {command}',
  'client/renewal-overdue.remedy.check-hosts': 'クライアントで {command} を実行し、接続できるホストを確認します。',
  'client/renewal-overdue.remedy.renew':
    'クライアントの管理者特権のコマンド プロンプトで、今すぐ更新します: {command}。その後、{checkCommand} で残りが約 180 日と表示されることを確認します。',
  'client/renewal-overdue.remedy.stale-host':
    'ホストが廃止された場合は、古い手動指定を消去するか ({command})、その SRV レコードを削除して、クライアントが機能しているホストを検出できるようにします。',
  'client/activation-type-excludes-kms.message':
    '{product} は{type, select, 1 { Active Directory ベースのライセンス認証のみ} other {トークン ベースのライセンス認証のみ}}に設定されている (slmgr /act-type {type}) ため、KMS は使用されません。',
  'client/activation-type-excludes-kms.evidence': 'VLActivationTypeEnabled = {type}',
  'client/activation-type-excludes-kms.remedy.allow-all': 'すべての種類のボリューム ライセンス認証を許可します: {command}',
  'client/activation-type-excludes-kms.remedy.kms-only': 'または、KMS のみを許可します: {command}',
  'client/clock-skew.message':
    'クライアントの時刻が KMS ホストの時刻より {hours, number, ::.0} 時間{direction, select, ahead {進んでいます} other {遅れています}} (UTC で比較して 4 時間超)。ホストはこのクライアントの要求を 0xC004F06C で拒否します。',
  'client/clock-skew.evidence': 'クライアント {clientClock}、ホスト {hostClock}',
  'client/clock-skew.remedy.resync': 'クライアントの時刻を再同期します: {command}',
  'client/clock-skew.remedy.hierarchy': 'ドメイン メンバーはドメイン階層から時刻を取得します。次のコマンドで確認します: {command}',
  // Lines several client findings share.
  'evidence.client.host-verdict': '{host}:{port}: {verdict}',
  'remedy.client.then': 'その後、次を実行します: {command}',
  'remedy.client.then-activate': 'その後、ライセンス認証します: {command}',
} as const satisfies { readonly [K in keyof typeof EN]: string };
