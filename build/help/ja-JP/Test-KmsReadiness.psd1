# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = 'KMS の展開の前に: DNS の自動検出、意図したホスト、そのポートとキー、時刻、ホストのファイアウォールを、合格/警告/不合格のチェックとして確認します。'
    Description = '`kmsdoctor readiness` を実行します。-Domain のクライアントがどう動作するかをプローブし、意図したホスト (-ExpectHost) を直接チェックし、指定したホストとクライアントのスナップショットと KMS のログを読み取って、質問ごとに状態付きのチェックを 1 つ報告します: pass (合格)、warn (警告)、fail (不合格)、not-run (チェックする材料がない)。

        出力は次の順です: チェックごとに KmsDoctor.ReadinessCheck、最後に KmsDoctor.ReadinessReport (状態ごとの件数、判定 (実行したチェックのうち最も悪い状態)、Passed (CLI の --fail-on に対する合否で、終了コードと同じ)、すべてのチェック)。

        -OutFile を指定すると、レポートを -Format の形式 (変更審査用の html、markdown、パイプラインの判定用の junit、json) でそのファイルに書き込み、代わりにそのファイルを FileInfo として返します。'
    Parameters  = @{
        Domain = 'クライアントが _vlmcs._tcp を検索するドメイン。'
        ClientSnapshotPath = 'クライアントのスナップショット (kmsdoctor collect、Get-KmsClientState): そのドメインと時刻。'
        HostSnapshotPath = 'KMS ホストのスナップショットまたは slmgr /dlv の出力: キー、カウント、ファイアウォールの規則、時刻。'
        KmsLogPath = 'KMS ホストの 12290 のエクスポート (wevtutil XML、Get-WinEvent JSON、CSV)。'
        ExpectHost = '意図した KMS ホストの FQDN。直接プローブし、DNS で最初に来ることを期待します。'
        TargetOs = 'ホストがライセンス認証する必要がある製品。例: ''Windows 11 Enterprise''。'
        DnsServer = '問い合わせる DNS サーバー (IP または IP:PORT)。既定: このマシンのリゾルバー。'
        TimeoutMs = '各プローブの制限時間 (ミリ秒、既定 3000)。'
        OutFile = 'レポートをこのファイルに書き込み (アトミックに置き換えます)、FileInfo として返します。'
        Format = '-OutFile の形式: html (既定)、markdown、junit、json。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1, '質問ごとのチェック、続いて集計です。') }
        @{ Remarks = @('変更審査用のページを書き込み、そのファイルを返します。') }
        @{ Remarks = @('パイプラインの判定に使う JUnit のファイル。') }
    )
}
