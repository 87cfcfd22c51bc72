import type { INPUT_ERROR as EN } from '../en/input-error.js';

/** Japanese text of the usage errors about the files and values a customer gives (see the English twin). */
export const INPUT_ERROR = {
  'input-error.publish-list.too-many-parts': 'DnsDomainPublishList の行 "{line}" に "domain, priority, weight" より多くの項目があります',
  'input-error.publish-list.not-a-number': 'DnsDomainPublishList の行 "{line}": {part, select, priority {優先度} other {重み}} "{value}" は 0 から 65535 までの数値ではありません',
  'input-error.snapshot.no-name': 'スナップショット "{path}" にコンピューターの名前とドメインがありません。{option} でホストを指定してください',
  'input-error.snapshot.not-json': 'スナップショット "{path}" は有効な JSON ではありません ({detail})。ファイルが途中で切れていませんか?',
  'input-error.snapshot.not-snapshot': '"{path}" は kms-doctor のスナップショットではありません ({kind} がありません)',
  'input-error.snapshot.invalid': 'スナップショット "{path}" は有効ではありません: {problem}',
  'input-error.unknown-product': '{option}: 不明な製品 "{product}"{hasSuggestions, select, true { (候補: {suggestions})} other {}}',
  'input-error.two-ini': 'slmgr.ini が 2 つ指定されています ("{first}"、"{second}")。/dlv のテキストを出力したコンピューターの slmgr.ini を 1 つ指定してください',
  'input-error.unrecognised':
    '{path}: 内容を認識できませんでした — slmgr /dlv または /dli のテキスト、kms-doctor のスナップショット (JSON)、イベントのエクスポート (wevtutil の XML、Get-WinEvent の JSON または CSV)、または slmgr.ini を指定してください',
  'input-error.several-clients': 'クライアントのスナップショットが複数指定されています ({paths})。クライアントは 1 台ずつ分析してください',
  'input-error.several-dlv': 'slmgr /dlv のテキストが複数指定されています ({paths})。クライアントは 1 台ずつ分析してください',
  'input-error.snapshot-and-dlv': '{snapshotOption} と {dlvOption} はどちらか一方を指定してください。スナップショットには /dlv の内容が含まれています',
  'input-error.ini-without-dlv': '{iniOption} は {dlvOption} のテキストを読み取るためだけに使用します。{dlvOption} も指定してください',
  'input-error.dlv-unrecognised':
    '{path}: slmgr /dlv または /dli の出力を認識できませんでした ({command} のテキスト、kms-doctor のスナップショット、またはイベントのエクスポートを指定してください)',
  'input-error.empty': '"{path}" は空です',
  'input-error.cannot-read': '{path}: 読み取れません ({code})',
  'input-error.dlv.too-many-products': 'slmgr /dlv のテキストに {max} を超える製品があります。1 台のコンピューターのライセンスは 100 個程度です — 正しいファイルですか?',
  'input-error.dlv.too-large': 'slmgr /dlv のテキストが大きすぎます ({size} 文字、上限は {max})。実際の /dlv の出力は数 KB です — 正しいファイルですか?',
  'input-error.ini.too-large': '{path}: slmgr.ini としては大きすぎます ({size} バイト、上限は {max})',
  'input-error.ini.binary': '{path}: テキスト ファイルではありません (バイナリ データ: NUL または制御文字)',
  'input-error.ini.no-lines': '{path}: slmgr.ini ではありません (L_Xxx=value の行がありません)',
  'input-error.ini.snapshot-without-ini':
    '{path}: この kms-doctor のスナップショットには slmgr.ini が含まれていません (コンピューターの UI 言語が英語か、古いコレクターで収集されました)。英語の /dlv のテキストには不要です。それ以外の場合は、そのコンピューターの {iniPath} を指定してください',
  'input-error.ini.other-json':
    '{path}: JSON ですが、slmgr.ini でも kms-doctor のスナップショットでもありません。そのコンピューターの slmgr.ini か、そのコンピューターで収集したスナップショットを指定してください',
  'input-error.events.no-id-column': '{path}: Id 列のない CSV です (列: {columns})',
  'input-error.events.no-time-column': '{path}: TimeCreated 列のない CSV です (列: {columns})',
  'input-error.events.csv-record-too-long': '{path}: {max} 文字を超える CSV レコードがあります ({line} 行目)。イベントのエクスポートではありません',
  'input-error.events.csv-too-many-columns': '{path}: {max} 列を超える CSV レコードがあります ({line} 行目)',
  'input-error.events.csv-cut-in-header': '{path}: CSV がヘッダー行の途中で終わっています (途中で切れていませんか?)',
  'input-error.events.csv-no-header': '{path}: ヘッダー行のない CSV です',
  'input-error.events.empty': '{path}: ファイルが空です',
  'input-error.events.binary': '{path}: バイナリ データで、イベントのエクスポートではありません ({xml}、{json}、または {csv} の出力を指定してください)',
  'input-error.events.evtx': '{path}: バイナリの .evtx ファイルです。{command} … でエクスポートしてください。例: {example}',
  'input-error.events.wevtutil-text': '{path}: wevtutil /f:text の出力で、表示言語に合わせて翻訳されています。代わりに /f:xml でエクスポートしてください ({command})',
  'input-error.events.console-output': '{path}: PowerShell のコンソール出力で、エクスポートではありません。{json} または {xml} を使用してください',
  'input-error.events.unrecognised': '{path}: 認識できるイベントのエクスポートではありません ({xml}、{json}、または {csv} の出力を指定してください)',
  'input-error.events.cannot-read': '{path}: 読み取れません ({code})',
  'input-error.events.json-too-deep': '{path}: JSON の入れ子が {max} 階層を超えています。イベントのエクスポートではありません',
  'input-error.events.json-invalid': '{path}: 有効な JSON ではありません ({detail})',
  'input-error.events.json-object-too-large': '{path}: {max} 文字を超える JSON のイベント オブジェクトがあります。イベントのエクスポートではありません',
  'input-error.events.json-cut': '{path}: 最初のイベントが完結する前に JSON が終わっています (途中で切れていませんか?)',
  'input-error.events.xml-declaration': '{path}: 整形式の XML ではありません ({complete, select, true {} other {最初の {max} 文字以内で }}<?xml …?> 宣言が閉じられていません)',
  'input-error.events.xml-invalid': '{path}: 整形式の XML ではありません ({detail})',
  'input-error.events.xml-invalid-at': '{path}: 整形式の XML ではありません ({line} 行目、{column} 列目): {detail}',
  'input-error.events.xml-no-event': '{path}: <Event> 要素のない XML です。{command} の出力を指定してください',
  'input-error.events.xml-text-too-long': '{path}: {max} 文字を超える XML のテキスト、コメント、または名前があります。イベントのエクスポートではありません',
  'input-error.events.xml-too-many-attributes': '{path}: {max} 個を超える属性を持つ XML 要素があります。イベントのエクスポートではありません',
  'input-error.events.xml-too-deep': '{path}: XML の入れ子が {max} 要素を超えています。イベントのエクスポートではありません',
  'input-error.events.xml-too-many-data': '{path}: {max} 個を超える Data 要素を持つ <Event> があります。イベントのエクスポートではありません',
  'input-error.events.xml-doctype':
    '{path}: DOCTYPE または ENTITY 宣言を含む XML は受け付けません (イベントのエクスポートには含まれず、エンティティ展開攻撃や外部エンティティ攻撃に使われます)',
  'input-error.events.xml-cut': '{path}: 最初の <Event> が完結する前に XML が終わっています (途中で切れているか、{command} のエクスポートではありません)',
  'input-error.file.not-regular':
    '{path}: 通常のファイルではありません ({problem, select, directory {ディレクトリ} pipe {パイプ} socket {ソケット} device {デバイス} other {ファイルではありません}})。{what, select, snapshot {スナップショット} dlv {slmgr /dlv の出力} slmgrIni {slmgr.ini} eventExport {イベントのエクスポート} other {入力ファイル}}はファイルとして指定してください',
  'input-error.file.cannot-read':
    '{path}: {what, select, snapshot {スナップショット} dlv {slmgr /dlv の出力} slmgrIni {slmgr.ini} eventExport {イベントのエクスポート} other {入力ファイル}}を読み取れません ({reason, select, ENOENT {ファイルがありません} EACCES {アクセスが拒否されました} EPERM {アクセスが拒否されました} EISDIR {ディレクトリです} ELOOP {シンボリック リンクがループしています} other {{reason}}})',
  'input-error.file.too-large':
    '{path}: {what, select, snapshot {スナップショット} dlv {slmgr /dlv の出力} slmgrIni {slmgr.ini} eventExport {イベントのエクスポート} other {入力ファイル}}としては大きすぎます ({max} バイト超。{what, select, snapshot {実際のスナップショットは数十 KB です} dlv {実際の /dlv の出力は数 KB、/dlv all でも数十 KB です} slmgrIni {実際の slmgr.ini は 60 KB 程度です} eventExport {実際のエクスポートは数 MB です} other {実際のファイルはもっと小さいはずです}}) — 正しいファイルですか?',
  'input-error.file.undecodable':
    '{path}: テキスト ファイルではないか、推定したエンコード ({encoding}、{reason} により選択) ではありません。エンコードがわかる場合は {option} を指定してください',
  'input-error.file.binary': '{path}: テキスト ファイルではありません ({encoding} としてデコードした後に NUL または制御文字があります)',
} as const satisfies { readonly [K in keyof typeof EN]: string };
