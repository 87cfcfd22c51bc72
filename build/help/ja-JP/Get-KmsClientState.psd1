# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = 'マシンの KMS ライセンス認証の状態を取得します: 使用する KMS ホストとその方法、ライセンス、DNS の見え方、最新のライセンス認証イベント。'
    Description = 'Windows で -Path を指定しない場合は、スナップショットの収集スクリプト (ps/collector/Get-KmsSnapshot.ps1) を実行します: CIM の SoftwareLicensingService/Product、SPP のレジストリ値、DNS クライアントの見え方、最新のライセンス認証イベントです。読み取り専用で、昇格は不要です。-Path を指定すると、以前に保存したスナップショット (kmsdoctor collect、Get-KmsSnapshot.ps1 -OutFile) をどのプラットフォームでも読み取ります。

        スナップショットごとに KmsDoctor.ClientState を 1 つ出力します: 主な設定 (KmsMachine、KmsPort、Pinned、KmsHost/KmsHostPort/KmsHostSource、LookupDomain、DiscoveredMachine、HostCaching、Channel、LicenseStatus、LicenseStatusText、RemainingDays など)、KeyedProducts (CLI のレポートと同じ、キーがインストールされたすべての製品)、Snapshot (読み取ったファイル。Test-KmsConnectivity が CLI に渡します)、そしてスナップショットの各セクションを PascalCase で (Computer、Service、Products、Registry、Dns、Events、Notes)。kms-doctor のスナップショットではないファイルは終了しないエラー (KmsDoctor.NotASnapshot) になります。'
    Parameters  = @{
        Path = 'スナップショットのファイル。Get-ChildItem の FullName をバインドします。'
        EventCount = '収集するとき: 保持する最新のライセンス認証イベントの数 (既定 50)。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1, 'License は slmgr の言葉で表した LicenseStatus と残り日数です (ライセンス認証済みの KMS クライアントではライセンス認証の有効期間、それ以外は猶予期間)。KmsHost は、ホストが固定されている (slmgr /skms、マシン全体またはこの製品) か、DNS で見つかったかを示します。') }
        @{ Remarks = @('Windows クライアントで: ライセンス サービスが使う DNS サフィックスと DNS サーバー。') }
        @{ Remarks = @('収集したクライアントのうち、slmgr /skms でホストが固定されているもの。') }
        @{ Remarks = @('収集した各クライアント自身の自動検出を、このマシンからテストします。') }
    )
}
