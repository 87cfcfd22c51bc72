function Save-KmsDoctorReportFile {
    <#
    .SYNOPSIS
        Runs a report command of the CLI (fleet, readiness) with --format and --out, and emits
        the written file as a FileInfo.
    .DESCRIPTION
        The path is resolved PowerShell's way first (node would resolve it against the process
        directory); a path that cannot be one is an error written through -Caller, and then
        nothing runs. The file is emitted only when the CLI ran and left it there, so a failed
        run does not hand the pipeline a stale file of an earlier run.
    #>
    [CmdletBinding()]
    [OutputType([System.IO.FileInfo])]
    param(
        [Parameter(Mandatory)] [string[]] $Argument,
        [Parameter(Mandatory)] [string] $OutFile,
        [Parameter(Mandatory)] [string] $Format,
        [Parameter(Mandatory)] [string] $Activity,
        [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Caller
    )

    $path = Resolve-KmsDoctorPath -Path $OutFile -Caller $Caller
    if (-not $path) { return }
    $ran = Invoke-KmsDoctorCli -Argument ($Argument + @('--format', $Format, '--out', $path)) -Output None -Caller $Caller -Activity $Activity
    if ($ran -and (Test-Path -LiteralPath $path -PathType Leaf)) { Get-Item -LiteralPath $path }
}
