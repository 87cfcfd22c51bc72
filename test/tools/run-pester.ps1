<#
.SYNOPSIS
    Runs every Pester test under ps/ (ps/**/*.Tests.ps1) and ends with one line
    "PESTER passed=N failed=N", which test/run-all.sh adds to its closing count.

.DESCRIPTION
    Exits 0 when every test passed, 1 otherwise. A failed block (BeforeAll), a file that could
    not be loaded, no test discovered at all, or Pester itself not loading each count as failures,
    so a broken suite can never read as "0 failed".

.PARAMETER PesterModule
    Path to Pester.psd1 (test/run-all.sh restores Pester 5.7.1 from NuGet and passes its
    tools/Pester.psd1). Without it, the newest installed Pester 5 is imported.

.PARAMETER Path
    Folders or files to run (default: the repository's ps/ folder).

.EXAMPLE
    pwsh -NoProfile -NonInteractive -File test/tools/run-pester.ps1 -PesterModule .tmp/nuget/pester/5.7.1/tools/Pester.psd1
#>
[CmdletBinding()]
param(
    [string] $PesterModule,
    [string[]] $Path = @((Join-Path (Split-Path -Parent (Split-Path -Parent $PSScriptRoot)) 'ps'))
)

$ErrorActionPreference = 'Stop'
# Plain text: the log is grepped, and CI shows no colours.
if (Get-Variable -Name PSStyle -ErrorAction SilentlyContinue) { $PSStyle.OutputRendering = 'PlainText' }

$passed = 0
$failed = 0
try {
    if ($PesterModule) {
        Import-Module -Name (Resolve-Path -LiteralPath $PesterModule).Path -Force
    } else {
        Import-Module -Name Pester -MinimumVersion 5.0 -Force
    }
    Write-Host "Pester $((Get-Module Pester).Version) on PowerShell $($PSVersionTable.PSVersion)"

    $config = New-PesterConfiguration
    $config.Run.Path = $Path
    $config.Run.PassThru = $true
    $config.Run.Exit = $false
    $config.Output.Verbosity = 'Detailed'
    $result = Invoke-Pester -Configuration $config

    $passed = [int] $result.PassedCount
    $failed = [int] $result.FailedCount + [int] $result.FailedBlocksCount + [int] $result.FailedContainersCount
    if ([int] $result.TotalCount -eq 0) {
        Write-Host '!! Pester discovered no tests; counting 1 failure'
        $failed++
    }
} catch {
    Write-Host "!! Pester could not run: $($_.Exception.Message)"
    $failed = [Math]::Max($failed, 1)
}

Write-Output "PESTER passed=$passed failed=$failed"
if ($failed -gt 0) { exit 1 }
exit 0
