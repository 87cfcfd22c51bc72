function New-KmsReadinessReport {
    <#
    .SYNOPSIS
        The KmsDoctor.ReadinessReport summary object of one `kmsdoctor readiness` run: counts per
        state, the verdict and every ReadinessCheck.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.ReadinessReport')]
    param(
        [Parameter(Mandatory)] [psobject] $Report,
        [AllowEmptyCollection()] [object[]] $Check = @()
    )

    ConvertTo-KmsTypedObject -InputObject $Report -TypeName 'KmsDoctor.ReadinessReport' -Property @(
        'Verdict=summary.verdict:string'
        'Pass=summary.pass:int', 'Warn=summary.warn:int', 'Fail=summary.fail:int', 'NotRun=summary.notRun:int'
        @{ Checks = $Check }
        'Summary:object', 'SchemaVersion:int'
    )
}
