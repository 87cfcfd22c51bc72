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
  'input-error.unrecognised': '{path}: 内容を認識できませんでした — slmgr /dlv または /dli のテキスト、kms-doctor のスナップショット (JSON)、イベントのエクスポート (wevtutil の XML、Get-WinEvent の JSON または CSV)、または slmgr.ini を指定してください',
  'input-error.several-clients': 'クライアントのスナップショットが複数指定されています ({paths})。クライアントは 1 台ずつ分析してください',
  'input-error.several-dlv': 'slmgr /dlv のテキストが複数指定されています ({paths})。クライアントは 1 台ずつ分析してください',
  'input-error.snapshot-and-dlv': '{snapshotOption} と {dlvOption} はどちらか一方を指定してください。スナップショットには /dlv の内容が含まれています',
  'input-error.ini-without-dlv': '{iniOption} は {dlvOption} のテキストを読み取るためだけに使用します。{dlvOption} も指定してください',
  'input-error.dlv-unrecognised': '{path}: slmgr /dlv または /dli の出力を認識できませんでした ({command} のテキスト、kms-doctor のスナップショット、またはイベントのエクスポートを指定してください)',
  'input-error.empty': '"{path}" は空です',
  'input-error.cannot-read': '{path}: 読み取れません ({code})',
  'input-error.dlv.too-many-products': 'slmgr /dlv のテキストに {max} を超える製品があります。1 台のコンピューターのライセンスは 100 個程度です — 正しいファイルですか?',
  'input-error.dlv.too-large': 'slmgr /dlv のテキストが大きすぎます ({size} 文字、上限は {max})。実際の /dlv の出力は数 KB です — 正しいファイルですか?',
  'input-error.ini.too-large': '{path}: slmgr.ini としては大きすぎます ({size} バイト、上限は {max})',
  'input-error.ini.binary': '{path}: テキスト ファイルではありません (バイナリ データ: NUL または制御文字)',
  'input-error.ini.no-lines': '{path}: slmgr.ini ではありません (L_Xxx=value の行がありません)',
  'input-error.ini.snapshot-without-ini': '{path}: この kms-doctor のスナップショットには slmgr.ini が含まれていません (コンピューターの UI 言語が英語か、古いコレクターで収集されました)。英語の /dlv のテキストには不要です。それ以外の場合は、そのコンピューターの {iniPath} を指定してください',
  'input-error.ini.other-json': '{path}: JSON ですが、slmgr.ini でも kms-doctor のスナップショットでもありません。そのコンピューターの slmgr.ini か、そのコンピューターで収集したスナップショットを指定してください',
} as const satisfies { readonly [K in keyof typeof EN]: string };
