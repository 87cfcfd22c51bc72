function New-KmsErrorInfo {
    <#
    .SYNOPSIS
        An `explain --json` entry as a KmsDoctor.ErrorCodeInfo (an activation error code) or a
        KmsDoctor.FindingInfo (a finding id, with its page when one was asked for).
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.ErrorCodeInfo', 'KmsDoctor.FindingInfo')]
    param([Parameter(Mandatory)] [psobject] $Entry)

    if ($Entry.kind -eq 'finding') {
        $page = $null
        if ($null -ne $Entry.PSObject.Properties['page']) { $page = [string] $Entry.page }
        return [pscustomobject]@{
            PSTypeName = 'KmsDoctor.FindingInfo'
            RuleId     = [string] $Entry.ruleId
            Severity   = [string] $Entry.severity
            Title      = [string] $Entry.title
            Summary    = [string] $Entry.summary
            Page       = $page
        }
    }
    $code = [string] $Entry.code
    [pscustomobject]@{
        PSTypeName      = 'KmsDoctor.ErrorCodeInfo'
        Code            = $code
        SymbolicName    = $Entry.symbolicName
        # What slmgr's exit code / $LASTEXITCODE shows for it (ToInt32 with base 16 is two's complement).
        SignedDecimal   = [System.Convert]::ToInt32($code.Substring(2), 16)
        Decimal         = $Entry.decimal
        Meaning         = [string] $Entry.meaning
        LikelyCauses    = [string[]] @($Entry.likelyCauses)
        Remedies        = [string[]] @($Entry.remedies)
        Where           = [string[]] @($Entry.where)
        RelatedFindings = [string[]] @($Entry.relatedFindings)
        Sources         = [string[]] @($Entry.sources)
        Confidence      = [string] $Entry.confidence
        Notes           = [string[]] @($Entry.notes)
    }
}
