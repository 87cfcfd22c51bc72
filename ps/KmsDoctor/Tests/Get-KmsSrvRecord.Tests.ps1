BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'Get-KmsSrvRecord' -Tag Unit {
    BeforeAll {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { Get-CliFixture 'srv-lab.ndjson' }
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor -ParameterFilter { $Argument -contains 'none.lab.kms-doctor.test' } { Get-CliFixture 'srv-nxdomain.ndjson' }
        $script:records = @(Get-KmsSrvRecord -Domain lab.kms-doctor.test -DnsServer 127.0.0.1:5353)
    }

    It 'has the expected parameters' {
        $actual = (Get-Command Get-KmsSrvRecord).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters }
        Compare-Object -ReferenceObject @('Domain', 'DnsServer', 'TimeoutMs') -DifferenceObject @($actual) | Should -BeNullOrEmpty
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
        $kms01.NameTarget | Should -Be $kms01.Name
        $kms01.Port | Should -BeGreaterThan 1024
        $kms01.Priority | Should -Be 0
        $kms01.Weight | Should -Be 60
        $kms01.Share | Should -Be 0.6
        $kms01.Ttl | Should -Be 900
        $kms01.Domain | Should -Be 'lab.kms-doctor.test'
        $kms01.QueryName | Should -Be '_vlmcs._tcp.lab.kms-doctor.test'
        $kms01.Server | Should -Match '^127\.0\.0\.1:\d+$'
        $kms01.Addresses | Should -Be @('127.77.0.1')
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
