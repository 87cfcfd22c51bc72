BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Snapshot = Join-Path $SamplesDir 'snapshots/client-dns-discovery-ok.json'
}

Describe 'Get-KmsClientState' -Tag Unit {
    BeforeAll {
        Mock Test-KmsDoctorWindows -ModuleName KmsDoctor { $false }
    }

    It 'has the expected parameters' {
        $actual = (Get-Command Get-KmsClientState).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters }
        Compare-Object -ReferenceObject @('Path', 'EventCount', 'Language') -DifferenceObject @($actual) | Should -BeNullOrEmpty
    }

    It 'reads a snapshot file into a KmsDoctor.ClientState' {
        $state = Get-KmsClientState -Path $Snapshot
        $state.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ClientState'
        $state.ComputerName | Should -Be 'CLIENT01'
        $state.Channel | Should -Be 'VOLUME_KMSCLIENT'
        $state.DiscoveredMachine | Should -Be 'kms01.contoso.com'
        $state.HostCaching | Should -BeTrue
        $null -eq $state.KmsMachine | Should -BeTrue
        $state.CollectedAt | Should -BeOfType [datetime]
        $state.CollectedAt.Kind | Should -Be 'Utc'
        $state.Service.ClientMachineId | Should -Be $state.ClientMachineId
        $state.Dns.PrimaryDnsSuffix | Should -Be 'contoso.com'
        $state.Path | Should -Be $Snapshot
    }

    It 'names the product slmgr calls primary: never an ESU add-on listed first, as the CLI chooses' {
        $state = Get-KmsClientState -Path (Join-Path $SamplesDir 'snapshots/client-office-grace-esu.json')
        $state.ProductName | Should -Be 'Windows(R), Enterprise edition'
        $state.Channel | Should -Be 'VOLUME_KMSCLIENT'
        @($state.Products).Count | Should -Be 3
    }

    It 'carries a KMS host''s Key Management Service log settings as KmsLog (null on a client)' {
        $hostState = Get-KmsClientState -Path (Join-Path $SamplesDir 'host/kms03-log-full-snapshot.json')
        $hostState.KmsLog.LogMode | Should -Be 'Retain'
        $hostState.KmsLog.IsFull | Should -BeTrue
        $hostState.KmsLog.RecordCount | Should -Be 2143
        $null -eq (Get-KmsClientState -Path $Snapshot).KmsLog | Should -BeTrue
    }

    It 'takes files from Get-ChildItem' {
        $states = @(Get-ChildItem (Join-Path $SamplesDir 'snapshots') -Filter '*.json' | Get-KmsClientState)
        $states.Count | Should -Be @(Get-ChildItem (Join-Path $SamplesDir 'snapshots') -Filter '*.json').Count
    }

    It 'writes KmsDoctor.NotASnapshot for a JSON file that is not a snapshot, and continues' {
        $states = @(Get-KmsClientState -Path (Join-Path $FixtureDir 'explain-code.json'), $Snapshot -ErrorVariable failed -ErrorAction SilentlyContinue)
        $states.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.NotASnapshot,Get-KmsClientState'
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidData'
    }

    It 'writes KmsDoctor.FileNotFound for a missing file' {
        Get-KmsClientState -Path (Join-Path $TestDrive 'nope.json') -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.FileNotFound,Get-KmsClientState'
    }

    It 'says collecting needs Windows when no -Path is given elsewhere' {
        Assert-NeedsWindowsWithoutPath Get-KmsClientState
    }

    It 'on Windows, runs the collector and deletes its temporary file' {
        Mock Test-KmsDoctorWindows -ModuleName KmsDoctor { $true }
        $temporary = Join-Path $TestDrive 'collected.json'
        Mock Invoke-KmsSnapshotCollector -ModuleName KmsDoctor { Copy-Item $Snapshot $temporary; $temporary }
        $state = Get-KmsClientState
        $state.ComputerName | Should -Be 'CLIENT01'
        $null -eq $state.Path | Should -BeTrue
        Test-Path $temporary | Should -BeFalse
    }
}
