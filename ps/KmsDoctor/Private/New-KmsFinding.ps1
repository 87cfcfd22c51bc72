function New-KmsFinding {
    <#
    .SYNOPSIS
        A report finding as a KmsDoctor.Finding object.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.Finding')]
    param([Parameter(Mandatory)] [psobject] $Finding)

    ConvertTo-KmsTypedObject -InputObject $Finding -TypeName 'KmsDoctor.Finding' -Property @(
        'RuleId:string', 'Severity:string', 'Title:string', 'Message:string'
        # Not every finding is about one host (e.g. kms/no-usable-host): then $null.
        'Target'
        'Remedy:strings', 'Docs:string', 'Evidence:object'
    )
}
