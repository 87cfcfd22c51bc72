BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'Get-KmsSrvRecord' -Tag Unit {
    BeforeAll {
        Set-CliFixtureMock 'srv-lab.ndjson'
        Set-CliFixtureMock 'srv-nxdomain.ndjson' -When { $Argument -contains 'none.lab.kms-doctor.test' }
        $script:records = @(Get-KmsSrvRecord -Domain lab.kms-doctor.test -DnsServer 127.0.0.1:5353)
    }

    It 'has the expected parameters' {
        $actual = (Get-Command Get-KmsSrvRecord).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters }
        Compare-Object -ReferenceObject @('Domain', 'DnsServer', 'TimeoutMs', 'Language') -DifferenceObject @($actual) | Should -BeNullOrEmpty
    }

    It 'runs srv once for every domain given, by value or from the pipeline' {
        'lab.kms-doctor.test', 'emea.kms-doctor.test' | Get-KmsSrvRecord -TimeoutMs 800 | Out-Null
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            $Output -eq 'Ndjson' -and ($Argument -join ' ') -eq 'srv lab.kms-doctor.test emea.kms-doctor.test --timeout 800'
        }
    }

    It 'emits one typed SrvRecord per target, in rank order' {
        $records.Count | Should -Be 4
        $records | ForEach-Object { $_.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.SrvRecord' }
        # Not $records.Rank: an array's own Rank property (1) hides the items'.
        $records | ForEach-Object Rank | Should -Be @(1, 2, 3, 4)
    }

    It 'carries the SRV fields, and NameTarget as Resolve-DnsName names it' {
        $kms01 = $records | Where-Object Name -eq 'kms01.lab.kms-doctor.test'
        $kms01.Port | Should -BeGreaterThan 1024
        $kms01.Server | Should -Match '^127\.0\.0\.1:\d+$'
        Assert-PropertyValue $kms01 ([ordered]@{
                NameTarget = $kms01.Name
                Priority   = 0
                Weight     = 60
                Share      = 0.6
                Ttl        = 900
                Domain     = 'lab.kms-doctor.test'
                QueryName  = '_vlmcs._tcp.lab.kms-doctor.test'
                Addresses  = @('127.77.0.1')
            })
        ($records | Where-Object Name -like 'kms-old.*').ResolutionStatus | Should -Be 'dns-nxdomain'
    }

    It 'writes a non-terminating SrvRecordNotFound error for a domain without records' {
        $out = Get-KmsSrvRecord none.lab.kms-doctor.test -ErrorVariable failed -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.SrvRecordNotFound,Get-KmsSrvRecord'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].Exception.Message | Should -Match 'dns-nxdomain'
    }
}

Describe 'Get-KmsSrvRecord with a DNS server that cannot be asked' -Tag Unit {
    It 'says the server could not be asked, not that there is no record' {
        Set-CliFixtureMock 'srv-no-server.ndjson'
        $out = @(Get-KmsSrvRecord lab.kms-doctor.test -ErrorVariable failed -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 0
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.DnsQueryFailed,Get-KmsSrvRecord'
        $failed[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        $failed[0].TargetObject | Should -Match '^127\.0\.0\.1:\d+$'
        $failed[0].Exception.Message | Should -Match 'did not answer'
        $failed[0].Exception.Message | Should -Not -Match 'No SRV record'
        $failed[0].ErrorDetails.RecommendedAction | Should -Match 'Test-NetConnection'
    }

    It 'returns the records another server gave, names the silent server, and keeps a real NXDOMAIN apart' {
        Set-CliFixtureMock 'srv-unreachable.ndjson'
        $out = @(Get-KmsSrvRecord lab.kms-doctor.test, none.lab.kms-doctor.test -ErrorVariable failed -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 4
        @($failed | ForEach-Object { $_.FullyQualifiedErrorId -replace ',.*' }) | Should -Be @('KmsDoctor.DnsQueryFailed', 'KmsDoctor.DnsQueryFailed', 'KmsDoctor.SrvRecordNotFound')
        $failed[0].Exception.Message | Should -Match 'records shown come from the other servers'
        $failed[2].Exception.Message | Should -Match 'dns-nxdomain'
    }

    It 'carries the CLI''s findings on the records they are about' {
        Set-CliFixtureMock 'srv-lab.ndjson'
        $records = @(Get-KmsSrvRecord lab.kms-doctor.test)
        $stale = $records | Where-Object Name -like 'kms-old.*'
        @($stale.Findings | ForEach-Object RuleId) | Should -Contain 'srv/target-unresolvable'
        $kms01 = $records | Where-Object Name -like 'kms01.*'
        @($kms01.Findings | ForEach-Object RuleId) | Should -Not -Contain 'srv/target-unresolvable'
    }
}
