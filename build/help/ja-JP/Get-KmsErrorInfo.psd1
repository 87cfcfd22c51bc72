# Get-Help の日本語 (ja-JP/KmsDoctor-help.xml) の元です。例の Remarks の数字は、英語の同じ例の段落 (出力例) をそのまま使うことを表します。
@{
    Synopsis    = 'ライセンス認証のエラー コード (0xC004F074、slmgr の -1073418124 など) や検出事項 ID (tcp/kms-port-filtered など) を、オフラインで説明します: 意味、考えられる原因、対処方法。'
    Description = '`kmsdoctor explain <code> --json` を実行します。コードに対しては KmsDoctor.ErrorCodeInfo (Code、SymbolicName、$LASTEXITCODE で表示される SignedDecimal、Meaning、LikelyCauses、Remedies、Where (表示される場所)、RelatedFindings、Confidence) を、検出事項 ID に対しては完全なページを持つ KmsDoctor.FindingInfo を出力します。コードは 0xC004F074、C004F074、3221549172、-1073418124、または Win32 のエラー番号 (9003 = 0x8007232B) の形式で指定できます。

        検出事項 (RuleId) とイベント (HResult) はパイプラインからプロパティ名でバインドされます。1 回の呼び出しまたはパイプラインのすべてのコードを、1 回の CLI の実行で順に説明します。-Code を指定しない場合は、カタログにあるものをすべて一覧表示します (-Kind Finding、Code、または両方)。複数のコードのうち不明なものは、そのコードを示す終了しないエラー KmsDoctor.UnknownCode になります (ほかのコードは引き続き説明します)。不明なコードが 1 つだけの場合は、CLI の助言を含む KmsDoctor.CliFailed エラーになります。'
    Parameters  = @{
        Code = 'エラー コードまたは検出事項 ID。エイリアスは RuleId、HResult です。'
        Kind = '-Code を指定しない場合: 検出事項 ID (Finding)、エラー コード (Code)、または両方 (既定) を一覧表示します。'
        Language = 'モジュール自身のメッセージ、エラー、警告と、kmsdoctor が書く検出事項のタイトル、メッセージ、対処方法の言語: en (英語) または ja (日本語)。既定では、環境変数 KMSDOCTOR_LANG が en または ja ならその言語、そうでなければ $PSUICulture が ja-JP のとき ja、それ以外は en です。'
    }
    Examples    = @(
        @{ Remarks = @(1) }
        @{ Remarks = @('`cscript slmgr.vbs /ato` が失敗した後で: その終了コードの意味。') }
        @{ Remarks = @('1 回の実行のすべての検出事項について、完全なページを表示します。') }
        @{ Remarks = @('カタログにあるライセンス認証のエラー コードをすべて表示します。') }
    )
}
