function New-KmsReadinessCheck {
    <#
    .SYNOPSIS
        A `kmsdoctor readiness` check as a KmsDoctor.ReadinessCheck object.
    .DESCRIPTION
        State is pass, warn, fail or not-run. Evidence keeps the report's evidence as it is
        (finding ids and probe ids), mapped to PascalCase.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.ReadinessCheck')]
    param([Parameter(Mandatory)] [psobject] $Check)

    $evidence = $null
    if ($null -ne $Check.PSObject.Properties['evidence']) { $evidence = ConvertTo-KmsDoctorObject $Check.evidence }
    [pscustomobject]@{
        PSTypeName = 'KmsDoctor.ReadinessCheck'
        Id         = [string] $Check.id
        Name       = [string] $Check.title
        State      = [string] $Check.state
        Detail     = [string] $Check.detail
        Evidence   = $evidence
    }
}
