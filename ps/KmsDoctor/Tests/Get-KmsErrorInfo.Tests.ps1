BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'Get-KmsErrorInfo' -Tag Unit {
    BeforeAll {
        Set-CliFixtureMock 'explain-code.json' -When { $Argument -contains '0xC004F074' -or $Argument -contains '-1073418124' }
        Set-CliFixtureMock 'explain-finding.json' -When { $Argument -contains 'tcp/kms-port-closed' }
        Set-CliFixtureMock 'explain-list.json' -When { ($Argument -join ' ') -eq 'explain' }
        Set-CliFixtureMock 'explain-codes.json' -When { ($Argument -join ' ') -eq 'explain --codes' }
    }

    It 'has the expected parameters' {
        $actual = (Get-Command Get-KmsErrorInfo).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters }
        Compare-Object -ReferenceObject @('Code', 'Kind', 'Language') -DifferenceObject @($actual) | Should -BeNullOrEmpty
    }

    It 'explains a code, passing it after -- so slmgr''s negative exit codes stay arguments' {
        $info = Get-KmsErrorInfo -1073418124
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { ($Argument -join ' ') -eq 'explain -- -1073418124' -and $Output -eq 'Json' }
        $info.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ErrorCodeInfo'
        $info.Code | Should -Be '0xC004F074'
        $info.SymbolicName | Should -Be 'SL_E_VL_BINDING_SERVICE_UNAVAILABLE'
        $info.SignedDecimal | Should -Be -1073418124
        $info.Remedies.Count | Should -BeGreaterThan 1
        $info.RelatedFindings | Should -Contain 'kms/no-usable-host'
    }

    It 'explains a finding id with its page' {
        $info = Get-KmsErrorInfo tcp/kms-port-closed
        $info.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.FindingInfo'
        $info.Severity | Should -Be 'error'
        $info.Page | Should -Match '^# tcp/kms-port-closed'
    }

    It 'binds RuleId of findings and HResult of events from the pipeline, all in one CLI run' {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor -ParameterFilter { $Argument.Count -gt 3 } { Get-CliFixture 'explain-finding.json'; Get-CliFixture 'explain-code.json' }
        $all = @([pscustomobject]@{ RuleId = 'tcp/kms-port-closed' }, [pscustomobject]@{ Id = 8198; HResult = '0xC004F074' } | Get-KmsErrorInfo)
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { ($Argument -join ' ') -eq 'explain -- tcp/kms-port-closed 0xC004F074' }
        @($all | ForEach-Object { $_.PSObject.TypeNames[0] }) | Should -Be @('KmsDoctor.FindingInfo', 'KmsDoctor.ErrorCodeInfo')
    }

    It 'explains the known codes of a batch and names the unknown one in its own error' {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor -ParameterFilter { $Argument.Count -gt 3 } {
            Get-CliFixture 'explain-code.json'
            [pscustomobject]@{ kind = 'unknown'; id = '0xDEADBEEF'; message = '0xDEADBEEF is not in the catalog' }
        }
        $all = @(Get-KmsErrorInfo 0xC004F074, 0xDEADBEEF -ErrorVariable bad -ErrorAction SilentlyContinue)
        $all.Count | Should -Be 1
        $all[0].Code | Should -Be '0xC004F074'
        $bad.Count | Should -Be 1
        $bad[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.UnknownCode,Get-KmsErrorInfo'
        $bad[0].TargetObject | Should -Be '0xDEADBEEF'
    }

    It 'lists the catalog without -Code' {
        $all = @(Get-KmsErrorInfo)
        @($all | Select-KmsType 'KmsDoctor.FindingInfo').Count | Should -BeGreaterThan 20
        @($all | Select-KmsType 'KmsDoctor.ErrorCodeInfo').Count | Should -BeGreaterThan 20
        @(Get-KmsErrorInfo -Kind Code | Select-KmsType 'KmsDoctor.FindingInfo').Count | Should -Be 0
    }
}
