import type { CLI_HELP as EN } from '../en/cli-help.js';

/**
 * Japanese text of the command line's help. Commands, flags, file names and values an admin types
 * stay as they are; yargs' own words come from its Japanese locale strings (./yargs-strings.ts).
 */
export const CLI_HELP = {
  'cli.usage': 'この環境で KMS ライセンス認証が失敗するのはなぜか、展開の前に正常に動作するかを調べます。',
  'cli.demand-command': 'コマンドを指定してください: {commands}、{last}',
  'cli.epilog':
    '終了コード: 0 = --fail-on 以上の検出事項なし、1 = --fail-on 以上の検出事項あり、2 = 実行できなかった (入力の誤り、内部エラー)。\n出力: 既定は人が読む形式です。--format json (または --json) でバージョン付きのレポート 1 つ、ndjson (--ndjson) でストリーム、markdown、html、junit も選べます。--out FILE でファイルに書き込みます。NO_COLOR を設定すると色を付けません。',

  'cli.opt.format': 'レポートの形式 (json と ndjson は src/report/report.schema.json に従います)',
  'cli.opt.json': '--format json と同じ',
  'cli.opt.ndjson': '--format ndjson と同じ: 結果が届くたびに 1 行 1 つの JSON オブジェクト',
  'cli.opt.out': 'レポートを標準出力ではなくこのファイルに書き込みます (通常のファイルはアトミックに置き換え、デバイスや FIFO にはそのまま書き込みます)',
  'cli.opt.fail-on': '検出事項の重大度がこれ以上のとき終了コード 1 (fail と warn は error と warning の非推奨の名前)',
  'cli.opt.color': '色を強制的に付ける (--color) か付けない (--no-color)',
  'cli.opt.lang': '検出事項とレポートの言語 (既定: KMSDOCTOR_LANG、次に LC_ALL、LC_MESSAGES、LANG、次に Windows の表示言語、いずれもなければ en)',
  'cli.opt.timeout': '各プローブのタイムアウト (ミリ秒)',
  'cli.opt.deadline': '実行全体の制限時間 (ミリ秒、既定: 4 × timeout + 1000)',
  'cli.opt.concurrency': '同時に実行するプローブの数',
  'cli.opt.dns-server': '問い合わせる DNS サーバー、IP[:port] (複数指定可)。既定: このマシンの DNS サーバー',

  'cli.opt.activation-request.connectivity':
    'チェックの後、使用可能な最初の対象に KMS ライセンス認証要求を 1 回だけ送信します (--product が必要)。このインストールの CMID がそのホストのカウントに 30 日間加わる場合があります',
  'cli.opt.activation-request.activate-probe':
    'ライセンス認証要求を実際に 1 回送信します。指定しない場合はホストへのバインドだけ (カウントに影響なし) を行い、要求は送信せずに表示します。このインストールの CMID がホストのカウントに 30 日間加わる場合があります',
  'cli.opt.product':
    '要求する製品。名前 ("Windows 11 Enterprise"、"Windows Server 2025 Standard"、"Office LTSC 2021") または SKU ID。activate-probe --list-products を参照してください',
  'cli.opt.protocol': '送信する KMS プロトコルのバージョン (v4、v5、v6)。既定: その製品のクライアントが使うバージョン',
  'cli.opt.sku': '表の値の代わりに送信する SKU (Activation) ID。ホストはログに記録するだけです',
  'cli.opt.cmid': 'このインストールに保存されている値の代わりに送信するクライアント マシン ID (新しい CMID は新しいマシンとしてカウントされます)',
  'cli.opt.workstation': '送信するワークステーション名 (既定: kms-probe.<このホストの名前>)。ホストはイベント ID 12290 に記録します',
  'cli.opt.bind-style': 'ndr32: NDR32 のコンテキスト 1 つ。windows: Windows クライアントと同じ NDR32+NDR64+BTFN (ホストが NDR64 を選んだときは alter_context を使います)',
  'cli.opt.interface-check':
    '2 本目の接続でランダムなインターフェイスにもバインドします (カウントに影響なし。py-kms は受け付け、Windows は拒否します)。--no-interface-check で省略します',

  'cli.connectivity.describe':
    'クライアントが KMS に到達するすべての経路をチェックします: クライアント自身の設定、SRV による自動検出、すべてのホスト、すべてのポート、RPC エンドポイント',
  'cli.connectivity.opt.domain': '_vlmcs._tcp の SRV レコードをチェックするドメイン (複数指定可)。既定: クライアント自身の DNS サフィックス',
  'cli.connectivity.opt.kms-host': '直接チェックする KMS ホスト、HOST[:PORT] (複数指定可)。slmgr /skms で登録したホストと同じ形式',
  'cli.connectivity.opt.snapshot': 'クライアントのスナップショット (kmsdoctor collect で作成): 自動検出の動作を予測し、そのとおりにテストします',
  'cli.connectivity.opt.dlv': 'スナップショットの代わりに、クライアントの `slmgr /dlv` の出力',
  'cli.connectivity.opt.slmgr-ini':
    'クライアントの slmgr.ini (slmgr\\<LANGID>\\slmgr.ini)、またはそのクライアントで作成したスナップショット (slmgr.ini を含みます)。/dlv のテキストをその言語で読むために使います',
  'cli.connectivity.opt.encoding': 'バイト列から判別できない (BOM なし、UTF-8 でない) --dlv/--events のファイルのコード ページ: {names}',
  'cli.connectivity.opt.events': 'クライアントの SPP イベント (wevtutil /f:xml、Get-WinEvent の JSON または CSV) (複数指定可)',
  'cli.connectivity.example.domain': 'contoso.com のすべての KMS ホストを検出してテストします',
  'cli.connectivity.example.two-servers': '2 台のドメイン コントローラーに問い合わせて、応答を比較します',
  'cli.connectivity.example.snapshot': 'このクライアントはどう動作し、ここから見て正常に動作するか',
  'cli.connectivity.example.dlv': 'ユーザーから届いた slmgr /dlv のテキストとイベントのエクスポートで同じことを行います',
  'cli.connectivity.example.kms-host': '登録したホストをテストし、JSON でレポートします',
  'cli.connectivity.example.activation': 'さらに、使用可能な最初のホストにライセンス認証要求を 1 回だけ送信します',

  'cli.srv.describe': 'すべての DNS サーバーに _vlmcs._tcp の SRV レコードを問い合わせ、すべてのターゲットの名前を解決します',
  'cli.srv.positional.domains': '問い合わせるドメイン',
  'cli.srv.example': '2 つのドメインを 1 台のサーバーに問い合わせます',

  'cli.port.describe': 'ホストの TCP ポートをテストします: 開いている、閉じている (RST)、フィルターされている (破棄)、到達できない',
  'cli.port.positional.hosts': 'ホスト名または IP アドレス',
  'cli.port.opt.port': 'テストするポート (複数指定可)。{management} は管理用の経路としてテストします',
  'cli.port.example.both': 'TCP {port} (ライセンス認証) と {management} (管理)',
  'cli.port.example.one': 'ライセンス認証のポートだけ',

  'cli.rpc.describe': 'KMS の RPC インターフェイスにバインドします (カウントに影響なし: ライセンス認証要求は送信しません)',
  'cli.rpc.positional.endpoints': 'HOST[:PORT]、既定のポートは {port}',
  'cli.rpc.example': 'それぞれで KMS エンドポイントが待ち受けているか',

  'cli.publication.describe': 'KMS ホストが _vlmcs._tcp の SRV レコードを、意図したすべてのドメインのすべての権威サーバーに発行したか (ほかのホストは発行していないか)',
  'cli.publication.opt.host': '発行するべき KMS ホスト、FQDN[:port] (複数指定可)',
  'cli.publication.opt.domain': '発行先のドメイン (複数指定可)。既定: ホスト自身のドメイン、その DnsDomainPublishList、イベントに記録されたドメイン',
  'cli.publication.opt.snapshot': 'KMS ホストのスナップショット (kmsdoctor collect): FQDN、待ち受けポート、DisableDnsPublishing、DnsDomainPublishList、イベント',
  'cli.publication.opt.events': 'イベント ID 12293/12294 を含む、ホストのアプリケーション ログのエクスポート (複数指定可)',
  'cli.publication.opt.authoritative': 'ゾーンの権威サーバー、IP[:port] (複数指定可)。既定: SOA と NS から探します。指定すると --dns-server の既定はなしになります',
  'cli.publication.opt.expect-host': 'レコードを持ってよいホスト (複数指定可)。既定: --host の値',
  'cli.publication.example.host': 'kms01 は contoso.com のすべての権威サーバーと 2 台の DC に発行されているか',
  'cli.publication.example.snapshot': 'DnsDomainPublishList のすべてのドメインを、イベント ID 12293/12294 の履歴と合わせてチェックします',

  'cli.activate-probe.describe':
    'KMS ライセンス認証要求を 1 回だけ送信し (オプトイン、--activation-request)、応答を検証します: HRESULT、カウントとしきい値、間隔、ホストの ePID、HWID',
  'cli.activate-probe.positional.endpoint': 'KMS ホスト、HOST[:PORT]、既定のポートは {port}',
  'cli.activate-probe.opt.list-products': '--product に指定できる製品を、ID、プロトコルのバージョン、しきい値とともに一覧表示します',
  'cli.activate-probe.opt.dry-run': '接続せずに要求を組み立てて表示します (16 進とデコードしたフィールド)',
  'cli.activate-probe.example.list': '要求できる製品の一覧',
  'cli.activate-probe.example.dry-run': '接続せずに要求を表示します',
  'cli.activate-probe.example.bind': 'バインドだけを行い、送信する内容を表示します',
  'cli.activate-probe.example.send': '要求を 1 回送信し、応答をチェックします',

  'cli.analyze.describe': 'ユーザーから届いたもの (スナップショット、slmgr /dlv のテキスト、イベントのエクスポート) をオフラインで分析し、同じ検出事項を出します',
  'cli.analyze.positional.files': 'スナップショットの JSON、slmgr /dlv のテキスト、イベントのエクスポート (wevtutil の XML、Get-WinEvent の JSON または CSV)、slmgr.ini',
  'cli.analyze.opt.slmgr-ini':
    'そのマシンの slmgr.ini、またはそのマシンで作成したスナップショット (slmgr.ini を含みます)。/dlv のテキストをその言語で読むために使います (ini はファイルとして渡すこともできます)',
  'cli.analyze.opt.encoding': 'バイト列から判別できない (BOM なし、UTF-8 でない) テキスト ファイルのコード ページ。例: cp932 なら shift_jis: {names}',
  'cli.analyze.opt.target-os': 'KMS ホストのスナップショットまたは /dlv のテキストとともに: そのキーでライセンス認証するべきクライアント製品。例: "Windows 11 Enterprise"',
  'cli.analyze.opt.probe':
    'クライアントが接続する先をここからもテストします (connectivity --snapshot と同じ)。指定しない場合、プローブのオプション (--timeout、--deadline、--concurrency、--dns-server) は無視します',
  'cli.analyze.example.snapshot': 'スナップショットだけから、このクライアントの問題を調べます',
  'cli.analyze.example.dlv': 'slmgr /dlv のテキストとイベントのエクスポートで同じことを行います',
  'cli.analyze.example.pair': 'クライアントとその KMS ホスト: 時刻の比較も行います',
  'cli.analyze.example.host': 'KMS ホスト: カウント、キーの対象製品、キー管理サービス ログ',
  'cli.analyze.example.probe': 'さらに、このマシンから自動検出をテストします',

  'cli.readiness.describe': '展開の前に: KMS ライセンス認証は正常に動作するか。チェックごとに合格/警告/不合格を、テキスト、JSON、Markdown、HTML、JUnit で出します',
  'cli.readiness.opt.domain': 'クライアントが _vlmcs._tcp を検索するドメイン (複数指定可)',
  'cli.readiness.opt.client-snapshot': 'クライアントのスナップショット (kmsdoctor collect): そのドメインをチェックし、時刻を比較します (複数指定可)',
  'cli.readiness.opt.host-snapshot': 'KMS ホストのスナップショットまたは slmgr /dlv のテキスト (複数指定可)',
  'cli.opt.kms-log': 'KMS ホストのイベント ID 12290 のエクスポート (wevtutil の XML、Get-WinEvent の JSON または CSV) (複数指定可)',
  'cli.readiness.opt.expect-host': '想定する KMS ホストの FQDN (複数指定可): 直接プローブし、DNS で最初に返ることを期待します',
  'cli.readiness.opt.target-os': 'ホストがライセンス認証するべき製品。例: "Windows 11 Enterprise" (複数指定可)',
  'cli.readiness.example.rollout': 'contoso.com は Windows 11 の展開の準備ができているか',
  'cli.readiness.example.html': '変更審査用のページ',
  'cli.readiness.example.junit': 'パイプラインの判定に使います (警告も含めます)',

  'cli.fleet.describe':
    '多数のクライアントを比較します: クローン グループ (重複した CMID)、ライセンス認証の状態、クライアントの接続先、DNS サフィックスのグループ、しきい値の内訳、時刻のばらつき',
  'cli.fleet.positional.paths': 'スナップショット: フォルダー (その下のすべての *.json) またはファイル。クライアントとホストのスナップショットのどちらも可',
  'cli.fleet.opt.probe':
    '各 DNS サフィックス グループのドメインを DNS に問い合わせ、クライアントの接続先の各ホストをテストします (それぞれ 1 回)。指定しない場合、プローブのオプションは無視します',
  'cli.fleet.example.together': 'フリート全体から分かること',
  'cli.fleet.example.dashboard': 'すべてのホストとドメインを 1 回ずつプローブしたダッシュボード',

  'cli.collect.describe': 'この Windows マシンのライセンスに関する情報をスナップショット (JSON) に収集し、ここやほかの場所で分析できるようにします',
  'cli.collect.opt.out': 'スナップショットを標準出力ではなくこのファイルに書き込みます (通常のファイルはアトミックに置き換え、デバイスや FIFO にはそのまま書き込みます)',
  'cli.collect.opt.event-count': '含める最新のライセンス認証イベントの数 (0–10000)',
  'cli.collect.example': 'クライアントで実行し、その後どこででも `kmsdoctor connectivity --snapshot client01.json` を実行します',
  'cli.collect.epilog': 'ps/collector/Get-KmsSnapshot.ps1 を実行します (pwsh.exe があればそれを、なければ powershell.exe を使います)。読み取りだけで、管理者権限は不要です。',

  'cli.events.describe':
    'エクスポート (wevtutil の XML、Get-WinEvent の JSON または CSV) からライセンス認証のイベントを読みます: イベント、それらがなす試行、イベント ID 8198 の失敗',
  'cli.events.positional.files': 'イベントのエクスポート (形式は内容から判別します)',
  'cli.events.opt.encoding': 'バイト列から判別できない (BOM なし、UTF-8 でない) エクスポートのコード ページ。例: shift_jis',
  'cli.events.opt.max-events': '各ファイルの最新 N 件のライセンス認証イベントだけを残します',
  'cli.events.example': 'PowerShell モジュールの Get-KmsActivationEvent -Path が読む内容',

  'cli.lab.describe': '組み込みの KMS ラボをループバックで起動し、それに対して接続性のチェックを実行します',
  'cli.lab.opt.serve': 'ラボを起動したままにし (Ctrl+C で停止)、ほかのコマンドから使う方法を表示します',
  'cli.lab.example': 'KMS のネットワークがなくても、診断の様子を確認できます',
  'cli.lab.epilog': '終了コード: 仕込んだ障害をすべて検出し、正常なホストが合格したとき 0、それ以外は 1、ラボを起動できなかったとき 2。',

  'cli.explain.describe': '検出事項の ID またはライセンス認証のエラー コードの説明ページをオフラインで表示します (ID なし: 検出事項の一覧、複数: 順にそれぞれ)',
  'cli.explain.positional.id':
    '検出事項の ID (例: tcp/kms-port-filtered) またはエラー コード: 0xC004F074、C004F074、3221549172、slmgr の終了コード -1073418124 (負の数がオプションと見なされる場合は前に -- を置きます)',
  'cli.explain.positional.more': '同じ実行で説明するほかの ID やコード (--json では配列。不明なものは種類 "unknown" の項目になります)',
  'cli.explain.opt.codes': 'このツールが知っているライセンス認証のエラー コードを一覧表示します',
  'cli.explain.opt.json': 'JSON で出力します: コードのカタログ項目、または検出事項のタイトル、重大度、概要、ページ (ID なし: 一覧)',
  'cli.explain.opt.lang': 'ページの言語 (既定: KMSDOCTOR_LANG、次にロケール、いずれもなければ en)',
  'cli.explain.example.finding': 'フィルターされたポートでライセンス認証が失敗する理由と対処方法',
  'cli.explain.example.code': 'ライセンス認証のエラー コードの意味と対処方法',
  'cli.explain.example.exit-code': 'slmgr の終了コード ($LASTEXITCODE)。-- を置くと、マイナス記号がオプションと見なされません',
  'cli.explain.codes-hint': 'エラー コード (0xC004F074 …): kmsdoctor explain --codes',
} as const satisfies { readonly [K in keyof typeof EN]: string };
