# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = 'KMS ホストが意図したすべてのドメインの、すべての権威 DNS サーバーに _vlmcs._tcp レコードを発行していること、そしてほかのホストが登録されていないことをチェックします。'
    Description = '`kmsdoctor publication` を実行します。Test-KmsConnectivity に対応するホスト側のチェックです。各ドメイン (指定したもの、またはホストのスナップショットから: ホスト自身のドメイン、DnsDomainPublishList、イベント 12293/12294 に記録されたドメイン) について、すべての権威サーバー (SOA と NS から見つけるか、-Authoritative) とすべての -DnsServer に _vlmcs._tcp.<domain> を問い合わせ、登録されていないホストと、あるべきでないレコード (古いホスト、想定外のホスト、エイリアス) を報告します。

        出力は次の順です: 問い合わせたドメインと DNS サーバーごとに KmsDoctor.PublicationResult (Domain、Server、Authoritative、Status、Records、Missing、Unexpected)、検出事項ごとに KmsDoctor.Finding、最後に KmsDoctor.PublicationReport (集計。上記すべてを保持します)。`Select-Object -Last 1` で実行全体を 1 つのオブジェクトに保持できます。検出事項は警告ではなくオブジェクトです。エラーは実行できなかった場合にのみ使います (about_KmsDoctor を参照してください)。'
    Parameters  = @{
        ComputerName = '発行するはずの KMS ホスト (FQDN または FQDN:PORT。SRV レコードに入る名前)。--host として渡します。パイプラインから値とプロパティ名でバインドします。'
        Domain = '発行するはずのドメイン。既定: ホスト自身のドメイン、その DnsDomainPublishList、イベントに記録されたドメイン (-SnapshotPath と -EventPath から)。'
        SnapshotPath = 'KMS ホストのスナップショット (ホストでの Get-KmsClientState、kmsdoctor collect)。'
        EventPath = 'イベント 12293/12294 を含むホストの Application ログのエクスポート (wevtutil XML、Get-WinEvent JSON、CSV)。'
        DnsServer = 'あわせて問い合わせるリゾルバー (IP または IP:PORT。たとえばすべてのドメイン コントローラー)。'
        Authoritative = 'ゾーンの権威サーバー (IP または IP:PORT)。既定: SOA と NS から見つけます。'
        ExpectHost = 'レコードを持つことが許されるホスト。既定: -ComputerName のホスト。'
        TimeoutMs = '各プローブの制限時間 (ミリ秒、既定 3000)。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1, '組み込みのラボ (`node dist/kmsdoctor.cjs lab --serve` がその DNS サーバーを表示します): kms01 は発行されています。kms02、kms-old、web01 は古いレコードです (検出事項 publication/stale-host)。') }
        @{ Remarks = @('kms01 の DnsDomainPublishList のすべてのドメインを、その権威サーバーと両方のドメイン コントローラーで、12293/12294 の履歴とともにチェックします。') }
        @{ Remarks = @('レコードが登録されていないのはどこか。') }
    )
}
