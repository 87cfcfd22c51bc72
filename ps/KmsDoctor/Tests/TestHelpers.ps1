# Dot-sourced in BeforeAll by every *.Tests.ps1 here: imports the module and gives the tests the
# recorded CLI output (test/fixtures/cli-output, written by test/tools/record-cli-output.ts).

$script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../../..')).Path
$script:FixtureDir = Join-Path $RepoRoot 'test/fixtures/cli-output'
$script:SamplesDir = Join-Path $RepoRoot 'samples'
Import-Module (Join-Path $PSScriptRoot '../KmsDoctor.psd1') -Force

# The tests that run the real CLI clear $env:KMSDOCTOR_CLI, so the module finds the built CLI
# itself, and put back afterwards what the run had set (a developer's own CLI, another test's fake).
function Use-BuiltCli {
    $script:SavedCliSetting = $env:KMSDOCTOR_CLI
    $env:KMSDOCTOR_CLI = $null
}

function Restore-CliSetting {
    $env:KMSDOCTOR_CLI = $script:SavedCliSetting
}

# A check cmdlet's output is its results, then its findings, then its report as the last object:
# nothing else, nothing out of order.
function Assert-ResultsFindingsReport {
    param([object[]] $All, [object[]] $Result, [object[]] $Finding, [string] $ReportType)
    $All.Count | Should -Be ($Result.Count + $Finding.Count + 1)
    $All[-1].PSObject.TypeNames[0] | Should -Be $ReportType
    [array]::IndexOf($All, $Finding[0]) | Should -BeGreaterThan ([array]::IndexOf($All, $Result[-1]))
}

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

# A cmdlet that reads this machine (event log, licensing state) and is given no -Path to read
# instead writes KmsDoctor.NeedsWindows where it runs off Windows, as the tests do.
function Assert-NeedsWindowsWithoutPath {
    param([Parameter(Mandatory)] [string] $CommandName)
    & $CommandName -ErrorVariable failed -ErrorAction SilentlyContinue
    $failed[0].FullyQualifiedErrorId | Should -Be "KmsDoctor.NeedsWindows,$CommandName"
}

# A cmdlet given one bad input among good ones writes exactly one error for it (and goes on with
# the others): checks that error's id, category and target, each where the test names one.
function Assert-OneBadInput {
    param([Parameter(Mandatory)] [AllowEmptyCollection()] [object[]] $Errors, [string] $ErrorId, [string] $Category, [object] $Target)
    $Errors.Count | Should -Be 1
    if ($ErrorId) { $Errors[0].FullyQualifiedErrorId | Should -Be $ErrorId }
    if ($Category) { $Errors[0].CategoryInfo.Category | Should -Be $Category }
    if ($PSBoundParameters.ContainsKey('Target')) { $Errors[0].TargetObject | Should -Be $Target }
}

# Answers the module's CLI runs with a recorded run (Get-CliFixture): every run, or with -When
# only those whose arguments it matches, so a cmdlet's tests read real output without node.
function Set-CliFixtureMock {
    param([Parameter(Mandatory)] [string] $Name, [scriptblock] $When)
    # A closure sees only global commands, so it calls Get-CliFixture through a reference to it.
    $getFixture = Get-Command Get-CliFixture -CommandType Function
    $answer = { & $getFixture -Name $Name }.GetNewClosure()
    if ($When) { Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor -ParameterFilter $When $answer }
    else { Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor $answer }
}

# Each named property of the object is its expected value (Should -Be), a failure naming the
# property: the field-by-field checks of one result read as a table.
function Assert-PropertyValue {
    param([Parameter(Mandatory)] [AllowNull()] $InputObject, [Parameter(Mandatory)] [System.Collections.IDictionary] $Expected)
    foreach ($name in $Expected.Keys) {
        $InputObject.$name | Should -Be $Expected[$name] -Because "it is the $name"
    }
}

# Objects of one PSTypeName out of a mixed output.
function Select-KmsType {
    param([Parameter(Mandatory)] [string] $TypeName, [Parameter(ValueFromPipeline)] $InputObject)
    process { if ($null -ne $InputObject -and $InputObject.PSObject.TypeNames[0] -eq $TypeName) { $InputObject } }
}

# Starts a TypeScript test server (`node --import tsx <Script>` in the repository root) in the
# background and waits for its first stdout line matching -Pattern. Returns Process, Line (the
# match), Out and Err (the files its output goes to). Stop it with Stop-KmsTestServer.
function Start-KmsTestServer {
    param(
        [Parameter(Mandatory)] [string] $Script,
        [Parameter(Mandatory)] [string] $Pattern,
        [string[]] $ArgumentList = @(),
        [int] $TimeoutSeconds = 60
    )
    $node = (Get-Command node -CommandType Application | Select-Object -First 1).Source
    $id = [guid]::NewGuid().ToString('N')
    $out = Join-Path ([System.IO.Path]::GetTempPath()) "kmsd-server-$id.out"
    $err = Join-Path ([System.IO.Path]::GetTempPath()) "kmsd-server-$id.err"
    $process = Start-Process -FilePath $node -ArgumentList (@('--import', 'tsx', $Script) + $ArgumentList) -WorkingDirectory $script:RepoRoot `
        -RedirectStandardOutput $out -RedirectStandardError $err -PassThru
    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    $line = $null
    while (-not $line -and [DateTime]::UtcNow -lt $deadline -and -not $process.HasExited) {
        Start-Sleep -Milliseconds 100
        $line = Get-Content -LiteralPath $out -ErrorAction SilentlyContinue | Where-Object { $_ -match $Pattern } | Select-Object -First 1
    }
    $server = [pscustomobject]@{ Process = $process; Line = $line; Out = $out; Err = $err }
    if (-not $line) {
        $why = '{0} {1}' -f (Get-Content -Raw -LiteralPath $out -ErrorAction SilentlyContinue), (Get-Content -Raw -LiteralPath $err -ErrorAction SilentlyContinue)
        Stop-KmsTestServer -Server $server
        throw "$Script did not print a line matching '$Pattern' within $TimeoutSeconds s: $why"
    }
    $server
}

# Stops a server of Start-KmsTestServer by its PID: SIGTERM where there is `kill` (so the server
# cleans up: namespaces, named), then waits; killed outright only if it does not exit in time.
function Stop-KmsTestServer {
    param([Parameter(Mandatory)] [AllowNull()] [psobject] $Server, [int] $TimeoutMs = 20000)
    if ($null -eq $Server -or $null -eq $Server.Process) { return }
    $process = $Server.Process
    if (-not $process.HasExited) {
        $kill = Get-Command kill -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($kill) { & $kill.Source -TERM $process.Id } else { Stop-Process -Id $process.Id -ErrorAction SilentlyContinue }
        if (-not $process.WaitForExit($TimeoutMs)) {
            Stop-Process -Id $process.Id -Force -ErrorAction SilentlyContinue
            $process.WaitForExit(5000) | Out-Null
        }
    }
    foreach ($file in $Server.Out, $Server.Err) { Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue }
}
