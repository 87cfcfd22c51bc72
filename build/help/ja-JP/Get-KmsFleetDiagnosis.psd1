# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = '多数のクライアントとホストのスナップショットを比較します: クローン グループ (重複した CMID)、ライセンス認証の状態、クライアントの接続先、DNS サフィックスのグループ、しきい値の構成、時刻のずれ。'
    Description = 'スナップショットのフォルダー (Invoke-KmsFleetCollection が書き込みます) またはスナップショットのファイルに対して `kmsdoctor fleet` を実行します。1 台のマシンだけではわからないことを示します: sysprep なしで複製され、1 つの CMID を共有するマシン (カウントが「1 より増えない」)、使われなくなったホストに固定またはキャッシュされたクライアント、_vlmcs._tcp レコードのない DNS サフィックスのグループ (-Probe)、複数のホストに分散したカウント、猶予期間が切れかけている Windows と Office の製品。

        出力は次の順です: 検出事項ごとに KmsDoctor.Finding、最後に KmsDoctor.FleetReport (件数、クローン グループ、ホスト、ドメイン、時刻)。-OutFile を指定すると、レポートを -Format の形式 (html: SVG のグラフ付きダッシュボード、csv: クライアントごとに 1 行、markdown、junit、json) で書き込み、そのファイルを FileInfo として返します。'
    Parameters  = @{
        Path = 'スナップショットのフォルダー (その下のすべての *.json) またはスナップショットのファイル。クライアントとホストのどちらも指定できます。'
        KmsLogPath = 'KMS ホストの 12290 のエクスポート (wevtutil XML、Get-WinEvent JSON、CSV)。'
        Probe = '各 DNS サフィックスのグループのドメインを DNS に問い合わせ、クライアントの接続先の各ホストをそれぞれ 1 回テストします。'
        DnsServer = '-Probe で問い合わせる DNS サーバー (IP または IP:PORT)。既定: このマシンのリゾルバー。'
        TimeoutMs = '各プローブの制限時間 (ミリ秒、既定 3000)。'
        OutFile = 'レポートをこのファイルに書き込み (アトミックに置き換えます)、FileInfo として返します。'
        Format = '-OutFile の形式: html (既定)、csv、markdown、junit、json。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1, '検出事項、続いてフリートのレポートです。') }
        @{ Remarks = @('すべてのホストとドメインを 1 回ずつプローブしたダッシュボードのページ。') }
        @{ Remarks = @('クローン グループと、そのマシン名。') }
    )
}
