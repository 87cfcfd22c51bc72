# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = 'KMS ライセンス認証のイベント (12288、12289、8198、12290、12293、12294) を、エラー コード、KMS ホストとポート、現在のカウントなどのフィールドに分解して取得します。または、イベントから組み立てたライセンス認証の試行を取得します。'
    Description = 'Windows で -Path を指定しない場合は、このマシンのイベントを Get-WinEvent で読み取ります (Application ログのプロバイダー Microsoft-Windows-Security-SPP と、ホストではキー管理サービス ログ)。-Path を指定すると、どのプラットフォームでもエクスポートを読み取ります: `wevtutil qe ... /f:xml`、`Get-WinEvent | ConvertTo-Json`、`Export-Csv` (形式は内容から判断します)。どちらの場合も、フィールドは `kmsdoctor events` がイベントの Properties から取り出します。ローカライズされたメッセージ テキストは使いません。

        KmsDoctor.ActivationEvent オブジェクトを新しい順に出力します: Id、TimeCreated (UTC)、HResult、Host、Port、CurrentCount、MinimumCount、Domain (12293/12294)、ClientName (12290) など。そのイベントの種類にないフィールドは $null です。-Attempt を指定すると、代わりに KmsDoctor.ActivationAttempt オブジェクトを古い順に出力します: ホストへの要求 (12288) それぞれと、それに応答した 12289 です。Answered = $false は、ホストに到達できなかったか、ホストが応答しなかったことを表します。入力の問題 (スキップされたレコード、Properties のない CSV) は警告になります。存在しないファイルは、その名前を示す終了しないエラー KmsDoctor.FileNotFound になり、ほかのファイルは引き続き読み取ります。'
    Parameters  = @{
        Path = 'イベントのエクスポート。Get-ChildItem の FullName をバインドします。'
        Id = 'これらの ID のイベントのみ (12288、12289 など)。'
        Attempt = 'イベントの代わりに、クライアントのライセンス認証の試行を出力します。'
        MaxEvents = '読み取るライセンス認証イベントの数 (新しいものから N 件。Windows ではログごと、-Path ではファイルごと。既定 1000)。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1, '時刻は UTC です。KMS ホストのログ (12290) では、Host/Client は要求したクライアントの名前です。') }
        @{ Remarks = @('Windows クライアントで: 最後のライセンス認証の試行、要求したホスト、返された結果。') }
        @{ Remarks = @('記録されたライセンス認証の失敗コードそれぞれの意味と対処方法 (HResult は -Id にバインドされます)。') }
    )
}
