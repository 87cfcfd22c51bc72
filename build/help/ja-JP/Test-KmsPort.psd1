# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = 'KMS ホストの TCP ポートをテストします: open (開いている)、closed (RST)、filtered (応答なし)、unreachable (到達不能)。'
    Description = '`kmsdoctor port` を実行します。各ホスト名を名前解決し (-DnsServer を指定した場合はそのサーバーで)、すべてのアドレスをテストします。アドレスとポートごとに KmsDoctor.PortResult を 1 つ出力します。Test-NetConnection と同じ名前 (ComputerName、RemoteAddress、RemotePort、TcpTestSucceeded) に加えて、分類した Status と LatencyMs を持ちます。何もテストしなかった場合 (名前解決できなかった名前。Status にはそのときの DNS の状態 (dns-nxdomain など) が入ります)、TcpTestSucceeded は $null です。

        ポート 1688 (または SRV レコードのポート) はライセンス認証の経路です。ポート 135 は -IncludeManagementPort を指定した場合にのみテストし、Role ''management'' として報告します。リモートの slmgr、VAMT、WMI には必要ですが、ライセンス認証には不要です。

        SRV レコードはパイプラインからプロパティ名でバインドされます: Get-KmsSrvRecord と `Resolve-DnsName -Type SRV` のオブジェクトの NameTarget と Port です (Additional セクションの A/AAAA レコードはスキップします)。ホストはまとめて収集してテストし (CLI がプローブを並行して実行します)、異なるポートの一覧ごとに CLI を 1 回実行します。有効なホスト名ではない名前は、その名前を示す終了しないエラー KmsDoctor.InvalidName になり、ほかのホストは引き続きテストします。'
    Parameters  = @{
        ComputerName = 'ホスト名または IP アドレス。エイリアスは NameTarget、Target、CN です。'
        Port = 'テストするライセンス認証のポート (既定 1688)。SRV レコードの Port をバインドします。'
        IncludeManagementPort = '管理用の経路である TCP 135 もテストします。'
        DnsServer = '名前解決に使う DNS サーバー (IP または IP:PORT)。既定: このマシンのリゾルバー。'
        TimeoutMs = '各プローブの制限時間 (ミリ秒、既定 3000)。この時間応答のないポートは filtered になります。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1) }
        @{ Remarks = @(1, 'SRV レコードが示すすべてのホストを、各レコードが示すポートでテストします。') }
        @{ Remarks = @('Windows 自身のリゾルバーが返すレコードをテストし、失敗したポートだけを表示します。') }
    )
}
