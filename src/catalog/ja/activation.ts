import type { ACTIVATION as EN } from '../en/activation.js';

/** Japanese text of the activation/* findings: titles, summaries, messages, remedies and evidence lines. */
export const ACTIVATION = {
  'activation/host-key-does-not-cover-product.title': 'KMS ホスト キーがこの製品をサポートしていません',
  'activation/host-key-does-not-cover-product.summary':
    'KMS ホストがライセンス認証要求に 0xC004F042 で応答しました。このホストの KMS ホスト キー (CSVLK) では、この製品をライセンス認証できません。',
  'activation/host-key-does-not-cover-product.message':
    '{endpoint} は、{product} (KMS counted id {kmsCountedId}) のプロトコル {protocol} の要求に {code} で応答しました。このホストの KMS ホスト キー (CSVLK) ではこの製品をライセンス認証できないため、{product} のクライアントはこのホストから {code} を受け取ります',
  'activation/host-key-does-not-cover-product.remedy.see-key':
    'ホストで、使用されている KMS ホスト キーを確認してください: {command} (「説明」("Description") と "Key Management Service" の行)',
  'activation/host-key-does-not-cover-product.remedy.install-key':
    '{product} をサポートする KMS ホスト キーをインストールし (KMS ホスト キーは、自身の世代とそれ以前の世代の製品をライセンス認証します)、ライセンス認証してください: {installCommand} を実行してから {activateCommand} を実行します',
  'activation/host-key-does-not-cover-product.remedy.host-update': '古いホストでは、新しいクライアントに対応するための更新プログラムも必要です ({command} で一覧を表示できます)',
  'activation/host-key-does-not-cover-product.remedy.office-key':
    'Office には専用の KMS ホスト キーと、ホストへの Volume License Pack のインストールが必要です。Windows の CSVLK で Office をライセンス認証することはできません',
  'activation/clock-skew.title': 'KMS ホストが要求の時刻を拒否しました',
  'activation/clock-skew.summary': 'KMS ホストが 0xC004F06C で応答しました。要求のタイムスタンプとホストの時刻のずれが、許容範囲 (4 時間) を超えています。',
  'activation/clock-skew.message':
    '{endpoint} は、{product} (KMS counted id {kmsCountedId}) のプロトコル {protocol} の要求に {code} で応答しました。要求にはこのマシンの時刻 ({timestamp} UTC) が含まれており、ホストの時刻とのずれが許容範囲 (4 時間) を超えています',
  'activation/clock-skew.evidence.timestamp': '要求のタイムスタンプ {timestamp} (FILETIME {filetime})',
  'activation/clock-skew.remedy.compare': '時刻を比較してください: {command} (このマシンで実行します。表示されるずれは「ホストの時刻 − このマシンの時刻」です)',
  'activation/clock-skew.remedy.fix':
    '誤っている方の時刻を修正してください: 時刻がずれているマシンで {command} を実行します。ドメイン メンバーはドメインの時刻階層に従います。それ以外のマシンには NTP の構成が必要です',
  'activation/clock-skew.remedy.clients': '同じように時刻がずれているクライアントも {code} を受け取ります。時刻は UTC で比較されるため、タイム ゾーンは関係ありません',
  'activation/protocol-version-unsupported.title': 'KMS ホストがこのプロトコル バージョンを受け付けません',
  'activation/protocol-version-unsupported.summary':
    'KMS ホストが 0x8007000D (無効なデータ) で応答しました。ホストがこの製品の KMS プロトコル バージョンをサポートしていないか、要求の形式が正しくないと判断しました。',
  'activation/protocol-version-unsupported.message':
    '{endpoint} は、{product} (KMS counted id {kmsCountedId}) のプロトコル {protocol} の要求に {code} (無効なデータ) で応答しました。このホストは、{product} のクライアントが使用する KMS プロトコル v{version} を受け付けません{forcedOption, select, null {} other { (この実行では {forcedOption} を使用しました。製品本来のバージョンは v{productVersion} です)}}',
  'activation/protocol-version-unsupported.remedy.older-host':
    'ホストが製品より古い世代です。ホストが応答するのは、自身のリリースが認識しているバージョンだけです (Vista/7/2008 R2: v4、8/2012: v5 にも対応、8.1/2012 R2 以降: v6 にも対応)',
  'activation/protocol-version-unsupported.remedy.try-lower':
    'ホストが古いバージョンに応答するかどうかを確認するには、{option} を指定してもう一度実行してください (1 回の実行で送信する要求は 1 つだけで、自動的なフォールバックはありません)',
  'activation/protocol-version-unsupported.remedy.current-host':
    '{product} のライセンス認証は、現行の Windows Server リリースで動作し、{product} をサポートする KMS ホスト キーを持つホストから提供してください',
  'activation/count-below-threshold.title': 'KMS ホストのカウントが製品のしきい値に達していません',
  'activation/count-below-threshold.summary':
    'ホストが返したカウントが、この製品に必要な値 (Windows クライアントは 25、サーバーと Office は 5) に達していないため、この製品のクライアントはまだライセンス認証されません (0xC004F038)。',
  'activation/count-below-threshold.message':
    '{endpoint} が報告したカウントは {count} です。{product} には {threshold} が必要なため、そのクライアントはまだライセンス認証されません ({code}) — 30 日以内に、さらに {missing} 台の異なるマシンがこのホストに接続する必要があります。このカウントには、このプローブの CMID {cmid} がすでに含まれています',
  'activation/count-below-threshold.evidence': '現在のカウント {count}、しきい値 {threshold} (送信した N-policy)',
  'activation/count-below-threshold.remedy.more-machines':
    'より多くのマシンがこのホストに接続するようにしてください。カウントは過去 30 日間に確認された異なる CMID の数で、サーバーとクライアントを合わせて数えられます',
  'activation/count-below-threshold.remedy.duplicate-cmids':
    '多数のマシンがこのホストを使用しているのにカウントが少ないままの場合は、重複する CMID がないか確認してください ({command} を実行せずにキャプチャしたイメージが原因です)。ホストのイベント ID {eventId} に、同じ CMID が複数のコンピューター名で記録されていれば重複しています',
  'activation/count-below-threshold.remedy.few-hosts': 'KMS ホストの数は少なく抑えてください。カウントはホストごとに別々に数えられます',
  'activation/response-invalid.title': 'ライセンス認証の応答が検証に失敗しました',
  'activation/response-invalid.summary':
    'ホストの応答がプロトコルのチェック (MAC、ハッシュ、HMAC、パディング、エコーされたフィールド) に合格しませんでした。応答が破損しているか改ざんされており、クライアントはこの応答を破棄します。',
  'activation/response-invalid.message':
    '{endpoint} は、{product} (KMS counted id {kmsCountedId}) のプロトコル {protocol} の要求に応答しましたが、その応答は検証に失敗しました ({failure, select, null {不明なチェック} other {{failure}}})。応答が破損しているか改ざんされているため、Windows クライアントはこの応答を破棄し、ライセンス認証されません',
  'activation/response-invalid.evidence': '{reason, select, null {応答が検証に失敗しました} other {{reason}}}',
  'activation/response-invalid.remedy.repeat':
    'プローブをもう一度実行してください。破損した応答が 1 回だけであれば、ネットワーク経路の問題 (TCP ペイロードを書き換える中継装置) が原因の可能性があります',
  'activation/response-invalid.remedy.listener':
    '繰り返し発生する場合は、このアドレスとポートで応答しているものを確認してください: ホストで {command} を実行し、結果をインベントリと照合します',
  'activation/response-invalid.remedy.take-out':
    '応答が検証に合格しない KMS 実装では、Windows クライアントをライセンス認証できません。DNS (_vlmcs._tcp) とクライアントでの KMS ホストの指定 ({command}) から除外してください',
  'activation/request-failed.title': 'ライセンス認証要求に有効な応答がありませんでした',
  'activation/request-failed.summary':
    '1 回のライセンス認証要求を完了できませんでした (接続できない、KMS のバインドに失敗した、RPC エラーが返された、応答がない、またはエラー コードが返された)。',
  'activation/request-failed.message.refused': '{endpoint} は、{product} (KMS counted id {kmsCountedId}) のプロトコル {protocol} の要求を {code} で拒否しました',
  'activation/request-failed.message.fault':
    '{endpoint} は、{product} (KMS counted id {kmsCountedId}) のプロトコル {protocol} の要求に RPC エラー (fault) で応答しました ({fault, select, null {不明な状態} other {{fault}}})',
  'activation/request-failed.message.not-sent': '{endpoint}: {reason} — 要求は送信されませんでした ({phase} の段階で停止)',
  'activation/request-failed.message.unanswered': '{endpoint} は、{product} (KMS counted id {kmsCountedId}) のプロトコル {protocol} の要求に応答しませんでした: {reason}',
  'activation/request-failed.evidence.status': '{status}{error, select, null {} other { ({errorCode}): {error}}}',
  'activation/request-failed.remedy.check-endpoint': 'まず、ライセンス認証要求を送信せずにエンドポイントを確認してください: {command}',
  'activation/request-failed.remedy.look-up': 'コードの意味を調べてください: {command}',
  'activation/request-failed.remedy.host-service': 'ホストで、ソフトウェア保護サービスが実行されているかどうかと、ホストが KMS ホストかどうかを確認してください: {command}',
  'activation/emulator-tells.title': 'KMS ホストにエミュレーターの特徴が見られます',
  'activation/emulator-tells.summary':
    '応答に、正規の Windows ホストでは見られないことがわかっている特徴 (固定の HWID、再利用された IV、ありえない ePID、任意のインターフェイスの受け入れ) が含まれています。これは参考情報であり、判定ではありません。',
  'activation/emulator-tells.message':
    '{endpoint} には、正規の Windows KMS ホストでは見られないことがわかっている特徴が {count, plural, other {# 件}}あります ({tells})。エミュレーターの可能性を示しますが、証明にはなりません。また、特徴が見られないからといって正規のホストであるとは限りません',
  'activation/emulator-tells.remedy.inventory': 'ホスト名とアドレスを、KMS ホストのインベントリと照合してください',
  'activation/emulator-tells.remedy.compare-epid':
    '自社で運用している Windows ホストの場合は、そのホストで、ここで報告された ePID をホスト自身が表示する ePID と比較してください: {command} ("KMS machine extended PID" の行)',
  'activation/emulator-tells.remedy.not-yours': '自社のホストでない場合は、DNS (_vlmcs._tcp) から削除し、このホストを指定しているクライアントからも削除してください ({command})',
  'activation.evidence.return-value': '戻り値 {code}{symbolicName, select, null {} other { ({symbolicName})}}: {meaning, select, null {不明なコード} other {{meaning}}}',
  'activation.evidence.no-return-value': '戻り値なし',
  'activation.evidence.observation': '{id}: {detail}',
  'remedy.explain-more': '詳細: {command}',
} as const satisfies { readonly [K in keyof typeof EN]: string };
