<#
    The choke point itself, not mocked: it runs small stand-in CLIs (node scripts written to
    TestDrive and named by $env:KMSDOCTOR_CLI) that misbehave in each way the module must handle.
#>

BeforeDiscovery {
    # -Skip is decided at discovery, before BeforeAll runs.
    $script:HasNode = [bool] (Get-Command node -CommandType Application -ErrorAction SilentlyContinue)
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:SavedCli = $env:KMSDOCTOR_CLI

    # A stand-in CLI: prints $Stdout, $Stderr and exits with $ExitCode.
    function New-FakeCli([string] $Name, [string] $Stdout = '', [string] $Stderr = '', [int] $ExitCode = 0) {
        $path = Join-Path $TestDrive "$Name.js"
        $script = 'process.stdout.write({0}); process.stderr.write({1}); process.exitCode = {2};' -f (ConvertTo-Json $Stdout), (ConvertTo-Json $Stderr), $ExitCode
        Set-Content -LiteralPath $path -Value $script -Encoding UTF8
        $path
    }

    # Calls the private choke point with a real $PSCmdlet, as a public cmdlet does.
    function Invoke-Choke {
        [CmdletBinding()]
        param([string[]] $Argument, [string] $Output = 'Json', [switch] $NoOutputFlag)
        # Preference variables do not flow into a module's scope, so -Verbose is passed on explicitly.
        $verbose = $VerbosePreference -eq 'Continue'
        & (Get-Module KmsDoctor) { param($a, $o, $c, $v, $n) Invoke-KmsDoctorCli -Argument $a -Output $o -Caller $c -Verbose:$v -NoOutputFlag:$n } $Argument $Output $PSCmdlet $verbose $NoOutputFlag.IsPresent
    }
}

AfterAll {
    $env:KMSDOCTOR_CLI = $script:SavedCli
}

Describe 'Invoke-KmsDoctorCli: exit codes and output' -Tag Unit {
    AfterEach {
        $env:KMSDOCTOR_CLI = $script:SavedCli
    }

    It 'turns exit code 2 into a non-terminating KmsDoctor.CliFailed error carrying the CLI''s stderr line' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = New-FakeCli 'exit2' -Stderr "kmsdoctor: --port must be 1-65535, not 70000`n" -ExitCode 2
        $out = Test-KmsPort kms01 -Port 1688 -ErrorVariable failed -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.CliFailed,Test-KmsPort'
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
        $failed[0].Exception.Message | Should -Be 'kmsdoctor: --port must be 1-65535, not 70000'
        { Test-KmsPort kms01 -ErrorAction Stop } | Should -Throw -ErrorId 'KmsDoctor.CliFailed,Test-KmsPort'
    }

    It 'treats exit code 1 (findings) as a successful run' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = New-FakeCli 'exit1' -Stdout (Get-CliFixture 'explain-code.json' -Raw) -ExitCode 1
        $info = Get-KmsErrorInfo 0xC004F074 -ErrorVariable failed
        $failed.Count | Should -Be 0
        $info.Code | Should -Be '0xC004F074'
    }

    It 'reports another exit code (a crash) with the code' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = New-FakeCli 'crash' -Stderr "Segmentation fault`n" -ExitCode 139
        Get-KmsErrorInfo 0x1 -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.CliFailed,Get-KmsErrorInfo'
        $failed[0].Exception.Message | Should -Be 'kmsdoctor exited with code 139: Segmentation fault'
    }

    It 'turns output that is not JSON into KmsDoctor.BadCliOutput' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = New-FakeCli 'garbage' -Stdout "Hello, world`n"
        $out = Get-KmsErrorInfo 0x1 -ErrorVariable failed -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.BadCliOutput,Get-KmsErrorInfo'
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidResult'
        $failed[0].Exception | Should -BeOfType [System.IO.InvalidDataException]
        # Only our record: no exception noise from the parser in -ErrorVariable.
        $failed.Count | Should -Be 1
    }

    It 'reports an NDJSON line that is not JSON and still uses the good ones' -Skip:(-not $HasNode) {
        $lines = (Get-CliFixture 'rpc-lab.ndjson' -Raw) -split "`n"
        $text = (@($lines[0], 'not json at all') + $lines[1..($lines.Count - 1)]) -join "`n"
        $env:KMSDOCTOR_CLI = New-FakeCli 'badline' -Stdout $text -ExitCode 1
        $binds = @(Test-KmsRpcEndpoint kms01 -ErrorVariable failed -ErrorAction SilentlyContinue)
        $binds.Count | Should -Be 4
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.BadCliOutput,Test-KmsRpcEndpoint'
        $failed[0].TargetObject | Should -Be 'not json at all'
    }

    It 'treats an NDJSON stream without its summary line as a run that did not finish' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = New-FakeCli 'cut' -Stdout (((Get-CliFixture 'srv-lab.ndjson' -Raw) -split "`n")[0] + "`n") -ExitCode 1
        @(Get-KmsSrvRecord lab.kms-doctor.test -ErrorAction SilentlyContinue).Count | Should -Be 0
    }

    It 'is a terminating KmsDoctor.CliNotFound when node is missing' {
        Mock Get-Command -ModuleName KmsDoctor -ParameterFilter { $Name -eq 'node' } { }
        $thrown = { Get-KmsErrorInfo 0xC004F074 } | Should -Throw -ErrorId 'KmsDoctor.CliNotFound,Get-KmsErrorInfo' -PassThru
        $thrown.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $thrown.Exception.Message | Should -Match 'node'
    }

    It 'is a terminating KmsDoctor.CliNotFound when the CLI is missing' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = Join-Path $TestDrive 'no-such-main.js'
        { Get-KmsErrorInfo 0xC004F074 } | Should -Throw -ErrorId 'KmsDoctor.CliNotFound,Get-KmsErrorInfo'
    }
}

Describe 'Invoke-KmsDoctorCli: the native call' -Tag Unit {
    BeforeAll {
        # Echoes its arguments (after the script path) as JSON.
        $script:EchoCli = Join-Path $TestDrive 'echo.js'
        Set-Content -LiteralPath $EchoCli -Encoding UTF8 -Value 'process.stdout.write(JSON.stringify({ argv: process.argv.slice(2) }) + "\n");'
    }
    AfterEach {
        $env:KMSDOCTOR_CLI = $script:SavedCli
    }

    It 'passes an argument array, word for word, with the output flag after the command name' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = $EchoCli
        $words = @('analyze', 'C:\My Files\dlv.txt', "it's", '--', '-1073418124')
        (Invoke-Choke -Argument $words).argv | Should -Be @('analyze', '--json', 'C:\My Files\dlv.txt', "it's", '--', '-1073418124')
        (Invoke-Choke -Argument @('srv', 'contoso.com') -Output Ndjson).argv | Should -Be @('srv', '--ndjson', 'contoso.com')
    }

    It 'adds no output flag with -NoOutputFlag (readiness --format json) and returns $true for -Output None' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = $EchoCli
        (Invoke-Choke -Argument @('readiness', '--domain', 'contoso.com', '--format', 'json') -NoOutputFlag).argv | Should -Be @('readiness', '--domain', 'contoso.com', '--format', 'json')
        Invoke-Choke -Argument @('readiness', '--format', 'html', '--out', 'r.html') -Output None | Should -BeTrue
    }

    It 'decodes the CLI''s output as UTF-8 whatever the console encoding, and restores that encoding' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = $EchoCli
        $saved = [Console]::OutputEncoding
        try {
            [Console]::OutputEncoding = [System.Text.Encoding]::GetEncoding('iso-8859-1')
            (Invoke-Choke -Argument @('explain', 'ライセンスの状態', 'Ünïcødé')).argv | Should -Be @('explain', '--json', 'ライセンスの状態', 'Ünïcødé')
            [Console]::OutputEncoding.WebName | Should -Be 'iso-8859-1'
        } finally {
            [Console]::OutputEncoding = $saved
        }
    }

    It 'passes words with embedded quotes and trailing backslashes intact under legacy argument passing (Windows PowerShell 5.1)' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = $EchoCli
        $words = @('explain', 'say "hi"', 'a"b', 'C:\My Files\', 'x\"y', 'plain')
        $saved = Get-Variable -Name PSNativeCommandArgumentPassing -Scope Global -ValueOnly -ErrorAction SilentlyContinue
        try {
            $global:PSNativeCommandArgumentPassing = 'Legacy'
            (Invoke-Choke -Argument $words).argv | Should -Be @('explain', '--json', 'say "hi"', 'a"b', 'C:\My Files\', 'x\"y', 'plain')
        } finally {
            $global:PSNativeCommandArgumentPassing = $saved
        }
        # And the same words unescaped where PowerShell escapes by itself.
        (Invoke-Choke -Argument $words).argv | Should -Be @('explain', '--json', 'say "hi"', 'a"b', 'C:\My Files\', 'x\"y', 'plain')
    }

    It 'escapes for legacy passing the way the C runtime reads a command line back' {
        $escape = { param($w, $mode) & (Get-Module KmsDoctor) { param($x, $m) ConvertTo-KmsNativeArgument -Argument $x -Mode $m } $w $mode }
        $words = @('say "hi"', 'a"b', 'C:\My Files\', 'x\"y', '', 'plain')
        # 5.1 wraps 'C:\My Files\' in quotes without doubling its last backslash; PowerShell 7's legacy mode doubles it.
        & $escape $words 'WindowsPowerShell' | Should -Be @('say \"hi\"', 'a\"b', 'C:\My Files\\', 'x\\\"y', '""', 'plain')
        & $escape $words 'Legacy' | Should -Be @('say \"hi\"', 'a\"b', 'C:\My Files\', 'x\\\"y', '""', 'plain')
        & $escape @('say "hi"') 'Standard' | Should -Be 'say "hi"'
    }

    It 'leaves the CLI''s stderr lines out of $Error' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = New-FakeCli 'chatty' -Stdout '{"ok":true}' -Stderr "kmsdoctor: a note on stderr`nand another`n"
        $Error.Clear()
        (Invoke-Choke -Argument @('explain')).ok | Should -BeTrue
        @($Error | Where-Object { "$_" -match 'a note on stderr|and another' }).Count | Should -Be 0
    }

    It 'writes each run''s timing on the debug stream' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = $EchoCli
        $debug = @(Get-KmsProduct -Debug 5>&1 | Where-Object { $_ -is [System.Management.Automation.DebugRecord] })
        $debug.Count | Should -Be 1
        $debug[0].Message | Should -Match '^\[kmsdoctor\] activate-probe: \d+ ms, exit code 0'
    }

    It 'shows the exact CLI call on the verbose stream' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = $EchoCli
        $verbose = Invoke-Choke -Argument @('srv', 'two words') -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $verbose[0].Message | Should -BeLike "*node* $EchoCli srv --json 'two words'"
        $verbose[1].Message | Should -Match 'exit code 0 after \d+ ms'
    }
}
