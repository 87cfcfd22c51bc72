import type { EVENTS as EN } from '../en/events.js';
/** Japanese text of the events/* findings: titles, summaries, messages, remedies and evidence lines. */
export const EVENTS = {
  'events/last-attempt-failed.title': '最後のライセンス認証の試行が失敗しました',
  'events/last-attempt-failed.summary': 'クライアントのイベントのうち、最新のイベント ID 12288/12289 の組がエラー コードで終わっています。',
  'events/request-unanswered.title': '最後のライセンス認証要求に応答がありません',
  'events/request-unanswered.summary': 'イベント ID 12288 の後に 12289 が記録されていません。KMS ホストに接続できなかったか、ホストが応答しませんでした。',
  'events/count-below-threshold.title': 'KMS ホストのカウントがクライアントの必要数に達していません',
  'events/count-below-threshold.summary': 'ホストが応答したカウントが、クライアントのしきい値 (クライアント OS は 25、サーバーと Office は 5) を下回っています (0xC004F038)。',
  'events/activation-failures-logged.title': 'ライセンス認証の失敗が記録されています',
  'events/activation-failures-logged.summary': 'イベント ID 8198 に、失敗したライセンス認証の実行とそのエラー コードが記録されています。',
  'events/last-attempt-unreadable.title': '最後のライセンス認証の試行の結果を判定できません',
  'events/last-attempt-unreadable.summary':
    '最新のイベント ID 12288/12289 の組はありますが、どちらのイベントの結果コードも読み取れないため、ライセンス認証が機能しているかどうかはわかりません。',
  'events/unusual-host.title': '通常とは異なるホストにライセンス認証が試行されました',
  'events/unusual-host.summary':
    'ほとんどの要求は 1 つの KMS ホストに送られていますが、最後の試行または失敗した試行は、1 回しか使われていないホストに送られています。DNS に残った古い (使われなくなった) ホスト、想定外のホスト、テスト用のホスト、または一時的な slmgr /skms の指定が考えられます。',
  'events/last-attempt-failed.message': 'クライアントの最後のライセンス認証の試行 ({time}、{host, select, null {ホスト名なし} other {ホスト {host}}}) は {code} で失敗しました。',
  'events/last-attempt-failed.remedy.after-fix': '問題を修正した後、{command} を実行し、次のイベント ID 12288/12289 の組を確認します。',
  'events/request-unanswered.message':
    'クライアントが {time} に {host, select, null {名前のないホスト} other {{host}}} に送った最後の要求に応答がありません。イベント ID 12288{result, select, null {} other { (結果 {result})}} の後に 12289 が記録されていないため、ホストに接続できなかったか、ホストが応答しなかったと考えられます。',
  'events/request-unanswered.remedy.test-host': 'クライアントからそのホストをテストします: {command} (または {portCommand})',
  'events/request-unanswered.remedy.test-hosts': 'クライアントから KMS ホストをテストします: {command}',
  'events/request-unanswered.remedy.host-log': 'ホストのキー管理サービス ログで、対応するイベント ID 12290 を探します。見つからない場合、要求はホストに届いていません。',
  'events/count-below-threshold.message':
    '最後の試行 ({time}) で {host, select, null {名前のないホスト} other {{host}}} が返したカウントは {count} です。このクライアントには {needed} が必要なため、ライセンス認証されていません (0xC004F038)。30 日以内に、あと {missing} 台の異なるクライアントがそのホストに接続する必要があります。',
  'events/count-below-threshold.remedy.more-clients':
    'より多くのクライアントをホストに接続させるか (カウントは 30 日間に接続した異なるコンピューターの数です)、ホストで重複する CMID がないか確認します (イベント ID 12290 で 1 つの CMID に複数のコンピューター名がある場合)。',
  'events/count-below-threshold.remedy.few-hosts': 'KMS ホストの数は少なく抑えます。カウントはホストごとに別々に数えられるため、ホストが多いとカウントが分散します。',
  'events/count-below-threshold.remedy.more': '詳細: {command}',
  'events/activation-failures-logged.message':
    'ライセンス認証の失敗が {count} 件記録されています (イベント ID 8198)。最新は {time}{codeCount, plural, =0 {} other {、エラー コードは {codes}}} です{state, select, resolved {。その後、クライアントはライセンス認証されました ({activatedAt})} current {。その後ライセンス認証は成功していないため、現在の状態は {code} です} unknownCode {。{code} は kmsdoctor のコード カタログにありません。{sluiCommand} で Windows 自身の説明を確認できます} other {}}。',
  'events/activation-failures-logged.evidence': '8198 ({time}): hr={code, select, null {読み取り不可} other {{code}}}',
  'events/activation-failures-logged.remedy.explain': '{command}',
  'events/activation-failures-logged.remedy.read-events': 'イベント ID 8198 を確認します: {command}',
  'events/last-attempt-unreadable.message':
    'クライアントの最後のライセンス認証の試行 ({time}、{host, select, null {ホスト名なし} other {ホスト {host}}}) には応答がありましたが、イベント ID 12288 と 12289 の結果コードが不明です。{reason, select, noValues {エクスポートにイベントのプロパティ値が含まれておらず、値を読み取れるメッセージもありません} other {値が文書化された形式と一致しません (12288 は HRESULT で始まる 10 個のコンマ区切りの値、12289 は 8 個の値)}}。',
  'events/last-attempt-unreadable.remedy.export': '値を含めてイベントをエクスポートします: {command}',
  'events/last-attempt-unreadable.remedy.snapshot': 'または、クライアントでスナップショットを収集し ({command})、{analyzeCommand} を実行します。',
  'events/unusual-host.message':
    '{position, select, last {最後の} other {}}ライセンス認証の試行 ({time}) は、このクライアントが 1 回しか使っていないホスト {host, select, null {(名前なし)} other {{host}}} に送られ、{outcome, select, unanswered {応答がありませんでした{code, select, null {} other { ({code})}}} failed {{code} で失敗しました} unreadable {応答はありましたが結果を読み取れません} other {成功しました}}。要求 {total} 件のうち {usualCount} 件は {usualHost} に送られています。',
  'events/unusual-host.remedy.find-source':
    'クライアントが {hostName} をどこから取得したかを調べます: {command} の「DNS からの KMS マシン名」("KMS machine name from DNS") または「登録された KMS マシン名」("Registered KMS machine name")、および {registryKey} の KeyManagementServiceName の値を確認します。',
  'events/unusual-host.remedy.find-record': 'DNS でそのホストを探します: {command}。{publicationCommand} で、古いレコードと想定外のレコードを区別できます。',
  'events/unusual-host.remedy.remove':
    'そのレコードを削除します (または、そのホストで {command} を実行して発行を停止します)。それまでの間、クライアントを特定のホストに固定できます: {pinCommand}',
  // Lines several events findings share: the two events of one attempt, and the step to a code's page.
  'evidence.events.request': '12288 ({time}): {host, select, null {名前のないホスト} other {{host}}} への要求、結果 {result, select, null {読み取り不可} other {{result}}}',
  'evidence.events.response':
    '12289 ({time}): 結果 {result, select, null {読み取り不可} other {{result}}}、ライセンス認証 {activated, select, null {?} other {{activated}}}、ホストのカウント {count, select, null {?} other {{count}}}',
  'remedy.events.explain-code': '{code} の意味と対処方法を確認します: {command}',
} as const satisfies { readonly [K in keyof typeof EN]: string };
