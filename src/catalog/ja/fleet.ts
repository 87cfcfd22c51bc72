import type { FLEET as EN } from '../en/fleet.js';
/** Japanese text of the fleet/* findings: titles, summaries, messages, remedies and evidence lines. */
export const FLEET = {
  'fleet/duplicate-cmid.title': 'フリート内の複数のコンピューターが同じ CMID を共有しています',
  'fleet/duplicate-cmid.summary':
    '一般化されていないイメージから複製されたクライアントは、1 つのクライアント マシン ID (CMID) を共有します。KMS ホストはそのグループを 1 台として数えます。',
  'fleet/products-not-activated.title': 'フリート内の製品がライセンス認証されていないか、まもなく期限切れになります',
  'fleet/products-not-activated.summary':
    'フリート内の KMS クライアント製品 (Windows または Office) が、猶予期間、通知モード、またはライセンスなしの状態にあるか、残りが 30 日以下です。',
  'fleet/renewals-failing.title': 'フリート内のクライアントがライセンス認証を更新しなくなっています',
  'fleet/renewals-failing.summary':
    'ライセンス認証済みの KMS クライアント製品が、更新間隔の 2 倍を超える期間、更新されていません。180 日の期間が切れると、ライセンス認証されていない状態になります。',
  'fleet/host-not-published.title': 'クライアントが、発行されていないホストに接続しています',
  'fleet/host-not-published.summary':
    'クライアントに、DNS に発行されていないホスト、またはフリートの KMS ホストに含まれていないホストが、手動で指定 (slmgr /skms) またはキャッシュされています。通常は廃止されたホストです。',
  'fleet/host-unreachable.title': 'クライアントの接続先ホストが応答しません',
  'fleet/host-unreachable.summary': 'クライアントに手動で指定またはキャッシュされているホストが、ライセンス認証のポートで KMS の接続を受け付けません。',
  'fleet/domain-without-srv.title': 'DNS サフィックス グループに KMS のレコードがありません',
  'fleet/domain-without-srv.summary': 'クライアントのグループが最初に照会するドメインに _vlmcs._tcp レコードがないため、これらのクライアントは KMS ホストを検出できません。',
  'fleet/count-split.title': 'フリートのカウントが複数のホストに分散しています',
  'fleet/count-split.summary':
    'フリートのクライアントを合わせれば 25 に達するにもかかわらず、25 に達しているホストがありません。各ホストは、そのホストに接続したクライアントだけを数えます。',
  'fleet/threshold-not-reached.title': 'Windows クライアントの接続先ホストのカウントが 25 未満です',
  'fleet/threshold-not-reached.summary':
    'Windows のクライアント エディションの接続先ホストのカウントが 25 未満のため、これらはライセンス認証されません (0xC004F038)。サーバーや Office はライセンス認証される場合があります。',
  'fleet/clock-skew.title': 'フリート内の時刻がホストと 4 時間を超えてずれています',
  'fleet/clock-skew.summary': '時刻が KMS ホストと 4 時間を超えてずれているクライアントは拒否されます (0xC004F06C)。',
  'fleet/unreadable-snapshots.title': 'フリート内の一部のファイルがスナップショットではありません',
  'fleet/unreadable-snapshots.summary':
    'フリートの入力に含まれる一部のファイルをスナップショットとして読み取れなかったため、それらのコンピューターはすべての集計から除外されています。',
  'fleet/duplicate-cmid.message':
    '{machines} 台のコンピューターが CMID {cmid} を共有しています ({names}{more, plural, =0 {} other {、ほか {more} 台}})。KMS ホストはこれらを 1 台として数えるため、カウントは実際の台数より {countLost} 少なくなります{hostCount, plural, =0 {} other { (接続先: {hosts})}}{groupsTotal, plural, =0 {} =1 {} other {。フリート内の {groupsTotal} 個の複製グループで、合わせて {fleetCountLost} のカウントが失われています}}。',
  'fleet/duplicate-cmid.evidence': '{cmid} ({machines} 台): {allNames}{truncated, select, true {、…} other {}}',
  'fleet/duplicate-cmid.remedy.image':
    'イメージを修正します。{command} で一般化し (応答ファイルに {unattend} を指定せず、レジストリにも {registry} を設定しません)、そのイメージから展開し直します。',
  'fleet/duplicate-cmid.remedy.rearm':
    '展開済みのコンピューターでは、管理者特権で {command} を実行して各コンピューターに新しい CMID を割り当て、再起動します (コンピューターのリアーム回数を 1 回消費します)。',
  'fleet/duplicate-cmid.remedy.verify':
    'その後、各コンピューターで {activate} を実行し、ホストのカウントが増えることを確認します (ホストで {inspect} を実行し、「現在のカウント」("{field}") を確認します)。',
  'fleet/products-not-activated.message':
    '{count} 個の KMS クライアント製品が、ライセンス認証されていないか、30 日以内に期限切れになります ({partial, select, true {最初の {listed} 個の種類別の内訳: {byKind}} other {{byKind}}})。最も早く期限切れになるもの: {soonest}。',
  'fleet/products-not-activated.evidence': '{product}: {state}、残り {daysLeft, select, null {?} other {{daysLeft}}} 日',
  'fleet/products-not-activated.remedy.diagnose': '一覧の各コンピューターで、ライセンス認証されない理由を調べます: {command} (またはそのコンピューター上で {powershell})。',
  'fleet/products-not-activated.remedy.activate': '管理者特権で今すぐライセンス認証します。Windows は {windows}、Office は Office のフォルダーで {office} を実行します。',
  'fleet/products-not-activated.remedy.csv': 'CSV ({option}) には、すべての製品が状態と残り日数とともに一覧表示されます。',
  'fleet/renewals-failing.message':
    '{count} 個のライセンス認証済み KMS クライアント製品が、更新間隔の 2 倍を超える期間、更新されていません。最も長いものは約 {failingDays} 日間です ({longest}、残り {daysLeft, select, null {?} other {{daysLeft}}} 日){lastHostCount, plural, =0 {} other {。前回使用したホスト: {lastHosts}}}。',
  'fleet/renewals-failing.evidence':
    '{product}: 180 日のうち残り {daysLeft, select, null {?} other {{daysLeft}}} 日、約 {failingDays} 日間更新に失敗{host, select, null {} other {、前回のホスト {host}}}',
  'fleet/renewals-failing.remedy.check-hosts': '前回使用したホストがまだ機能しているかどうかを確認します: {probe}、または {connectivity}。',
  'fleet/renewals-failing.remedy.renew': '各コンピューターで、管理者特権で今すぐ更新します: {activate}。その後、{inspect} で残りが約 180 日と表示されることを確認します。',
  'fleet/renewals-failing.remedy.host-gone': 'ホストがなくなっている場合は、古い手動指定を消去し ({command})、その SRV レコードを削除します。',
  'fleet/host-not-published.message':
    '{clients} 台のクライアントが {host} に接続しています ({pinned} 台は {pinCommand} で手動指定、{cached} 台はキャッシュ)。このホストは{probed, select, true {、プローブしたどの _vlmcs._tcp ドメインにも発行されていません} other {、スナップショットが指定された KMS ホストに含まれていません}}{pinned, plural, =0 {。キャッシュしているクライアントは、更新のたびに 1 回失敗してから DNS に問い合わせます} other {。手動で指定しているクライアントは、DNS に別のホストを問い合わせることはありません}}。',
  'fleet/host-not-published.evidence': '{host}: 手動指定 {pinned} 台、キャッシュ {cached} 台{inSrvAnswers, select, false {、どの SRV 応答にも含まれていません} other {}}',
  'fleet/host-not-published.remedy.unpin': '手動で指定しているクライアントで、管理者特権で {clear} (DNS による検出に戻す) または {pin} を実行し、続けて {activate} を実行します。',
  'fleet/host-not-published.remedy.clear-cache':
    'キャッシュしているクライアントで、管理者特権で {clear} を実行するとキャッシュが消去され、{activate} で発行されているホストが検出されます。',
  'fleet/host-not-published.remedy.publish-or-find':
    'そのホストを引き続き使用する場合は、DNS に発行します ({command})。廃止した場合は、まだそのホストを指定しているもの (GPO、イメージ、スクリプト) を探します。',
  'fleet/host-unreachable.message': '{clients} 台のクライアントの接続先 {host} ({pinned} 台は手動指定、{cached} 台はキャッシュ) が、KMS の接続を受け付けません: {verdict}。',
  'fleet/host-unreachable.evidence': '{host}: {verdict}',
  'fleet/host-unreachable.remedy.diagnose': 'このコンピューターから原因を調べます: {command}',
  'fleet/host-unreachable.remedy.unpin':
    '手動で指定しているクライアントは、別のホストを試しません。それらのクライアントで {clear} (または {pin}) を実行し、続けて {activate} を実行します。',
  'fleet/host-unreachable.remedy.clear-cache': 'キャッシュしているクライアントは DNS にフォールバックします。失敗する試行を省くには、キャッシュを消去します: {clear}。',
  'fleet/domain-without-srv.message':
    '{clients} 台のクライアントが最初に {queryName} を照会しますが、SRV レコードがありません ({answers})。キャッシュされたホストがまだ応答する場合を除き、これらのクライアントは KMS ホストを見つけられません。',
  'fleet/domain-without-srv.evidence': '{answers}',
  'fleet/domain-without-srv.remedy.publish':
    'KMS ホストにそのドメインへ発行させます。ホストの {setting} に {domain} を追加する (その後 sppsvc を再起動します) か、レコードを手動で作成します ({command})。',
  'fleet/domain-without-srv.remedy.other-domain':
    'または、これらのクライアントにレコードのあるドメインを指定する ({command}、フォールバックなし) か、DNS サフィックスを修正します。',
  'fleet/count-split.message': 'カウントが分散しています: {summary}。',
  'fleet/count-split.evidence': '{host}: {count, select, null {?} other {{count}}} ({source})',
  'fleet/count-split.remedy.fewer-hosts': 'ホストの数を減らします。テスト用や想定外のホストを廃止し ({command})、その SRV レコードを削除します。',
  'fleet/count-split.remedy.one-host':
    'または、カウントが 25 に達するまで、すべてのクライアントを同じホストに向けます: {pin}。そのホストを優先する SRV の優先度を設定する方法もあります (KMS ホスト キャッシュを無効にします: {noCaching})。',
  'fleet/threshold-not-reached.message':
    'Windows のクライアント エディション {needs25} 台が {host} に接続していますが、このホストが返すカウントは {count} で 25 未満のため、ライセンス認証されません (0xC004F038){lowThresholdClients, plural, =0 {} other {。なお、サーバー {needs5} 台と Office クライアント {office} 台に必要なカウントは 5 だけです}}{clones, plural, =0 {} other {。このホストのクライアントのうち {clones} 台は複製で、まとめて 1 台として数えられます}}。',
  'fleet/threshold-not-reached.evidence': 'ホストが返したカウント {count}、25 が必要: {needs25} 台、5 が必要: {needs5} 台、Office: {office} 台',
  'fleet/threshold-not-reached.remedy.clones': 'まず複製グループを修正します ({ruleId} を参照)。複製はカウントを増やしません。',
  'fleet/threshold-not-reached.remedy.gather':
    '異なる Windows クライアント 25 台 (またはサーバー 5 台。サーバーもカウントに含まれます) を 1 台のホストに接続させます。カウントには過去 30 日間の CMID が含まれます。',
  'fleet/threshold-not-reached.remedy.check-host': 'ホスト自体を確認します: {command}。',
  'fleet/clock-skew.message.skewed':
    '{skewedTotal} 台のクライアントの時刻が、接続先ホストと 4 時間を超えてずれています (最大: {largest}、{against, select, null {ホストの時刻の中央値} other {{against}}} に対して {largestHours} 時間){refusedByHosts, plural, =0 {} other {。ホストのログには、時刻が原因で拒否された要求が {refusedByHosts} 件記録されています (0xC004F06C)}}。',
  'fleet/clock-skew.message.refused-only':
    '時刻が 4 時間を超えてずれているクライアントのスナップショットはありませんが、ホストのログには、時刻が原因で拒否された要求が {refusedByHosts} 件記録されています (0xC004F06C)。',
  'fleet/clock-skew.evidence': '{against} に対して {minutes} 分',
  'fleet/clock-skew.remedy.resync': 'それらのクライアントの時刻を再同期します: {resync}。ドメイン メンバーはドメイン階層から時刻を取得します ({status})。',
  'fleet/unreadable-snapshots.message': '{count} 個のファイルをスナップショットとして読み取れなかったため、すべての集計から除外しています (最初のファイル: {reason})。',
  'fleet/unreadable-snapshots.evidence': '{reason}',
  'fleet/unreadable-snapshots.remedy.collect': 'それらのコンピューターから再度収集します。各コンピューターで {powershell} または {command} を実行します。',
} as const satisfies { readonly [K in keyof typeof EN]: string };
