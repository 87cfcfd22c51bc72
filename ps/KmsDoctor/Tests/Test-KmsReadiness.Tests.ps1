<#
    Unit tests of Test-KmsReadiness: the CLI boundary (Invoke-KmsDoctorCli) is mocked with a
    hand-written `kmsdoctor readiness --format json` report of the documented shape (the common
    envelope of src/report/report.schema.json with kind readiness: checks [{id, title, state,
    detail, evidence}], summary {errors, warnings, infos, probes, verdict, failOn, exitCode, pass,
    warn, fail, notRun, worstCheck}).
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:ReadinessJson = @'
{
  "schemaVersion": 2,
  "kind": "readiness",
  "command": "readiness",
  "findings": [],
  "checks": [
    { "id": "dns-srv", "title": "SRV record published", "state": "pass", "detail": "_vlmcs._tcp.contoso.com lists kms01.contoso.com:1688", "evidence": [] },
    { "id": "host-port", "title": "KMS port reachable", "state": "fail", "detail": "kms01.contoso.com:1688 is filtered", "evidence": ["tcp/kms-port-filtered"] },
    { "id": "host-firewall", "title": "Host firewall rule", "state": "warn", "detail": "SPPSVC-In-TCP is disabled", "evidence": [] },
    { "id": "clock-skew", "title": "Clocks in step", "state": "not-run", "detail": "no client snapshot", "evidence": [] }
  ],
  "summary": { "errors": 0, "warnings": 0, "infos": 0, "probes": 4, "verdict": "fail", "failOn": "error", "exitCode": 1, "pass": 1, "warn": 1, "fail": 1, "notRun": 1, "worstCheck": "fail" }
}
'@
}

Describe 'Test-KmsReadiness' -Tag Unit {
    BeforeAll {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { ConvertFrom-Json -InputObject $ReadinessJson }
        $script:all = @(Test-KmsReadiness -Domain contoso.com -ExpectHost kms01.contoso.com -TargetOs 'Windows 11 Enterprise' -DnsServer 10.0.0.10 -TimeoutMs 2000)
        $script:checks = @($all | Select-KmsType 'KmsDoctor.ReadinessCheck')
        $script:report = $all[-1]
    }

    It 'has the expected parameters' {
        $expected = 'Domain', 'ClientSnapshotPath', 'HostSnapshotPath', 'KmsLogPath', 'ExpectHost', 'TargetOs', 'DnsServer', 'TimeoutMs', 'OutFile', 'Format', 'Language'
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
        $actual = (Get-Command Test-KmsReadiness).Parameters.Keys | Where-Object { $_ -notin $common }
        Compare-Object -ReferenceObject $expected -DifferenceObject @($actual) | Should -BeNullOrEmpty
        (Get-Command Test-KmsReadiness).Parameters['Format'].Attributes.ValidValues | Should -Contain 'junit'
    }

    It 'asks readiness for --format json itself, without adding --json' {
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Scope Describe -Times 1 -Exactly -ParameterFilter {
            $Output -eq 'Json' -and $NoOutputFlag -and ($Argument -join ' ') -eq ('readiness --domain contoso.com --expect-host kms01.contoso.com --target-os Windows 11 Enterprise ' +
                '--dns-server 10.0.0.10 --timeout 2000 --format json')
        }
    }

    It 'emits one ReadinessCheck per check, then the report last' {
        $checks.Count | Should -Be 4
        $all.Count | Should -Be 5
        $report.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ReadinessReport'
    }

    It 'maps each check: <Id> is <State>' -TestCases @(
        @{ Id = 'dns-srv'; Name = 'SRV record published'; State = 'pass' }
        @{ Id = 'host-port'; Name = 'KMS port reachable'; State = 'fail' }
        @{ Id = 'host-firewall'; Name = 'Host firewall rule'; State = 'warn' }
        @{ Id = 'clock-skew'; Name = 'Clocks in step'; State = 'not-run' }
    ) {
        $check = $checks | Where-Object Id -eq $Id
        $check.Name | Should -Be $Name
        $check.State | Should -Be $State
        $check.Detail | Should -Not -BeNullOrEmpty
    }

    It 'keeps the evidence' {
        @(($checks | Where-Object Id -eq 'host-port').Evidence) | Should -Be @('tcp/kms-port-filtered')
    }

    It 'summarises: counts per state and the verdict, holding every check' {
        $report.Verdict | Should -Be 'fail'
        $report.Pass | Should -Be 1
        $report.Warn | Should -Be 1
        $report.Fail | Should -Be 1
        $report.NotRun | Should -Be 1
        $report.Checks.Count | Should -Be 4
    }

    It 'reads the worst check state apart from the pass/fail verdict' {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor {
            ConvertFrom-Json -InputObject '{"schemaVersion":2,"kind":"readiness","checks":[],"findings":[],"summary":{"errors":0,"warnings":0,"infos":0,"probes":0,"verdict":"pass","failOn":"error","exitCode":0,"pass":0,"warn":1,"fail":0,"notRun":0,"worstCheck":"warn"}}'
        }
        $warned = @(Test-KmsReadiness -Domain contoso.com)[-1]
        $warned.Verdict | Should -Be 'warn'
        $warned.Passed | Should -BeTrue
    }

    It 'takes evidence as an object too (finding and probe ids)' {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor {
            ConvertFrom-Json -InputObject '{"schemaVersion":1,"checks":[{"id":"a","title":"A","state":"pass","detail":"ok","evidence":{"findings":["srv/none"],"probes":["p1"]}}],"summary":{"pass":1,"warn":0,"fail":0,"notRun":0,"verdict":"pass"}}'
        }
        $check = Test-KmsReadiness -Domain contoso.com | Select-KmsType 'KmsDoctor.ReadinessCheck'
        @($check.Evidence.Findings) | Should -Be @('srv/none')
        @($check.Evidence.Probes) | Should -Be @('p1')
    }

    It 'writes -OutFile in -Format through --format --out, resolved against the PowerShell location, and returns the file' {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor {
            $i = [array]::IndexOf($Argument, '--out')
            Set-Content -LiteralPath $Argument[$i + 1] -Value '<testsuites/>'
            $true
        }
        Set-Content -LiteralPath (Join-Path $TestDrive 'kms01.json') -Value '{}'
        Push-Location $TestDrive
        try {
            $file = Test-KmsReadiness -Domain contoso.com -HostSnapshotPath kms01.json -OutFile readiness.xml -Format junit
        } finally {
            Pop-Location
        }
        $file | Should -BeOfType [System.IO.FileInfo]
        $file.FullName | Should -Be (Join-Path $TestDrive 'readiness.xml')
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            $Output -eq 'None' -and ($Argument -join ' ') -eq ('readiness --domain contoso.com --host-snapshot {0} --timeout 3000 --format junit --out {1}' -f (Join-Path $TestDrive 'kms01.json'), (Join-Path $TestDrive 'readiness.xml'))
        }
    }

    It 'defaults -Format to html with -OutFile' {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { $true }
        $null = Test-KmsReadiness -Domain contoso.com -OutFile (Join-Path $TestDrive 'r.html')
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { ($Argument -join ' ') -match '--format html --out ' }
    }

    It 'returns no file when the CLI could not run' {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { }
        Test-KmsReadiness -Domain contoso.com -OutFile (Join-Path $TestDrive 'never.html') | Should -BeNullOrEmpty
    }

    It 'emits nothing when the CLI could not run' {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { }
        @(Test-KmsReadiness -Domain contoso.com).Count | Should -Be 0
    }
}
