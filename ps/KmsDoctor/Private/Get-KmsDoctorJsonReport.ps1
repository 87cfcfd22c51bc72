function Get-KmsDoctorJsonReport {
    <#
    .SYNOPSIS
        Runs a report command of the CLI (fleet, readiness) with --format json and returns the
        parsed report, or $null when the run failed (its error already written through -Caller).
    .DESCRIPTION
        These commands choose their output with --format, not --json, hence -NoOutputFlag.
    #>
    [CmdletBinding()]
    [OutputType([psobject])]
    param(
        [Parameter(Mandatory)] [string[]] $Argument,
        [Parameter(Mandatory)] [string] $Activity,
        [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Caller
    )

    Invoke-KmsDoctorCli -Argument ($Argument + @('--format', 'json')) -Output Json -NoOutputFlag -Caller $Caller -Activity $Activity
}
