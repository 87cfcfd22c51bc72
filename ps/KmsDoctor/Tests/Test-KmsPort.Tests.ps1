BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'Test-KmsPort' -Tag Unit {
    BeforeAll {
        Set-CliFixtureMock 'port-lab.ndjson'
        $script:ports = @(Test-KmsPort kms02.lab.kms-doctor.test, kms-old.lab.kms-doctor.test -IncludeManagementPort)
    }

    It 'has the expected parameters' {
        $actual = (Get-Command Test-KmsPort).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters }
        Compare-Object -ReferenceObject @('ComputerName', 'Port', 'IncludeManagementPort', 'DnsServer', 'TimeoutMs', 'Language') -DifferenceObject @($actual) | Should -BeNullOrEmpty
    }

    It 'emits PortResults with Test-NetConnection''s names' {
        $activation = $ports | Where-Object { $_.ComputerName -like 'kms02.*' -and $_.RemotePort -eq 1688 }
        $activation.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.PortResult'
        $activation.RemoteAddress | Should -Be '127.77.0.2'
        $activation.Role | Should -Be 'activation'
        $activation.Status | Should -Be 'closed'
        $activation.TcpTestSucceeded | Should -BeExactly $false
        $activation.LatencyMs | Should -BeOfType [double]
        $activation.Detail | Should -Match 'ECONNREFUSED'
    }

    It 'reports 135 as the management path' {
        ($ports | Where-Object RemotePort -eq 135).Role | Should -Be 'management'
    }

    It 'gives a name that did not resolve its DNS status and a $null test result' {
        $stale = $ports | Where-Object ComputerName -like 'kms-old.*'
        @($stale).Count | Should -Be 1
        $stale.Status | Should -Be 'dns-nxdomain'
        $null -eq $stale.TcpTestSucceeded | Should -BeTrue
        $null -eq $stale.RemoteAddress | Should -BeTrue
    }

    It 'binds SRV records (NameTarget, Port) and runs one CLI call per distinct port list' {
        $srv = @(
            [pscustomobject]@{ NameTarget = 'kms01.contoso.com'; Port = 1688; Type = 'SRV' }
            [pscustomobject]@{ NameTarget = 'kms02.contoso.com'; Port = 1688; Type = 'SRV' }
            [pscustomobject]@{ NameTarget = 'kms03.contoso.com'; Port = 1700; Type = 'SRV' }
        )
        $srv | Test-KmsPort -DnsServer 10.0.0.10 | Out-Null
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 2 -Exactly
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'port kms01.contoso.com kms02.contoso.com --port 1688 --dns-server 10.0.0.10 --timeout 3000'
        }
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'port kms03.contoso.com --port 1700 --dns-server 10.0.0.10 --timeout 3000'
        }
    }

    It 'binds Get-KmsSrvRecord output' {
        Set-CliFixtureMock 'srv-lab.ndjson' -When { $Argument[0] -eq 'srv' }
        $records = @(Get-KmsSrvRecord lab.kms-doctor.test)
        $records | Test-KmsPort | Out-Null
        # The recorded order is one RFC 2782 draw: the port call keeps whatever order the records came in.
        $expected = 'port ' + (($records | ForEach-Object NameTarget) -join ' ') + ' --port 1688 '
        $records.Count | Should -Be 4
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ').StartsWith($expected)
        }
    }
}
