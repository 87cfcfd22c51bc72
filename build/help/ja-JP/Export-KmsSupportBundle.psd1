# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = 'KMS ライセンス認証の問い合わせで Microsoft サポートが求める情報 (slmgr /dlv の出力、ライセンス認証のイベント ログ、kms-doctor のスナップショットとレポート) を zip にまとめます。'
    Description = '一時フォルダーに収集して、ターゲットの隣の一時 zip に圧縮し、それを所定の場所に移動します。そのため、ターゲットが中途半端に書き込まれることはありません。エントリ名はどの PowerShell でも / を使います (Windows PowerShell 5.1 の Compress-Archive は \ を書き込み、ほかの環境で正しく展開されません)。zip には次のファイルが入ります:
          slmgr-dlv.txt          cscript //nologo slmgr.vbs /dlv (または -DlvPath で指定したファイル)
          events/spp-application.evtx         Application ログの SPP イベント (wevtutil epl)
          events/key-management-service.evtx  キー管理サービス ログ (KMS ホストの場合)
          events/key-management-service-settings.json  そのログのサイズ、最大サイズ、保持
                                 モード、レコード数、満杯かどうか、最も古いレコードの時刻
          snapshot.json          kms-doctor のスナップショット (Get-KmsClientState) または -SnapshotPath
          report.json            このマシンから実行した kmsdoctor connectivity --snapshot ... --json
          README.txt             バンドルの内容と、足りないものとその理由

        Windows 以外のマシンでは、Windows でのみ取得できる部分を警告付きでスキップし、README.txt に足りないものを記録します。-SnapshotPath、-DlvPath、-EventPath でファイル (ユーザーから送られたものなど) を指定すると、それらを補えます。レポートはこのマシンからネットワークをプローブします (DNS、TCP 1688/135、RPC バインド。ライセンス認証要求は送信しません)。-SkipReport を指定するとレポートを作成しません。

        ファイルを書き込むため、-WhatIf と -Confirm をサポートします。既存のターゲットは -Force を指定した場合にのみ置き換えます。zip の FileInfo を出力します。'
    Parameters  = @{
        Path = '書き込む zip。既定: 現在のフォルダーの kms-support-<computer>-<yyyyMMdd-HHmmss>.zip。'
        SnapshotPath = '収集する代わりに含めるスナップショット。'
        DlvPath = 'slmgr を実行する代わりに含める `slmgr /dlv` の出力。'
        SlmgrIniPath = 'そのマシンの slmgr.ini。バンドルに含め、英語以外の /dlv の出力を読むために使います。'
        EventPath = 'このマシンのログをエクスポートする代わりに含めるイベントのエクスポート (.evtx、wevtutil XML、Get-WinEvent JSON、CSV)。'
        DnsServer = 'レポートが問い合わせる DNS サーバー (IP または IP:PORT)。'
        TimeoutMs = 'レポートの各プローブの制限時間 (ミリ秒、既定 3000)。'
        SkipReport = '接続性のチェックを実行しません (ネットワークには何も送信しません)。'
        Force = 'ターゲットが存在する場合に置き換えます。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1, 2, 'ライセンス認証に失敗する Windows クライアント (または KMS ホスト) で実行します。') }
        @{ Remarks = @('ユーザーから送られたものを、ネットワークに触れずに、どのプラットフォームでもまとめます。') }
        @{ Remarks = @(1) }
    )
}
