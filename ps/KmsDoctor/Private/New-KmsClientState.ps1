function New-KmsClientState {
    <#
    .SYNOPSIS
        A kms-doctor snapshot (src/snapshot/snapshot.schema.json) as a KmsDoctor.ClientState.
    .DESCRIPTION
        The headline settings are on the object itself (which KMS host the client uses and how);
        every section of the snapshot follows in PascalCase (Computer, Service, Products, Registry,
        KmsLog, Dns, SlmgrIni, Events, Notes), so nothing the collector read is lost.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.ClientState')]
    param(
        [Parameter(Mandatory)] [psobject] $Snapshot,
        [AllowNull()] [string] $Path
    )

    $service = $Snapshot.service
    # The product slmgr itself calls primary (never an ESU add-on), as the CLI chooses it.
    $windows = Select-KmsPrimaryProduct -Products @($Snapshot.products)
    # The product's own value first (slmgr /skms <host> <activation id> pins one product), then
    # the machine's, as the CLI reads a client's KMS facts (src/report/client-facts.ts).
    $pick = { param($Name) $v = Get-KmsOptionalProperty $windows $Name; if ($null -eq $v) { $v = Get-KmsOptionalProperty $service $Name }; $v }
    $kmsMachine = & $pick 'kmsMachine'
    $kmsHost = $null; $kmsHostPort = $null; $kmsHostSource = $null
    if ($null -ne $kmsMachine) {
        $kmsHost = $kmsMachine; $kmsHostPort = & $pick 'kmsPort'; $kmsHostSource = 'registered'
    } elseif ($null -ne (& $pick 'discoveredMachine')) {
        $kmsHost = & $pick 'discoveredMachine'; $kmsHostPort = & $pick 'discoveredPort'; $kmsHostSource = 'dns'
    }
    # The primary product first, then every other keyed product but KMS host keys.
    $keyed = @()
    if ($null -ne $windows) { $keyed += New-KmsClientProduct -Product $windows -Primary $true }
    $keyed += @($Snapshot.products | Where-Object {
            $null -ne $_ -and -not [object]::ReferenceEquals($_, $windows) -and $_.channel -ne 'VOLUME_KMS' -and -not ((Get-KmsOptionalProperty $_ 'isKmsHost') -eq $true)
        } | ForEach-Object { New-KmsClientProduct -Product $_ -Primary $false })
    $primary = $null
    if ($keyed.Count -gt 0 -and $keyed[0].Primary) { $primary = $keyed[0] }
    [pscustomobject]@{
        PSTypeName        = 'KmsDoctor.ClientState'
        ComputerName      = Get-KmsOptionalProperty $Snapshot.computer 'name'
        Domain            = Get-KmsOptionalProperty $Snapshot.computer 'domain'
        OSCaption         = Get-KmsOptionalProperty $Snapshot.computer 'osCaption'
        CollectedAt       = ConvertTo-KmsDoctorDate $Snapshot.collectedAt
        ProductName       = Get-KmsOptionalProperty $windows 'name'
        Channel           = Get-KmsOptionalProperty $windows 'channel'
        LicenseStatus     = Get-KmsOptionalProperty $windows 'licenseStatus'
        LicenseStatusText = $(if ($primary) { $primary.LicenseStatusText })
        # Grace left, or for an activated KMS client how long the activation stays valid.
        RemainingDays     = $(if ($primary) { $primary.RemainingDays })
        # slmgr /skms of the product or the machine (null: DNS discovery), slmgr /skms-domain,
        # the host DNS gave last time.
        KmsMachine        = $kmsMachine
        KmsPort           = & $pick 'kmsPort'
        Pinned            = ($null -ne $kmsMachine)
        # The host the client uses: pinned (registered) or found through DNS and cached (dns).
        KmsHost           = $kmsHost
        KmsHostPort       = $kmsHostPort
        KmsHostSource     = $kmsHostSource
        LookupDomain      = Get-KmsOptionalProperty $service 'lookupDomain'
        DiscoveredMachine = & $pick 'discoveredMachine'
        DiscoveredPort    = & $pick 'discoveredPort'
        HostCaching       = Get-KmsOptionalProperty $service 'hostCaching'
        ClientMachineId   = Get-KmsOptionalProperty $service 'clientMachineId'
        IsKmsHost         = Get-KmsOptionalProperty $service 'isKmsHost'
        CurrentCount      = Get-KmsOptionalProperty $service 'currentCount'
        Computer          = ConvertTo-KmsDoctorObject $Snapshot.computer
        Service           = ConvertTo-KmsDoctorObject $service
        # Every keyed product judged on its own, as the CLI's report lists them.
        KeyedProducts     = $keyed
        Products          = ConvertTo-KmsDoctorObject $Snapshot.products
        Registry          = ConvertTo-KmsDoctorObject $Snapshot.registry
        # On a KMS host: its Key Management Service log's size, limit, retention and oldest record.
        KmsLog            = ConvertTo-KmsDoctorObject (Get-KmsOptionalProperty $Snapshot 'kmsLog')
        Dns               = ConvertTo-KmsDoctorObject $Snapshot.dns
        SlmgrIni          = ConvertTo-KmsDoctorObject (Get-KmsOptionalProperty $Snapshot 'slmgrIni')
        Events            = ConvertTo-KmsDoctorObject $Snapshot.events
        Notes             = [string[]] @($Snapshot.notes)
        Sources           = [string[]] @($Snapshot.sources)
        ClockUtc          = ConvertTo-KmsDoctorDate $Snapshot.clockUtc
        Path              = $(if ($Path) { $Path })
        # The snapshot as read (the CLI's shape), so Test-KmsConnectivity can hand it back to the CLI.
        Snapshot          = $Snapshot
    }
}
