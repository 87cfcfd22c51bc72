<#
    Write-Progress while readiness, publication, activation probes and the support bundle run.
#>

BeforeDiscovery {
    # -Skip is decided at discovery, before BeforeAll runs.
    $script:HasNode = [bool] (Get-Command node -CommandType Application -ErrorAction SilentlyContinue)
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'Progress' -Tag Unit {
    BeforeAll {
        $script:SavedCli = $env:KMSDOCTOR_CLI
        # A stand-in CLI that answers any command with an empty JSON report.
        $script:FakeCli = Join-Path $TestDrive 'fake.js'
        Set-Content -LiteralPath $FakeCli -Encoding UTF8 -Value 'process.stdout.write(JSON.stringify({ schemaVersion: 1, checks: [], summary: { pass: 0, warn: 0, fail: 0, notRun: 0, verdict: "pass" }, findings: [], results: [] }) + "\n");'
    }
    BeforeEach {
        Mock Write-Progress -ModuleName KmsDoctor { }
        $env:KMSDOCTOR_CLI = $FakeCli
    }
    AfterEach {
        $env:KMSDOCTOR_CLI = $SavedCli
    }

    It 'shows the readiness run while it runs, and completes it' -Skip:(-not $HasNode) {
        $null = Test-KmsReadiness -Domain contoso.com
        Should -Invoke Write-Progress -ModuleName KmsDoctor -ParameterFilter { $Activity -eq 'Testing KMS readiness' -and $Status -match 'kmsdoctor readiness' }
        Should -Invoke Write-Progress -ModuleName KmsDoctor -ParameterFilter { $Activity -eq 'Testing KMS readiness' -and $Completed }
    }

    It 'shows the publication check while it runs' -Skip:(-not $HasNode) {
        $null = Test-KmsDnsPublication -ComputerName kms01.contoso.com -ErrorAction SilentlyContinue
        Should -Invoke Write-Progress -ModuleName KmsDoctor -ParameterFilter { $Activity -eq 'Checking KMS DNS publication' -and $Status -match 'kmsdoctor publication' }
    }

    It 'shows each activation probe with its host' -Skip:(-not $HasNode) {
        $null = Invoke-KmsActivationProbe kms01.contoso.com, kms02.contoso.com -Product 'Windows 11 Enterprise' -DryRun
        Should -Invoke Write-Progress -ModuleName KmsDoctor -ParameterFilter { $Activity -eq 'KMS activation probe: kms01.contoso.com' -and -not $Completed }
        Should -Invoke Write-Progress -ModuleName KmsDoctor -ParameterFilter { $Activity -eq 'KMS activation probe: kms02.contoso.com' -and -not $Completed }
    }

    It 'shows the support bundle''s steps and completes them' {
        Mock Test-KmsDoctorWindows -ModuleName KmsDoctor { $false }
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { Get-CliFixture 'connectivity-snapshot.json' -Raw }
        $null = Export-KmsSupportBundle -Path (Join-Path $TestDrive 'p.zip') -SnapshotPath (Join-Path $SamplesDir 'snapshots/client-dns-discovery-ok.json') -WarningAction SilentlyContinue
        foreach ($step in 'collecting', 'checking connectivity', 'compressing') {
            Should -Invoke Write-Progress -ModuleName KmsDoctor -ParameterFilter { $Activity -eq 'Building the KMS support bundle' -and $Status -like "$step*" }
        }
        Should -Invoke Write-Progress -ModuleName KmsDoctor -ParameterFilter { $Activity -eq 'Building the KMS support bundle' -and $Completed }
    }
}
