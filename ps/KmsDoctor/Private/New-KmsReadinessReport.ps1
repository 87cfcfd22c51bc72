function New-KmsReadinessReport {
    <#
    .SYNOPSIS
        The KmsDoctor.ReadinessReport summary object of one `kmsdoctor readiness` run: counts per
        state, the verdict and every ReadinessCheck.
    .NOTES
        Verdict is the worst state among the checks that ran (pass, warn or fail): the report's
        summary.worstCheck. Its summary.verdict is pass/fail against --fail-on, as for every command;
        Passed says that. A report without worstCheck (an older CLI) had the state in verdict.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.ReadinessReport')]
    param(
        [Parameter(Mandatory)] [psobject] $Report,
        [AllowEmptyCollection()] [object[]] $Check = @()
    )

    $summary = $Report.summary
    $worst = Get-KmsOptionalProperty $summary 'worstCheck'
    if ($null -eq $worst) { $worst = Get-KmsOptionalProperty $summary 'verdict' }
    [pscustomobject]@{
        PSTypeName    = 'KmsDoctor.ReadinessReport'
        Verdict       = [string] $worst
        Passed        = ([string] (Get-KmsOptionalProperty $summary 'verdict') -eq 'pass')
        Pass          = [int] (Get-KmsOptionalProperty $summary 'pass')
        Warn          = [int] (Get-KmsOptionalProperty $summary 'warn')
        Fail          = [int] (Get-KmsOptionalProperty $summary 'fail')
        NotRun        = [int] (Get-KmsOptionalProperty $summary 'notRun')
        Checks        = $Check
        Summary       = ConvertTo-KmsDoctorObject $summary
        SchemaVersion = [int] (Get-KmsOptionalProperty $Report 'schemaVersion')
    }
}
