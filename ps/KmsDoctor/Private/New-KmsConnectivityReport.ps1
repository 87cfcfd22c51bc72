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
    [pscustomobject]@{
        PSTypeName      = 'KmsDoctor.ConnectivityReport'
        Command         = [string] $report.command
        # pass/fail at the CLI's --fail-on level (error by default), as its exit code says.
        Passed          = ([string] $summary.verdict -eq 'pass')
        Errors          = [int] $summary.errors
        Warnings        = [int] $summary.warnings
        Infos           = [int] $summary.infos
        Probes          = [int] $summary.probes
        StartedAt       = ConvertTo-KmsDoctorDate $report.startedAt
        DurationMs      = [double] $report.durationMs
        DnsServers      = [string[]] @($report.dnsServers)
        DnsServerSource = [string] $report.dnsServerSource
        Results         = $Result
        Findings        = $Finding
        Input           = ConvertTo-KmsDoctorObject $report.input
        Client          = ConvertTo-KmsDoctorObject $report.client
        Discovery       = ConvertTo-KmsDoctorObject $report.discovery
        Activation      = $activation
        Summary         = ConvertTo-KmsDoctorObject $summary
        ProbeResults    = ConvertTo-KmsDoctorObject $Check.Results.ToArray()
        ToolVersion     = [string] $report.tool.version
        SchemaVersion   = [int] $report.schemaVersion
    }
}
