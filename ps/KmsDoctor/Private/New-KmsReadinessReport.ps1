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
    # The verdict an admin reads is the worst check state; Passed is the CLI's pass/fail against --fail-on.
    $worst = Get-KmsOptionalProperty $summary 'worstCheck'
    if ($null -eq $worst) { $worst = Get-KmsOptionalProperty $summary 'verdict' }
    ConvertTo-KmsTypedObject -InputObject $Report -TypeName 'KmsDoctor.ReadinessReport' -Property @(
        [ordered]@{ Verdict = [string] $worst; Passed = ([string] (Get-KmsOptionalProperty $summary 'verdict') -eq 'pass') }
        'Pass=summary.pass:int', 'Warn=summary.warn:int', 'Fail=summary.fail:int', 'NotRun=summary.notRun:int'
        @{ Checks = $Check }
        'Summary:object', 'SchemaVersion:int'
    )
}
