<#
    What binds from the pipeline: client states (their discovery, not their name), SRV records
    (not the A/AAAA records Resolve-DnsName adds), and Get-KmsSrvRecord's own records.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Snapshot = Join-Path $SamplesDir 'snapshots/client-skms-old-host.json'
    # Resolve-DnsName -Type SRV output as Windows emits it: the SRV records, then the Additional
    # section's address records, whose ToString() is their type name.
    function New-DnsRecord {
        param([string] $Kind, [hashtable] $Property)
        $record = [pscustomobject] $Property
        $record.PSObject.TypeNames.Insert(0, "Microsoft.DnsClient.Commands.DnsRecord_$Kind")
        $record | Add-Member -MemberType ScriptMethod -Name ToString -Value { 'DnsRecord_' + $this.Type } -Force
        $record
    }
    $script:Resolved = @(
        New-DnsRecord SRV @{ Name = '_vlmcs._tcp.contoso.com'; Type = 'SRV'; Section = 'Answer'; NameTarget = 'kms01.contoso.com'; Port = 1688; Priority = 0; Weight = 0 }
        New-DnsRecord A @{ Name = 'kms01.contoso.com'; Type = 'A'; Section = 'Additional'; IPAddress = '10.0.0.5' }
        New-DnsRecord AAAA @{ Name = 'kms01.contoso.com'; Type = 'AAAA'; Section = 'Additional'; IPAddress = 'fd00::5' }
    )
}

Describe 'Get-KmsClientState | Test-KmsConnectivity' -Tag Unit {
    BeforeAll {
        Set-CliFixtureMock 'connectivity-lab.ndjson'
    }

    It 'tests the client''s own discovery from its snapshot file, not its name as a KMS host' {
        $client = Get-KmsClientState -Path $Snapshot
        $out = @($client | Test-KmsConnectivity -DnsServer 127.0.0.1)
        $out[-1].PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ConnectivityReport'
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq "connectivity --dns-server 127.0.0.1 --timeout 3000 --snapshot $Snapshot"
        }
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 0 -Exactly -ParameterFilter { $Argument -contains '--kms-host' }
    }

    It 'hands a collected client state (no file) to the CLI as a temporary snapshot, then deletes it' {
        $client = Get-KmsClientState -Path $Snapshot
        $client.Path = $null
        $script:seen = $null
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor {
            $file = $Argument[[array]::IndexOf($Argument, '--snapshot') + 1]
            $script:seen = @{ Path = $file; Json = [System.IO.File]::ReadAllText($file) }
            Get-CliFixture 'connectivity-lab.ndjson'
        }
        $null = $client | Test-KmsConnectivity
        $seen.Path | Should -Not -BeNullOrEmpty
        Test-Path -LiteralPath $seen.Path | Should -BeFalse
        $copy = ConvertFrom-Json -InputObject $seen.Json
        $copy.kind | Should -Be 'kms-doctor-snapshot'
        $copy.computer.name | Should -Be $client.ComputerName
        $copy.service.kmsMachine | Should -Be $client.Service.KmsMachine
    }

    It 'runs once per piped client' {
        $clients = Get-KmsClientState -Path $Snapshot, (Join-Path $SamplesDir 'snapshots/client-dns-discovery-ok.json')
        $null = $clients | Test-KmsConnectivity
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 2 -Exactly -ParameterFilter { $Argument -contains '--snapshot' }
    }
}

Describe 'Resolve-DnsName -Type SRV output, unfiltered' -Tag Unit {
    BeforeAll {
        Set-CliFixtureMock 'connectivity-lab.ndjson' -When { $Argument[0] -eq 'connectivity' }
        Set-CliFixtureMock 'port-lab.ndjson' -When { $Argument[0] -eq 'port' }
        Set-CliFixtureMock 'rpc-lab.ndjson' -When { $Argument[0] -eq 'rpc' }
    }

    It 'Test-KmsConnectivity tests the SRV target only, never a host named DnsRecord_A' {
        $null = $Resolved | Test-KmsConnectivity -SkipSnapshot -ErrorVariable bad
        $bad.Count | Should -Be 0
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'connectivity --kms-host kms01.contoso.com:1688 --timeout 3000'
        }
    }

    It 'Test-KmsPort and Test-KmsRpcEndpoint skip the address records too' {
        $null = $Resolved | Test-KmsPort
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { ($Argument -join ' ') -eq 'port kms01.contoso.com --port 1688 --timeout 3000' }
        $null = $Resolved | Test-KmsRpcEndpoint
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { ($Argument -join ' ') -eq 'rpc kms01.contoso.com:1688 --timeout 3000' }
    }

    It 'still takes plain host names from the pipeline' {
        $null = 'kms07.contoso.com' | Test-KmsConnectivity -SkipSnapshot
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Argument -contains 'kms07.contoso.com' }
    }
}

Describe 'Get-KmsSrvRecord records' -Tag Unit {
    It 'carry Type SRV as Resolve-DnsName''s do, and survive a Type filter' {
        Set-CliFixtureMock 'srv-lab.ndjson'
        $records = @(Get-KmsSrvRecord lab.kms-doctor.test -ErrorAction SilentlyContinue)
        $records.Count | Should -BeGreaterThan 0
        @($records | Where-Object Type -eq 'SRV').Count | Should -Be $records.Count
    }
}
