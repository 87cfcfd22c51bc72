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
    $read = {
        param($Object, [string] $Name)
        if ($null -eq $Object) { return $null }
        $property = $Object.PSObject.Properties[$Name]
        if ($null -eq $property) { return $null }
        $property.Value
    }
    [pscustomobject]@{
        PSTypeName    = 'KmsDoctor.ReadinessReport'
        Verdict       = [string] (& $read $summary 'verdict')
        Pass          = [int] (& $read $summary 'pass')
        Warn          = [int] (& $read $summary 'warn')
        Fail          = [int] (& $read $summary 'fail')
        NotRun        = [int] (& $read $summary 'notRun')
        Checks        = $Check
        Summary       = ConvertTo-KmsDoctorObject $summary
        SchemaVersion = [int] (& $read $Report 'schemaVersion')
    }
}
