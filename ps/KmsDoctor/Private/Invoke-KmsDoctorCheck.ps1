function Invoke-KmsDoctorCheck {
    <#
    .SYNOPSIS
        Runs a network command (connectivity, srv, port, rpc, analyze) in NDJSON mode and gathers
        the stream into one hashtable: Results (probe results), Targets, Findings, Report.
    .DESCRIPTION
        Returns $null when the CLI could not run (the error was already written for the caller).
        NDJSON rather than --json so Invoke-KmsDoctorCli can show progress while probes run.
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)] [string[]] $Argument,
        [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Caller,
        [string] $Activity = 'kmsdoctor'
    )

    $check = @{
        Results  = New-Object System.Collections.Generic.List[object]
        Targets  = New-Object System.Collections.Generic.List[object]
        Findings = New-Object System.Collections.Generic.List[object]
        Report   = $null
    }
    foreach ($line in @(Invoke-KmsDoctorCli -Argument $Argument -Output Ndjson -Caller $Caller -Activity $Activity)) {
        switch ([string] $line.type) {
            'result' { $check.Results.Add($line.result) }
            'target' { $check.Targets.Add($line.target) }
            'finding' { $check.Findings.Add($line.finding) }
            'summary' { $check.Report = $line.report }
        }
    }
    # Every run ends with a summary line; without it the stream is incomplete (the CLI died).
    if ($null -eq $check.Report) { return $null }
    $check
}
