# The English help of Get-KmsClientState (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Gets a machine''s KMS activation state: which host it uses and how, its license, its
        DNS view and its newest activation events.'
    Description = 'On Windows, without -Path, runs the snapshot collector (ps/collector/Get-KmsSnapshot.ps1:
        CIM SoftwareLicensingService/Product, the SPP registry values, the DNS client view and the
        newest activation events; read-only, no elevation). With -Path, reads snapshots saved
        earlier (kmsdoctor collect, Get-KmsSnapshot.ps1 -OutFile) on any platform.

        Emits one KmsDoctor.ClientState per snapshot: the headline settings (KmsMachine, KmsPort,
        Pinned, KmsHost/KmsHostPort/KmsHostSource, LookupDomain, DiscoveredMachine, HostCaching,
        Channel, LicenseStatus, LicenseStatusText, RemainingDays, ...), KeyedProducts (every keyed
        product as the CLI''s report lists it), Snapshot (the file as read, which
        Test-KmsConnectivity hands back to the CLI) and every
        section of the snapshot in PascalCase (Computer, Service, Products, Registry, Dns, Events,
        Notes). A file that is not a kms-doctor snapshot is a non-terminating error
        (KmsDoctor.NotASnapshot).'
    Parameters  = @{
        Path = 'Snapshot files. Binds FullName from Get-ChildItem.'
        EventCount = 'When collecting: how many of the newest activation events to keep (default 50).'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Get-KmsClientState -Path .\samples\snapshots\client-dns-discovery-ok.json'
            Remarks = @(
                'ComputerName      : CLIENT01
                Domain            : contoso.com
                OSCaption         : Microsoft Windows 11 Enterprise
                ProductName       : Windows(R), Enterprise edition
                Channel           : VOLUME_KMSCLIENT
                License           : Licensed (1), 180 day(s) left
                KmsHost           : kms01.contoso.com:1688 (found through DNS; cached: True)
                LookupDomain      :
                ClientMachineId   : e3f1c1a9-6f0b-4b7e-9a51-2c7d2b8f4a10
                IsKmsHost         : False
                OtherProducts     : Office 21, Office21ProPlus2021VL_KMS_Client_AE edition [office]: Licensed, 180 day(s) left
                CollectedAt (UTC) : 2026-11-25 09:02:17
                ...'
                'License is LicenseStatus in slmgr''s words with the days left (the activation''s validity
                for a licensed KMS client, else the grace period); KmsHost says whether the host is
                pinned (slmgr /skms, for the machine or for this product) or was found through DNS.'
            )
        }
        @{
            Code    = 'Get-KmsClientState | Select-Object -ExpandProperty Dns'
            Remarks = @(
                'On a Windows client: the suffixes and DNS servers the licensing service will use.'
            )
        }
        @{
            Code    = 'Get-ChildItem .\snapshots\*.json | Get-KmsClientState | Where-Object Pinned | Format-Table ComputerName, KmsMachine, KmsPort'
            Remarks = @(
                'Which of the collected clients are pinned to a host with slmgr /skms.'
            )
        }
        @{
            Code    = 'Get-ChildItem .\snapshots\*.json | Get-KmsClientState | Test-KmsConnectivity -DnsServer 10.0.0.10'
            Remarks = @(
                'Tests each collected client''s own discovery from here.'
            )
        }
    )
    Links       = @('about_KmsDoctor')
}
