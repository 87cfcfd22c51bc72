import type { INPUT_NOTES as EN } from '../en/input-notes.js';

/** Japanese text of the notes the input readers leave for a person (see the English twin). */
export const INPUT_NOTES = {
  'input-note.in-file': '{path}: {note}',
  'input-note.as-written': '{text}',
  // Event exports
  'input-note.events.from-message':
    'エクスポートにイベントのプロパティ値がありません。12288、12289、12290、8198 のフィールドは、表示された Message (表示言語によらない挿入文字列) から読み取りました',
  'input-note.events.no-fields': '一部のライセンス認証イベントには、プロパティ値も Message 内の挿入文字列もありませんでした。これらのフィールドは不明です',
  'input-note.events.unzoned': '一部の TimeCreated の値にタイム ゾーンがありません。UTC として読み取りました',
  'input-note.events.csv-unzoned':
    'TimeCreated にタイム ゾーンがありません (Export-Csv はエクスポートしたコンピューターのローカル時刻を書き込みます)。UTC として読み取ったため、そのコンピューターの UTC とのずれの分だけ時刻が異なる可能性があります',
  'input-note.events.skipped': '{count} 件のイベント レコードは{reason}ため、スキップしました',
  'input-note.events.skip.unreadable': '読み取れる {field} がなかった',
  'input-note.events.skip.oversized': '{max} 文字を超えるデータを含んでいた{line, select, null {} other { ({line} 行目)}}',
  'input-note.events.skip.not-object': 'JSON オブジェクトではなかった',
  'input-note.events.csv-no-data':
    'Properties 列も DataN 列もありません。{message, select, true {フィールドは Message 列から読み取ります} other {イベントはデータとフィールドなしで保持します}}。正確な値を得るには次のコマンドでエクスポートしてください: {command}',
  'input-note.events.csv-type-name':
    'Properties 列に .NET の型名 ({typeName}) が入っています。通常の Export-Csv ではイベントのプロパティを書き込めません。{message, select, true {フィールドは代わりに Message 列から読み取ります} other {イベントはデータとフィールドなしで保持します}}。正確な値を得るには次のコマンドでエクスポートしてください: {command}',
  'input-note.events.csv-cut': 'ファイルが CSV レコードの途中で終わっています (切り詰められた可能性があります)。途切れる前の完全な {count} 件のレコードを読み取りました',
  'input-note.events.csv-day-first-late':
    '3/4/2025 のような {count} 件の日付を月を先として読み取った後で、ファイルが日を先に書いている (d/M/yyyy) ことが後の日付からわかりました。これらの時刻は誤っている可能性があります',
  'input-note.events.csv-order-unknown':
    '3/4/2025 のような {count} 件の日付を月を先として読み取りました (M/d/yyyy。en-US とインバリアント カルチャの書き方です)。ファイル内にこの順序を確定できる日付がありません',
  'input-note.events.json-no-properties':
    '一部のイベントに Properties がありません (Properties を含めずに Select-Object でエクスポートした可能性があります)。正確な値を得るには Properties を含めてエクスポートしてください',
  'input-note.events.json-type-names':
    'Properties に値ではなく .NET の型名が入っています (ConvertTo-Json の深さが不足しています)。次のコマンドで再エクスポートしてください: {command}',
  'input-note.events.json-cut': 'ファイルが JSON の途中で終わっています (切り詰められた可能性があります)。途切れる前の完全な {count} 件のイベントを読み取りました',
  'input-note.events.xml-cut': 'ファイルが XML の途中で終わっています (切り詰められた可能性があります)。途切れる前の完全な {count} 個の <Event> 要素を読み取りました',
  'input-note.events.kept-newest': '{seen} 件のライセンス認証イベントのうち、新しい {kept} 件を保持しました (maxEvents {limit})',
  // slmgr /dlv text
  'input-note.dlv.product-before-name': '製品名の行より前に製品の行があります (テキストが製品の途中から始まっています)。これらは名前が空の製品として保持しました',
  'input-note.dlv.service-twice': 'サービスの値が異なる値で 2 回表示されています ({field}: {first} と {second})。最初の値を採用しました',
  'input-note.dlv.status-unknown': '製品が "License Status: Unknown" を示しています (LicenseStatus が 0 ～ 6 の範囲外)。不明のままにしました',
  'input-note.dlv.status-not-known': 'ライセンスの状態 "{value}" は既知の状態テキストのどれでもありません。不明のままにしました',
  'input-note.dlv.product-key-not-found': 'slmgr はプロダクト キーが見つからないと報告しました',
  'input-note.dlv.host-on-unknown-line':
    'KMS ホスト {host} が、ラベルが既知でない行 ("{line}") にあります。/skms で設定されたのか DNS で見つかったのかがわからないため、読み取りませんでした',
  'input-note.dlv.no-activation-id':
    '製品のアクティベーション ID が表示されていません (slmgr /dli は表示せず、/dlv は表示します)。ID は「不明」を意味する nil GUID {id} としました',
  'input-note.dlv.nul': 'テキストに NUL 文字が含まれています。UTF-16 のファイルを UTF-8 として読み込んだ可能性があります (readDlvText はエンコードを判別します)',
  'input-note.dlv.japanese-without-ini':
    'ラベルが英語ではなく、slmgr.ini が指定されていません。組み込まれているのは実際のコンソール出力で確認済みの日本語ラベル ({labels}) だけです。その他の行は読み取っていません。読み取るには、そのコンピューターの {path} を指定してください',
  'input-note.dlv.other-language-without-ini':
    'ラベルが英語ではなく、slmgr.ini が指定されていません (言語: {language})。言語によらない値 (製品名、チャネル、アプリケーション ID とアクティベーション ID、CMID、サービスのバージョン) だけを読み取りました。残りを読み取るには、そのコンピューターの {path} を指定してください',
  'input-note.dlv.unknown-count': '{count} 行のラベルが既知でないため、読み取っていません{listed, select, null {} other { (最初の {listed} 行を示します)}}',
  'input-note.dlv.not-recognised': 'slmgr /dlv または /dli の出力を認識できませんでした',
  'input-note.dlv.unknown-line': '不明な行: {line}',
  'input-note.dlv.more-unknown': '… ほかに不明な行が {count} 行あります',
  'input-note.dlv.not-integer': '{field}: "{value}" は 0 以上の整数ではありません。不明のままにしました',
  'input-note.dlv.not-port': '{field}: {port} は使用できる TCP ポートではありません。不明のままにしました',
  'input-note.dlv.not-guid': '{field}: "{value}" は GUID ではありません。不明のままにしました',
  'input-note.dlv.no-port': '{field}: "{value}" にポートがありません。ポートは不明のままにしました',
  // Loading several inputs
  'input-note.dlv-ignored':
    '{path}: slmgr /dlv のテキストは使用しませんでした{ini, select, null {} other { (読み取り用に指定された slmgr.ini {ini} も同様です)}}。スナップショット {snapshot} に同じ情報があります',
} as const satisfies { readonly [K in keyof typeof EN]: string };
