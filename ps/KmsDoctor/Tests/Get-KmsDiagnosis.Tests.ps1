BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'Get-KmsDiagnosis' -Tag Unit {
    BeforeAll {
        Set-CliFixtureMock 'analyze-events.ndjson'
        Set-CliFixtureMock 'analyze-ja.ndjson' -When { $Argument -match 'client-ja' }
    }

    It 'has the expected parameters' {
        $actual = (Get-Command Get-KmsDiagnosis).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters }
        Compare-Object -ReferenceObject @('Path', 'SlmgrIniPath', 'Probe', 'DnsServer', 'TimeoutMs', 'Language') -DifferenceObject @($actual) | Should -BeNullOrEmpty
    }

    It 'analyses files offline: findings then the report, no probe options' {
        $all = @(Get-KmsDiagnosis -Path (Join-Path $SamplesDir 'events/client-wevtutil.xml'))
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Argument[0] -eq 'analyze' -and $Argument -notcontains '--probe' -and $Argument -notcontains '--timeout' }
        @($all | Select-KmsType 'KmsDoctor.ConnectivityResult').Count | Should -Be 0
        $findings = @($all | Select-KmsType 'KmsDoctor.Finding')
        $findings.Count | Should -BeGreaterThan 0
        $all[-1].PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ConnectivityReport'
        $all[-1].Command | Should -Be 'analyze'
        $all[-1].Client.Attempts.Count | Should -Be 3
    }

    It 'passes -Probe with its DNS servers and timeout' {
        Get-KmsDiagnosis -Path (Join-Path $SamplesDir 'snapshots/client-dns-discovery-ok.json') -Probe -DnsServer 10.0.0.10 -TimeoutMs 900 | Out-Null
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { ($Argument -join ' ') -match ' --probe --dns-server 10\.0\.0\.10 --timeout 900$' }
    }

    It 'keeps Japanese text from the CLI intact in the objects' {
        $report = Get-KmsDiagnosis -Path (Join-Path $SamplesDir 'dlv/client-ja.txt') | Select-Object -Last 1
        ($report.Client.Notes -join "`n") | Should -Match 'ライセンスの状態'
    }
}
