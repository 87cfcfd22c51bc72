# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = 'クライアントから送られたもの (スナップショット、`slmgr /dlv` の出力、イベントのエクスポート、slmgr.ini) から、オフラインでクライアントを診断します。検出事項は Test-KmsConnectivity と同じです。'
    Description = '`kmsdoctor analyze` を実行します。ファイルを読み取り (形式はそれぞれ内容から判断します。/dlv の出力は slmgr.ini を指定すればどの言語でも読めます。英語と確認済みの日本語のラベルは組み込みです)、クライアントの動作を再構成して、ルールを評価します。-Probe を指定しない限りプローブは行いません。-Probe を指定すると、クライアントが接続する先もこのマシンからテストします。

        -Path にまとめて指定したファイルは 1 台のクライアントのもの (スナップショット、その /dlv の出力、イベントのエクスポート) として扱います。パイプラインから来たファイルは 1 つずつ診断するため、`Get-ChildItem *.json | Get-KmsDiagnosis` はクライアントごとにレポートを 1 つ返します。存在しないファイルは、その名前を示す終了しないエラー KmsDoctor.FileNotFound になり、ほかのファイルは引き続き処理します。

        出力は Test-KmsConnectivity と同じです: KmsDoctor.ConnectivityResult オブジェクト (-Probe を指定した場合のみ)、KmsDoctor.Finding オブジェクト、最後に KmsDoctor.ConnectivityReport。その Client には、クライアントの計画、製品、試行、注記 (入力の読み取れなかった行を含む) が入ります。'
    Parameters  = @{
        Path = '1 台のクライアントから送られたファイル。Get-ChildItem の FullName をバインドします (その場合はファイルごとに 1 台のクライアントです)。'
        SlmgrIniPath = 'クライアントの slmgr.ini (%SystemRoot%\System32\slmgr\<LANGID>\slmgr.ini)。/dlv の出力を正確に読むために使います。-Path の中で指定することもできます。'
        Probe = 'クライアントが接続するホストとドメインを、このマシンからもテストします。'
        DnsServer = '-Probe を指定した場合: 問い合わせる DNS サーバー (IP または IP:PORT)。'
        TimeoutMs = '-Probe を指定した場合: 各プローブの制限時間 (ミリ秒、既定 3000)。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @('クライアント pc042 のスナップショットとイベントのエクスポートから求めた検出事項。') }
        @{ Remarks = @('フォルダー内のクライアントのスナップショットごとに診断し、クライアントごとに 1 行を表示します。') }
        @{ Remarks = @(1, 'マシン自身の slmgr.ini を使って、日本語の `slmgr /dlv` の出力を読み取ります。') }
    )
}
