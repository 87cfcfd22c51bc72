<#
    Unit tests of Test-KmsDnsPublication: the CLI boundary (Invoke-KmsDoctorCli) is mocked with
    recorded output of `kmsdoctor publication --json` against the built-in lab.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'Test-KmsDnsPublication' -Tag Unit {
    BeforeAll {
        Set-CliFixtureMock 'publication-lab.json'
        $script:all = @(Test-KmsDnsPublication -ComputerName kms01.lab.kms-doctor.test -Domain lab.kms-doctor.test -Authoritative 127.0.0.1:5353 -DnsServer 10.0.0.10, 10.0.0.11 -ExpectHost kms01.lab.kms-doctor.test -TimeoutMs 2000)
        $script:results = @($all | Select-KmsType 'KmsDoctor.PublicationResult')
        $script:findings = @($all | Select-KmsType 'KmsDoctor.Finding')
        $script:report = $all[-1]
    }

    It 'has the expected parameters' {
        $expected = 'ComputerName', 'Domain', 'SnapshotPath', 'EventPath', 'DnsServer', 'Authoritative', 'ExpectHost', 'TimeoutMs', 'Language'
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
        $actual = (Get-Command Test-KmsDnsPublication).Parameters.Keys | Where-Object { $_ -notin $common }
        Compare-Object -ReferenceObject $expected -DifferenceObject @($actual) | Should -BeNullOrEmpty
    }

    It 'passes the options to publication as an argument array, with --json requested' {
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Scope Describe -Times 1 -Exactly -ParameterFilter {
            $Output -eq 'Json' -and ($Argument -join ' ') -eq ('publication --host kms01.lab.kms-doctor.test --domain lab.kms-doctor.test --dns-server 10.0.0.10 --dns-server 10.0.0.11 ' +
                '--authoritative 127.0.0.1:5353 --expect-host kms01.lab.kms-doctor.test --timeout 2000')
        }
    }

    It 'emits one PublicationResult per domain and server, then the findings, then the report last' {
        $results.Count | Should -Be 1
        $findings.Count | Should -Be 3
        Assert-ResultsFindingsReport -All $all -Result $results -Finding $findings -ReportType 'KmsDoctor.PublicationReport'
    }

    It 'reports the answer of the authoritative server: records, nothing missing, the stale ones' {
        $result = $results[0]
        $result.Domain | Should -Be 'lab.kms-doctor.test'
        $result.Server | Should -Match '^127\.0\.0\.1:\d+$'
        $result.Authoritative | Should -BeTrue
        $result.Status | Should -Be 'ok'
        @($result.Records).Count | Should -Be 4
        @($result.Records | ForEach-Object Target) | Should -Contain 'kms01.lab.kms-doctor.test'
        $result.Records[0].Port | Should -Be 1688
        @($result.Missing).Count | Should -Be 0
        $result.Missing -is [string[]] | Should -BeTrue
        $result.Unexpected | Should -Contain 'kms-old.lab.kms-doctor.test:1688'
    }

    It 'emits findings as KmsDoctor.Finding objects with their target' {
        @($findings | ForEach-Object RuleId | Sort-Object -Unique) | Should -Be @('publication/stale-host')
        @($findings | ForEach-Object Target) | Should -Contain 'kms-old.lab.kms-doctor.test'
        $findings[0].Severity | Should -Be 'warning'
        @($findings[0].Remedy).Count | Should -BeGreaterThan 0
    }

    It 'holds the run in the report: counts, verdict, results, findings, unexpected' {
        $report.Passed | Should -BeTrue
        $report.Warnings | Should -Be 3
        $report.Errors | Should -Be 0
        $report.Results.Count | Should -Be 1
        $report.Findings.Count | Should -Be 3
        @($report.AllowList) | Should -Be @('kms01.lab.kms-doctor.test')
        @($report.Unexpected | Where-Object Target -eq 'kms-old.lab.kms-doctor.test').Classification | Should -Be 'stale'
        $report.Hosts[0].Host | Should -Be 'kms01.lab.kms-doctor.test'
        $report.StartedAt | Should -BeOfType [datetime]
    }

    It 'lists a host as missing on the servers that lack it' {
        $fixture = Get-CliFixture 'publication-lab.json'
        $fixture.domains[0].hosts[0].presentOn = @()
        $fixture.domains[0].hosts[0].missingOn = @($fixture.domains[0].answers[0].server)
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { $fixture }.GetNewClosure()
        $result = Test-KmsDnsPublication -ComputerName kms01.lab.kms-doctor.test | Select-KmsType 'KmsDoctor.PublicationResult'
        @($result.Missing) | Should -Be @('kms01.lab.kms-doctor.test:1688')
    }

    It 'resolves -SnapshotPath and -EventPath against the PowerShell location' {
        # The files must exist: a missing one is an error of its own.
        Set-Content -LiteralPath (Join-Path $TestDrive 'kms01.json') -Value '{}'
        Set-Content -LiteralPath (Join-Path $TestDrive 'app.xml') -Value '<Events/>'
        Push-Location $TestDrive
        try {
            $null = Test-KmsDnsPublication -SnapshotPath kms01.json -EventPath app.xml
        } finally {
            Pop-Location
        }
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            $i = [array]::IndexOf($Argument, '--snapshot')
            $e = [array]::IndexOf($Argument, '--events')
            $i -gt 0 -and $Argument[$i + 1] -eq (Join-Path $TestDrive 'kms01.json') -and $e -gt 0 -and $Argument[$e + 1] -eq (Join-Path $TestDrive 'app.xml')
        }
    }

    It 'takes the hosts from the pipeline' {
        $null = 'kms01.contoso.com', 'kms02.contoso.com:1700' | Test-KmsDnsPublication
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'publication --host kms01.contoso.com --host kms02.contoso.com:1700 --timeout 3000'
        }
    }

    It 'emits nothing when the CLI could not run (the error was written by the choke point)' {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { }
        @(Test-KmsDnsPublication -ComputerName kms01.contoso.com).Count | Should -Be 0
    }
}
