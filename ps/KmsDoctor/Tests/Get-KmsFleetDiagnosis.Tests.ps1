<#
    Get-KmsFleetDiagnosis: the CLI boundary mocked (the argument array it builds, the objects it
    makes), then the real CLI on samples/fleet (skipped where node or the built CLI is missing).
#>

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'BuiltCli.ps1')
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:FleetDir = Join-Path $SamplesDir 'fleet'
}

Describe 'Get-KmsFleetDiagnosis' -Tag Unit {
    BeforeAll {
        $script:Json = '{"schemaVersion":1,"summary":{"clients":3,"hosts":1,"unreadable":0,"errors":1,"warnings":0},"cloneGroups":{"groups":[{"cmid":"c1","machines":2,"names":["a","b"],"hosts":[],"countLost":1}],"countLost":1},"activation":{"expiringTotal":0,"renewalsFailingTotal":0},"hosts":[],"split":null,"domains":[],"clock":{},"findings":[{"ruleId":"fleet/duplicate-cmid","severity":"error","title":"t","message":"2 machines share the CMID c1","target":"c1","evidence":[],"remedy":["sysprep /generalize"],"docs":"kmsdoctor explain fleet/duplicate-cmid"}]}'
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { ConvertFrom-Json -InputObject $Json }
        $script:all = @(Get-KmsFleetDiagnosis -Path $FleetDir -KmsLogPath x.xml -Probe -DnsServer 10.0.0.53)
    }

    It 'calls kmsdoctor fleet with the paths, the log, --probe and JSON output' {
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -Scope Describe -ParameterFilter {
            $Argument[0] -eq 'fleet' -and $Argument[1] -like '*fleet' -and ($Argument -join ' ') -match '--kms-log \S*x\.xml' -and $Argument -contains '--probe' -and ($Argument -join ' ') -match '--dns-server 10\.0\.0\.53' -and ($Argument -join ' ') -match '--format json$'
        }
    }

    It 'emits the findings, then the fleet report' {
        $all[0].PSObject.TypeNames[0] | Should -Be 'KmsDoctor.Finding'
        $all[0].RuleId | Should -Be 'fleet/duplicate-cmid'
        $all[-1].PSObject.TypeNames[0] | Should -Be 'KmsDoctor.FleetReport'
        $all[-1].Clients | Should -Be 3
        $all[-1].CountLost | Should -Be 1
        @($all[-1].CloneGroups)[0].names | Should -Be @('a', 'b')
    }
}

Describe 'Get-KmsFleetDiagnosis with the real CLI' -Tag Integration -Skip:(-not $Ready) {
    BeforeAll { Use-BuiltCli }
    AfterAll { Restore-CliSetting }

    It 'diagnoses the sample fleet: clone groups, the retired host, the report last' {
        $all = @(Get-KmsFleetDiagnosis -Path $FleetDir)
        $report = $all[-1]
        $report.Clients | Should -Be 60
        $report.CountLost | Should -Be 9
        @($all | Select-KmsType 'KmsDoctor.Finding' | Where-Object RuleId -eq 'fleet/duplicate-cmid').Count | Should -Be 2
        @($all | Select-KmsType 'KmsDoctor.Finding' | Where-Object RuleId -eq 'fleet/host-not-published').Target | Should -Be 'kms-old.corp.test:1688'
    }

    It 'writes the HTML dashboard with -OutFile and returns the file' {
        $file = Get-KmsFleetDiagnosis -Path $FleetDir -OutFile (Join-Path $TestDrive 'fleet.html')
        $file | Should -BeOfType [System.IO.FileInfo]
        Get-Content -Raw $file.FullName | Should -Match '<svg [^>]*id="chart-clones"'
    }
}
