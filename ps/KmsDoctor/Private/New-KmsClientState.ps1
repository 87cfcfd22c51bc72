function New-KmsClientState {
    <#
    .SYNOPSIS
        A kms-doctor snapshot (src/snapshot/snapshot.schema.json) as a KmsDoctor.ClientState.
    .DESCRIPTION
        The headline settings are on the object itself (which KMS host the client uses and how);
        every section of the snapshot follows in PascalCase (Computer, Service, Products, Registry,
        Dns, SlmgrIni, Events, Notes), so nothing the collector read is lost.
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
    $value = { param($Object, $Name) if ($null -ne $Object -and $null -ne $Object.PSObject.Properties[$Name]) { $Object.$Name } }
    [pscustomobject]@{
        PSTypeName        = 'KmsDoctor.ClientState'
        ComputerName      = & $value $Snapshot.computer 'name'
        Domain            = & $value $Snapshot.computer 'domain'
        OSCaption         = & $value $Snapshot.computer 'osCaption'
        CollectedAt       = ConvertTo-KmsDoctorDate $Snapshot.collectedAt
        ProductName       = & $value $windows 'name'
        Channel           = & $value $windows 'channel'
        LicenseStatus     = & $value $windows 'licenseStatus'
        # slmgr /skms (null: DNS discovery), slmgr /skms-domain, the host DNS gave last time.
        KmsMachine        = & $value $service 'kmsMachine'
        KmsPort           = & $value $service 'kmsPort'
        LookupDomain      = & $value $service 'lookupDomain'
        DiscoveredMachine = & $value $service 'discoveredMachine'
        DiscoveredPort    = & $value $service 'discoveredPort'
        HostCaching       = & $value $service 'hostCaching'
        ClientMachineId   = & $value $service 'clientMachineId'
        IsKmsHost         = & $value $service 'isKmsHost'
        CurrentCount      = & $value $service 'currentCount'
        Computer          = ConvertTo-KmsDoctorObject $Snapshot.computer
        Service           = ConvertTo-KmsDoctorObject $service
        Products          = ConvertTo-KmsDoctorObject $Snapshot.products
        Registry          = ConvertTo-KmsDoctorObject $Snapshot.registry
        Dns               = ConvertTo-KmsDoctorObject $Snapshot.dns
        SlmgrIni          = ConvertTo-KmsDoctorObject (& $value $Snapshot 'slmgrIni')
        Events            = ConvertTo-KmsDoctorObject $Snapshot.events
        Notes             = [string[]] @($Snapshot.notes)
        Sources           = [string[]] @($Snapshot.sources)
        ClockUtc          = ConvertTo-KmsDoctorDate $Snapshot.clockUtc
        Path              = $(if ($Path) { $Path })
        # The snapshot as read (the CLI's shape), so Test-KmsConnectivity can hand it back to the CLI.
        Snapshot          = $Snapshot
    }
}
