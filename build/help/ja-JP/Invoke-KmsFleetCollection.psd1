# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = 'PowerShell のリモート処理で多数のマシンから KMS のスナップショットを収集し、マシンごとに 1 つのファイルに保存します。Get-KmsFleetDiagnosis (kmsdoctor fleet) で使います。'
    Description = '読み取り専用の収集スクリプト (ps/collector/Get-KmsSnapshot.ps1、または -ScriptPath) を、Invoke-Command -FilePath ですべてのターゲットで実行します。ターゲットに必要なのは Windows PowerShell 5.1 とリモート処理 (WinRM、または New-PSSession -HostName による SSH セッション) だけで、Node.js やこのモジュールは不要です (-HostName: SSH。こちら側は PowerShell 7)。各マシンのスナップショットは、届いた時点でスナップショットであることを確認し、<OutDirectory>\<computer>.json にアトミックに書き込みます。進行状況も表示します。

        接続できない、接続を拒否した、またはスナップショットを返さなかったマシンは、理由を示す終了しないエラー (ErrorId KmsDoctor.FleetCollectionFailed、TargetObject はその名前) になり、実行は続きます。最後に KmsDoctor.FleetCollectionSummary を 1 つ出力します (Asked、Collected、Skipped、Failed、FailedComputers)。

        再実行すると続きから収集します: スナップショットが -MaxAgeHours より新しいマシンは、-Force を指定しない限りスキップします。'
    Parameters  = @{
        ComputerName = '収集するマシン (WinRM)。パイプライン入力 (Get-ADComputer の出力など) を受け付けます。'
        Session = '収集に使う開いている PSSession (WinRM または SSH)。ファイル名は ComputerName になります。'
        HostName = 'SSH で収集するマシン (PowerShell 7。各マシンに powershell サブシステムが必要です)。'
        UserName = '-HostName の接続に使うユーザー。'
        KeyFilePath = '-HostName の接続に使う秘密キー。'
        Port = '-HostName の接続に使う SSH ポート (既定 22)。'
        SshOption = '-HostName の接続に使う ssh のオプション。例: @{ StrictHostKeyChecking = ''yes'' }。'
        Credential = '-ComputerName の接続に使う資格情報。'
        ThrottleLimit = '同時に処理するマシンの数 (既定 32)。'
        OutDirectory = 'スナップショットを保存するフォルダー。ない場合は作成します。'
        ScriptPath = 'リモートで実行するスクリプト。スナップショット 1 つの JSON を出力する必要があります。既定: 収集スクリプト。'
        MaxAgeHours = 'これより新しいスナップショットは最新と見なし、そのマシンをスキップします (既定 24)。'
        Force = 'スナップショットが新しいかどうかにかかわらず、すべてのマシンから再度収集します。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1, '続いて: Get-KmsFleetDiagnosis .\fleet (または kmsdoctor fleet .\fleet)。') }
        @{ Remarks = @('SSH セッションを使います。') }
        @{ Remarks = @('前回失敗したマシンから再度収集します。') }
    )
}
