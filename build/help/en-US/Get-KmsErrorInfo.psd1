# The English help of Get-KmsErrorInfo (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Explains an activation error code (0xC004F074, slmgr''s -1073418124, ...) or a finding id
        (tcp/kms-port-filtered, ...), offline: meaning, likely causes and the fix.'
    Description = 'Runs `kmsdoctor explain <code> --json`. A code emits a KmsDoctor.ErrorCodeInfo (Code,
        SymbolicName, SignedDecimal as $LASTEXITCODE shows it, Meaning, LikelyCauses, Remedies,
        Where it appears, RelatedFindings, Confidence); a finding id emits a KmsDoctor.FindingInfo
        with its full page. Codes are accepted as 0xC004F074, C004F074, 3221549172, -1073418124
        or a Win32 error number (9003 = 0x8007232B).

        Findings (RuleId) and events (HResult) bind from the pipeline by property name; all the
        codes of one call or pipeline are explained in one CLI run, in order. Without -Code, lists
        everything the catalog knows (-Kind Finding, Code or both). Among several codes, an
        unknown one is a non-terminating KmsDoctor.UnknownCode error naming it (the others are
        still explained); a single unknown code is a KmsDoctor.CliFailed error carrying the CLI''s
        advice.'
    Parameters  = @{
        Code = 'An error code or a finding id. Aliases RuleId, HResult.'
        Kind = 'Without -Code: list finding ids (Finding), error codes (Code), or both (default).'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Get-KmsErrorInfo 0xC004F074'
            Remarks = @(
                'Code            : 0xC004F074
                SymbolicName    : SL_E_VL_BINDING_SERVICE_UNAVAILABLE
                SignedDecimal   : -1073418124
                Meaning         : No KMS host could be contacted. ...
                ...'
            )
        }
        @{
            Code    = 'Get-KmsErrorInfo -Code $LASTEXITCODE'
            Remarks = @(
                'After `cscript slmgr.vbs /ato` failed: what its exit code means.'
            )
        }
        @{
            Code    = 'Test-KmsConnectivity -Domain contoso.com | Where-Object RuleId | Get-KmsErrorInfo | Select-Object RuleId, Page'
            Remarks = @(
                'The full page of every finding of a run.'
            )
        }
        @{
            Code    = 'Get-KmsErrorInfo -Kind Code | Format-Table Code, SymbolicName'
            Remarks = @(
                'Every activation error code the catalog knows.'
            )
        }
    )
    Links       = @('about_KmsDoctor')
}
