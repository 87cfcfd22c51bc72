import type { DNS as EN } from '../en/dns.js';

/** Japanese text of the dns/* findings: titles, summaries, messages, remedies and evidence lines. */
export const DNS = {
  'dns/srv-missing.title': '_vlmcs._tcp の SRV レコードがありません',
  'dns/srv-missing.summary': 'ドメインに KMS の SRV レコードがないため、自動検出に頼るクライアントは KMS ホストを見つけられません (0x8007232B)。',
  'dns/srv-missing.message': '{queryName} が存在しません ({servers} の応答は NXDOMAIN)。{domain} を検索する KMS クライアントは {code} で失敗します',
  'dns/srv-nodata.title': '_vlmcs._tcp の名前は存在しますが、SRV レコードがありません',
  'dns/srv-nodata.summary': '名前は存在するものの SRV データがないため、自動検出の結果は空になります (0x8007251D)。',
  'dns/srv-nodata.message': '{queryName} は存在しますが、SRV レコードがありません ({servers} の応答は NOERROR、回答なし)。クライアントは {code} で失敗します',
  'dns/server-failure.title': 'DNS サーバーの障害',
  'dns/server-failure.summary': 'DNS サーバーが KMS の SRV クエリに SERVFAIL を返しました (0x8007232A)。',
  'dns/server-failure.message': 'DNS サーバー {server} が {queryName} に対して {rcode} を返しました。このサーバーを使用するクライアントは {code} で失敗します',
  'dns/server-failure.remedy.upstream': 'ゾーンへのクエリを転送している場合やゾーンが委任されている場合は、このサーバーがゾーンの権威サーバーに到達できることを確認してください',
  'dns/server-refused.title': 'DNS サーバーがクエリを拒否しました',
  'dns/server-refused.summary': 'DNS サーバーが REFUSED を返しました。このサーバーは、このゾーンについてこのクライアントには応答しません。',
  'dns/server-refused.message':
    'DNS サーバー {server} が {queryName} のクエリを拒否しました (REFUSED)。このサーバーは、このクライアントにこのゾーンを提供していません (再帰またはゾーンへのアクセスが制限されています)',
  'dns/server-refused.remedy.other-servers': '{domain} について応答する DNS サーバー (AD ドメインの場合はドメイン コントローラー) をクライアントに構成してください: {command}',
  'dns/server-refused.remedy.settings': 'Windows の DNS サーバーでは、再帰とゾーンの設定を確認してください: {command}',
  'dns/server-unreachable.title': 'DNS サーバーが応答しません',
  'dns/server-unreachable.summary': 'DNS サーバーが応答しなかったか、そのポートで何も待ち受けていません。',
  'dns/server-unreachable.message':
    'DNS サーバー {server} が応答しませんでした: {status, select, refused {DNS ポートで何も待ち受けていません (ICMP ポート到達不能)} timeout {タイムアウトまでに応答がありませんでした (UDP で {attempts} 回送信)} other {ネットワークから {status} が報告されました}}',
  'dns/server-unreachable.remedy.test': 'クライアントからサーバーを確認してください: {tcpCommand} (TCP) と {resolveCommand}',
  'dns/server-unreachable.remedy.service': '{server} で DNS サーバー サービスが実行されていることを確認してください: {command}',
  'dns/server-unreachable.remedy.client-list': 'クライアントに構成されている DNS サーバーの一覧を確認してください: {command}',
  'dns/bad-replies.title': '不正な形式または一致しない DNS 応答',
  'dns/bad-replies.summary': 'デコードできない応答、またはクエリと一致しない応答 (ID または質問が異なる) を受信したため、破棄しました。',
  'dns/bad-replies.message.useless': 'DNS サーバー {server} から {queryName} の有効な応答が得られませんでした: {reason}',
  'dns/bad-replies.message.discarded': '{server} からの {queryName} の応答のうち {discarded} 件を破棄しました ({reason})。クエリと一致した応答を使用しました',
  'dns/bad-replies.remedy.capture': 'クライアントで通信をキャプチャして、これらの応答の送信元を確認してください: {command} (または Wireshark でフィルター "{filter}" を使用)',
  'dns/bad-replies.remedy.path':
    '経路上に DNS を書き換えたり代わりに応答したりするデバイス (ファイアウォールの DNS インスペクション、キャプティブ ポータル、VPN クライアント) がないか確認してください',
  'dns/truncated-tcp-failed.title': 'SRV の応答が UDP に収まらず、TCP 53 でも失敗しました',
  'dns/truncated-tcp-failed.summary': 'このレコード セットの取得には TCP 経由の DNS が必要ですが、サーバーへの TCP ポート 53 が機能しませんでした。',
  'dns/truncated-tcp-failed.message':
    '{queryName} は {server} からの UDP 応答に収まらず、TCP での再試行も失敗しました: {cause, select, null {TCP の応答がありません} other {{cause}}}',
  'dns/truncated-tcp-failed.remedy.allow-tcp': 'クライアントから {server} への TCP 経由の DNS (ポート 53) を許可してください。確認方法: {command}',
  'dns/truncated-tcp-failed.remedy.prune': '古い _vlmcs レコードを削除して、レコード セットが 1 つの UDP 応答に収まるようにしてください: {command}',
  'dns/servers-disagree.title': 'DNS サーバーによって KMS のレコードが異なります',
  'dns/servers-disagree.summary':
    'すべての DNS サーバーが同じ _vlmcs._tcp レコードを返すわけではないため、クライアントが見つける KMS ホストは、問い合わせる DNS サーバーによって異なります。',
  'dns/servers-disagree.message': '{queryName} の内容が DNS サーバー間で一致しません — {views}{emptyServers, select, null {} other {。{emptyServers}: (なし)}}',
  'dns/servers-disagree.remedy.replicate': 'Active Directory 統合ゾーンの場合は、レプリケーションを強制してから、もう一度比較してください: {command}',
  'dns/servers-disagree.remedy.transfer': 'プライマリ ゾーンとセカンダリ ゾーンの場合は、SOA のシリアル番号を比較し、ゾーン転送を開始してください: {command}',
  'dns/servers-disagree.remedy.stale': '存在しなくなったホストのレコードが残っているサーバーで、そのレコードを削除してください',
  'dns/srv-name-is-alias.title': '_vlmcs._tcp の名前がエイリアス (CNAME) です',
  'dns/srv-name-is-alias.summary':
    'SRV の名前が CNAME になっています。参照先に SRV レコードがない場合 (またはエイリアスがループしている場合)、クライアントには NODATA が返されます (0x8007251D)。',
  'dns/srv-name-is-alias.message.followed':
    '{queryName} はエイリアスです ({aliasChain}、取得元: {servers})。クライアントはエイリアスをたどって参照先の SRV レコードを見つけますが、CNAME が置かれた名前に KMS ホストが自身のレコードを発行することはできません',
  'dns/srv-name-is-alias.message.loop':
    '{queryName} は CNAME のループの一部です ({aliasChain} → …、取得元: {servers})。SRV レコードに到達できないため、{domain} を検索するクライアントは {code} で失敗します',
  'dns/srv-name-is-alias.message.dead-end':
    '{queryName} はエイリアスですが ({aliasChain}、取得元: {servers})、参照先に SRV レコードがありません。{domain} を検索するクライアントは {code} で失敗します',
  'dns/srv-name-is-alias.remedy.see': 'DNS サーバーでエイリアスを確認してください: {command}',
  'dns/srv-name-is-alias.remedy.remove': 'この名前に SRV レコードを置けるように、エイリアスを削除してください: {command}',
  'dns/srv-name-is-alias.remedy.publish': 'その後、KMS ホストを {domain} に発行するか、そのレコードを作成してください: {command}',
  'dns/srv-name-is-alias.remedy.break-loop': 'ループを解消してください。{names} のいずれかをエイリアスでない名前にする必要があります',
  'dns/srv-name-is-alias.remedy.check-canonical': 'レコードを {canonical} に置く設計の場合は、そこにレコードが存在することを確認してください: {command}',
  'dns/kms-not-offered.title': 'このドメインでは KMS を提供しないと宣言されています',
  'dns/kms-not-offered.summary': 'ターゲットが "." の SRV レコード (RFC 2782) は、このドメインでは KMS を明示的に提供しないことを宣言するもので、試行するホストを示しません。',
  'dns/kms-not-offered.message.contradicted':
    '{queryName} には、ターゲットが "." の SRV レコード ({domain} では KMS を明示的に提供しないという宣言、RFC 2782) と、ホストを示すレコードが併存しています (取得元: {servers})。"." のレコードはそれらのレコードと矛盾します',
  'dns/kms-not-offered.message.declined':
    '{queryName} は、{domain} では KMS を明示的に提供しないと宣言しています (SRV のターゲット "."、RFC 2782、取得元: {servers})。このドメインだけを検索するクライアントは KMS ホストを見つけられません',
  'dns/kms-not-offered.remedy.see': 'DNS サーバーでこのレコードを確認してください: {command}',
  'dns/kms-not-offered.remedy.remove': '{domain} で KMS を提供する場合は、"." のレコードを削除してください: {command}',
  'dns/kms-not-offered.remedy.elsewhere': 'その後、KMS ホストがそこに発行できるようにするか、クライアントに別の検索先を指定してください: {lookupCommand} または {pinCommand}',
  'remedy.publish-srv.events': 'KMS ホストで、発行を試みたかどうかと、失敗した理由を確認してください (12293 = 失敗、12294 = 発行済み): {command}',
  'remedy.publish-srv.by-hand': 'または、DNS サーバーでレコードを手動で作成してください: {command}',
  'remedy.publish-srv.lookup-domain': 'クライアントが別のドメインを検索すべき場合は、そのドメインを指定してください: {command}',
  'remedy.publish-srv.pin': 'または、クライアントで自動検出を使わずに KMS ホストを直接指定してください: {command}',
  'remedy.dns-server.repeat-query': 'クライアントから、そのサーバーに対して同じクエリを実行してください: {command}',
  'remedy.dns-server.service': '{server} で DNS サーバー サービスとそのイベント ログを確認してください: {command}',
} as const satisfies { readonly [K in keyof typeof EN]: string };
