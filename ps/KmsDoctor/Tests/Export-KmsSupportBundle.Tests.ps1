BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Snapshot = Join-Path $SamplesDir 'snapshots/client-dns-discovery-ok.json'
    $script:Dlv = Join-Path $SamplesDir 'dlv/client-en.txt'
    $script:Events = Join-Path $SamplesDir 'events/client-wevtutil.xml'

    # The zip's entries (as relative paths with /) after extracting it into TestDrive.
    function Get-BundleEntry([string] $Zip) {
        $folder = Join-Path $TestDrive ('x-' + [guid]::NewGuid().ToString('N'))
        Expand-Archive -LiteralPath $Zip -DestinationPath $folder
        $script:Extracted = $folder
        Get-ChildItem -LiteralPath $folder -Recurse -File | ForEach-Object { $_.FullName.Substring($folder.Length + 1).Replace('\', '/') } | Sort-Object
    }
}

Describe 'Export-KmsSupportBundle' -Tag Unit {
    BeforeAll {
        Mock Test-KmsDoctorWindows -ModuleName KmsDoctor { $false }
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { Get-CliFixture 'connectivity-snapshot.json' -Raw }
    }

    It 'has the expected parameters and supports -WhatIf/-Confirm' {
        $command = Get-Command Export-KmsSupportBundle
        $actual = $command.Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters -and $_ -notin 'WhatIf', 'Confirm' }
        Compare-Object -ReferenceObject @('Path', 'SnapshotPath', 'DlvPath', 'SlmgrIniPath', 'EventPath', 'DnsServer', 'TimeoutMs', 'SkipReport', 'Force', 'Language') -DifferenceObject @($actual) | Should -BeNullOrEmpty
        $command.Parameters.Keys | Should -Contain 'WhatIf'
        $command.Parameters.Keys | Should -Contain 'Confirm'
    }

    It 'packs the given files and a report made from the bundle''s own copies' {
        $zip = Join-Path $TestDrive 'case.zip'
        $file = Export-KmsSupportBundle -Path $zip -SnapshotPath $Snapshot -DlvPath $Dlv -EventPath $Events -DnsServer 127.0.0.1:5353
        $file | Should -BeOfType [System.IO.FileInfo]
        $file.FullName | Should -Be $zip
        Get-BundleEntry $zip | Should -Be @('events/01-client-wevtutil.xml', 'README.txt', 'report.json', 'slmgr-dlv.txt', 'snapshot.json')
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            $Output -eq 'Raw' -and ($Argument -join ' ') -eq 'connectivity --snapshot snapshot.json --events events/01-client-wevtutil.xml --dns-server 127.0.0.1:5353 --timeout 3000'
        }
        (Get-Content -Raw (Join-Path $Extracted 'report.json') | ConvertFrom-Json).command | Should -Be 'connectivity'
        Get-Content -Raw (Join-Path $Extracted 'snapshot.json') | Should -Be (Get-Content -Raw $Snapshot)
        $readme = Get-Content -Raw (Join-Path $Extracted 'README.txt')
        $readme | Should -Match 'Missing:\r\n  \(nothing\)'
        $readme | Should -Match 'report\.json +kmsdoctor connectivity'
    }

    It 'makes the report from /dlv text and slmgr.ini when there is no snapshot' {
        $zip = Join-Path $TestDrive 'dlv.zip'
        Export-KmsSupportBundle -Path $zip -DlvPath (Join-Path $SamplesDir 'dlv/client-ja.txt') -SlmgrIniPath (Join-Path $SamplesDir 'dlv/slmgr-0411.ini') -WarningAction SilentlyContinue | Out-Null
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'connectivity --dlv slmgr-dlv.txt --slmgr-ini slmgr.ini --timeout 3000'
        }
        Get-BundleEntry $zip | Should -Be @('README.txt', 'report.json', 'slmgr-dlv.txt', 'slmgr.ini')
    }

    It 'writes atomically: nothing but the zip is left next to it' {
        $folder = Join-Path $TestDrive 'atomic'
        New-Item -ItemType Directory -Path $folder | Out-Null
        Export-KmsSupportBundle -Path (Join-Path $folder 'b.zip') -SnapshotPath $Snapshot -SkipReport -WarningAction SilentlyContinue | Out-Null
        @(Get-ChildItem -LiteralPath $folder -Force).Name | Should -Be @('b.zip')
    }

    It 'skips the Windows-only parts elsewhere with warnings and says so in README.txt' {
        $zip = Join-Path $TestDrive 'empty.zip'
        Export-KmsSupportBundle -Path $zip -WarningVariable said -WarningAction SilentlyContinue | Out-Null
        $said.Count | Should -Be 3
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 0 -Exactly
        Get-BundleEntry $zip | Should -Be @('README.txt')
        $readme = Get-Content -Raw (Join-Path $Extracted 'README.txt')
        $readme | Should -Match 'slmgr-dlv\.txt: slmgr /dlv needs Windows'
        $readme | Should -Match 'snapshot\.json: collecting a snapshot needs Windows'
        $readme | Should -Match 'events/\*\.evtx: the event logs need Windows'
        $readme | Should -Match 'report\.json: nothing in the bundle describes the client'
    }

    It 'writes nothing and runs nothing with -WhatIf' {
        $zip = Join-Path $TestDrive 'whatif.zip'
        Export-KmsSupportBundle -Path $zip -SnapshotPath $Snapshot -WhatIf 6>&1 | Out-Null
        Test-Path $zip | Should -BeFalse
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 0 -Exactly
    }

    It 'replaces an existing bundle only with -Force' {
        $zip = Join-Path $TestDrive 'exists.zip'
        Set-Content -LiteralPath $zip -Value 'old'
        Export-KmsSupportBundle -Path $zip -SnapshotPath $Snapshot -SkipReport -ErrorVariable failed -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.BundleExists,Export-KmsSupportBundle'
        Get-Content -LiteralPath $zip | Should -Be 'old'
        Export-KmsSupportBundle -Path $zip -SnapshotPath $Snapshot -SkipReport -Force -WarningAction SilentlyContinue | Out-Null
        Get-BundleEntry $zip | Should -Contain 'snapshot.json'
    }

    It 'names a missing input as an error and in README.txt, and still writes the bundle' {
        $zip = Join-Path $TestDrive 'missing.zip'
        Export-KmsSupportBundle -Path $zip -SnapshotPath (Join-Path $TestDrive 'nope.json') -DlvPath $Dlv -EventPath $Events -SkipReport -ErrorVariable failed -ErrorAction SilentlyContinue | Out-Null
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.FileNotFound,Export-KmsSupportBundle'
        Get-BundleEntry $zip | Should -Not -Contain 'snapshot.json'
        Get-Content -Raw (Join-Path $Extracted 'README.txt') | Should -Match 'snapshot\.json: the file given does not exist'
    }
}

Describe 'Export-KmsSupportBundle on Windows (slmgr, wevtutil and the collector stood in for)' -Tag Unit {
    BeforeAll {
        $script:Stubs = @()
        foreach ($name in 'cscript.exe', 'wevtutil.exe') {
            if (-not (Get-Command $name -ErrorAction SilentlyContinue)) {
                Set-Item -Path "function:global:$name" -Value { param([Parameter(ValueFromRemainingArguments)] $Rest) throw 'stub: not mocked' }
                $script:Stubs += $name
            }
        }
        if (-not (Get-Command Get-WinEvent -ErrorAction SilentlyContinue)) {
            function global:Get-WinEvent { [CmdletBinding()] param([string] $ListLog, [hashtable[]] $FilterHashtable, [long] $MaxEvents, [string] $LogName, [switch] $Oldest) throw 'stub: not mocked' }
            $script:Stubs += 'Get-WinEvent'
        }
        Mock Test-KmsDoctorWindows -ModuleName KmsDoctor { $true }
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { Get-CliFixture 'connectivity-snapshot.json' -Raw }
        Mock cscript.exe -ModuleName KmsDoctor { $global:LASTEXITCODE = 0; 'ライセンスの状態: ライセンスされています'; 'DNS の KMS コンピューター名: kms01.contoso.com:1688' }
        Mock wevtutil.exe -ModuleName KmsDoctor { Set-Content -LiteralPath $Rest[2] -Value 'ElfFile'; $global:LASTEXITCODE = 0 }
        # A KMS host: its Key Management Service log exists.
        Mock Get-WinEvent -ModuleName KmsDoctor -ParameterFilter { $ListLog -eq 'Key Management Service' } {
            [pscustomobject]@{ LogName = 'Key Management Service'; LogMode = 'Retain'; FileSize = [long] 1052672; MaximumSizeInBytes = [long] 1052672; RecordCount = [long] 2143; IsLogFull = $true; IsEnabled = $true; LogFilePath = '%SystemRoot%\System32\Winevt\Logs\Key Management Service.evtx' }
        }
        Mock Get-WinEvent -ModuleName KmsDoctor -ParameterFilter { $LogName -eq 'Key Management Service' -and $Oldest -and $MaxEvents -eq 1 } {
            [pscustomobject]@{ Id = 12290; TimeCreated = [datetime]::SpecifyKind([datetime] '2026-11-16T03:12:40', [DateTimeKind]::Utc).ToLocalTime() }
        }
        Mock Invoke-KmsSnapshotCollector -ModuleName KmsDoctor {
            $copy = Join-Path $TestDrive 'collected.json'
            Copy-Item $Snapshot $copy
            $copy
        }
        $script:Zip = Join-Path $TestDrive 'host.zip'
        Export-KmsSupportBundle -Path $Zip | Out-Null
        $script:Entries = Get-BundleEntry $Zip
    }
    AfterAll {
        foreach ($name in $script:Stubs) { Remove-Item -Path "function:global:$name" }
    }

    It 'collects slmgr /dlv, both event logs, the snapshot and the report' {
        $Entries | Should -Be @('events/key-management-service-settings.json', 'events/key-management-service.evtx', 'events/spp-application.evtx', 'README.txt', 'report.json', 'slmgr-dlv.txt', 'snapshot.json')
    }

    It 'adds the Key Management Service log''s settings: size, limit, retention, records, full, oldest record' {
        $settings = Get-Content -Raw (Join-Path $Extracted 'events/key-management-service-settings.json') | ConvertFrom-Json
        $settings.LogMode | Should -Be 'Retain'
        $settings.MaximumSizeInBytes | Should -Be 1052672
        $settings.RecordCount | Should -Be 2143
        $settings.IsLogFull | Should -BeTrue
        Get-Content -Raw (Join-Path $Extracted 'events/key-management-service-settings.json') | Should -Match '"OldestRecordTime":\s*"2026-11-16T03:12:40\.000Z"'
        Get-Content -Raw (Join-Path $Extracted 'README.txt') | Should -Match 'key-management-service-settings\.json'
    }

    It 'runs cscript //nologo slmgr.vbs /dlv and keeps its localized text as UTF-8' {
        Should -Invoke cscript.exe -ModuleName KmsDoctor -Scope Describe -Times 1 -Exactly -ParameterFilter { $Rest[0] -eq '//nologo' -and $Rest[1] -like '*slmgr.vbs' -and $Rest[2] -eq '/dlv' }
        Get-Content -Raw -Encoding UTF8 (Join-Path $Extracted 'slmgr-dlv.txt') | Should -Match 'ライセンスの状態: ライセンスされています'
    }

    It 'exports the SPP events of the Application log and the Key Management Service log with wevtutil epl' {
        Should -Invoke wevtutil.exe -ModuleName KmsDoctor -Scope Describe -Times 1 -Exactly -ParameterFilter {
            $Rest[0] -eq 'epl' -and $Rest[1] -eq 'Application' -and $Rest[3] -eq "/q:*[System[Provider[@Name='Microsoft-Windows-Security-SPP']]]"
        }
        Should -Invoke wevtutil.exe -ModuleName KmsDoctor -Scope Describe -Times 1 -Exactly -ParameterFilter { $Rest[0] -eq 'epl' -and $Rest[1] -eq 'Key Management Service' }
    }

    It 'makes the report from the collected snapshot only (the .evtx files are for support)' {
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Scope Describe -Times 1 -Exactly -ParameterFilter {
            ($Argument -join ' ') -eq 'connectivity --snapshot snapshot.json --timeout 3000'
        }
        Get-Content -Raw (Join-Path $Extracted 'README.txt') | Should -Match 'Missing:\r\n  \(nothing\)'
    }
}

Describe 'Export-KmsSupportBundle zip entries' -Tag Unit {
    BeforeAll {
        Mock Test-KmsDoctorWindows -ModuleName KmsDoctor { $false }
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { Get-CliFixture 'connectivity-snapshot.json' -Raw }
    }

    It 'names entries with / as the zip format says, read from the archive itself' {
        $zip = Join-Path $TestDrive 'slashes.zip'
        Export-KmsSupportBundle -Path $zip -SnapshotPath $Snapshot -EventPath $Events -SkipReport -WarningAction SilentlyContinue | Out-Null
        Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
        $archive = [System.IO.Compression.ZipFile]::OpenRead($zip)
        try { $names = @($archive.Entries | ForEach-Object FullName) } finally { $archive.Dispose() }
        $names | Should -Contain 'events/01-client-wevtutil.xml'
        $names | Where-Object { $_.Contains('\') } | Should -BeNullOrEmpty
    }

    It 'does not use Compress-Archive, which writes \ in entry names on Windows PowerShell 5.1' {
        $files = Get-ChildItem (Join-Path $PSScriptRoot '..') -Recurse -Filter '*.ps1' | Where-Object Name -notlike '*.Tests.ps1'
        $calls = foreach ($file in $files) {
            $ast = [System.Management.Automation.Language.Parser]::ParseFile($file.FullName, [ref] $null, [ref] $null)
            $ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] -and $node.GetCommandName() -eq 'Compress-Archive' }, $true) | ForEach-Object { "$($file.Name): $($_.Extent.Text)" }
        }
        @($calls) | Should -BeNullOrEmpty
    }
}
