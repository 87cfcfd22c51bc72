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
    $read = {
        param($Object, [string] $Name)
        if ($null -eq $Object) { return $null }
        $property = $Object.PSObject.Properties[$Name]
        if ($null -eq $property) { return $null }
        $property.Value
    }
    $worst = & $read $summary 'worstCheck'
    if ($null -eq $worst) { $worst = & $read $summary 'verdict' }
    [pscustomobject]@{
        PSTypeName    = 'KmsDoctor.ReadinessReport'
        Verdict       = [string] $worst
        Passed        = ([string] (& $read $summary 'verdict') -eq 'pass')
        Pass          = [int] (& $read $summary 'pass')
        Warn          = [int] (& $read $summary 'warn')
        Fail          = [int] (& $read $summary 'fail')
        NotRun        = [int] (& $read $summary 'notRun')
        Checks        = $Check
        Summary       = ConvertTo-KmsDoctorObject $summary
        SchemaVersion = [int] (& $read $Report 'schemaVersion')
    }
}
