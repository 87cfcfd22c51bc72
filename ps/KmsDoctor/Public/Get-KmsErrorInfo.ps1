function Get-KmsErrorInfo {
    <#
    .SYNOPSIS
        Explains an activation error code (0xC004F074, slmgr's -1073418124, ...) or a finding id
        (tcp/kms-port-filtered, ...), offline: meaning, likely causes and the fix.

    .DESCRIPTION
        Runs `kmsdoctor explain <code> --json`. A code emits a KmsDoctor.ErrorCodeInfo (Code,
        SymbolicName, SignedDecimal as $LASTEXITCODE shows it, Meaning, LikelyCauses, Remedies,
        Where it appears, RelatedFindings, Confidence); a finding id emits a KmsDoctor.FindingInfo
        with its full page. Codes are accepted as 0xC004F074, C004F074, 3221549172, -1073418124
        or a Win32 error number (9003 = 0x8007232B).

        Findings (RuleId) and events (HResult) bind from the pipeline by property name; all the
        codes of one call or pipeline are explained in one CLI run, in order. Without -Code, lists
        everything the catalog knows (-Kind Finding, Code or both). Among several codes, an
        unknown one is a non-terminating KmsDoctor.UnknownCode error naming it (the others are
        still explained); a single unknown code is a KmsDoctor.CliFailed error carrying the CLI's
        advice.

    .PARAMETER Code
        An error code or a finding id. Aliases RuleId, HResult.

    .PARAMETER Kind
        Without -Code: list finding ids (Finding), error codes (Code), or both (default).

    .PARAMETER Language
        The language of the messages, errors and warnings, and of the findings' titles,
        messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: ja when
        $PSUICulture is ja-JP, else en.

    .EXAMPLE
        PS> Get-KmsErrorInfo 0xC004F074

        Code            : 0xC004F074
        SymbolicName    : SL_E_VL_BINDING_SERVICE_UNAVAILABLE
        SignedDecimal   : -1073418124
        Meaning         : No KMS host could be contacted. ...
        ...

    .EXAMPLE
        PS> Get-KmsErrorInfo -Code $LASTEXITCODE

        After `cscript slmgr.vbs /ato` failed: what its exit code means.

    .EXAMPLE
        PS> Test-KmsConnectivity -Domain contoso.com | Where-Object RuleId | Get-KmsErrorInfo | Select-Object RuleId, Page

        The full page of every finding of a run.

    .EXAMPLE
        PS> Get-KmsErrorInfo -Kind Code | Format-Table Code, SymbolicName

        Every activation error code the catalog knows.

    .LINK
        about_KmsDoctor
    #>
    [CmdletBinding(DefaultParameterSetName = 'List')]
    [OutputType('KmsDoctor.ErrorCodeInfo', 'KmsDoctor.FindingInfo')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName, ParameterSetName = 'Code')]
        [Alias('RuleId', 'HResult')]
        [ValidateNotNullOrEmpty()]
        [string[]] $Code,

        [Parameter(ParameterSetName = 'List')]
        [ValidateSet('Finding', 'Code')]
        [string[]] $Kind = @('Finding', 'Code'),

        [ValidateSet('en', 'ja')] [string] $Language
    )

    begin {
        $codes = New-Object System.Collections.Generic.List[string]
    }
    process {
        if ($PSCmdlet.ParameterSetName -eq 'List') { return }
        foreach ($item in $Code) { if ($item) { $codes.Add($item) } }
    }
    end {
        if ($PSCmdlet.ParameterSetName -eq 'Code') {
            if ($codes.Count -eq 0) { return }
            # One CLI run for every code of the pipeline; `--` keeps slmgr's negative exit codes
            # from reading as options.
            $entries = @(Invoke-KmsDoctorCli -Argument (@('explain', '--') + $codes.ToArray()) -Output Json -Caller $PSCmdlet)
            foreach ($entry in $entries) {
                if ($null -eq $entry) { continue }
                if ($entry.kind -eq 'unknown') {
                    $PSCmdlet.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.UnknownCode' -Category ObjectNotFound -TargetObject ([string] $entry.id) -Message ([string] $entry.message)))
                    continue
                }
                New-KmsErrorInfo -Entry $entry
            }
            return
        }
        if ($Kind -contains 'Finding') {
            foreach ($entry in @(Invoke-KmsDoctorCli -Argument @('explain') -Output Json -Caller $PSCmdlet)) { if ($null -ne $entry) { New-KmsErrorInfo -Entry $entry } }
        }
        if ($Kind -contains 'Code') {
            foreach ($entry in @(Invoke-KmsDoctorCli -Argument @('explain', '--codes') -Output Json -Caller $PSCmdlet)) { if ($null -ne $entry) { New-KmsErrorInfo -Entry $entry } }
        }
    }
}
