# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = 'Invoke-KmsActivationProbe と Test-KmsConnectivity -Product が KMS ホストに要求できる製品を、ID、KMS グループ、プロトコル バージョン、ライセンス認証のしきい値とともに一覧表示します。'
    Description = '`kmsdoctor activate-probe --list-products --json` を実行し、製品ごとに KmsDoctor.Product を 1 つ返します: Name、Aliases、Family、SkuId、KmsCountedId、KmsGroup、ApplicationId、Protocol (そのクライアントが送信する KMS プロトコルのバージョン)、MinimumCount (ホストがその製品をライセンス認証する前に達する必要があるカウント: クライアントは 25、サーバーと Office は 5)。ID の出典が 1 つの公開情報だけの場合、UnverifiedIds は $true です。'
    Parameters  = @{
        Name = '名前またはエイリアスがこれらのワイルドカード パターンのいずれかに一致する製品のみ。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1, 'サーバー製品と、そのホストが達する必要があるカウント。') }
        @{ Remarks = @('エイリアスの 1 つで製品を探します。') }
    )
}
