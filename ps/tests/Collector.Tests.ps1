<#
    Unit tests of ps/collector/Get-KmsSnapshot.ps1. CIM, event log, DNS client and registry reads
    are mocked with objects shaped like the real ones (property names and CIM types as Windows
    reports them), so the tests run on Linux pwsh, where those commands do not exist: they are
    stubbed first, then mocked. The UI language is mocked too (Get-UICulture, Get-Culture); the
    slmgr.ini files are real, under a stand-in $env:SystemRoot in .tmp/collector-out/Windows/
    (samples/dlv/slmgr-0411.ini as System32/slmgr/0411/slmgr.ini, others written by the tests), so
    the collector's own UTF-16 decoding is what is tested. Every snapshot produced is also written to .tmp/collector-out/
    and validated against src/snapshot/snapshot.schema.json by the Node tool
    test/tools/validate-snapshot.ts, so the collector and the Node side share one contract.
#>

BeforeAll {
    $script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $script:Collector = Join-Path $RepoRoot 'ps/collector/Get-KmsSnapshot.ps1'
    $script:OutDir = Join-Path $RepoRoot '.tmp/collector-out'
    New-Item -ItemType Directory -Force -Path $OutDir | Out-Null
    Get-ChildItem -LiteralPath $OutDir -Filter '*.json' | Remove-Item -Force

    # Stubs, only where the real command is missing (Linux), so that Mock has something to replace.
    $script:Stubs = @()
    if (-not (Get-Command Get-CimInstance -ErrorAction SilentlyContinue)) {
        function global:Get-CimInstance {
            [CmdletBinding()] param([Parameter(Position = 0)] [string] $ClassName, [string] $Filter, [string] $Namespace)
            throw 'Get-CimInstance stub: not mocked'
        }
        $script:Stubs += 'Get-CimInstance'
    }
    if (-not (Get-Command Get-WinEvent -ErrorAction SilentlyContinue)) {
        function global:Get-WinEvent {
            [CmdletBinding()] param([hashtable[]] $FilterHashtable, [long] $MaxEvents, [string[]] $ListLog, [string[]] $LogName, [switch] $Oldest)
            throw 'Get-WinEvent stub: not mocked'
        }
        $script:Stubs += 'Get-WinEvent'
    }
    if (-not (Get-Command Get-NetFirewallRule -ErrorAction SilentlyContinue)) {
        function global:Get-NetFirewallRule {
            [CmdletBinding()] param([string[]] $Name)
            throw 'Get-NetFirewallRule stub: not mocked'
        }
        $script:Stubs += 'Get-NetFirewallRule'
    }
    foreach ($name in 'Get-DnsClientGlobalSetting', 'Get-DnsClient', 'Get-DnsClientServerAddress') {
        if (-not (Get-Command $name -ErrorAction SilentlyContinue)) {
            Set-Item -Path "function:global:$name" -Value { [CmdletBinding()] param() throw 'DnsClient stub: not mocked' }
            $script:Stubs += $name
        }
    }

    $script:SppKey = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\SoftwareProtectionPlatform'
    $script:TcpipKey = 'HKLM:\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters'
    $script:WindowsAppId = '55c92734-d682-4d71-983e-d6ec3f16059f'
    $script:OfficeAppId = '0ff1ce15-a989-479d-af46-f275c6370663'
    $script:NotFound = [uint32] 4294967295

    # The collector reads $env:SystemRoot\System32\slmgr\<LANGID>\slmgr.ini; a folder under .tmp/
    # stands in for C:\Windows (Linux has no SystemRoot). Only 0411 (Japanese) exists unless a test
    # writes another: an English machine has no slmgr\0409\slmgr.ini.
    $script:SavedSystemRoot = $env:SystemRoot
    $script:FakeWindows = Join-Path $OutDir 'Windows'
    if (Test-Path -LiteralPath $FakeWindows) { Remove-Item -LiteralPath $FakeWindows -Recurse -Force }
    $env:SystemRoot = $FakeWindows

    function Get-IniPath([string] $LangId) {
        [System.IO.Path]::Combine($FakeWindows, 'System32', 'slmgr', $LangId, 'slmgr.ini')
    }

    # Writes lines as a slmgr.ini is stored: UTF-16LE with a byte-order mark (or without: -NoBom), CRLF line ends.
    function New-IniFile([string] $LangId, [string[]] $Lines, [switch] $NoBom) {
        $file = Get-IniPath $LangId
        New-Item -ItemType Directory -Force -Path ([System.IO.Path]::GetDirectoryName($file)) | Out-Null
        [System.IO.File]::WriteAllText($file, ($Lines -join "`r`n") + "`r`n", [System.Text.UnicodeEncoding]::new($false, -not $NoBom))
        $file
    }

    $script:JapaneseIniPath = Get-IniPath '0411'
    New-Item -ItemType Directory -Force -Path ([System.IO.Path]::GetDirectoryName($JapaneseIniPath)) | Out-Null
    Copy-Item -LiteralPath (Join-Path $RepoRoot 'samples/dlv/slmgr-0411.ini') -Destination $JapaneseIniPath

    # A value of the current scenario; a scriptblock is run, so a part can throw like Windows does.
    function Get-ScenarioValue([string] $Part) {
        $value = $global:KmsDoctorScenario[$Part]
        if ($value -is [scriptblock]) { return & $value }
        $value
    }

    function New-EventRecord([int] $Id, [datetime] $Utc, [long] $RecordId, [string[]] $Data, [string] $Log = 'Application', [string] $Computer = 'client01.contoso.com') {
        $provider = 'Microsoft-Windows-Security-SPP'
        [pscustomobject]@{
            Id           = $Id
            RecordId     = $RecordId
            TimeCreated  = [datetime]::SpecifyKind($Utc, [DateTimeKind]::Utc).ToLocalTime()
            ProviderName = $provider
            LogName      = $Log
            MachineName  = $Computer
            Properties   = @($Data | ForEach-Object { [pscustomobject]@{ Value = $_ } })
            Message      = 'localized text the collector must not read'
        }
    }

    function New-ErrorRecord([string] $Message, [string] $ErrorId, [System.Management.Automation.ErrorCategory] $Category = 'ObjectNotFound') {
        [System.Management.Automation.ErrorRecord]::new([System.Exception]::new($Message), $ErrorId, $Category, $null)
    }

    # The base machine: a domain-joined Windows 11 Enterprise KMS client, activated through DNS
    # discovery by kms01.contoso.com:1688. Scenarios override parts of it.
    function New-ClientScenario {
        $cmid = 'e3f1c1a9-6f0b-4b7e-9a51-2c7d2b8f4a10'
        $epid = '03612-00206-556-123456-03-1033-20348.0000-3052023'
        @{
            OS          = [pscustomobject]@{ Caption = 'Microsoft Windows 11 Enterprise'; Version = '10.0.22631' }
            CS          = [pscustomobject]@{ Name = 'CLIENT01'; DNSHostName = 'client01'; Domain = 'contoso.com'; PartOfDomain = $true }
            Service     = [pscustomobject]@{
                Version                                        = '10.0.22621.2506'
                ClientMachineID                                = $cmid
                KeyManagementServiceMachine                    = $null
                KeyManagementServicePort                       = [uint32] 0
                KeyManagementServiceLookupDomain               = ''
                KeyManagementServiceHostCaching                = $true
                DiscoveredKeyManagementServiceMachineName      = 'kms01.contoso.com'
                DiscoveredKeyManagementServiceMachinePort      = [uint32] 1688
                DiscoveredKeyManagementServiceMachineIpAddress = '10.20.0.15'
                KeyManagementServiceProductKeyID               = $epid
                VLActivationInterval                           = [uint32] 120
                VLRenewalInterval                              = [uint32] 10080
                IsKeyManagementServiceMachine                  = [uint32] 0
                KeyManagementServiceCurrentCount               = $NotFound
                RequiredClientCount                            = $NotFound
                KeyManagementServiceListeningPort              = [uint32] 0
                KeyManagementServiceDnsPublishing              = $true
                KeyManagementServiceLowPriority                = $false
                KeyManagementServiceTotalRequests              = $NotFound
                KeyManagementServiceFailedRequests             = $NotFound
                KeyManagementServiceUnlicensedRequests         = $NotFound
                KeyManagementServiceLicensedRequests           = $NotFound
                KeyManagementServiceOOBGraceRequests           = $NotFound
                KeyManagementServiceOOTGraceRequests           = $NotFound
                KeyManagementServiceNonGenuineGraceRequests    = $NotFound
                KeyManagementServiceNotificationRequests       = $NotFound
                RemainingWindowsReArmCount                     = [uint32] 1001
            }
            Products    = @(
                (New-Product -Id '73111121-5638-40f6-bc11-f1d7b0d64300' -Name 'Windows(R), Enterprise edition' -Description 'Windows(R) Operating System, VOLUME_KMSCLIENT channel' -KeyChannel 'Volume:GVLK' -PartialKey '2YT43' -Status 1 -Grace 259140 -Discovered 'kms01.contoso.com' -Epid $epid)
                (New-Product -Id 'fbdb3e18-a8ef-4fb3-9183-dffd60bd0984' -AppId $OfficeAppId -Name 'Office 21, Office21ProPlus2021VL_KMS_Client_AE edition' -Description 'Office 21, VOLUME_KMSCLIENT channel' -KeyChannel 'Volume:GVLK' -PartialKey '6F7TH' -Status 1 -Grace 259080 -Discovered 'kms01.contoso.com' -Epid $epid)
                # Another application's license with a key: not Windows, not Office, so left out.
                (New-Product -Id '2b5cb5ba-1a4a-4ef5-8a1c-1b2ec3b1c9a1' -AppId '3c5fd4d7-3a87-4b92-9cf3-e8bd1a4f5d11' -Name 'Some add-on' -Description 'Add-on, RETAIL channel' -KeyChannel 'Retail' -PartialKey 'ABCDE' -Status 1)
            )
            Spp         = [pscustomobject]@{ VLActivationInterval = 120; VLRenewalInterval = 10080; SkipRearm = 0; TokenStore = 'C:\Windows\System32\spp\store\2.0' }
            Tcpip       = [pscustomobject]@{ 'NV Domain' = 'contoso.com'; Domain = 'contoso.com'; Hostname = 'client01' }
            # SPPSVC-In-TCP as Windows ships it: disabled, all profiles.
            Firewall    = [pscustomobject]@{ Name = 'SPPSVC-In-TCP'; DisplayName = 'Key Management Service (TCP-In)'; Enabled = 'False'; Profile = 'Any'; Direction = 'Inbound' }
            DnsGlobal   = [pscustomobject]@{ SuffixSearchList = [string[]] @('contoso.com', 'emea.contoso.com') }
            DnsClients  = @(
                [pscustomobject]@{ InterfaceAlias = 'Ethernet'; ConnectionSpecificSuffix = 'emea.contoso.com' }
                [pscustomobject]@{ InterfaceAlias = 'Wi-Fi'; ConnectionSpecificSuffix = '' }
                [pscustomobject]@{ InterfaceAlias = 'Loopback Pseudo-Interface 1'; ConnectionSpecificSuffix = '' }
            )
            DnsServers  = @(
                [pscustomobject]@{ InterfaceAlias = 'Ethernet'; AddressFamily = 2; ServerAddresses = [string[]] @('10.20.0.10', '10.20.0.11') }
                [pscustomobject]@{ InterfaceAlias = 'Wi-Fi'; AddressFamily = 2; ServerAddresses = [string[]] @('10.20.0.10') }
                [pscustomobject]@{ InterfaceAlias = 'Loopback Pseudo-Interface 1'; AddressFamily = 2; ServerAddresses = [string[]] @() }
            )
            AppEvents   = @(
                # Get-WinEvent returns newest first; 12288/12289 carry one comma-joined Data element.
                (New-EventRecord 12289 ([datetime] '2026-11-25T08:15:03') 48213 @("0x0, 0x0, 1, 0, 42, 120, 10080, 2026/11/25 8:15"))
                (New-EventRecord 12288 ([datetime] '2026-11-25T08:15:02') 48212 @("0x0, 0x0, kms01.contoso.com:1688, $cmid, 2026/11/25 8:15, 0, 1, 129540, 73111121-5638-40f6-bc11-f1d7b0d64300, 25"))
                (New-EventRecord 8198 ([datetime] '2026-11-18T07:59:40') 47102 @('hr=0xC004F074', 'RuleId=31e71c49-8da7-4a2f-ad92-45d98a1c79ba;Action=AutoActivate;AppId=55c92734-d682-4d71-983e-d6ec3f16059f;SkuId=73111121-5638-40f6-bc11-f1d7b0d64300;NotificationInterval=1440;Trigger=TimerEvent'))
                (New-EventRecord 12288 ([datetime] '2026-11-18T07:59:39') 47101 @("0x800706BA, 0x0, kms-old.contoso.com:1688, $cmid, 2026/11/18 7:59, 0, 1, 119460, 73111121-5638-40f6-bc11-f1d7b0d64300, "))
            )
            KmsEvents   = { throw (New-ErrorRecord 'There is not an event log on the localhost computer that matches "Key Management Service".' 'NoMatchingLogsFound,Microsoft.PowerShell.Commands.GetWinEventCommand') }
            # Get-WinEvent -ListLog on a machine without the log (not a KMS host).
            KmsLog      = { throw (New-ErrorRecord 'There is not an event log on the localhost computer that matches "Key Management Service".' 'NoMatchingLogsFound,Microsoft.PowerShell.Commands.GetWinEventCommand') }
            KmsOldest   = { throw 'the oldest record of a log that does not exist was asked for' }
            # An English (en-US) machine: Windows ships no slmgr\0409\slmgr.ini.
            UICulture   = [pscustomobject]@{ Name = 'en-US'; LCID = 1033 }
            Culture     = [pscustomobject]@{ Name = 'en-US'; LCID = 1033 }
        }
    }

    function New-Product {
        param(
            [string] $Id, [string] $AppId = $WindowsAppId, [string] $Name, [string] $Description, [string] $KeyChannel, [string] $PartialKey,
            [uint32] $Status = 1, [uint32] $Grace = 0, [string] $Discovered = '', [string] $Epid = '', [uint32] $IsHost = 0,
            [uint32] $CurrentCount = 4294967295, [uint32] $Required = 4294967295, [uint32] $Reason = 0, [switch] $OldBuild, [bool] $Addon = $false
        )
        $p = [ordered]@{
            ID                                             = $Id
            ApplicationID                                  = $AppId
            Name                                           = $Name
            Description                                    = $Description
            ProductKeyChannel                              = $KeyChannel
            PartialProductKey                              = $PartialKey
            LicenseStatus                                  = $Status
            LicenseStatusReason                            = $Reason
            GracePeriodRemaining                           = $Grace
            KeyManagementServiceMachine                    = $null
            KeyManagementServicePort                       = [uint32] 0
            KeyManagementServiceLookupDomain               = $null
            DiscoveredKeyManagementServiceMachineName      = $Discovered
            DiscoveredKeyManagementServiceMachinePort      = [uint32] $(if ($Discovered) { 1688 } else { 0 })
            DiscoveredKeyManagementServiceMachineIpAddress = $(if ($Discovered) { '10.20.0.15' } else { '' })
            KeyManagementServiceProductKeyID               = $Epid
            VLActivationInterval                           = [uint32] 120
            VLRenewalInterval                              = [uint32] 10080
            VLActivationTypeEnabled                        = [uint32] 0
            IsKeyManagementServiceMachine                  = $IsHost
            KeyManagementServiceCurrentCount               = $CurrentCount
            RequiredClientCount                            = $Required
            LicenseIsAddon                                 = $Addon
            TrustedTime                                    = [datetime]::new(2025, 3, 1, 9, 30, 0, [System.DateTimeKind]::Utc)
        }
        if ($OldBuild) {
            foreach ($missing in 'DiscoveredKeyManagementServiceMachineIpAddress', 'KeyManagementServiceLookupDomain', 'VLActivationTypeEnabled', 'ProductKeyChannel') { $p.Remove($missing) }
        }
        [pscustomobject] $p
    }

    function Set-ScenarioMocks {
        Mock Get-CimInstance -ParameterFilter { $ClassName -eq 'Win32_OperatingSystem' } -MockWith { Get-ScenarioValue 'OS' }
        Mock Get-CimInstance -ParameterFilter { $ClassName -eq 'Win32_ComputerSystem' } -MockWith { Get-ScenarioValue 'CS' }
        Mock Get-CimInstance -ParameterFilter { $ClassName -eq 'SoftwareLicensingService' } -MockWith { Get-ScenarioValue 'Service' }
        Mock Get-CimInstance -ParameterFilter { $ClassName -eq 'SoftwareLicensingProduct' -and $Filter -eq 'PartialProductKey IS NOT NULL' } -MockWith { Get-ScenarioValue 'Products' }
        Mock Get-ItemProperty -ParameterFilter { $LiteralPath -eq $SppKey } -MockWith { Get-ScenarioValue 'Spp' }
        Mock Get-ItemProperty -ParameterFilter { $LiteralPath -eq $TcpipKey } -MockWith { Get-ScenarioValue 'Tcpip' }
        Mock Get-NetFirewallRule -ParameterFilter { $Name -eq 'SPPSVC-In-TCP' } -MockWith { Get-ScenarioValue 'Firewall' }
        Mock Get-DnsClientGlobalSetting -MockWith { Get-ScenarioValue 'DnsGlobal' }
        Mock Get-DnsClient -MockWith { Get-ScenarioValue 'DnsClients' }
        Mock Get-DnsClientServerAddress -MockWith { Get-ScenarioValue 'DnsServers' }
        Mock Get-WinEvent -ParameterFilter { $null -ne $FilterHashtable -and $FilterHashtable[0].LogName -eq 'Application' } -MockWith {
            $events = @(Get-ScenarioValue 'AppEvents')
            $wanted = @($FilterHashtable[0].Id)
            if ($FilterHashtable[0].ProviderName -ne 'Microsoft-Windows-Security-SPP') { throw 'unexpected provider' }
            $events = @($events | Where-Object { $wanted -contains $_.Id })
            if ($events.Count -eq 0) { throw (New-ErrorRecord 'No events were found that match the specified selection criteria.' 'NoMatchingEventsFound,Microsoft.PowerShell.Commands.GetWinEventCommand') }
            $events | Select-Object -First $MaxEvents
        }
        Mock Get-WinEvent -ParameterFilter { $null -ne $FilterHashtable -and $FilterHashtable[0].LogName -eq 'Key Management Service' } -MockWith {
            Get-ScenarioValue 'KmsEvents' | Select-Object -First $MaxEvents
        }
        Mock Get-WinEvent -ParameterFilter { @($ListLog) -contains 'Key Management Service' } -MockWith { Get-ScenarioValue 'KmsLog' }
        Mock Get-WinEvent -ParameterFilter { @($LogName) -contains 'Key Management Service' -and $Oldest -and $MaxEvents -eq 1 } -MockWith { Get-ScenarioValue 'KmsOldest' }
        Mock Get-UICulture -MockWith { Get-ScenarioValue 'UICulture' }
        Mock Get-Culture -MockWith { Get-ScenarioValue 'Culture' }
    }

    # Runs the collector with -OutFile into .tmp/collector-out/<Name>.json and parses the result.
    function Invoke-Collector([string] $Name, [hashtable] $Scenario, [int] $EventCount = 50) {
        $global:KmsDoctorScenario = $Scenario
        $file = Join-Path $OutDir "$Name.json"
        & $Collector -OutFile $file -EventCount $EventCount
        $text = [System.IO.File]::ReadAllText($file, [System.Text.UTF8Encoding]::new($false))
        [pscustomobject]@{ File = $file; Snapshot = ConvertFrom-Json -InputObject $text; Text = $text }
    }

    # The Node-side validator must accept a run's file: every scenario proves the schema holds.
    function Assert-SnapshotAccepted($Run) {
        $check = Test-SnapshotSchema $Run.File
        $check.ExitCode | Should -Be 0 -Because $check.Output
    }

    # The Node-side validator: exit code 0 when the file matches the snapshot schema.
    function Test-SnapshotSchema([string] $File) {
        Push-Location $RepoRoot
        try {
            $output = & node --import tsx test/tools/validate-snapshot.ts $File 2>&1
            [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = ($output | Out-String) }
        } finally {
            Pop-Location
        }
    }
}

AfterAll {
    foreach ($name in $script:Stubs) { Remove-Item -Path "function:global:$name" -ErrorAction SilentlyContinue }
    $env:SystemRoot = $script:SavedSystemRoot
    Remove-Variable -Name KmsDoctorScenario -Scope Global -ErrorAction SilentlyContinue
}

Describe 'Get-KmsSnapshot.ps1: KMS client activated through DNS discovery' -Tag Unit {
    BeforeAll {
        Set-ScenarioMocks
        $script:Run = Invoke-Collector 'client-dns-discovery' (New-ClientScenario)
        $script:S = $Run.Snapshot
    }

    It 'writes a snapshot that the Node side accepts (schema urn:kms-doctor:snapshot:1)' {
        $check = Test-SnapshotSchema $Run.File
        $check.Output | Should -Match 'valid'
        $check.ExitCode | Should -Be 0 -Because $check.Output
    }

    It 'has the header the Node side expects' {
        $S.kind | Should -Be 'kms-doctor-snapshot'
        $S.schemaVersion | Should -Be 1
        , $S.sources | Should -BeOfType [object[]]
        @($S.sources) | Should -Be @('cim')
        # Checked in the text: ConvertFrom-Json on PowerShell 7 turns ISO strings into [datetime].
        $Run.Text | Should -Match '"collectedAt":\s*"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"'
        $Run.Text | Should -Match '"clockUtc":\s*"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"'
        @($S.notes).Count | Should -Be 0
    }

    It 'has no Key Management Service log (not a KMS host): kmsLog null, without a note' {
        $S.kmsLog | Should -BeNullOrEmpty
        $Run.Text | Should -Match '"kmsLog":\s*null'
        @($S.notes | Where-Object { $_ -like '*Key Management Service*' }) | Should -HaveCount 0
    }

    It 'reads the computer from Win32_ComputerSystem and Win32_OperatingSystem' {
        $S.computer.name | Should -Be 'CLIENT01'
        $S.computer.domain | Should -Be 'contoso.com'
        $S.computer.partOfDomain | Should -BeTrue
        $S.computer.osCaption | Should -Be 'Microsoft Windows 11 Enterprise'
        $S.computer.osVersion | Should -Be '10.0.22631'
    }

    It 'maps SoftwareLicensingService: no /skms (port 0 is null), the discovered host, caching on' {
        $S.service.kmsMachine | Should -BeNullOrEmpty
        $S.service.kmsPort | Should -BeNullOrEmpty
        $S.service.lookupDomain | Should -BeNullOrEmpty
        $S.service.hostCaching | Should -BeTrue
        $S.service.discoveredMachine | Should -Be 'kms01.contoso.com'
        $S.service.discoveredPort | Should -Be 1688
        $S.service.discoveredIpAddress | Should -Be '10.20.0.15'
        $S.service.clientMachineId | Should -Be 'e3f1c1a9-6f0b-4b7e-9a51-2c7d2b8f4a10'
        $S.service.kmsHostEpid | Should -Be '03612-00206-556-123456-03-1033-20348.0000-3052023'
        $S.service.activationIntervalMinutes | Should -Be 120
        $S.service.renewalIntervalMinutes | Should -Be 10080
        $S.service.remainingWindowsRearmCount | Should -Be 1001
        $S.service.version | Should -Be '10.0.22621.2506'
    }

    It 'turns 0xFFFFFFFF counters into null and keeps the host-only count null on a client' {
        $S.service.isKmsHost | Should -BeFalse
        $S.service.currentCount | Should -BeNullOrEmpty
        $S.service.requiredClientCount | Should -BeNullOrEmpty
        $S.service.requests.total | Should -BeNullOrEmpty
        $S.service.requests.notification | Should -BeNullOrEmpty
        $S.service.listeningPort | Should -Be 0
    }

    It 'keeps the Windows and Office products and drops other applications' {
        @($S.products).Count | Should -Be 2
        $S.products[0].id | Should -Be '73111121-5638-40f6-bc11-f1d7b0d64300'
        $S.products[0].applicationId | Should -Be $WindowsAppId
        $S.products[0].channel | Should -Be 'VOLUME_KMSCLIENT'
        $S.products[0].productKeyChannel | Should -Be 'Volume:GVLK'
        $S.products[0].partialProductKey | Should -Be '2YT43'
        $S.products[0].licenseStatus | Should -Be 1
        $S.products[0].licenseStatusReason | Should -Be '0x00000000'
        $S.products[0].gracePeriodRemainingMinutes | Should -Be 259140
        $S.products[0].discoveredMachine | Should -Be 'kms01.contoso.com'
        $S.products[0].activationTypeEnabled | Should -Be 0
        $S.products[0].currentCount | Should -BeNullOrEmpty
        $S.products[1].applicationId | Should -Be $OfficeAppId
        $S.products[1].name | Should -Be 'Office 21, Office21ProPlus2021VL_KMS_Client_AE edition'
    }

    It 'reads LicenseIsAddon and TrustedTime (UTC) of each product' {
        $S.products[0].licenseIsAddon | Should -BeFalse
        ([datetime] $S.products[0].trustedTime).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss') | Should -Be '2025-03-01T09:30:00'
    }

    It 'reads the SPP registry values, absent ones as null' {
        $S.registry.keyManagementServiceName | Should -BeNullOrEmpty
        $S.registry.vlActivationInterval | Should -Be 120
        $S.registry.vlRenewalInterval | Should -Be 10080
        $S.registry.skipRearm | Should -Be 0
        , $S.registry.dnsDomainPublishList | Should -BeOfType [object[]]
        @($S.registry.dnsDomainPublishList).Count | Should -Be 0
    }

    It 'reads the SPPSVC-In-TCP rule as Windows ships it: disabled, profile Any (kept an array)' {
        $S.firewall.kmsRuleEnabled | Should -BeFalse
        $S.firewall.kmsRuleEnabled | Should -Not -BeNullOrEmpty
        $Run.Text | Should -Match '"kmsRuleEnabled":\s*false'
        $Run.Text | Should -Match '"kmsRuleProfiles":\s*\[\s*"Any"\s*\]'
    }

    It 'builds the DNS client view: primary suffix, connection suffixes, search list, unique servers' {
        $S.dns.hostName | Should -Be 'client01'
        $S.dns.primaryDnsSuffix | Should -Be 'contoso.com'
        @($S.dns.connectionSuffixes).Count | Should -Be 1
        $S.dns.connectionSuffixes[0].interface | Should -Be 'Ethernet'
        $S.dns.connectionSuffixes[0].suffix | Should -Be 'emea.contoso.com'
        @($S.dns.suffixSearchList) | Should -Be @('contoso.com', 'emea.contoso.com')
        @($S.dns.dnsServers) | Should -Be @('10.20.0.10', '10.20.0.11')
    }

    It 'reads events newest first from Properties, with UTC times and raw data' {
        @($S.events).Count | Should -Be 4
        @($S.events | ForEach-Object id) | Should -Be @(12289, 12288, 8198, 12288)
        $Run.Text | Should -Match '"timeCreated":\s*"2026-11-25T08:15:02\.000Z"'
        $S.events[1].recordId | Should -Be 48212
        $S.events[1].provider | Should -Be 'Microsoft-Windows-Security-SPP'
        $S.events[1].log | Should -Be 'Application'
        $S.events[1].computer | Should -Be 'client01.contoso.com'
        , $S.events[1].data | Should -BeOfType [object[]]
        @($S.events[1].data).Count | Should -Be 1
        $S.events[1].data[0] | Should -BeLike '0x0, 0x0, kms01.contoso.com:1688, *'
        @($S.events[2].data) | Should -HaveCount 2
        $S.events[0].fields | Should -BeNullOrEmpty
        $Run.Text | Should -Not -Match 'localized text'
    }

    It 'keeps only the newest -EventCount events' {
        $two = Invoke-Collector 'client-two-events' (New-ClientScenario) -EventCount 2
        @($two.Snapshot.events | ForEach-Object recordId) | Should -Be @(48213, 48212)
        (Test-SnapshotSchema $two.File).ExitCode | Should -Be 0
    }

    It 'keeps no slmgr.ini on an English machine (there is none for 0409), without a note' {
        $S.slmgrIni | Should -BeNullOrEmpty
        $Run.Text | Should -Match '"slmgrIni":\s*null'
        Test-Path -LiteralPath (Get-IniPath '0409') | Should -BeFalse
        Should -Invoke Get-UICulture -Scope Describe
    }

    It 'asks CIM for keyed products only' {
        Should -Invoke Get-CimInstance -ParameterFilter { $ClassName -eq 'SoftwareLicensingProduct' -and $Filter -eq 'PartialProductKey IS NOT NULL' } -Scope Describe -Exactly -Times 2
    }
}

Describe 'Get-KmsSnapshot.ps1: KMS host with counters and DnsDomainPublishList' -Tag Unit {
    BeforeAll {
        Set-ScenarioMocks
        $scenario = New-ClientScenario
        $scenario.OS = [pscustomobject]@{ Caption = 'Microsoft Windows Server 2022 Datacenter'; Version = '10.0.20348' }
        $scenario.CS = [pscustomobject]@{ Name = 'KMS01'; DNSHostName = 'kms01'; Domain = 'contoso.com'; PartOfDomain = $true }
        $service = $scenario.Service
        $service.Version = '10.0.20348.2113'
        $service.ClientMachineID = '5b1f8f5e-2f0c-4a3d-9f1e-0c9b7a6d5e41'
        $service.DiscoveredKeyManagementServiceMachineName = ''
        $service.DiscoveredKeyManagementServiceMachinePort = [uint32] 0
        $service.DiscoveredKeyManagementServiceMachineIpAddress = ''
        $service.KeyManagementServiceProductKeyID = ''
        $service.IsKeyManagementServiceMachine = [uint32] 1
        $service.KeyManagementServiceCurrentCount = [uint32] 42
        $service.RequiredClientCount = [uint32] 25
        $service.KeyManagementServiceListeningPort = [uint32] 1688
        $service.KeyManagementServiceTotalRequests = [uint32] 1873
        $service.KeyManagementServiceFailedRequests = [uint32] 12
        $service.KeyManagementServiceUnlicensedRequests = [uint32] 340
        $service.KeyManagementServiceLicensedRequests = [uint32] 1495
        $service.KeyManagementServiceOOBGraceRequests = [uint32] 26
        $service.KeyManagementServiceOOTGraceRequests = [uint32] 0
        $service.KeyManagementServiceNonGenuineGraceRequests = [uint32] 0
        $service.KeyManagementServiceNotificationRequests = [uint32] 0
        $scenario.Products = @(
            (New-Product -Id 'b3ca044e-a358-4d68-9883-aaa2941aca99' -Name 'Windows(R), ServerDatacenter edition' -Description 'Windows(R) Operating System, VOLUME_KMS_WS22 channel' -KeyChannel 'Volume:CSVLK' -PartialKey 'Q3VJ9' -Status 1 -IsHost 1 -CurrentCount 42 -Required 25)
            (New-Product -Id '98ebfe73-2084-4c97-932c-c0cd1643bea7' -AppId $OfficeAppId -Name 'Office 16, OfficeKMSHostVL_KMS_Host edition' -Description 'Office 16, VOLUME_KMS channel' -KeyChannel 'Volume:CSVLK' -PartialKey 'XGY72' -Status 1 -IsHost 1 -CurrentCount 7 -Required 5)
        )
        $scenario.Spp = [pscustomobject]@{
            KeyManagementServiceVersion = '10.0.20348'
            DisableDnsPublishing        = 0
            DnsDomainPublishList        = [string[]] @('contoso.com', 'emea.contoso.com, 10, 100', '')
            EnableKmsLowPriority        = 0
            VLActivationInterval        = 120
            VLRenewalInterval           = 10080
        }
        $scenario.Firewall = [pscustomobject]@{ Name = 'SPPSVC-In-TCP'; DisplayName = 'Key Management Service (TCP-In)'; Enabled = 'True'; Profile = 'Domain, Private'; Direction = 'Inbound' }
        $scenario.DnsGlobal = [pscustomobject]@{ SuffixSearchList = [string[]] @() }
        $scenario.DnsClients = @([pscustomobject]@{ InterfaceAlias = 'Ethernet0'; ConnectionSpecificSuffix = '' })
        $scenario.DnsServers = @([pscustomobject]@{ InterfaceAlias = 'Ethernet0'; AddressFamily = 2; ServerAddresses = [string[]] @('10.20.0.10', '10.20.0.11') })
        $scenario.AppEvents = @(
            (New-EventRecord 12294 ([datetime] '2026-11-25T06:00:12') 90321 @('contoso.com') -Computer 'kms01.contoso.com')
            (New-EventRecord 12293 ([datetime] '2026-11-25T06:00:11') 90320 @('0x80072338', 'emea.contoso.com') -Computer 'kms01.contoso.com')
        )
        $scenario.KmsEvents = @(
            (New-EventRecord 12290 ([datetime] '2026-11-25T08:15:02') 5512 @('0x0', '25', 'client01.contoso.com', 'e3f1c1a9-6f0b-4b7e-9a51-2c7d2b8f4a10', '2026/11/25 8:15', '0', '1', '129540', '73111121-5638-40f6-bc11-f1d7b0d64300') -Log 'Key Management Service' -Computer 'kms01.contoso.com')
        )
        # The Key Management Service log as Get-WinEvent -ListLog reports it (an EventLogConfiguration).
        $scenario.KmsLog = [pscustomobject]@{ LogName = 'Key Management Service'; LogMode = 'Circular'; FileSize = [long] 20975616; MaximumSizeInBytes = [long] 20971520; RecordCount = [long] 18211; IsLogFull = $false; IsEnabled = $true }
        $scenario.KmsOldest = @(New-EventRecord 12290 ([datetime] '2026-09-14T05:31:09') 1 @('0x0', '5', 'srv-sql01.contoso.com', '3c7d9e12-48a6-4b1f-9d2e-6f0a8b5c1e73', '2026/9/14 5:31', '1', '1', '259199', '9bd77860-9b31-4b7b-96ad-2564017315bf') -Log 'Key Management Service' -Computer 'kms01.contoso.com')
        $script:Run = Invoke-Collector 'kms-host' $scenario
        $script:S = $Run.Snapshot
    }

    It 'records the Key Management Service log: size, limit, retention, records, full or not, oldest record' {
        $S.kmsLog.fileSizeBytes | Should -Be 20975616
        $S.kmsLog.maximumSizeBytes | Should -Be 20971520
        $S.kmsLog.logMode | Should -Be 'Circular'
        $S.kmsLog.recordCount | Should -Be 18211
        $S.kmsLog.isFull | Should -BeFalse
        $Run.Text | Should -Match '"oldestRecordTime":\s*"2026-09-14T05:31:09\.000Z"'
        Should -Invoke Get-WinEvent -ParameterFilter { @($LogName) -contains 'Key Management Service' -and $Oldest -and $MaxEvents -eq 1 } -Scope Describe -Exactly -Times 1
    }

    It 'writes a snapshot that the Node side accepts' { Assert-SnapshotAccepted $Run }

    It 'reports the host side of SoftwareLicensingService' {
        $S.service.isKmsHost | Should -BeTrue
        $S.service.currentCount | Should -Be 42
        $S.service.requiredClientCount | Should -Be 25
        $S.service.listeningPort | Should -Be 1688
        $S.service.dnsPublishing | Should -BeTrue
        $S.service.lowPriority | Should -BeFalse
        $S.service.discoveredMachine | Should -BeNullOrEmpty
        $S.service.discoveredPort | Should -BeNullOrEmpty
        $S.service.kmsHostEpid | Should -BeNullOrEmpty
    }

    It 'reports every request counter' {
        $r = $S.service.requests
        @($r.total, $r.failed, $r.unlicensed, $r.licensed, $r.initialGrace, $r.expiredOrOutOfTolerance, $r.nonGenuineGrace, $r.notification) | Should -Be @(1873, 12, 340, 1495, 26, 0, 0, 0)
    }

    It 'reads host products as VOLUME_KMS with their counts' {
        @($S.products | ForEach-Object channel) | Should -Be @('VOLUME_KMS', 'VOLUME_KMS')
        @($S.products | ForEach-Object currentCount) | Should -Be @(42, 7)
        @($S.products | ForEach-Object requiredClientCount) | Should -Be @(25, 5)
        $S.products[1].isKmsHost | Should -BeTrue
    }

    It 'reads the SPPSVC-In-TCP firewall rule: enabled for the Domain and Private profiles' {
        $S.firewall.kmsRuleEnabled | Should -BeTrue
        @($S.firewall.kmsRuleProfiles) | Should -Be @('Domain', 'Private')
        $Run.Text | Should -Match '"kmsRuleProfiles":\s*\[\s*"Domain",\s*"Private"\s*\]'
    }

    It 'keeps DnsDomainPublishList lines raw, without empty lines' {
        @($S.registry.dnsDomainPublishList) | Should -Be @('contoso.com', 'emea.contoso.com, 10, 100')
        $S.registry.keyManagementServiceVersion | Should -Be '10.0.20348'
        $S.registry.disableDnsPublishing | Should -Be 0
        $S.registry.enableKmsLowPriority | Should -Be 0
    }

    It 'merges 12290 from the Key Management Service log with the Application events, newest first' {
        @($S.events | ForEach-Object id) | Should -Be @(12290, 12294, 12293)
        $S.events[0].log | Should -Be 'Key Management Service'
        @($S.events[0].data) | Should -HaveCount 9
        @($S.events[2].data) | Should -Be @('0x80072338', 'emea.contoso.com')
        , $S.events[1].data | Should -BeOfType [object[]]
        @($S.events[1].data) | Should -Be @('contoso.com')
    }

    It 'keeps an empty suffix search list an array' {
        , $S.dns.suffixSearchList | Should -BeOfType [object[]]
        @($S.dns.suffixSearchList).Count | Should -Be 0
        $Run.Text | Should -Match '"suffixSearchList":\s*\[\s*\]'
        $Run.Text | Should -Match '"connectionSuffixes":\s*\[\s*\]'
    }
}

Describe 'Get-KmsSnapshot.ps1: MAK-activated workgroup machine' -Tag Unit {
    BeforeAll {
        Set-ScenarioMocks
        $scenario = New-ClientScenario
        $scenario.OS = [pscustomobject]@{ Caption = 'Microsoft Windows 11 Pro'; Version = '10.0.26100' }
        $scenario.CS = [pscustomobject]@{ Name = 'LAB-PC7'; DNSHostName = 'lab-pc7'; Domain = 'WORKGROUP'; PartOfDomain = $false }
        $scenario.Service.DiscoveredKeyManagementServiceMachineName = ''
        $scenario.Service.DiscoveredKeyManagementServiceMachinePort = [uint32] 0
        $scenario.Service.DiscoveredKeyManagementServiceMachineIpAddress = ''
        $scenario.Service.KeyManagementServiceProductKeyID = ''
        $scenario.Products = @(
            (New-Product -Id '2de67392-b7a7-462a-b1ca-108dd189f588' -Name 'Windows(R), Professional edition' -Description 'Windows(R) Operating System, VOLUME_MAK channel' -KeyChannel 'Volume:MAK' -PartialKey '8HVX7' -Status 1 -Grace 0)
        )
        $scenario.Spp = [pscustomobject]@{ VLActivationInterval = 120; VLRenewalInterval = 10080 }
        $scenario.Tcpip = [pscustomobject]@{ 'NV Domain' = ''; Domain = ''; Hostname = 'lab-pc7' }
        $scenario.DnsGlobal = [pscustomobject]@{ SuffixSearchList = [string[]] @('lab.fabrikam.com') }
        $scenario.DnsClients = @([pscustomobject]@{ InterfaceAlias = 'Ethernet'; ConnectionSpecificSuffix = 'lab.fabrikam.com' })
        $scenario.DnsServers = @([pscustomobject]@{ InterfaceAlias = 'Ethernet'; AddressFamily = 2; ServerAddresses = [string[]] @('192.168.50.1') })
        $scenario.AppEvents = @()
        $script:Run = Invoke-Collector 'mak-workgroup' $scenario
        $script:S = $Run.Snapshot
    }

    It 'writes a snapshot that the Node side accepts' { Assert-SnapshotAccepted $Run }

    It 'reports a workgroup machine with no domain and no primary suffix' {
        $S.computer.domain | Should -BeNullOrEmpty
        $S.computer.partOfDomain | Should -BeFalse
        $S.dns.primaryDnsSuffix | Should -BeNullOrEmpty
    }

    It 'keeps one-element lists as JSON arrays' {
        , $S.products | Should -BeOfType [object[]]
        @($S.products).Count | Should -Be 1
        $S.products[0].channel | Should -Be 'VOLUME_MAK'
        $S.products[0].productKeyChannel | Should -Be 'Volume:MAK'
        $S.products[0].discoveredPort | Should -BeNullOrEmpty
        $Run.Text | Should -Match '"suffixSearchList":\s*\[\s*"lab\.fabrikam\.com"\s*\]'
        $Run.Text | Should -Match '"dnsServers":\s*\[\s*"192\.168\.50\.1"\s*\]'
        $Run.Text | Should -Match '"connectionSuffixes":\s*\[\s*\{'
        $Run.Text | Should -Match '"products":\s*\[\s*\{'
    }

    It 'treats "no events" and a missing Key Management Service log as normal, not as notes' {
        , $S.events | Should -BeOfType [object[]]
        @($S.events).Count | Should -Be 0
        $Run.Text | Should -Match '"events":\s*\[\s*\]'
        @($S.notes).Count | Should -Be 0
    }
}

Describe 'Get-KmsSnapshot.ps1: Windows Server 2008 R2 (old build, no DnsClient module)' -Tag Unit {
    BeforeAll {
        Set-ScenarioMocks
        Mock Get-DnsClientGlobalSetting { throw [System.Management.Automation.CommandNotFoundException]::new("The term 'Get-DnsClientGlobalSetting' is not recognized as the name of a cmdlet") }
        Mock Get-DnsClient { throw [System.Management.Automation.CommandNotFoundException]::new("The term 'Get-DnsClient' is not recognized as the name of a cmdlet") }
        Mock Get-DnsClientServerAddress { throw [System.Management.Automation.CommandNotFoundException]::new("The term 'Get-DnsClientServerAddress' is not recognized as the name of a cmdlet") }
        $scenario = New-ClientScenario
        $scenario.OS = [pscustomobject]@{ Caption = 'Microsoft Windows Server 2008 R2 Standard '; Version = '6.1.7601' }
        # No NetSecurity module before Windows Server 2012: the command itself is missing.
        $scenario.Firewall = { throw [System.Management.Automation.CommandNotFoundException]::new("The term 'Get-NetFirewallRule' is not recognized as the name of a cmdlet") }
        $old = [ordered]@{}
        foreach ($p in $scenario.Service.PSObject.Properties) {
            if ($p.Name -notin 'DiscoveredKeyManagementServiceMachineIpAddress', 'KeyManagementServiceLookupDomain') { $old[$p.Name] = $p.Value }
        }
        $old.Version = '6.1.7601.17514'
        $scenario.Service = [pscustomobject] $old
        $scenario.Products = @(
            (New-Product -Id '68531fb9-5511-4989-97be-d11a0f55633f' -Name 'Windows Server(R), ServerStandard edition' -Description 'Windows Operating System - Windows Server(R), VOLUME_KMSCLIENT channel' -PartialKey 'W3GGN' -Status 1 -Grace 201600 -Discovered 'kms01.contoso.com' -OldBuild)
        )
        $script:Run = Invoke-Collector 'old-build' $scenario
        $script:S = $Run.Snapshot
    }

    It 'writes a snapshot that the Node side accepts' { Assert-SnapshotAccepted $Run }

    It 'sets missing CIM properties to null and says so in notes' {
        $S.service.discoveredIpAddress | Should -BeNullOrEmpty
        $S.service.lookupDomain | Should -BeNullOrEmpty
        $S.service.discoveredMachine | Should -Be 'kms01.contoso.com'
        $S.products[0].discoveredIpAddress | Should -BeNullOrEmpty
        $S.products[0].productKeyChannel | Should -BeNullOrEmpty
        $S.products[0].activationTypeEnabled | Should -BeNullOrEmpty
        $S.notes | Should -Contain 'SoftwareLicensingService has no property DiscoveredKeyManagementServiceMachineIpAddress on this build; its field is null'
        $S.notes | Should -Contain 'SoftwareLicensingProduct has no property VLActivationTypeEnabled on this build; its field is null'
    }

    It 'still reports the DNS view it could read, with a note for each missing DnsClient command' {
        $S.dns.primaryDnsSuffix | Should -Be 'contoso.com'
        @($S.dns.suffixSearchList).Count | Should -Be 0
        @($S.notes | Where-Object { $_ -like 'Could not read*Get-DnsClient*' }) | Should -HaveCount 3
    }

    It 'leaves firewall null, without a note, where Get-NetFirewallRule does not exist' {
        $S.firewall | Should -BeNullOrEmpty
        $Run.Text | Should -Match '"firewall":\s*null'
        @($S.notes | Where-Object { $_ -like '*firewall*' -or $_ -like '*SPPSVC*' }) | Should -HaveCount 0
    }

    It 'trims the caption' {
        $S.computer.osCaption | Should -Be 'Microsoft Windows Server 2008 R2 Standard'
    }
}

Describe 'Get-KmsSnapshot.ps1: locked-down machine (reads refused)' -Tag Unit {
    BeforeAll {
        Set-ScenarioMocks
        $scenario = New-ClientScenario
        $scenario.Service = { throw (New-ErrorRecord 'Access denied' 'HRESULT 0x80041003,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand' 'PermissionDenied') }
        $scenario.Spp = { throw (New-ErrorRecord "Requested registry access is not allowed." 'System.Security.SecurityException,Microsoft.PowerShell.Commands.GetItemPropertyCommand' 'PermissionDenied') }
        $scenario.AppEvents = { throw (New-ErrorRecord 'Attempted to perform an unauthorized operation.' 'System.UnauthorizedAccessException,Microsoft.PowerShell.Commands.GetWinEventCommand' 'PermissionDenied') }
        $script:Run = Invoke-Collector 'locked-down' $scenario
        $script:S = $Run.Snapshot
    }

    It 'writes a snapshot that the Node side accepts' { Assert-SnapshotAccepted $Run }

    It 'leaves unreadable parts null and explains each in notes' {
        $S.service | Should -BeNullOrEmpty
        $S.registry | Should -BeNullOrEmpty
        @($S.events).Count | Should -Be 0
        @($S.products).Count | Should -Be 2
        $S.notes | Should -Contain 'Could not read SoftwareLicensingService: Access denied'
        @($S.notes | Where-Object { $_ -like 'Could not read HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\SoftwareProtectionPlatform:*' }) | Should -HaveCount 1
        @($S.notes | Where-Object { $_ -like 'Could not read activation events*unauthorized*' }) | Should -HaveCount 1
    }
}

Describe 'Get-KmsSnapshot.ps1: license channel from Description' -Tag Unit {
    BeforeAll {
        Set-ScenarioMocks
        $script:Cases = @(
            @{ Description = 'Windows(R) Operating System, VOLUME_KMSCLIENT channel'; Channel = 'VOLUME_KMSCLIENT' }
            @{ Description = 'Windows(R) Operating System, VOLUME_KMS_WS22 channel'; Channel = 'VOLUME_KMS' }
            @{ Description = 'Office 16, VOLUME_KMS channel'; Channel = 'VOLUME_KMS' }
            @{ Description = 'Windows(R) Operating System, VOLUME_MAK channel'; Channel = 'VOLUME_MAK' }
            @{ Description = 'Windows(R) Operating System, RETAIL channel'; Channel = 'RETAIL' }
            @{ Description = 'Windows(R) Operating System, OEM_DM channel'; Channel = 'OEM' }
            @{ Description = 'Windows(R) Operating System, TIMEBASED_EVAL channel'; Channel = 'OTHER' }
        )
        $scenario = New-ClientScenario
        $i = 0
        $scenario.Products = @(foreach ($case in $Cases) {
                $i++
                New-Product -Id ('00000000-0000-4000-8000-{0:D12}' -f $i) -Name "Product $i" -Description $case.Description -KeyChannel 'Volume:GVLK' -PartialKey 'AAAAA' -Status 1 -Reason ([uint32] 3221549065)
            })
        $script:Run = Invoke-Collector 'channels' $scenario
        $script:S = $Run.Snapshot
    }

    It 'maps <Description> to <Channel>' -TestCases @(
        @{ Index = 0; Description = 'VOLUME_KMSCLIENT'; Channel = 'VOLUME_KMSCLIENT' }
        @{ Index = 1; Description = 'VOLUME_KMS_WS22'; Channel = 'VOLUME_KMS' }
        @{ Index = 2; Description = 'Office VOLUME_KMS'; Channel = 'VOLUME_KMS' }
        @{ Index = 3; Description = 'VOLUME_MAK'; Channel = 'VOLUME_MAK' }
        @{ Index = 4; Description = 'RETAIL'; Channel = 'RETAIL' }
        @{ Index = 5; Description = 'OEM_DM'; Channel = 'OEM' }
        @{ Index = 6; Description = 'TIMEBASED_EVAL'; Channel = 'OTHER' }
    ) {
        $S.products[$Index].channel | Should -Be $Channel
    }

    It 'writes LicenseStatusReason as an HRESULT' {
        $S.products[0].licenseStatusReason | Should -Be '0xC004F009'
    }

    It 'writes a snapshot that the Node side accepts' {
        (Test-SnapshotSchema $Run.File).ExitCode | Should -Be 0
    }
}

Describe 'Get-KmsSnapshot.ps1: Japanese machine with slmgr\0411\slmgr.ini' -Tag Unit {
    BeforeAll {
        Set-ScenarioMocks
        $script:Scenario = New-ClientScenario
        $Scenario.UICulture = [pscustomobject]@{ Name = 'ja-JP'; LCID = 1041 }
        $Scenario.Culture = [pscustomobject]@{ Name = 'ja-JP'; LCID = 1041 }
        $script:Run = Invoke-Collector 'client-ja-ini' $Scenario
        $script:S = $Run.Snapshot
        # The same ini as the Node side reads it (test/unit/slmgr-ini-snapshot.test.ts checks this sample against parseSlmgrIni).
        $sample = [System.IO.File]::ReadAllText((Join-Path $RepoRoot 'samples/snapshots/client-ja-with-ini.json'), [System.Text.UTF8Encoding]::new($false))
        $script:Expected = (ConvertFrom-Json -InputObject $sample).slmgrIni.entries
    }

    It 'writes a snapshot that the Node side accepts' {
        $check = Test-SnapshotSchema $Run.File
        $check.ExitCode | Should -Be 0 -Because $check.Output
        @($S.notes).Count | Should -Be 0
    }

    It 'keeps the LANGID folder and the path it read' {
        $S.slmgrIni.langId | Should -Be '0411'
        $S.slmgrIni.path | Should -Be $JapaneseIniPath
    }

    It 'keeps every L_Xxx line, in file order, as the Node ini reader does' {
        $names = @($S.slmgrIni.entries.PSObject.Properties | ForEach-Object Name)
        $names | Should -Be @($Expected.PSObject.Properties | ForEach-Object Name)
        $names.Count | Should -Be 66
        foreach ($name in $names) { $S.slmgrIni.entries.$name | Should -BeExactly $Expected.$name -Because $name }
        # Header comments and [Strings] are not resources.
        $names | Should -Not -Contain '[Strings]'
        $Run.Text | Should -Not -Match 'WRITTEN FOR THE kms-doctor TESTS'
    }

    It 'keeps the Japanese text as Unicode: UTF-8 in the file, \uXXXX escapes on stdout' {
        $S.slmgrIni.entries.L_MsgKmsFromDns | Should -BeExactly 'DNS の KMS コンピューター名: '
        $S.slmgrIni.entries.L_MsgLicenseStatusLicensed_1 | Should -BeExactly 'ライセンスの状態: ライセンスされています'
        $Run.Text | Should -Match ([regex]::Escape('"L_MsgProductName": "名前: "'))
        $text = (& $Collector -EventCount 0) -join "`n"
        $text | Should -Not -Match '[^\x00-\x7F]'
        $text | Should -Match ([regex]::Escape('"L_MsgProductName": "\u540d\u524d: "'))
        (ConvertFrom-Json -InputObject $text).slmgrIni.entries.L_MsgProductName | Should -BeExactly '名前: '
    }

    It 'takes the LANGID from an LCID with sort bits (ja-JP_radstr 0x40411)' {
        $radstr = New-ClientScenario
        $radstr.UICulture = [pscustomobject]@{ Name = 'ja-JP_radstr'; LCID = 0x40411 }
        $run = Invoke-Collector 'client-ja-radstr' $radstr
        $run.Snapshot.slmgrIni.langId | Should -Be '0411'
        (Test-SnapshotSchema $run.File).ExitCode | Should -Be 0
    }

    It 'falls back to Get-Culture when Get-UICulture fails' {
        $fallback = New-ClientScenario
        $fallback.UICulture = { throw 'Get-UICulture: no UI culture' }
        $fallback.Culture = [pscustomobject]@{ Name = 'ja-JP'; LCID = 1041 }
        $run = Invoke-Collector 'client-ja-culture' $fallback
        $run.Snapshot.slmgrIni.langId | Should -Be '0411'
        @($run.Snapshot.slmgrIni.entries.PSObject.Properties).Count | Should -Be 66
        @($run.Snapshot.notes).Count | Should -Be 0
    }
}

Describe 'Get-KmsSnapshot.ps1: slmgr.ini read the way slmgr reads it' -Tag Unit {
    BeforeAll {
        Set-ScenarioMocks
        New-IniFile '0407' @(
            '; a comment = not a resource'
            '[Strings]'
            '  L_MsgProductName = "Name: "  '
            'l_msgproductname=second definition, ignored'
            'L_MsgQuoted=""in quotes""'
            'L_MsgEmpty='
            'L_MsgEquals=a=b'
            'L_Bad Key=not a resource name'
            'NotAResource=x'
            '=no key'
            'L_MsgLicenseStatusLicensed_1=Lizenzstatus: Lizenziert'
        ) | Out-Null
        $scenario = New-ClientScenario
        $scenario.UICulture = [pscustomobject]@{ Name = 'de-DE'; LCID = 1031 }
        $script:Run = Invoke-Collector 'client-de-ini' $scenario
        $script:S = $Run.Snapshot
    }

    It 'writes a snapshot that the Node side accepts' { Assert-SnapshotAccepted $Run }

    It 'trims, drops one quote from each end, keeps the first of keys that differ in case, and skips other lines' {
        $S.slmgrIni.langId | Should -Be '0407'
        $S.slmgrIni.path | Should -Be (Get-IniPath '0407')
        @($S.slmgrIni.entries.PSObject.Properties | ForEach-Object Name) | Should -Be @('L_MsgProductName', 'L_MsgQuoted', 'L_MsgEmpty', 'L_MsgEquals', 'L_MsgLicenseStatusLicensed_1')
        $S.slmgrIni.entries.L_MsgProductName | Should -BeExactly 'Name: '
        $S.slmgrIni.entries.L_MsgQuoted | Should -BeExactly '"in quotes"'
        $S.slmgrIni.entries.L_MsgEmpty | Should -BeExactly ''
        $S.slmgrIni.entries.L_MsgEquals | Should -BeExactly 'a=b'
        $S.slmgrIni.entries.L_MsgLicenseStatusLicensed_1 | Should -BeExactly 'Lizenzstatus: Lizenziert'
    }

    It 'decodes UTF-16LE without a byte-order mark too (never as UTF-8)' {
        New-IniFile '0C0A' @('[Strings]', 'L_MsgServiceVersion="Versión del servicio de licencias de software: "') -NoBom | Out-Null
        $scenario = New-ClientScenario
        $scenario.UICulture = [pscustomobject]@{ Name = 'es-ES'; LCID = 3082 }
        $run = Invoke-Collector 'client-es-nobom-ini' $scenario
        $run.Snapshot.slmgrIni.langId | Should -Be '0C0A'
        $run.Snapshot.slmgrIni.entries.L_MsgServiceVersion | Should -BeExactly 'Versión del servicio de licencias de software: '
        (Test-SnapshotSchema $run.File).ExitCode | Should -Be 0
    }

    It 'keeps null, with a note, when the file has no L_Xxx line' {
        $file = New-IniFile '040C' @('[Strings]', '; nothing here')
        $scenario = New-ClientScenario
        $scenario.UICulture = [pscustomobject]@{ Name = 'fr-FR'; LCID = 1036 }
        $run = Invoke-Collector 'client-fr-empty-ini' $scenario
        $run.Snapshot.slmgrIni | Should -BeNullOrEmpty
        $run.Snapshot.notes | Should -Contain "$file has no L_Xxx=value line; slmgrIni is null"
        (Test-SnapshotSchema $run.File).ExitCode | Should -Be 0
    }

    It 'keeps null, with a note, when the file cannot be read' {
        # Test-Path says yes, the read then fails (the file went away, or access is refused).
        $file = Get-IniPath '0804'
        Mock Test-Path -ParameterFilter { "$LiteralPath" -like '*slmgr?0804?slmgr.ini' } -MockWith { $true }
        $scenario = New-ClientScenario
        $scenario.UICulture = [pscustomobject]@{ Name = 'zh-CN'; LCID = 2052 }
        $run = Invoke-Collector 'client-zh-unreadable-ini' $scenario
        $run.Snapshot.slmgrIni | Should -BeNullOrEmpty
        @($run.Snapshot.notes | Where-Object { $_ -like "Could not read $($file): *; slmgrIni is null" }) | Should -HaveCount 1
        (Test-SnapshotSchema $run.File).ExitCode | Should -Be 0
    }
}

Describe 'Get-KmsSnapshot.ps1: output encoding and atomic write' -Tag Unit {
    BeforeAll {
        Set-ScenarioMocks
        # Japanese Windows names its adapter イーサネット ("Ethernet").
        $script:Scenario = New-ClientScenario
        $Scenario.DnsClients = @([pscustomobject]@{ InterfaceAlias = 'イーサネット'; ConnectionSpecificSuffix = 'tokyo.contoso.com' })
        $global:KmsDoctorScenario = $Scenario
    }

    It 'prints ASCII-only JSON on stdout when -OutFile is not given, escaping non-ASCII text' {
        $text = (& $Collector -EventCount 2) -join "`n"
        $text | Should -Not -Match '[^\x00-\x7F]'
        $text | Should -Match '\\u30a4\\u30fc\\u30b5\\u30cd\\u30c3\\u30c8'
        $snapshot = ConvertFrom-Json -InputObject $text
        $snapshot.kind | Should -Be 'kms-doctor-snapshot'
        $snapshot.dns.connectionSuffixes[0].interface | Should -Be 'イーサネット'
        @($snapshot.events).Count | Should -Be 2
    }

    It 'writes the file as UTF-8 without a byte order mark' {
        $run = Invoke-Collector 'non-ascii' $Scenario
        $bytes = [System.IO.File]::ReadAllBytes($run.File)
        $bytes[0] | Should -Be ([byte][char]'{')
        $utf8 = [System.Text.Encoding]::UTF8.GetBytes('"イーサネット"')
        [System.Text.Encoding]::UTF8.GetString($bytes).Contains([System.Text.Encoding]::UTF8.GetString($utf8)) | Should -BeTrue
        $run.Snapshot.dns.connectionSuffixes[0].interface | Should -Be 'イーサネット'
        (Test-SnapshotSchema $run.File).ExitCode | Should -Be 0
    }

    It 'replaces an existing file, resolves a relative -OutFile and leaves no temporary file' {
        $dir = Join-Path $OutDir 'atomic'
        New-Item -ItemType Directory -Force -Path $dir | Out-Null
        Get-ChildItem -LiteralPath $dir -Force | Remove-Item -Force
        Set-Content -LiteralPath (Join-Path $dir 'snap.json') -Value 'old content'
        Push-Location $dir
        try { & $Collector -OutFile 'snap.json' } finally { Pop-Location }
        $text = Get-Content -Raw -LiteralPath (Join-Path $dir 'snap.json')
        (ConvertFrom-Json -InputObject $text).kind | Should -Be 'kms-doctor-snapshot'
        @(Get-ChildItem -LiteralPath $dir -Force).Name | Should -Be @('snap.json')
    }

    It 'fails, writing nothing, when the folder of -OutFile does not exist' {
        $missing = Join-Path $OutDir 'no-such-folder/snap.json'
        { & $Collector -OutFile $missing } | Should -Throw '*does not exist*'
        Test-Path -LiteralPath $missing | Should -BeFalse
    }
}

Describe 'Get-KmsSnapshot.ps1: the SPPSVC-In-TCP firewall rule' -Tag Unit {
    BeforeAll {
        Set-ScenarioMocks
    }

    It 'leaves firewall null, with a note, when the command exists but the rule does not' {
        $scenario = New-ClientScenario
        $scenario.Firewall = { throw (New-ErrorRecord "No MSFT_NetFirewallRule objects found with property 'InstanceID' equal to 'SPPSVC-In-TCP'." 'CmdletizationQuery_NotFound_InstanceID,Get-NetFirewallRule') }
        $run = Invoke-Collector 'firewall-rule-missing' $scenario
        $run.Snapshot.firewall | Should -BeNullOrEmpty
        $run.Text | Should -Match '"firewall":\s*null'
        $run.Snapshot.notes | Should -Contain 'There is no firewall rule SPPSVC-In-TCP (Key Management Service (TCP-In)); firewall is null'
        $check = Test-SnapshotSchema $run.File
        $check.ExitCode | Should -Be 0 -Because $check.Output
    }

    It 'leaves firewall null, with a note, when the rule cannot be read' {
        $scenario = New-ClientScenario
        $scenario.Firewall = { throw (New-ErrorRecord 'Access denied' 'Windows System Error 5,Get-NetFirewallRule' 'PermissionDenied') }
        $run = Invoke-Collector 'firewall-denied' $scenario
        $run.Snapshot.firewall | Should -BeNullOrEmpty
        $run.Snapshot.notes | Should -Contain 'Could not read the firewall rule SPPSVC-In-TCP (Get-NetFirewallRule): Access denied'
    }

    It 'takes Enabled as <Enabled> and Profile as <Profile>' -TestCases @(
        @{ Enabled = $true; Profile = 'Public'; Expected = $true; Profiles = @('Public') }
        @{ Enabled = [uint16] 2; Profile = [uint16] 3; Expected = $false; Profiles = @('Domain', 'Private') }
        @{ Enabled = 'True'; Profile = [uint16] 0; Expected = $true; Profiles = @('Any') }
        @{ Enabled = 'True'; Profile = 'Domain, Private, Public'; Expected = $true; Profiles = @('Domain', 'Private', 'Public') }
    ) {
        $scenario = New-ClientScenario
        $scenario.Firewall = [pscustomobject]@{ Name = 'SPPSVC-In-TCP'; Enabled = $Enabled; Profile = $Profile }
        $run = Invoke-Collector 'firewall-forms' $scenario
        $run.Snapshot.firewall.kmsRuleEnabled | Should -Be $Expected
        @($run.Snapshot.firewall.kmsRuleProfiles) | Should -Be $Profiles
        $check = Test-SnapshotSchema $run.File
        $check.ExitCode | Should -Be 0 -Because $check.Output
    }
}

Describe 'Get-KmsSnapshot.ps1: the Key Management Service log settings' -Tag Unit {
    BeforeAll {
        Set-ScenarioMocks
        function New-HostLogScenario($KmsLog, $KmsOldest) {
            $scenario = New-ClientScenario
            $scenario.KmsEvents = @()
            $scenario.KmsLog = $KmsLog
            $scenario.KmsOldest = $KmsOldest
            $scenario
        }
    }

    It 'a full log kept with "Do not overwrite" (LogMode Retain, as the number 2), its oldest record 9 days old' {
        $log = [pscustomobject]@{ LogName = 'Key Management Service'; LogMode = 2; FileSize = [long] 1052672; MaximumSizeInBytes = [long] 1052672; RecordCount = [long] 2143; IsLogFull = $true }
        $oldest = @(New-EventRecord 12290 ([datetime] '2026-11-16T03:12:40') 1 @('0x0') -Log 'Key Management Service')
        $run = Invoke-Collector 'kms-log-full' (New-HostLogScenario $log $oldest)
        $run.Snapshot.kmsLog.logMode | Should -Be 'Retain'
        $run.Snapshot.kmsLog.isFull | Should -BeTrue
        $run.Text | Should -Match '"oldestRecordTime":\s*"2026-11-16T03:12:40\.000Z"'
        $check = Test-SnapshotSchema $run.File
        $check.ExitCode | Should -Be 0 -Because $check.Output
    }

    It 'an empty log: no oldest record is asked for' {
        $log = [pscustomobject]@{ LogName = 'Key Management Service'; LogMode = 'Circular'; FileSize = [long] 69632; MaximumSizeInBytes = [long] 1052672; RecordCount = [long] 0; IsLogFull = $false }
        $run = Invoke-Collector 'kms-log-empty' (New-HostLogScenario $log { throw 'must not be asked' })
        $run.Snapshot.kmsLog.recordCount | Should -Be 0
        $run.Text | Should -Match '"oldestRecordTime":\s*null'
        @($run.Snapshot.notes) | Should -HaveCount 0
    }

    It 'a settings read that is refused: kmsLog null, with a note' {
        $run = Invoke-Collector 'kms-log-denied' (New-HostLogScenario { throw (New-ErrorRecord 'Attempted to perform an unauthorized operation.' 'System.UnauthorizedAccessException,Microsoft.PowerShell.Commands.GetWinEventCommand' 'NotSpecified') } $null)
        $run.Text | Should -Match '"kmsLog":\s*null'
        $run.Snapshot.notes | Should -Contain 'Could not read the settings of the Key Management Service log (Get-WinEvent -ListLog): Attempted to perform an unauthorized operation.'
    }

    It 'an oldest record that cannot be read, and an old build without IsLogFull: nulls, each with a note' {
        $log = [pscustomobject]@{ LogName = 'Key Management Service'; LogMode = 'Retain'; FileSize = [long] 1052672; MaximumSizeInBytes = [long] 1052672; RecordCount = [long] 12 }
        $run = Invoke-Collector 'kms-log-partial' (New-HostLogScenario $log { throw (New-ErrorRecord 'The data is invalid.' 'System.Diagnostics.Eventing.Reader.EventLogException,Microsoft.PowerShell.Commands.GetWinEventCommand' 'NotSpecified') })
        $run.Text | Should -Match '"isFull":\s*null'
        $run.Text | Should -Match '"oldestRecordTime":\s*null'
        $run.Snapshot.notes | Should -Contain 'EventLogConfiguration has no property IsLogFull on this build; its field is null'
        $run.Snapshot.notes | Should -Contain 'Could not read the oldest record of the Key Management Service log: The data is invalid.'
        $check = Test-SnapshotSchema $run.File
        $check.ExitCode | Should -Be 0 -Because $check.Output
    }
}

Describe 'Get-KmsSnapshot.ps1: source rules (Windows PowerShell 5.1, read-only)' -Tag Unit {
    BeforeAll {
        $tokens = $null
        $errors = $null
        $script:Ast = [System.Management.Automation.Language.Parser]::ParseFile($Collector, [ref] $tokens, [ref] $errors)
        $script:ParseErrors = $errors
        $script:Tokens = $tokens
        $script:Source = Get-Content -Raw -LiteralPath $Collector
    }

    It 'parses without errors' {
        @($ParseErrors).Count | Should -Be 0
    }

    It 'uses no PowerShell 7-only syntax (?:, ??, ??=, ?., &&, ||)' {
        $found = $Ast.FindAll({
                param($node)
                $type = $node.GetType().Name
                if ($type -in 'TernaryExpressionAst', 'PipelineChainAst') { return $true }
                if ($type -eq 'BinaryExpressionAst' -and [string] $node.Operator -eq 'QuestionQuestion') { return $true }
                if ($type -eq 'AssignmentStatementAst' -and [string] $node.Operator -eq 'QuestionQuestionEquals') { return $true }
                if ($type -in 'MemberExpressionAst', 'InvokeMemberExpressionAst', 'IndexExpressionAst' -and $node.PSObject.Properties['NullConditional'] -and $node.NullConditional) { return $true }
                $false
            }, $true)
        @($found | ForEach-Object { $_.Extent.Text }) | Should -BeNullOrEmpty
    }

    It 'calls no 7-only or dangerous parameters and commands' {
        $commands = $Ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true)
        $names = @($commands | ForEach-Object { $_.GetCommandName() })
        $names | Should -Not -Contain 'Invoke-Expression'
        $names | Should -Not -Contain 'iex'
        $parameters = @($commands | ForEach-Object { $_.CommandElements } | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] } | ForEach-Object ParameterName)
        $parameters | Should -Not -Contain 'Parallel'
        $parameters | Should -Not -Contain 'AsHashtable'
        $parameters | Should -Not -Contain 'EscapeHandling'
    }

    It 'runs under Set-StrictMode -Version Latest' {
        $Source | Should -Match '(?m)^Set-StrictMode -Version Latest'
    }

    It 'changes nothing on the machine: no Set-, Remove-, Invoke-, Clear-, Start-, Stop- or Restart- command' {
        $commands = $Ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true)
        $writers = @($commands | ForEach-Object { $_.GetCommandName() } | Where-Object { $_ -match '^(Set|Remove|Invoke|Clear|Start|Stop|Restart)-' -and $_ -ne 'Set-StrictMode' })
        $writers | Should -BeNullOrEmpty
    }
}
