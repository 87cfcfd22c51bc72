import type { HOST as EN } from '../en/host.js';
/** Japanese text of the host/* findings: titles, summaries, messages, remedies and evidence lines. */
export const HOST = {
  'host/not-licensed.title': 'KMS ホスト キーがライセンス認証されていません',
  'host/not-licensed.summary':
    'KMS ホストに KMS ホスト キー (CSVLK) がインストールされていますが、ライセンス認証されていないため、ホストはどのクライアントにも応答しません (0xC004F041)。',
  'host/count-below-threshold.title': 'KMS ホストのカウントがしきい値に達していません',
  'host/count-below-threshold.summary':
    '過去 30 日間にホストに接続した異なるクライアントの数が、クライアントに必要な数 (Windows クライアントは 25、サーバーと Office は 5) より少ないため、クライアントは 0xC004F038 を受け取ります。',
  'host/duplicate-cmid.title': '複数のコンピューターが 1 つの CMID を共有しています',
  'host/duplicate-cmid.summary':
    'ホストのログで、1 つのクライアント マシン ID (CMID) が複数のコンピューター名から送られています。イメージが一般化されておらず、これらのコンピューターは 1 台として数えられます。',
  'host/product-not-covered.title': 'KMS ホスト キーがサポートしていない製品があります',
  'host/product-not-covered.summary': 'ホストがクライアント製品の要求を拒否している (0xC004F042、0xC004F015) か、KMS ホスト キーが対象の製品をライセンス認証できません。',
  'host/failed-requests-rising.title': 'KMS ホストで失敗した要求が増えています',
  'host/failed-requests-rising.summary':
    'ホストが受信する要求のうち、失敗する要求の割合が大きいか、増え続けています。ホストがサポートできないクライアントか、時刻が正しくないクライアントが原因です。',
  'host/client-clock-skew.title': '時刻が原因でクライアントが拒否されています',
  'host/client-clock-skew.summary': 'ホストが 0xC004F06C で要求を拒否しました。これらのクライアントの時刻は、ホストの時刻と 4 時間を超えてずれています。',
  'host/count-split.title': 'ライセンス認証のカウントが複数のホストに分散しています',
  'host/count-split.summary':
    'ホスト全体では十分な数の異なるクライアントが接続しているにもかかわらず、25 に達している KMS ホストがありません。各ホストは、そのホストに接続したクライアントだけを数えます。',
  'host/dns-publishing-disabled.title': 'KMS ホストが DNS に自身を発行していません',
  'host/dns-publishing-disabled.summary':
    'ホストで DNS への発行が無効になっています (slmgr /cdns)。_vlmcs._tcp レコードが登録されないため、自動検出に頼るクライアントは、手動で作成されたレコードがなければこのホストを見つけられません。',
  'host/product-not-in-matrix.title': 'Microsoft の計画マトリックスで、この製品が KMS ホスト キーの対象として記載されていません',
  'host/product-not-in-matrix.summary':
    'KMS プロトコル上はこの製品をライセンス認証できます (同じ KMS グループ) が、KMS ライセンス認証の計画マトリックスには、この KMS ホスト キーの対象として記載されていません (または KMS グループと矛盾する形で記載されています)。文書化されていない組み合わせで動作しているか、判断できない状態です。',
  'host/required-update-not-shown.title': 'ホストに必要な更新プログラムが確認できません',
  'host/required-update-not-shown.summary':
    'ホストの OS には、そのキーが対象とするリリースをライセンス認証する前に更新プログラムが必要ですが、サービスのバージョンからはその更新プログラムを確認できません (または入力からは判断できません)。',
  'host/kms-log-short.title': 'キー管理サービス ログに 30 日分の記録がありません',
  'host/kms-log-short.summary':
    'ホストのキー管理サービス ログがいっぱいか、最も古いレコードが 30 日前より新しくなっています。クライアントのイベント ID 12290 が欠けている可能性があり、ログから読み取ったカウントはホストの集計期間の一部しか対象にしていません。',
  'host/not-licensed.message':
    'KMS ホスト {host}: {product} の KMS ホスト キーがライセンス認証されていません ({status, select, 0 {ライセンスなし} 1 {ライセンス認証済み} 2 {初期猶予期間} 3 {追加の猶予期間} 4 {非正規の猶予期間} 5 {通知} 6 {延長猶予期間} other {状態 {status}}})。このホストに要求したクライアントは 0xC004F041 を受け取ります。',
  'host/not-licensed.evidence':
    '{product} ({description}): LicenseStatus = {status} ({status, select, 0 {ライセンスなし} 1 {ライセンス認証済み} 2 {初期猶予期間} 3 {追加の猶予期間} 4 {非正規の猶予期間} 5 {通知} 6 {延長猶予期間} other {状態 {status}}})',
  'host/not-licensed.remedy.activate': '{host} で、KMS ホスト キーをオンラインでライセンス認証します: {command}',
  'host/not-licensed.remedy.by-phone':
    'インターネットに接続できない場合は、電話でライセンス認証します。{command} を実行し、{sluiCommand} に表示される番号に電話をかけてから、{confirmCommand} を実行します。',
  'host/not-licensed.remedy.check':
    '{command} で確認します。「ライセンスの状態: ライセンスされています」("License Status: Licensed") と「このコンピューターでキー管理サービスが有効になっています」("Key Management Service is enabled on this machine") が表示される必要があります。',
  'host/count-below-threshold.message':
    'KMS ホスト {host} ({product}): カウントが {count} のため、{blocked, select, both {Windows Server と Windows のクライアント エディションは} server {Windows Server は} office {Office は} other {Windows のクライアント エディションは}}まだライセンス認証されません (0xC004F038)。{blocked, select, both {しきい値 {serverThreshold} の Windows Server には異なるクライアントがあと {serverMissing} 台、しきい値 {clientThreshold} の Windows のクライアント エディションにはあと {clientMissing} 台必要です} server {しきい値 {serverThreshold} の Windows Server には、異なるクライアントがあと {serverMissing} 台必要です} office {しきい値 {officeThreshold} の Office には、異なるクライアントがあと {officeMissing} 台必要です} other {しきい値 {clientThreshold} の Windows のクライアント エディションには、異なるクライアントがあと {clientMissing} 台必要です}}{logged, select, true {。ログには、{from} から {to} までに少なくとも {distinctClients} 台の異なるクライアントが記録されています} other {}}。',
  'host/count-below-threshold.message.log-whole-window':
    'KMS ホスト {host}: この期間 ({from} から {to} まで、{days} 日間の集計期間全体) の異なるクライアントは少なくとも {distinctClients} 台のため、{blocked, select, both {Windows Server と Office (しきい値 {serverThreshold})、および Windows のクライアント エディション (しきい値 {clientThreshold})} server {Windows Server と Office (しきい値 {serverThreshold})} other {Windows のクライアント エディション (しきい値 {clientThreshold})}} はライセンス認証されません (0xC004F038)。必要な追加台数は、{blocked, select, both {サーバーと Office があと {serverMissing} 台、クライアント エディションがあと {clientMissing} 台} server {サーバーと Office があと {serverMissing} 台} other {クライアント エディションがあと {clientMissing} 台}}です。',
  'host/count-below-threshold.message.log-partial':
    'KMS ホスト {host}: この期間 ({from} から {to} まで) の異なるクライアントは少なくとも {distinctClients} 台です。エクスポートはホストの {days} 日間の集計期間全体をカバーしていないため、実際のカウントはこれより多い可能性があります。カウントが {count} の場合、{blocked, select, both {Windows Server と Office (しきい値 {serverThreshold})、および Windows のクライアント エディション (しきい値 {clientThreshold})} server {Windows Server と Office (しきい値 {serverThreshold})} other {Windows のクライアント エディション (しきい値 {clientThreshold})}} はライセンス認証されません (0xC004F038)。必要な追加台数は、{blocked, select, both {サーバーと Office があと {serverMissing} 台、クライアント エディションがあと {clientMissing} 台} server {サーバーと Office があと {serverMissing} 台} other {クライアント エディションがあと {clientMissing} 台}}です。確かめるには、ホストで「現在のカウント」("Current count") を確認してください。',
  'host/count-below-threshold.evidence.threshold':
    '現在のカウント {count}、{family, select, windowsClient {Windows のクライアント エディション} windowsServer {Windows Server} other {Office}} のしきい値 {threshold} (カウントは {cap} を超えません)',
  'host/count-below-threshold.evidence.log':
    '12290: {from} から {to} までに異なる CMID {distinctClients} 個 (25 を要求: {asking25}、5 を要求: {asking5}){wholeWindow, select, true {} other { — エクスポートは {days} 日分に満たない期間しか含んでいません}}',
  'host/count-below-threshold.remedy.wait':
    '待つか、クライアントを追加します。ホストは過去 30 日間に接続した異なるコンピューター (CMID) を数えます。各クライアントは 2 時間ごとに再試行します。',
  'host/count-below-threshold.remedy.duplicates':
    '多くのコンピューターがホストに接続しているのにカウントが低いままの場合は、重複する CMID を探します (host/duplicate-cmid を参照): {command}',
  'host/count-below-threshold.remedy.few-hosts': 'カウントが分散しないように、KMS ホストの数を少なく抑えます (host/count-split を参照): {command}',
  'host/count-below-threshold.remedy.check-count': 'ホストでカウントを確認します: {command} の「現在のカウント」("Current count") の行',
  'host/count-below-threshold.remedy.read-count':
    'ホストでカウントを読み取ります (ログからわかるのは一部の期間だけです): {command} の「現在のカウント」("Current count") の行。または、ログと一緒にホストのスナップショットか /dlv の出力を指定します。',
  'host/count-below-threshold.remedy.export-log': 'フィルターした一部ではなく、ログ全体をエクスポートします: {command}、または {xmlCommand}',
  'host/count-below-threshold.remedy.wait-and-look':
    '待つか、クライアントを追加します。重複する CMID (host/duplicate-cmid) と、複数のホストへのカウントの分散 (host/count-split) も確認します。',
  'host/duplicate-cmid.message':
    'KMS ホスト {host}: {groups} 個の CMID が {machines}{moreNames, select, true {+} other {}} 台のコンピューターで共有されています (例: {cmid}: {names})。各グループは 1 台として数えられるため、カウントが増えません。イメージが一般化されていません。',
  'host/duplicate-cmid.evidence': '12290 CMID {cmid}、送信元 {names}{moreNames, select, true { ほか} other {}} ({firstSeen} – {lastSeen})',
  'host/duplicate-cmid.remedy.generalize':
    '{command} でイメージを作り直します (応答ファイルに {unattendSetting} を含めないでください)。クライアントで、{setupLog} に "GENERALIZE" が記録されていることを確認します。',
  'host/duplicate-cmid.remedy.rearm':
    '回避策として、影響を受ける各コンピューター ({affected}…) で、管理者特権で {command} を実行して再起動し、続けて {activateCommand} を実行します。これにより新しい CMID が作成され、リアーム回数を 1 回消費します。',
  'host/duplicate-cmid.remedy.check':
    '確認: 2 台のクライアントで {command} を実行すると「クライアント マシン ID (CMID)」("Client Machine ID (CMID)") の値が異なり、ホストのカウントが増えること。',
  'host/product-not-covered.message.refused':
    'KMS ホスト {host} は、{product} の要求 {count} 件を {code} で拒否しました。この KMS ホスト キーではその製品をライセンス認証できません{keyCount, plural, =0 {} other { (KMS ホスト キー: {keys})}}。',
  'host/product-not-covered.message.target':
    'KMS ホスト {host} は {product} をライセンス認証できません{keyCount, plural, =0 {} other { (KMS ホスト キー: {keys})}}。計画マトリックスにはこのキーの対象として記載されておらず、その製品の KMS グループもこのキーの対象ではないため、これらのクライアントは 0xC004F042 を受け取ります。',
  'host/product-not-covered.evidence.refused': '12290 {code} × {count}、最終 {lastSeen}、送信元 {clients}',
  'host/product-not-covered.evidence.key':
    '{hostProduct}: {key, select, null {不明なキー} other {{key}}} (取得元: {keySource, select, null {なし} other {{keySource}}})、ライセンス認証の対象: {activates, select, null {?} other {{activates}}}{matrix, select, null {} other { (マトリックスの行「{matrix}」)}}',
  'host/product-not-covered.remedy.license':
    '0xC004F015: ホストにこのクライアント用のライセンスがありません。ホストの更新プログラム (2012 R2/8.1 は KB3172614、2008 R2/7 は KB3079821) と、このクライアントをサポートする CSVLK をインストールします。',
  'host/product-not-covered.remedy.csvlk':
    'この製品をサポートする KMS ホスト キー (CSVLK) をインストールします。最新の Windows Server の CSVLK は、それより古いすべての Windows エディションをライセンス認証できます。{command} を実行し、続けて {activateCommand} を実行します。',
  'host/product-not-covered.remedy.update':
    '古いホスト OS では、新しいクライアントをサポートするために必要な更新プログラムを先にインストールします (例: Windows Server 2019 で 2025 のクライアントをライセンス認証するには KB5034768、2012 R2 で Windows 10 をライセンス認証するには KB3172614)。',
  'host/product-not-covered.remedy.other-host':
    'または、これらのクライアントに、サポートできるホストを指定します: {command} (Office の場合は、Office Volume License Pack をインストールしたホスト)',
  'host/product-not-covered.remedy.check':
    '確認: ホストの「受信した失敗した要求」("Failed requests received") ({command}) が増えなくなり、これらのクライアントに対するイベント ID 12290 が 0x0 を示すこと。',
  'host/failed-requests-rising.message':
    'KMS ホスト {host}: 失敗した要求が{rising, select, true {増えています} other {大きな割合を占めています}}。{shown, select, cumulative {要求 {total} 件のうち {failed} 件が失敗しています ({percent, number, ::.0}%、累計)} weekly {12290: 過去 7 日間は要求 {lastWeekRequests} 件のうち {lastWeek} 件が失敗、その前の週は {previousWeekRequests} 件のうち {previousWeek} 件が失敗しています} other {要求 {total} 件のうち {failed} 件が失敗しています ({percent, number, ::.0}%、累計)。12290: 過去 7 日間は要求 {lastWeekRequests} 件のうち {lastWeek} 件が失敗、その前の週は {previousWeekRequests} 件のうち {previousWeek} 件が失敗しています}}{topCount, plural, =0 {} other {。最も多いもの: {top}}}。',
  'host/failed-requests-rising.evidence.cumulative': '要求 {total} 件のうち {failed} 件が失敗 ({percent, number, ::.0}%、累計)',
  'host/failed-requests-rising.evidence.weekly':
    '12290: 過去 7 日間は要求 {lastWeekRequests} 件のうち {lastWeek} 件が失敗、その前の週は {previousWeekRequests} 件のうち {previousWeek} 件',
  'host/failed-requests-rising.remedy.analyze': 'どのクライアントがどのコードで失敗しているかを調べます: {command} <export of the Key Management Service log (12290)>',
  'host/failed-requests-rising.remedy.codes':
    '0xC004F042 / 0xC004F015: KMS ホスト キーがそれらの製品をサポートしていません (host/product-not-covered)。0xC004F06C: クライアントの時刻のずれです (host/client-clock-skew)。',
  'host/failed-requests-rising.remedy.check': '修正後に再度確認します: {command} の「受信した失敗した要求」("Failed requests received") が増えなくなれば解決しています。',
  'host/client-clock-skew.message':
    'KMS ホスト {host} は、時刻が 4 時間を超えてずれている {clientCount} 台のクライアントからの要求 {requests} 件を 0xC004F06C で拒否しました: {clients}',
  'host/client-clock-skew.evidence':
    '12290 0xC004F06C、送信元 {client}、{time}{skewMinutes, select, null {} other {。クライアントの時刻はイベントの時刻と {skewMinutes} 分ずれています (クライアントの時刻を UTC として解釈)}}',
  'host/client-clock-skew.remedy.resync':
    '各クライアントで時刻のソースを修正し、再同期します。{statusCommand} を実行した後、{command} を実行します (ドメイン メンバーは NT5DS 階層を使用します。Azure VM では W32Time の NtpClient を有効にします)。',
  'host/client-clock-skew.remedy.host-clock': 'ホスト自体の時刻も確認します: {command}',
  'host/client-clock-skew.remedy.activate': 'その後、クライアントで {command} を実行してライセンス認証します。そのクライアントに対する次のイベント ID 12290 は 0x0 を示します。',
  'host/count-split.message':
    'ライセンス認証のカウントが {hostCount} 台の KMS ホストに分散しています。{combined, select, null {各ホストのカウントの合計は {sumOfCounts} ですが ({hostCounts}。2 台のホストに接続したクライアントは 2 回数えられるため、これは上限値です)} other {異なるクライアント {combined} 台が試行していますが ({hostCounts})}}、{threshold} に達しているホストはありません。',
  'host/count-split.evidence':
    '{host}: カウント {count, select, null {?} other {{count}}} ({source, select, reported {報告値} log {ログ} other {不明}}{inLog, select, null {} other {、ログ内の異なる CMID {inLog} 個}})',
  'host/count-split.remedy.few-hosts': 'KMS ホストはできるだけ少なくします (ほとんどの組織では 2 台で十分です)。ホストは {command} で一覧表示できます。',
  'host/count-split.remedy.retire': 'テスト用や管理されていないホストを廃止します。各ホストで {command} と {clearCommand} を実行し、その _vlmcs の SRV レコードを削除します。',
  'host/count-split.remedy.pin': 'または、カウントが増えるまでの間、クライアントに 1 台のホストを手動で指定します: {command}',
  'host/dns-publishing-disabled.message':
    'KMS ホスト {host} は DNS への発行が無効になっています (slmgr /cdns)。_vlmcs._tcp レコードが登録されないため、誰かが手動でレコードを作成していない限り、DNS の自動検出に頼るクライアントはこのホストを見つけられません{nonDefaultPort, select, true {。また、このホストは既定の {defaultPort} ではなくポート {port} で待ち受けているため、手動で作成するレコードにはポート {port} を指定する必要があり、slmgr /skms で手動指定するクライアントには {fqdn}:{port} を指定する必要があります} other {}}。',
  'host/dns-publishing-disabled.evidence.setting': 'DNS への発行: 無効 ("DNS publishing disabled"、KeyManagementServiceDnsPublishing = false / DisableDnsPublishing = 1)',
  'host/dns-publishing-disabled.evidence.port': '待ち受けポート: {port}{nonDefaultPort, select, true { (既定の {defaultPort} ではありません)} other {}}',
  'host/dns-publishing-disabled.evidence.unreadable-line':
    'DnsDomainPublishList の {line} 行目が "domain[, priority, weight]" の形式ではないため、この行のレコードは出力されていません',
  'host/dns-publishing-disabled.remedy.publish':
    'ホストが再び自身を DNS に発行するようにします。{command} を実行し、続けて {restartCommand} を実行します。イベント ID 12294 でレコードの発行を確認できます{fqdnKnown, select, false { (入力にホスト名やドメインが含まれていないため、{hostPlaceholder} と {domainPlaceholder} を置き換えてください)} other {}}。',
  'host/dns-publishing-disabled.remedy.record-microsoft': 'または、レコードを手動で作成します。Microsoft DNS の場合: {command}',
  'host/dns-publishing-disabled.remedy.record-bind': 'BIND のゾーン {zone}: {record}',
  'host/dns-publishing-disabled.remedy.check': '現在 DNS に登録されている内容を確認します: {command}',
  'host/product-not-in-matrix.message.unlisted':
    'KMS ホスト {host}: Microsoft の計画マトリックスには、{key} キーの対象として {product} が記載されていませんが、KMS プロトコル上はライセンス認証されます (キーの対象エディションと同じ KMS グループ)。動作はしますが、この組み合わせは Microsoft によって文書化されていません。',
  'host/product-not-in-matrix.message.disputed':
    'KMS ホスト {host}: 計画マトリックスには {key} キーの対象として {product} が記載されていますが、製品の KMS グループはキーの KMS グループより新しいため、ホストがライセンス認証するかどうかはここからは判断できません。',
  'host/product-not-in-matrix.evidence':
    '{hostProduct}: {key} (取得元: {keySource})、{matrix, select, null {マトリックスの行: なし} other {マトリックスの行「{matrix}」}}、{product} の記載: {listed, select, true {あり} other {なし}}、KMS グループ: {protocol, select, null {判断できません} true {ライセンス認証する} other {拒否する}}',
  'host/product-not-in-matrix.remedy.csvlk':
    'マトリックスで {product} の対象とされている CSVLK をインストールします ({sourceTitle} ({sourceDate})、{sourceUrl})。{command} を実行し、続けて {activateCommand} を実行します。',
  'host/product-not-in-matrix.remedy.updates':
    'そのページの「KMS ホストに必要な更新プログラム」("KMS host required updates") の表に記載されている、ホスト OS 用の更新プログラムをインストールします (host/required-update-not-shown を参照)。',
  'host/product-not-in-matrix.remedy.confirm':
    'または、1 台のクライアントで {command} を実行し、そのクライアントに対するホストのイベント ID 12290 が 0x0 を示すことを確認します ({analyzeCommand})。',
  'host/required-update-not-shown.message.not-shown':
    'KMS ホスト {host}: {hostOs} で {releases} をライセンス認証するには、{kb}{date, select, null {} other { ({date})}} またはそれ以降の累積更新プログラムが必要です。サービスのバージョン {serviceVersion} は {kb} のビルド {minimumBuild} より低いため、このバージョンからは更新プログラムの適用を確認できません。更新プログラムが適用されていない場合、これらのクライアントは 0xC004F042 を受け取ります (Get-HotFix で確認してください)。',
  'host/required-update-not-shown.message.cannot-tell':
    'KMS ホスト {host}: {hostOs} で {releases} をライセンス認証するには、{kb}{date, select, null {} other { ({date})}} またはそれ以降の累積更新プログラムが必要です。インストールされているかどうかは、入力からは判断できません: {reason}',
  'host/required-update-not-shown.evidence':
    'ソフトウェア ライセンス サービスのバージョン: {serviceVersion, select, null {指定なし} other {{serviceVersion}}}、{kb} のビルド: {minimumBuild, select, null {不明} other {{minimumBuild}}}',
  'host/required-update-not-shown.remedy.check':
    '{host} で {command} を実行して更新プログラム (またはそれ以降の累積更新プログラム) を確認し、{dlvCommand} で「ソフトウェア ライセンス サービスのバージョン」("Software licensing service version") の行を確認します。',
  'host/required-update-not-shown.remedy.install':
    '{kb} または {hostOs} の最新の累積更新プログラムをインストールして再起動し、{releases} のクライアントに対するホストのイベント ID 12290 が 0x0 を示すことを確認します。',
  'host/kms-log-short.message':
    'KMS ホスト {host}: キー管理サービス ログには、{windowDays} 日間の集計期間に満たない記録しかありません。{full, select, retain {ログがいっぱいで、イベントを保持する (Retain) 設定になっているため、新しいイベント ID 12290 はすべて破棄されます。それ以降のクライアントの要求は記録されていません} archive {ログがいっぱいです (いっぱいになるとアーカイブしてクリアする設定)} overwrite {ログがいっぱいです (最も古いイベントから上書きする設定)} other {}}{young, select, true {{full, select, no {} other {。また、}}最も古いレコードは {oldest} のもので、スナップショットの {ageDays, number, ::.0} 日前です。ホストがカウントの対象とする {windowDays} 日より短い期間です} other {}}。クライアントのイベント ID 12290 が見つからない原因はこれである可能性があり、ログから読み取ったカウントは、ホストの集計期間の一部しか対象にしていません。',
  'host/kms-log-short.evidence.full':
    'キー管理サービス ログがいっぱい: {fileMb, select, null {?} other {{fileMb, number, ::.0}}} MB / {maximumMb, select, null {?} other {{maximumMb, number, ::.0}}} MB、モード {mode, select, null {不明} other {{mode}}}、レコード {records, select, null {?} other {{records}}} 件',
  'host/kms-log-short.evidence.oldest':
    '最も古いレコード {oldest}、スナップショット {collectedAt}、{fileMb, select, null {?} other {{fileMb, number, ::.0}}} MB / {maximumMb, select, null {?} other {{maximumMb, number, ::.0}}} MB、モード {mode, select, null {不明} other {{mode}}}、レコード {records, select, null {?} other {{records}}} 件',
  'host/kms-log-short.remedy.export': '記録として、今すぐログをエクスポートします: {command}',
  'host/kms-log-short.remedy.grow':
    '{windowDays} 日分を超える記録を保持し、最も古いイベントから上書きするように設定します: {command} (またはイベント ビューアー → アプリケーションとサービス ログ → Key Management Service → プロパティ)',
  'host/kms-log-short.remedy.check': '確認します: {command}',
} as const satisfies { readonly [K in keyof typeof EN]: string };
