# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = 'KMS の RPC インターフェイスにバインドして、エンドポイントが KMS ホストかどうかをテストします (カウントに影響しません。ライセンス認証要求は送信しません)。'
    Description = '`kmsdoctor rpc` を実行します: ポートが開いている各アドレスで、KMS インターフェイス 51c82175-844e-4750-b0d8-ec255555bc06 への DCE/RPC バインドと、エミュレーター (何でも受け入れます) と Windows のホストを見分けるためのランダムなインターフェイスへのバインドを行います。どの KMS ホストもこれをクライアントとしてカウントしません。アドレスごとに KmsDoctor.RpcResult を 1 つ出力します: PortState、BindVerdict (kms、interface-not-supported、bind-nak、not-rpc など)、AcceptsAnyInterface、ターゲットの Verdict (ready、not-kms、port-closed、port-filtered、unresolved)。試していないバインドは $null です。

        Test-KmsPort と同じく、SRV レコードはパイプラインからプロパティ名 (NameTarget と Port) でバインドされます。パイプラインのほかの DNS レコード (Resolve-DnsName の Additional セクション) はスキップします。無効な名前は終了しないエラー KmsDoctor.InvalidName になり、ほかの名前は引き続きバインドします。'
    Parameters  = @{
        ComputerName = 'ホスト名または IP アドレス (HOST:PORT も可)。エイリアスは NameTarget、Target、CN です。'
        Port = 'ライセンス認証のポート (既定 1688)。SRV レコードの Port をバインドします。'
        DnsServer = '名前解決に使う DNS サーバー (IP または IP:PORT)。既定: このマシンのリゾルバー。'
        TimeoutMs = '各プローブの制限時間 (ミリ秒、既定 3000)。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1) }
        @{ Remarks = @('KMS ホストではないエンドポイント (エミュレーターでは AcceptsAnyInterface = True になります)。') }
    )
}
