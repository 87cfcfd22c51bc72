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

    ConvertTo-KmsTypedObject -InputObject $Check -TypeName 'KmsDoctor.ReadinessCheck' -Property @(
        'Id:string', 'Name=title:string', 'State:string', 'Detail:string', 'Evidence:object'
    )
}
