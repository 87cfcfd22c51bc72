# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = 'すべての DNS サーバーからドメインの _vlmcs._tcp SRV レコードを取得し、各ターゲットを名前解決します。'
    Description = '`kmsdoctor srv` を実行します: 独自の DNS クライアントで各 DNS サーバーに _vlmcs._tcp.<domain> を問い合わせ (RCODE、権威、TTL を保持します)、すべてのターゲットを名前解決します。ターゲットごとに KmsDoctor.SrvRecord を 1 つ、クライアントが試す順序の 1 つで出力します (Rank。Share は、同じ優先度の中で最初に試される確率です)。NameTarget は Resolve-DnsName の SRV レコードと同じく Name を繰り返すため、レコードを Test-KmsPort と Test-KmsRpcEndpoint にパイプできます。

        各レコードには、そのホストについての CLI の検出事項が入ります (Findings: 古いレコード、名前解決できないターゲットなど)。どのサーバーもレコードを返さなかったドメインは、各サーバーの応答 (dns-nxdomain、dns-nodata など) を示す終了しないエラー (KmsDoctor.SrvRecordNotFound) になります。これは、存在しない名前を Resolve-DnsName が報告するのと同じです。問い合わせできなかった DNS サーバー (タイムアウト、拒否、到達不能、SERVFAIL) はレコードがないこととは区別し、KmsDoctor.DnsQueryFailed (ConnectionError または OperationTimeout) になります。ほかのサーバーが応答した場合も同様で、CLI の検出事項がメッセージと推奨される対処になります。'
    Parameters  = @{
        Domain = '問い合わせるドメイン (SRV の名前は _vlmcs._tcp.<domain>)。パイプラインからバインドします。'
        DnsServer = '問い合わせる DNS サーバー (IP または IP:PORT)。既定: このマシンのリゾルバー。'
        TimeoutMs = '各問い合わせの制限時間 (ミリ秒、既定 3000)。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1) }
        @{ Remarks = @('各 SRV レコードが示すポートを、そのレコードの各ホストでテストします。') }
        @{ Remarks = @('古いレコード: 名前解決できないターゲットを、2 台のドメイン コントローラーに問い合わせて調べます。') }
    )
}
