function New-KmsConnectivityReport {
    <#
    .SYNOPSIS
        The KmsDoctor.ConnectivityReport summary object of one run: counts, verdict and every
        ConnectivityResult and Finding of the run, plus the client section and raw probe results.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.ConnectivityReport')]
    param(
        [Parameter(Mandatory)] [hashtable] $Check,
        [AllowEmptyCollection()] [object[]] $Result = @(),
        [AllowEmptyCollection()] [object[]] $Finding = @()
    )

    $report = $Check.Report
    $summary = $report.summary
    # Present when --activation-request sent one request (to the first ready target).
    $activation = $null
    if ($null -ne $report.PSObject.Properties['activation'] -and $null -ne $report.activation) {
        $activationFindings = @($Finding | Where-Object { $null -ne $_ -and $_.RuleId -like 'activation/*' })
        $activation = New-KmsActivationProbeResult -Activation $report.activation -Finding $activationFindings
    }
    ConvertTo-KmsTypedObject -InputObject $report -TypeName 'KmsDoctor.ConnectivityReport' -Property @(
        'Command:string'
        # pass/fail at the CLI's --fail-on level (error by default), as its exit code says.
        @{ Passed = ([string] $summary.verdict -eq 'pass') }
        'Errors=summary.errors:int', 'Warnings=summary.warnings:int', 'Infos=summary.infos:int', 'Probes=summary.probes:int'
        'StartedAt:date', 'DurationMs:double', 'DnsServers:strings', 'DnsServerSource:string'
        [ordered]@{ Results = $Result; Findings = $Finding }
        'Input:object', 'Client:object', 'Discovery:object'
        @{ Activation = $activation }
        'Summary:object'
        @{ ProbeResults = ConvertTo-KmsDoctorObject $Check.Results.ToArray() }
        'ToolVersion=tool.version:string', 'SchemaVersion:int'
    )
}
