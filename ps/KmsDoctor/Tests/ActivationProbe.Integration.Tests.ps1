<#
    Integration tests of the activation request: the real module runs the real CLI (dist/, built
    by npm test) against the test KMS responder (test/helpers/kms-responder.ts), served on loopback by
    test/tools/serve-kms-responder.ts in the background and stopped by its PID. The responder logs
    every activation request it answers, so the tests prove what was (and was not) sent.
    Skipped where node or the built CLI is missing.
#>

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'BuiltCli.ps1')
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Use-BuiltCli
    $script:SavedConfig = $env:KMSDOCTOR_CONFIG_DIR
}

AfterAll {
    Restore-CliSetting
    $env:KMSDOCTOR_CONFIG_DIR = $script:SavedConfig
}

Describe 'Invoke-KmsActivationProbe against the test KMS responder (real CLI)' -Tag Integration -Skip:(-not $Ready) {
    BeforeAll {
        # The CLI keeps this installation's CMID in its config folder: a throw-away one here.
        $env:KMSDOCTOR_CONFIG_DIR = Join-Path $TestDrive 'config'
        $script:Server = Start-KmsTestServer -Script 'test/tools/serve-kms-responder.ts' -Pattern '^listening \S+$'
        $script:Endpoint = ($Server.Line -split ' ')[1]
        $script:Product = 'Windows 11 Enterprise'
        $script:Cmid = '3f5b2d8e-6c1a-4e7b-9d20-8a4c1e6f0b37'

        # The responder's log lines "request vN <kmsCountedId> hresult 0x..." (written every 50 ms).
        function Get-ResponderRequest {
            Start-Sleep -Milliseconds 300
            @(Get-Content -LiteralPath $Server.Out | Where-Object { $_ -like 'request *' })
        }
    }
    AfterAll {
        Stop-KmsTestServer -Server $script:Server
        $script:Server.Process.HasExited | Should -BeTrue
    }

    It 'serves on loopback only' {
        $Endpoint | Should -Match '^127\.0\.0\.1:\d+$'
    }

    It '-WhatIf connects to nothing: a dry run shows what would be sent, and the host receives no request' {
        $result = Invoke-KmsActivationProbe $Endpoint -Product $Product -Cmid $Cmid -TimeoutMs 3000 -WhatIf
        $result.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ActivationProbeResult'
        $result.Mode | Should -Be 'dry-run'
        $result.RequestSent | Should -BeFalse
        $null -eq $result.LatencyMs | Should -BeTrue
        $null -eq $result.HResult | Should -BeTrue
        $result.Sent.Fields.Cmid | Should -Be $Cmid
        $result.Sent.Protocol | Should -Be 'v6'
        Get-ResponderRequest | Should -BeNullOrEmpty
    }

    It '-DryRun neither connects nor sends' {
        $result = Invoke-KmsActivationProbe $Endpoint -Product $Product -Cmid $Cmid -DryRun -Confirm:$false
        $result.Mode | Should -Be 'dry-run'
        $result.RequestSent | Should -BeFalse
        Get-ResponderRequest | Should -BeNullOrEmpty
    }

    It '-Confirm:$false sends exactly one request and validates the answer' {
        $result = Invoke-KmsActivationProbe $Endpoint -Product $Product -Cmid $Cmid -Workstation 'kms-probe.test' -TimeoutMs 3000 -Confirm:$false
        $result.RequestSent | Should -BeTrue
        $result.Meaning | Should -Not -BeNullOrEmpty
        Assert-PropertyValue $result ([ordered]@{
                Mode                      = 'sent'
                Status                    = 'answered'
                HResult                   = '0x00000000'
                CurrentCount              = 1
                Threshold                 = 25
                ActivationIntervalMinutes = 120
                RenewalIntervalMinutes    = 10080
                HostBuild                 = 17763
                HostKey                   = 'Windows Server 2019'
            })
        $result.Hwid | Should -Match '^[0-9a-f]{16}$'
        $result.LatencyMs | Should -BeGreaterOrEqual 0
        $result.Sent.Fields.Workstation | Should -Be 'kms-probe.test'
        @($result.Findings.RuleId) | Should -Contain 'activation/count-below-threshold'
        $requests = @(Get-ResponderRequest)
        @($requests).Count | Should -Be 1
        $requests[0] | Should -Match '^request v6 58e2134f-8e11-4d17-9cb2-91069c151148 hresult 0x00000000$'
    }

    It 'Test-KmsConnectivity -ActivationRequest -WhatIf runs the check only' {
        $report = @(Test-KmsConnectivity -ComputerName $Endpoint -SkipSnapshot -TimeoutMs 2000 -ActivationRequest -Product $Product -WhatIf)[-1]
        $report.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ConnectivityReport'
        $report.Results[0].Verdict | Should -Be 'ready'
        $null -eq $report.Activation | Should -BeTrue
        @(Get-ResponderRequest).Count | Should -Be 1
    }

    It 'Test-KmsConnectivity -ActivationRequest -Confirm:$false sends one request to the ready host' {
        $report = @(Test-KmsConnectivity -ComputerName $Endpoint -SkipSnapshot -TimeoutMs 2000 -ActivationRequest -Product $Product -Confirm:$false)[-1]
        $report.Input.ActivationRequest.Product | Should -Be $Product
        $report.Activation.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ActivationProbeResult'
        $report.Activation.RequestSent | Should -BeTrue
        $report.Activation.HResult | Should -Be '0x00000000'
        # The installation's own stored CMID (in the throw-away config folder): a second machine.
        $report.Activation.CurrentCount | Should -Be 2
        @(Get-ResponderRequest).Count | Should -Be 2
    }

    It 'lists the products with the real CLI' {
        $products = @(Get-KmsProduct)
        ($products | Where-Object Name -eq $Product).MinimumCount | Should -Be 25
    }
}
