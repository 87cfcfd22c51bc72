BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'Test-KmsRpcEndpoint' -Tag Unit {
    BeforeAll {
        Set-CliFixtureMock 'rpc-lab.ndjson'
        $script:binds = @(Test-KmsRpcEndpoint kms01.lab.kms-doctor.test)
    }

    It 'has the expected parameters' {
        $actual = (Get-Command Test-KmsRpcEndpoint).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters }
        Compare-Object -ReferenceObject @('ComputerName', 'Port', 'DnsServer', 'TimeoutMs', 'Language') -DifferenceObject @($actual) | Should -BeNullOrEmpty
    }

    It 'emits one RpcResult per endpoint with the bind verdict' {
        $binds.Count | Should -Be 4
        $kms01 = $binds | Where-Object ComputerName -like 'kms01.*'
        $kms01.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.RpcResult'
        $kms01.BindVerdict | Should -Be 'kms'
        $kms01.Status | Should -Be 'ok'
        $kms01.AcceptsAnyInterface | Should -BeExactly $false
        $kms01.Verdict | Should -Be 'ready'
        ($binds | Where-Object ComputerName -like 'web01.*').BindVerdict | Should -Be 'not-rpc'
    }

    It 'leaves a bind that was not attempted $null' {
        $closed = $binds | Where-Object ComputerName -like 'kms02.*'
        $closed.PortState | Should -Be 'closed'
        $null -eq $closed.BindVerdict | Should -BeTrue
        $null -eq $closed.Status | Should -BeTrue
        ($binds | Where-Object ComputerName -like 'kms-old.*').Verdict | Should -Be 'unresolved'
    }

    It 'binds SRV records and passes HOST:PORT endpoints in one call' {
        [pscustomobject]@{ NameTarget = 'kms01.contoso.com'; Port = 1700 }, [pscustomobject]@{ NameTarget = 'kms02.contoso.com'; Port = 1688 } | Test-KmsRpcEndpoint | Out-Null
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'rpc kms01.contoso.com:1700 kms02.contoso.com:1688 --timeout 3000'
        }
    }
}
