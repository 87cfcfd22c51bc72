<#
    Unit tests of Invoke-KmsActivationProbe and Get-KmsProduct: the CLI boundary
    (Invoke-KmsDoctorCli) is mocked with recorded output of the real CLI against the in-process
    test KMS responder (test/fixtures/cli-output/activate-probe-*.json).
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'Invoke-KmsActivationProbe' -Tag Unit {
    BeforeAll {
        # What the CLI prints depends on what it was asked: the mock replays the matching run.
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor {
            if ($Argument -contains '--dry-run') { Get-CliFixture 'activate-probe-dry-run.json' }
            elseif ($Argument -contains '--activation-request') { Get-CliFixture 'activate-probe-sent.json' }
            else { Get-CliFixture 'activate-probe-bind-only.json' }
        }
    }

    It 'has the expected parameters, ShouldProcess with ConfirmImpact High, and pipeline binding by property name' {
        $command = Get-Command Invoke-KmsActivationProbe
        $expected = 'ComputerName', 'Port', 'Product', 'Protocol', 'DryRun', 'Cmid', 'Workstation', 'TimeoutMs', 'Language'
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
        Compare-Object -ReferenceObject $expected -DifferenceObject @($command.Parameters.Keys | Where-Object { $_ -notin $common }) | Should -BeNullOrEmpty
        $command.Parameters.Keys | Should -Contain 'WhatIf'
        $command.Parameters.Keys | Should -Contain 'Confirm'
        $binding = $command.ScriptBlock.Attributes | Where-Object { $_ -is [System.Management.Automation.CmdletBindingAttribute] }
        $binding.SupportsShouldProcess | Should -BeTrue
        $binding.ConfirmImpact | Should -Be 'High'
        $command.Parameters['ComputerName'].Attributes.ValueFromPipelineByPropertyName | Should -Contain $true
        $command.Parameters['ComputerName'].Aliases | Should -Contain 'NameTarget'
        $command.Parameters['Port'].Attributes.ValueFromPipelineByPropertyName | Should -Contain $true
    }

    It '-WhatIf connects to nothing: the CLI runs as a dry run' {
        $result = Invoke-KmsActivationProbe kms01.contoso.com -Product 'Windows 11 Enterprise' -WhatIf
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 0 -Exactly -ParameterFilter { $Argument -contains '--activation-request' }
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            $Output -eq 'Json' -and ($Argument -join ' ') -eq 'activate-probe kms01.contoso.com --product Windows 11 Enterprise --timeout 5000 --dry-run'
        }
        $result.Mode | Should -Be 'dry-run'
        $result.RequestSent | Should -BeFalse
        $null -eq $result.HResult | Should -BeTrue
        $null -eq $result.CurrentCount | Should -BeTrue
        # What would have been sent is still shown.
        $result.Sent.Fields.Cmid | Should -Be '3f5b2d8e-6c1a-4e7b-9d20-8a4c1e6f0b37'
        $result.Sent.PduHex | Should -Match '^[0-9a-f]+$'
    }

    It '-Confirm:$false sends: --activation-request and every option as an argument array' {
        $result = Invoke-KmsActivationProbe -ComputerName kms01.contoso.com -Port 1700 -Product 'Windows 11 Enterprise' -Protocol v6 `
            -Cmid 3f5b2d8e-6c1a-4e7b-9d20-8a4c1e6f0b37 -Workstation kms-probe.test -TimeoutMs 3000 -Confirm:$false
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'activate-probe kms01.contoso.com:1700 --product Windows 11 Enterprise --protocol v6 --cmid 3f5b2d8e-6c1a-4e7b-9d20-8a4c1e6f0b37 --workstation kms-probe.test --timeout 3000 --activation-request'
        }
        $result.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ActivationProbeResult'
        $result.Mode | Should -Be 'sent'
        $result.RequestSent | Should -BeTrue
    }

    It 'maps the answer: HResult, Meaning, count vs threshold, intervals, host ePID/build/key, HWID, latency' {
        $result = Invoke-KmsActivationProbe kms01.contoso.com -Product 'Windows 11 Enterprise' -Confirm:$false
        $result.ComputerName | Should -Be '127.0.0.1'
        $result.Product | Should -Be 'Windows 11 Enterprise'
        $result.Protocol | Should -Be 'v6'
        $result.Status | Should -Be 'answered'
        $result.HResult | Should -Be '0x00000000'
        $result.Meaning | Should -Match 'success'
        $result.CurrentCount | Should -Be 1
        $result.Threshold | Should -Be 25
        $result.ThresholdMet | Should -BeFalse
        $result.ActivationIntervalMinutes | Should -Be 120
        $result.RenewalIntervalMinutes | Should -Be 10080
        $result.HostEpid | Should -Be '03612-00206-556-123727-03-1033-17763.0000-2972018'
        $result.HostBuild | Should -Be 17763
        $result.HostKey | Should -Be 'Windows Server 2019'
        $result.Hwid | Should -Match '^[0-9a-f]{16}$'
        $result.LatencyMs | Should -BeGreaterOrEqual 0
        $result.ResponseValid | Should -BeTrue
        $result.Passed | Should -BeFalse
    }

    It 'gives the findings as KmsDoctor.Finding objects' {
        $result = Invoke-KmsActivationProbe kms01.contoso.com -Product 'Windows 11 Enterprise' -Confirm:$false
        @($result.Findings).Count | Should -Be 1
        $result.Findings[0].PSObject.TypeNames[0] | Should -Be 'KmsDoctor.Finding'
        $result.Findings[0].RuleId | Should -Be 'activation/count-below-threshold'
    }

    It '-DryRun passes --dry-run, never --activation-request, and asks nothing' {
        $result = Invoke-KmsActivationProbe kms01.contoso.com -Product 'Windows 11 Enterprise' -DryRun -Confirm:$false
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Argument -contains '--dry-run' -and $Argument -notcontains '--activation-request' }
        $result.Mode | Should -Be 'dry-run'
        $result.Status | Should -Be 'dry-run'
        $result.RequestSent | Should -BeFalse
        $null -eq $result.LatencyMs | Should -BeTrue
    }

    It 'binds SRV records by property name and asks once per host (-WhatIf: none sent)' {
        [pscustomobject]@{ NameTarget = 'kms01.contoso.com'; Port = 1700 },
        [pscustomobject]@{ NameTarget = 'kms02.contoso.com'; Port = 1688 } | Invoke-KmsActivationProbe -Product 'Windows 11 Enterprise' -WhatIf | Out-Null
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 2 -Exactly
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Argument[1] -eq 'kms01.contoso.com:1700' }
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Argument[1] -eq 'kms02.contoso.com:1688' }
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 0 -Exactly -ParameterFilter { $Argument -contains '--activation-request' }
    }
}

Describe 'An RPC fault on the activation request' -Tag Unit {
    BeforeAll {
        # The recorded answered run, turned into what a host that faults the call gives back.
        $report = Get-CliFixture 'activate-probe-sent.json'
        $report.activation.probe.status = 'rpc-fault'
        $report.activation.probe.ok = $false
        $report.activation.response.fault = [pscustomobject]@{ status = '0x1C010003'; name = 'nca_s_unk_if' }
        foreach ($name in 'hresult', 'currentCount', 'activationIntervalMinutes', 'renewalIntervalMinutes', 'thresholdMet', 'epid', 'explained') { $report.activation.response.$name = $null }
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { $report }.GetNewClosure()
        $script:faulted = Invoke-KmsActivationProbe kms01.contoso.com -Product 'Windows 11 Enterprise' -Confirm:$false
    }

    It 'carries the fault, not an empty answer' {
        $faulted.Status | Should -Be 'rpc-fault'
        $faulted.Fault | Should -Be '0x1C010003'
        $faulted.Meaning | Should -Match 'nca_s_unk_if'
        $null -eq $faulted.HResult | Should -BeTrue
    }

    It 'shows the fault in the table instead of Sent True with blank cells' {
        $text = $faulted | Out-String -Width 120
        $text | Should -Match 'rpc-fault\s+0x1C010003'
        $text | Should -Not -Match '\bTrue\b'
    }
}

Describe 'Get-KmsProduct' -Tag Unit {
    BeforeAll {
        Set-CliFixtureMock 'activate-probe-products.json'
    }

    It 'runs activate-probe --list-products and returns one KmsDoctor.Product per product' {
        $all = @(Get-KmsProduct)
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Output -eq 'Json' -and ($Argument -join ' ') -eq 'activate-probe --list-products' }
        $fixture = Get-CliFixture 'activate-probe-products.json'
        $fixture.kind | Should -Be 'products'
        $all.Count | Should -Be @($fixture.products).Count
        $all.Count | Should -BeGreaterThan 20
        $all | ForEach-Object { $_.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.Product' }
        $enterprise = $all | Where-Object Name -eq 'Windows 11 Enterprise'
        $enterprise.MinimumCount | Should -Be 25
        $enterprise.Protocol | Should -Be 6
        $enterprise.SkuId | Should -Be '73111121-5638-40f6-bc11-f1d7b0d64300'
    }

    It 'filters by wildcard on names and aliases' {
        @(Get-KmsProduct 'Windows 10 Enterprise').Name | Should -Be @('Windows 11 Enterprise')
        $servers = @(Get-KmsProduct '*Server*')
        $servers.Count | Should -BeGreaterThan 0
        $servers | ForEach-Object { $_.MinimumCount | Should -Be 5 }
    }
}
