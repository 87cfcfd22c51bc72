<#
    Integration tests against the real test network: the real module runs the real CLI against
    BIND 9 (zone corp.test, on loopback) and KMS hosts in a network namespace with real kernel
    port states (open, RST, nft drop, ICMP unreachable), served by
    test/tools/serve-kms-network.ts (test/helpers/kms-network.ts has the host table). The server
    is started in the background, and stopped by its PID with SIGTERM so it removes the
    namespace and stops named. Needs root (namespaces, nft): skipped, saying so, otherwise.
#>

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'BuiltCli.ps1')
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Use-BuiltCli
    $script:IsRoot = $false
    if ($IsLinux) { $script:IsRoot = ((& id -u) -eq '0') }
    $script:NotRootReason = 'needs root on Linux: the KMS test network creates a network namespace, nft rules and runs BIND (npm test runs as root in CI)'
}

AfterAll {
    Restore-CliSetting
}

Describe 'KmsDoctor against the BIND + network-namespace test network' -Tag Integration -Skip:(-not $Ready) {
    BeforeAll {
        $script:Server = $null
        if ($IsRoot) {
            $script:Server = Start-KmsTestServer -Script 'test/tools/serve-kms-network.ts' -Pattern '^\{.*"ready":true' -TimeoutSeconds 90
            $script:Net = $Server.Line | ConvertFrom-Json
            $script:DnsServer = $Net.dnsServer
            $script:All = @(Test-KmsConnectivity -Domain corp.test -DnsServer $DnsServer -TimeoutMs 800 -SkipSnapshot)
            $script:Results = @($All | Select-KmsType 'KmsDoctor.ConnectivityResult')
            $script:Findings = @($All | Select-KmsType 'KmsDoctor.Finding')
            $script:Report = $All[-1]
            $script:ByLabel = @{}
            foreach ($result in $Results) { $ByLabel[$result.ComputerName.Split('.')[0]] = $result }
        }
    }
    AfterAll {
        if ($script:Server) {
            $serverPid = $script:Server.Process.Id
            Stop-KmsTestServer -Server $script:Server
            $script:Server.Process.HasExited | Should -BeTrue
            # The server's helpers removed what they made: no namespace of that PID, no named.
            (& ip netns list 2>$null) -join "`n" | Should -Not -Match "kmsd-$serverPid-"
            @(Get-Process -Name named -ErrorAction SilentlyContinue | Where-Object { (Get-Content -Raw "/proc/$($_.Id)/cmdline" -ErrorAction SilentlyContinue) -match "kmsd-bind-$serverPid-" }) | Should -BeNullOrEmpty
        }
    }

    It 'serves the zone on a loopback DNS server' {
        if (-not $IsRoot) { Set-ItResult -Skipped -Because $NotRootReason; return }
        $DnsServer | Should -Match '^127\.0\.0\.1:\d+$'
        $Net.zone | Should -Be 'corp.test'
        @($Net.hosts).Count | Should -Be 7
    }

    It 'judges every host: <Label> is <Verdict>' -TestCases @(
        @{ Label = 'kms-ok'; Verdict = 'ready'; Port = 'open'; Rpc = 'kms' }
        @{ Label = 'kms-closed'; Verdict = 'port-closed'; Port = 'closed'; Rpc = $null }
        @{ Label = 'kms-filtered'; Verdict = 'port-filtered'; Port = 'filtered'; Rpc = $null }
        @{ Label = 'kms-http'; Verdict = 'not-kms'; Port = 'open'; Rpc = 'not-rpc' }
        @{ Label = 'kms-dead'; Verdict = 'unreachable'; Port = 'unreachable'; Rpc = $null }
        @{ Label = 'kms-gone'; Verdict = 'unresolved'; Port = $null; Rpc = $null }
        @{ Label = 'kms-any'; Verdict = 'ready'; Port = 'open'; Rpc = 'kms' }
    ) {
        if (-not $IsRoot) { Set-ItResult -Skipped -Because $NotRootReason; return }
        $result = $ByLabel[$Label]
        $result | Should -Not -BeNullOrEmpty
        $result.Verdict | Should -Be $Verdict
        $result.ActivationPortState | Should -Be $Port
        $result.RpcVerdict | Should -Be $Rpc
        $expected = ($Net.hosts | Where-Object label -eq $Label)
        $result.Port | Should -Be $expected.port
        if ($expected.address) { $result.RemoteAddress | Should -Be $expected.address } else { $result.RemoteAddress | Should -BeNullOrEmpty }
    }

    It 'reports each fault as a finding with its remedy' {
        if (-not $IsRoot) { Set-ItResult -Skipped -Because $NotRootReason; return }
        $ids = @($Findings | ForEach-Object { '{0} {1}' -f $_.RuleId, $_.Target })
        $ids | Should -Contain 'tcp/kms-port-filtered kms-filtered.corp.test'
        $ids | Should -Contain 'tcp/kms-port-closed kms-closed.corp.test'
        $ids | Should -Contain 'rpc/not-kms-endpoint kms-http.corp.test'
        $ids | Should -Contain 'tcp/host-unreachable kms-dead.corp.test'
        $ids | Should -Contain 'srv/target-unresolvable kms-gone.corp.test'
        $filtered = $Findings | Where-Object RuleId -eq 'tcp/kms-port-filtered'
        $filtered.Severity | Should -Be 'error'
        ($filtered.Remedy -join "`n") | Should -Match 'SPPSVC-In-TCP'
        $Findings | ForEach-Object { $_.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.Finding' }
    }

    It 'ends with the report holding the run' {
        if (-not $IsRoot) { Set-ItResult -Skipped -Because $NotRootReason; return }
        $Report.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ConnectivityReport'
        $Report.Passed | Should -BeFalse
        $Report.Results.Count | Should -Be $Results.Count
        $Report.DnsServers | Should -Contain $DnsServer
        $Report.Discovery[0].QueryName | Should -Be '_vlmcs._tcp.corp.test'
    }

    It 'Test-KmsPort sees open, closed and filtered ports' {
        if (-not $IsRoot) { Set-ItResult -Skipped -Because $NotRootReason; return }
        $ports = @([pscustomobject]@{ NameTarget = 'kms-ok.corp.test'; Port = 1688 },
            [pscustomobject]@{ NameTarget = 'kms-closed.corp.test'; Port = 1689 },
            [pscustomobject]@{ NameTarget = 'kms-filtered.corp.test'; Port = 1690 } | Test-KmsPort -DnsServer $DnsServer -TimeoutMs 800)
        ($ports | Where-Object ComputerName -eq 'kms-ok.corp.test').Status | Should -Be 'open'
        ($ports | Where-Object ComputerName -eq 'kms-ok.corp.test').TcpTestSucceeded | Should -BeTrue
        ($ports | Where-Object ComputerName -eq 'kms-closed.corp.test').Status | Should -Be 'closed'
        ($ports | Where-Object ComputerName -eq 'kms-filtered.corp.test').Status | Should -Be 'filtered'
        ($ports | Where-Object ComputerName -eq 'kms-filtered.corp.test').TcpTestSucceeded | Should -BeExactly $false
    }

    It 'Get-KmsSrvRecord | Test-KmsPort follows the SRV ports' {
        if (-not $IsRoot) { Set-ItResult -Skipped -Because $NotRootReason; return }
        $ports = @(Get-KmsSrvRecord -Domain corp.test -DnsServer $DnsServer | Test-KmsPort -DnsServer $DnsServer -TimeoutMs 800)
        ($ports | Where-Object ComputerName -eq 'kms-any.corp.test').RemotePort | Should -Be 1692
        ($ports | Where-Object ComputerName -eq 'kms-any.corp.test').Status | Should -Be 'open'
        ($ports | Where-Object ComputerName -eq 'kms-dead.corp.test').Status | Should -Be 'unreachable'
    }
}
