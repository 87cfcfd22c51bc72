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
        return ConvertTo-KmsTypedObject -InputObject $Entry -TypeName 'KmsDoctor.FindingInfo' -Property @(
            'RuleId:string', 'Severity:string', 'Title:string', 'Summary:string'
            @{ Page = $page }
        )
    }
    $code = [string] $Entry.code
    ConvertTo-KmsTypedObject -InputObject $Entry -TypeName 'KmsDoctor.ErrorCodeInfo' -Property @(
        @{ Code = $code }
        'SymbolicName'
        # What slmgr's exit code / $LASTEXITCODE shows for it (ToInt32 with base 16 is two's complement).
        @{ SignedDecimal = [System.Convert]::ToInt32($code.Substring(2), 16) }
        'Decimal', 'Meaning:string'
        'LikelyCauses:strings', 'Remedies:strings', 'Where:strings', 'RelatedFindings:strings', 'Sources:strings'
        'Confidence:string', 'Notes:strings'
    )
}
