<#
    Unit tests of Test-KmsConnectivity: the CLI boundary (Invoke-KmsDoctorCli) is mocked with
    recorded output of the real CLI against the built-in lab.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'Test-KmsConnectivity' -Tag Unit {
    BeforeAll {
        Set-CliFixtureMock 'connectivity-lab.ndjson'
        Mock Test-KmsDoctorWindows -ModuleName KmsDoctor { $false }
        $script:all = @(Test-KmsConnectivity -Domain lab.kms-doctor.test -DnsServer 127.0.0.1:5353)
        $script:results = @($all | Select-KmsType 'KmsDoctor.ConnectivityResult')
        $script:findings = @($all | Select-KmsType 'KmsDoctor.Finding')
        $script:report = $all[-1]
    }

    It 'has the expected parameters' {
        $expected = 'ComputerName', 'Port', 'ClientState', 'Domain', 'DnsServer', 'TimeoutMs', 'SnapshotPath', 'DlvPath', 'SlmgrIniPath', 'EventPath', 'SkipSnapshot', 'ActivationRequest', 'Product', 'Language'
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
        $actual = (Get-Command Test-KmsConnectivity).Parameters.Keys | Where-Object { $_ -notin $common }
        Compare-Object -ReferenceObject $expected -DifferenceObject @($actual) | Should -BeNullOrEmpty
        (Get-Command Test-KmsConnectivity).Parameters['ComputerName'].Aliases | Should -Contain 'NameTarget'
        (Get-Command Test-KmsConnectivity).Parameters['ComputerName'].Aliases | Should -Contain 'Target'
    }

    It 'passes the options to connectivity as an argument array, with --ndjson requested' {
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Scope Describe -Times 1 -Exactly -ParameterFilter {
            $Output -eq 'Ndjson' -and ($Argument -join ' ') -eq 'connectivity --domain lab.kms-doctor.test --dns-server 127.0.0.1:5353 --timeout 3000'
        }
    }

    It 'emits one ConnectivityResult per endpoint, then the findings, then the report last' {
        $results.Count | Should -Be 4
        $findings.Count | Should -BeGreaterThan 0
        Assert-ResultsFindingsReport -All $all -Result $results -Finding $findings -ReportType 'KmsDoctor.ConnectivityReport'
    }

    It 'judges each lab host: <Name> is <Verdict>' -TestCases @(
        @{ Name = 'kms01'; Verdict = 'ready'; Tcp = $true; Rpc = 'kms' }
        @{ Name = 'kms02'; Verdict = 'port-closed'; Tcp = $false; Rpc = $null }
        @{ Name = 'web01'; Verdict = 'not-kms'; Tcp = $true; Rpc = 'not-rpc' }
    ) {
        $result = $results | Where-Object ComputerName -eq "$Name.lab.kms-doctor.test"
        $result.Verdict | Should -Be $Verdict
        $result.TcpTestSucceeded | Should -Be $Tcp
        $result.RpcVerdict | Should -Be $Rpc
        $result.RemoteAddress | Should -Match '^127\.'
    }

    It 'reports a probe that did not run as $null, not $false' {
        $stale = $results | Where-Object ComputerName -eq 'kms-old.lab.kms-doctor.test'
        $stale.Verdict | Should -Be 'unresolved'
        $stale.RemoteAddress | Should -BeNullOrEmpty
        $null -eq $stale.TcpTestSucceeded | Should -BeTrue
        $null -eq $stale.ActivationPortState | Should -BeTrue
        $closed = $results | Where-Object ComputerName -eq 'kms02.lab.kms-doctor.test'
        $null -eq $closed.RpcVerdict | Should -BeTrue
        $closed.TcpTestSucceeded | Should -BeExactly $false
    }

    It 'maps findings to KmsDoctor.Finding objects with PascalCase properties' {
        $closed = $findings | Where-Object RuleId -eq 'tcp/kms-port-closed'
        $closed.Severity | Should -Be 'error'
        $closed.Target | Should -Be 'kms02.lab.kms-doctor.test'
        $closed.Remedy.Count | Should -BeGreaterThan 1
        $closed.Docs | Should -Be 'kmsdoctor explain tcp/kms-port-closed'
        $closed.Evidence[0].Kind | Should -Be 'probe'
        $closed.Evidence[0].Ref | Should -Match '^tcp:kms02'
        @($findings.RuleId) | Should -Contain 'srv/target-unresolvable'
        @($findings.RuleId) | Should -Contain 'rpc/not-kms-endpoint'
    }

    It 'holds the whole run in the report' {
        $report.Passed | Should -BeFalse
        $report.Errors | Should -Be 3
        $report.Results.Count | Should -Be 4
        $report.Findings.Count | Should -Be $findings.Count
        $report.ProbeResults.Count | Should -Be $report.Probes
        $report.StartedAt | Should -BeOfType [datetime]
        $report.Discovery[0].QueryName | Should -Be '_vlmcs._tcp.lab.kms-doctor.test'
    }

    It 'binds SRV records by property name (NameTarget, Port) to --kms-host HOST:PORT' {
        [pscustomobject]@{ NameTarget = 'kms01.contoso.com'; Port = 1700 },
        [pscustomobject]@{ NameTarget = 'kms02.contoso.com'; Port = 1688 },
        [pscustomobject]@{ Target = 'kms03.contoso.com' } | Test-KmsConnectivity | Out-Null
        # kms03 has no Port: it must not inherit the previous record's.
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'connectivity --kms-host kms01.contoso.com:1700 --kms-host kms02.contoso.com:1688 --kms-host kms03.contoso.com --timeout 3000'
        }
    }

    It 'takes host names by value and keeps a port already given' {
        'kms01.contoso.com:1700', '2001:db8::5' | Test-KmsConnectivity -Port 1688 | Out-Null
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'connectivity --kms-host kms01.contoso.com:1700 --kms-host [2001:db8::5]:1688 --timeout 3000'
        }
    }

    It 'passes client files as full paths' {
        Push-Location $SamplesDir
        try { Test-KmsConnectivity -SnapshotPath snapshots/client-dns-discovery-ok.json -EventPath events/client-wevtutil.xml -TimeoutMs 500 | Out-Null } finally { Pop-Location }
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            $i = [array]::IndexOf($Argument, '--snapshot')
            $i -gt 0 -and [System.IO.Path]::IsPathRooted($Argument[$i + 1]) -and $Argument[$i + 1] -like '*client-dns-discovery-ok.json' -and
            ($Argument -contains '--events') -and ($Argument -contains '500')
        }
    }
}

Describe 'Test-KmsConnectivity -ActivationRequest' -Tag Unit {
    BeforeAll {
        Set-CliFixtureMock 'connectivity-lab.ndjson'
        Mock Test-KmsDoctorWindows -ModuleName KmsDoctor { $false }
    }

    It 'is gated by ShouldProcess (ConfirmImpact High) and needs -Product with -ActivationRequest' {
        $binding = (Get-Command Test-KmsConnectivity).ScriptBlock.Attributes | Where-Object { $_ -is [System.Management.Automation.CmdletBindingAttribute] }
        $binding.SupportsShouldProcess | Should -BeTrue
        $binding.ConfirmImpact | Should -Be 'High'
        $activation = (Get-Command Test-KmsConnectivity).ParameterSets | Where-Object Name -eq 'Activation'
        @($activation.Parameters | Where-Object IsMandatory | ForEach-Object Name | Sort-Object) | Should -Be @('ActivationRequest', 'Product')
    }

    It '-Confirm:$false passes --activation-request --product' {
        Test-KmsConnectivity -Domain lab.kms-doctor.test -ActivationRequest -Product 'Windows 11 Enterprise' -Confirm:$false | Out-Null
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'connectivity --domain lab.kms-doctor.test --timeout 3000 --activation-request --product Windows 11 Enterprise'
        }
    }

    It '-WhatIf runs the count-safe check only: neither --activation-request nor --product' {
        $all = @(Test-KmsConnectivity -Domain lab.kms-doctor.test -ActivationRequest -Product 'Windows 11 Enterprise' -WhatIf)
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 0 -Exactly -ParameterFilter { $Argument -contains '--activation-request' -or $Argument -contains '--product' }
        $all[-1].PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ConnectivityReport'
        $null -eq $all[-1].Activation | Should -BeTrue
    }

    It 'never asks without -ActivationRequest (the check is count-safe), even with -Confirm' {
        Test-KmsConnectivity -Domain lab.kms-doctor.test -Confirm | Out-Null
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Argument -notcontains '--activation-request' }
    }
}

Describe 'Test-KmsConnectivity on Windows' -Tag Unit {
    BeforeAll {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { Get-CliFixture 'connectivity-snapshot.json' -Raw | Out-Null; Get-CliFixture 'connectivity-lab.ndjson' }
        Mock Test-KmsDoctorWindows -ModuleName KmsDoctor { $true }
        Mock Invoke-KmsSnapshotCollector -ModuleName KmsDoctor {
            $copy = Join-Path $TestDrive ('collected-{0}.json' -f [guid]::NewGuid())
            Copy-Item (Join-Path $SamplesDir 'snapshots/client-dns-discovery-ok.json') $copy
            $copy
        }
    }

    It 'collects this machine''s snapshot, passes it with --snapshot, and deletes it afterwards' {
        Test-KmsConnectivity | Out-Null
        Should -Invoke Invoke-KmsSnapshotCollector -ModuleName KmsDoctor -Times 1 -Exactly
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Argument -contains '--snapshot' }
        @(Get-ChildItem $TestDrive -Filter 'collected-*.json').Count | Should -Be 0
    }

    It 'does not collect with -SkipSnapshot or when client files are given' {
        Test-KmsConnectivity -Domain contoso.com -SkipSnapshot | Out-Null
        Test-KmsConnectivity -Domain contoso.com -DlvPath (Join-Path $SamplesDir 'dlv/client-en.txt') | Out-Null
        Should -Invoke Invoke-KmsSnapshotCollector -ModuleName KmsDoctor -Times 0 -Exactly
    }
}
