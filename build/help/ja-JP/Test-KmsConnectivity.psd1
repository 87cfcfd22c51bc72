# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = 'クライアントが使う KMS ホストを予測し、SRV レコード、ポート、KMS の RPC エンドポイントをチェックして、何が失敗するかを示します。'
    Description = '`kmsdoctor connectivity` を実行します。クライアントが使う KMS ホストを予測し (/skms で手動指定したホスト、検索ドメイン、キャッシュされたホスト、DNS サフィックス)、すべての DNS サーバーで _vlmcs._tcp SRV レコードを問い合わせ、すべてのターゲットを名前解決し、すべてのアドレスで TCP 1688 (または SRV のポート: ライセンス認証の経路) と 135 (管理用の経路のみ) をテストし、KMS の RPC インターフェイスにバインドして (カウントに影響しません。ライセンス認証要求は送信しません)、検出事項を評価します。

        Windows で -SnapshotPath も -DlvPath も指定しない場合は、まずこのマシンのスナップショットを収集し (ps/collector/Get-KmsSnapshot.ps1。読み取り専用で、昇格は不要です)、クライアント自身の設定に沿ってチェックします。-SkipSnapshot を指定すると、指定したものだけをテストします。

        出力は次の順です: ターゲットのエンドポイント (ホストとアドレス) ごとに KmsDoctor.ConnectivityResult、検出事項ごとに KmsDoctor.Finding、最後に KmsDoctor.ConnectivityReport (集計。上記すべて (Results、Findings)、クライアントのセクション、生のプローブ結果を保持します)。`$r = Test-KmsConnectivity ... | Select-Object -Last 1` で実行全体を 1 つのオブジェクトに保持できます。実行されなかったプローブは $false ではなく $null です。検出事項は警告ではなくオブジェクトです。エラーは実行できなかった場合にのみ使います (about_KmsDoctor を参照してください)。

        -ActivationRequest -Product を指定すると、チェックの後、準備のできた最初のターゲット (クライアントが試す順序) に KMS ライセンス認証要求を 1 回送信し、レポートの Activation プロパティに応答 (KmsDoctor.ActivationProbeResult) が入ります。この要求により、このインストールの CMID がそのホストのカウントに 30 日間加わることがあるため、ShouldProcess (ConfirmImpact High) で保護されています: PowerShell が最初に確認します。-Confirm:$false では確認せずに送信します。-WhatIf を指定するか No と答えると、チェックだけを実行し、何も送信しません。チェック自体はカウントに影響せず、確認もしません。'
    Parameters  = @{
        ComputerName = '直接テストする KMS ホスト (HOST または HOST:PORT。slmgr /skms で固定する形式)。--kms-host として渡します。パイプラインから値とプロパティ名でバインドします (Resolve-DnsName の SRV レコードと Get-KmsSrvRecord の NameTarget、検出事項の Target)。無効な名前は終了しないエラー KmsDoctor.InvalidName になり、ほかのホストは引き続きテストします。'
        Port = '-ComputerName のホストのうち、ポートを指定していないもののポート (SRV レコードの Port をバインドします)。'
        ClientState = 'Get-KmsClientState で取得したクライアントの状態 (パイプラインからバインドします)。-SnapshotPath と同じく、クライアントごとに 1 回実行し、各クライアント自身の自動検出 (DNS サフィックス、固定またはキャッシュされたホスト) をチェックします。'
        Domain = '_vlmcs._tcp SRV レコードをチェックするドメイン。既定: クライアント自身の DNS サフィックス。'
        DnsServer = '問い合わせる DNS サーバー (IP または IP:PORT)。既定: このマシンのリゾルバー。'
        TimeoutMs = '各プローブの制限時間 (ミリ秒、既定 3000)。プローブは並行して実行されるため、実行全体にかかる時間はホストの数ではなく、およそタイムアウト 1 回分です。'
        SnapshotPath = 'クライアントのスナップショット (Get-KmsClientState、kmsdoctor collect)。そのクライアントの動作をチェックします。'
        DlvPath = 'スナップショットの代わりに使う、クライアントの `slmgr /dlv` の出力。'
        SlmgrIniPath = 'クライアントの slmgr.ini。その言語の /dlv の出力を読むために使います。'
        EventPath = 'クライアントの SPP イベントのエクスポート (wevtutil XML、Get-WinEvent JSON、CSV)。'
        SkipSnapshot = 'Windows で、先にこのマシンのスナップショットを収集しません。'
        ActivationRequest = 'チェックの後、準備のできた最初のターゲットに KMS ライセンス認証要求を 1 回送信します (確認の後。-Product が必要です)。--activation-request として渡します。'
        Product = 'ライセンス認証要求で要求する製品。名前または SKU ID で指定します (Get-KmsProduct で一覧を表示できます)。-ActivationRequest と一緒にのみ使います。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1, 2, '組み込みのラボ (`node dist/kmsdoctor.cjs lab --serve` がその DNS サーバーを表示します): ホストごとの結果、検出事項、最後にレポート。') }
        @{ Remarks = @('レポートのオブジェクトを保持し、何をどう修正するかを表示します。') }
        @{ Remarks = @('クライアント pc042 がどう動作するか、そしてそのイベントも含めて、このマシンから動作するか。') }
        @{ Remarks = @('SRV レコードのホストをテストします: NameTarget と Port はプロパティ名でバインドされ、Additional セクションの A/AAAA レコードはスキップされます。') }
        @{ Remarks = @('収集した各クライアント自身の自動検出 (DNS サフィックス、固定またはキャッシュされたホスト) を、このマシンからテストします。クライアントごとに 1 回実行します。') }
        @{ Remarks = @('すべてをチェックした後、準備のできた最初のホストに確認せずにライセンス認証要求を 1 回送信し、ホストの応答を表示します。') }
    )
}
