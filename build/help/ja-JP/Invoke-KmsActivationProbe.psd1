# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = '確認の後、KMS ホストにライセンス認証要求を 1 回だけ送信し、応答を検証します: HRESULT、しきい値に対する現在のカウント、間隔、ホストの ePID、HWID。'
    Description = '`kmsdoctor activate-probe <host[:port]> --product <name> --activation-request --json` を実行します。このモジュールで KMS ホストの状態を変える可能性があるのは、このコマンドレットだけです。要求により、このインストールの CMID がホストのカウントに 30 日間加わることがあります (新しい CMID は新しいマシンとしてカウントされます)。そのため、ConfirmImpact High の ShouldProcess で保護されています:

          - 既定では、PowerShell がホストごとに確認します。Yes と答えると送信します。
          - -Confirm:$false を指定すると、確認せずに送信します。
          - -WhatIf を指定すると、どこにも接続しません (ドライ ラン)。結果の Sent に、送信されるはずだった要求が入ります。
          - No と答えると何も送信しません。ホストへのバインドのみを行い (カウントに影響しません)、Sent に要求を示します。
          - -DryRun を指定すると、確認の答えにかかわらず接続も送信もしません。要求を作成して表示します。

        -Cmid を指定しない場合、CLI はこのインストールの保存済みの CMID (構成フォルダーに 1 回だけ作成されます) を使うため、繰り返しプローブしても 1 台のマシンとしてカウントされます。

        出力: ホストごとに KmsDoctor.ActivationProbeResult を 1 つ: Mode (dry-run、bind-only、sent)、RequestSent、HResult とその Meaning、Threshold に対する CurrentCount、各間隔、HostEpid / HostBuild / HostKey (ePID が属する CSVLK)、Hwid、LatencyMs、Sent (送信した、または送信されるはずだった内容)、EmulatorTells、Advice、Findings (KmsDoctor.Finding オブジェクト)。実行で得られなかった値は $null です。'
    Parameters  = @{
        ComputerName = 'KMS ホスト (HOST または HOST:PORT)。パイプラインから値とプロパティ名でバインドします (Resolve-DnsName の SRV レコードと Get-KmsSrvRecord の NameTarget)。ホストごとに確認があり、要求は多くても 1 回です。'
        Port = 'ポートを指定していないホストのポート (既定 1688。SRV レコードの Port をバインドします)。'
        Product = '要求する製品。名前 ("Windows 11 Enterprise"、"Windows Server 2025 Standard"、"Office LTSC 2021") または SKU ID で指定します。Get-KmsProduct で一覧を表示できます。'
        Protocol = '送信する KMS プロトコルのバージョン (v4、v5、v6)。既定: その製品のクライアントが使うバージョン。'
        DryRun = '接続せずに要求を作成して表示します (送信はしません)。'
        Cmid = 'このインストールの保存済みの CMID の代わりに送信するクライアント マシン ID (GUID)。新しい CMID は、ホストでは新しいマシンとしてカウントされます。'
        Workstation = '送信するワークステーション名 (既定 kms-probe.<このホストの名前>)。ホストはこれをイベント 12290 に記録します。'
        TimeoutMs = '接続と各応答の制限時間 (ミリ秒、既定 5000)。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1, 2, '確認した後、要求を 1 回送信して応答を表示します。') }
        @{ Remarks = @('どこにも接続しません: 送信されるはずだった要求を .Sent に入れたドライ ランの結果を返します。確認のプロンプトで No と答えた場合は、要求を送信せずにホストへのバインドのみを行います (カウントに影響しません)。') }
        @{ Remarks = @('SRV レコードの各ホストに、確認せずに要求を 1 回ずつ送信します (NameTarget と Port はプロパティ名でバインドされます)。') }
        @{ Remarks = @('接続せずに、要求のフィールドをデコードして表示します。') }
    )
}
