<#
    One bad item in a batch: the good items are still run and returned, and each bad item is one
    non-terminating error with its own category and the item as TargetObject.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Events = Join-Path $SamplesDir 'events/client-wevtutil.xml'
    $script:Snapshot = Join-Path $SamplesDir 'snapshots/client-dns-discovery-ok.json'
    $script:OtherSnapshot = Join-Path $SamplesDir 'snapshots/client-skms-old-host.json'
}

Describe 'A batch with one bad item' -Tag Unit {
    BeforeAll {
        Set-CliFixtureMock 'port-lab.ndjson' -When { $Argument[0] -eq 'port' }
        Set-CliFixtureMock 'rpc-lab.ndjson' -When { $Argument[0] -eq 'rpc' }
        Set-CliFixtureMock 'connectivity-lab.ndjson' -When { $Argument[0] -eq 'connectivity' }
        Set-CliFixtureMock 'events-client.json' -When { $Argument[0] -eq 'events' }
        Set-CliFixtureMock 'analyze-events.ndjson' -When { $Argument[0] -eq 'analyze' }
    }

    It 'Test-KmsPort tests the good hosts and reports the invalid name alone' {
        $out = @(Test-KmsPort kms02.lab.kms-doctor.test, 'bad name!', kms-old.lab.kms-doctor.test -ErrorVariable bad -ErrorAction SilentlyContinue)
        $out.Count | Should -BeGreaterThan 0
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'port kms02.lab.kms-doctor.test kms-old.lab.kms-doctor.test --port 1688 --timeout 3000'
        }
        Assert-OneBadInput $bad -ErrorId 'KmsDoctor.InvalidName,Test-KmsPort' -Category InvalidArgument -Target 'bad name!'
    }

    It 'Test-KmsRpcEndpoint skips an endpoint with a bad port and binds the others' {
        $out = @(Test-KmsRpcEndpoint kms01.lab.kms-doctor.test, 'kms09.contoso.com:99999', '[::1]:1688' -ErrorVariable bad -ErrorAction SilentlyContinue)
        $out.Count | Should -BeGreaterThan 0
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'rpc kms01.lab.kms-doctor.test:1688 [::1]:1688 --timeout 3000'
        }
        Assert-OneBadInput $bad -Category InvalidArgument -Target 'kms09.contoso.com:99999'
    }

    It 'Test-KmsConnectivity checks the good hosts and domains, one error per bad one' {
        $out = @(Test-KmsConnectivity -SkipSnapshot -ComputerName kms01.contoso.com, 'kms..contoso.com' -Domain contoso.com, '-bad.example' -ErrorVariable bad -ErrorAction SilentlyContinue)
        $out[-1].PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ConnectivityReport'
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'connectivity --domain contoso.com --kms-host kms01.contoso.com --timeout 3000'
        }
        @($bad.TargetObject) | Should -Be @('kms..contoso.com', '-bad.example')
    }

    It 'Test-KmsConnectivity runs nothing when every named host is invalid' {
        Test-KmsConnectivity -SkipSnapshot -ComputerName 'a b' -ErrorVariable bad -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 0 -Exactly
        $bad.Count | Should -Be 1
    }

    It 'Get-KmsActivationEvent reads the files that exist and names the missing one' {
        $missing = Join-Path $TestDrive 'missing.xml'
        $out = @(Get-KmsActivationEvent -Path $Events, $missing -ErrorVariable bad -ErrorAction SilentlyContinue)
        $out.Count | Should -BeGreaterThan 0
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Argument[0] -eq 'events' -and $Argument -notcontains $missing -and $Argument -contains $Events }
        Assert-OneBadInput $bad -ErrorId 'KmsDoctor.FileNotFound,Get-KmsActivationEvent' -Category ObjectNotFound -Target $missing
    }

    It 'Get-KmsDiagnosis reports a path on a missing drive as an error of its own, not a DriveNotFoundException' {
        $out = @(Get-KmsDiagnosis -Path 'NoSuchDrive:\pc042.json' -ErrorVariable bad -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 0
        Assert-OneBadInput $bad -ErrorId 'KmsDoctor.PathNotFound,Get-KmsDiagnosis' -Target 'NoSuchDrive:\pc042.json'
        { Get-KmsDiagnosis -Path 'NoSuchDrive:\pc042.json' -ErrorAction Stop } | Should -Throw -ErrorId 'KmsDoctor.PathNotFound,Get-KmsDiagnosis'
        { Get-KmsActivationEvent -Path 'NoSuchDrive:\app.xml' -ErrorAction Ignore } | Should -Not -Throw
    }

    It 'Get-KmsDiagnosis goes on with the next piped file after a missing one' {
        $out = @((Join-Path $TestDrive 'gone.json'), $Snapshot | Get-KmsDiagnosis -ErrorVariable bad -ErrorAction SilentlyContinue)
        @($out | Select-KmsType 'KmsDoctor.ConnectivityReport').Count | Should -Be 1
        Assert-OneBadInput $bad -Category ObjectNotFound
    }
}

Describe 'Many files at once' -Tag Unit {
    BeforeAll {
        Set-CliFixtureMock 'analyze-events.ndjson'
    }

    It 'diagnoses each piped file on its own: one run and one report per client' {
        $all = @(Get-Item -LiteralPath $Snapshot, $OtherSnapshot | Get-KmsDiagnosis)
        @($all | Select-KmsType 'KmsDoctor.ConnectivityReport').Count | Should -Be 2
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 2 -Exactly
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Argument.Count -eq 2 -and $Argument[1] -eq $OtherSnapshot }
    }

    It 'keeps the files given together to -Path as one client' {
        $null = Get-KmsDiagnosis -Path $Snapshot, $Events
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Argument.Count -eq 3 -and $Argument[1] -eq $Snapshot -and $Argument[2] -eq $Events }
    }
}

Describe 'Paths on a missing drive, everywhere' -Tag Unit {
    BeforeAll {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { }
        Mock Test-KmsDoctorWindows -ModuleName KmsDoctor { $false }
    }

    It '<Name> reports exactly one KmsDoctor.PathNotFound error and throws nothing raw' -ForEach @(
        @{ Name = 'Get-KmsClientState'; Splat = @{ Path = 'NoSuchDrive:\a.json' } }
        @{ Name = 'Test-KmsConnectivity'; Splat = @{ SnapshotPath = 'NoSuchDrive:\a.json' } }
        @{ Name = 'Test-KmsDnsPublication'; Splat = @{ ComputerName = 'kms01.contoso.com'; SnapshotPath = 'NoSuchDrive:\a.json' } }
        @{ Name = 'Test-KmsReadiness'; Splat = @{ Domain = 'contoso.com'; OutFile = 'NoSuchDrive:\r.html' } }
        @{ Name = 'Export-KmsSupportBundle'; Splat = @{ Path = 'NoSuchDrive:\b.zip' } }
    ) {
        $script:bad = $null
        { & $Name @Splat -ErrorVariable script:bad -ErrorAction SilentlyContinue -WarningAction SilentlyContinue } | Should -Not -Throw
        @($bad).Count | Should -Be 1
        $bad[0].FullyQualifiedErrorId | Should -Be "KmsDoctor.PathNotFound,$Name"
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 0 -Exactly
    }
}
