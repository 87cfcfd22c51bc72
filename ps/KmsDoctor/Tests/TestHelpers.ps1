# Dot-sourced in BeforeAll by every *.Tests.ps1 here: imports the module and gives the tests the
# recorded CLI output (test/fixtures/cli-output, written by test/tools/record-cli-output.ts).

$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../../..')).Path
$script:FixtureDir = Join-Path $RepoRoot 'test/fixtures/cli-output'
$script:SamplesDir = Join-Path $RepoRoot 'samples'
Import-Module (Join-Path $PSScriptRoot '../KmsDoctor.psd1') -Force

# What Invoke-KmsDoctorCli returns for a recorded run: one object per NDJSON line, the parsed
# JSON, or (-Raw) the text; parsed by the module's own parser so the mock is exactly the real thing.
function Get-CliFixture {
    param([Parameter(Mandatory)] [string] $Name, [switch] $Raw)
    $text = [System.IO.File]::ReadAllText((Join-Path $script:FixtureDir $Name), [System.Text.Encoding]::UTF8)
    if ($Raw) { return $text }
    $module = Get-Module KmsDoctor
    if ($Name -like '*.ndjson') {
        foreach ($line in $text -split "`n") {
            if ($line.Trim()) { (& $module { param($l) ConvertFrom-KmsDoctorJson -Text $l } $line).Value }
        }
        return
    }
    # Through a variable, so an array is emitted item by item, as the choke point emits it.
    $parsed = (& $module { param($t) ConvertFrom-KmsDoctorJson -Text $t } $text).Value
    $parsed
}

# Objects of one PSTypeName out of a mixed output.
function Select-KmsType {
    param([Parameter(Mandatory)] [string] $TypeName, [Parameter(ValueFromPipeline)] $InputObject)
    process { if ($null -ne $InputObject -and $InputObject.PSObject.TypeNames[0] -eq $TypeName) { $InputObject } }
}
