function New-KmsFinding {
    <#
    .SYNOPSIS
        A report finding as a KmsDoctor.Finding object.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.Finding')]
    param([Parameter(Mandatory)] [psobject] $Finding)

    [pscustomobject]@{
        PSTypeName = 'KmsDoctor.Finding'
        RuleId     = [string] $Finding.ruleId
        Severity   = [string] $Finding.severity
        Title      = [string] $Finding.title
        Message    = [string] $Finding.message
        # Not every finding is about one host (e.g. kms/no-usable-host): then $null.
        Target     = $Finding.target
        Remedy     = [string[]] @($Finding.remedy)
        Docs       = [string] $Finding.docs
        Evidence   = ConvertTo-KmsDoctorObject $Finding.evidence
    }
}
