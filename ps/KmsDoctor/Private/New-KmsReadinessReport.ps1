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

    $summary = $Report.summary
    [pscustomobject]@{
        PSTypeName    = 'KmsDoctor.ReadinessReport'
        Verdict       = [string] (Get-KmsOptionalProperty $summary 'verdict')
        Pass          = [int] (Get-KmsOptionalProperty $summary 'pass')
        Warn          = [int] (Get-KmsOptionalProperty $summary 'warn')
        Fail          = [int] (Get-KmsOptionalProperty $summary 'fail')
        NotRun        = [int] (Get-KmsOptionalProperty $summary 'notRun')
        Checks        = $Check
        Summary       = ConvertTo-KmsDoctorObject $summary
        SchemaVersion = [int] (Get-KmsOptionalProperty $Report 'schemaVersion')
    }
}
