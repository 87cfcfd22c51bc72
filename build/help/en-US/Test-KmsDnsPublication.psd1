# The English help of Test-KmsDnsPublication (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Checks that a KMS host published its _vlmcs._tcp SRV record in every intended domain, on
        every authoritative DNS server, and that nobody else is listed.'
    Description = 'Runs `kmsdoctor publication`: the host-side counterpart of Test-KmsConnectivity. For each
        domain (given, or from the host''s snapshot: its own domain, DnsDomainPublishList and the
        domains its 12293/12294 events name) it asks every authoritative server (found from SOA
        and NS, or -Authoritative) and every -DnsServer for _vlmcs._tcp.<domain>, and reports the
        hosts that are missing and the records that should not be there (stale, rogue, alias).

        Output, in this order:
          KmsDoctor.PublicationResult  one per domain and DNS server asked (Domain, Server,
                                       Authoritative, Status, Records, Missing, Unexpected);
          KmsDoctor.Finding            one per finding (rule id, severity, message, remedy);
          KmsDoctor.PublicationReport  last: the summary, holding all of the above.
        `Select-Object -Last 1` keeps the whole run in one object. Findings are objects, not
        warnings; errors are reserved for being unable to run (see about_KmsDoctor).'
    Parameters  = @{
        ComputerName = 'The KMS host(s) that should publish, FQDN or FQDN:PORT (the name the SRV record carries);
            passed as --host. Binds from the pipeline by value and by property name.'
        Domain = 'Domains it should publish in. Default: the host''s own domain, its DnsDomainPublishList and
            the domains its events name (from -SnapshotPath and -EventPath).'
        SnapshotPath = 'The KMS host''s snapshot (Get-KmsClientState on the host, kmsdoctor collect).'
        EventPath = 'The host''s Application log export with 12293/12294 (wevtutil XML, Get-WinEvent JSON or CSV).'
        DnsServer = 'Resolvers to ask as well, IP or IP:PORT (every domain controller, for example).'
        Authoritative = 'Authoritative servers of the zone(s), IP or IP:PORT. Default: found from SOA and NS.'
        ExpectHost = 'Hosts allowed to have a record. Default: the -ComputerName hosts.'
        TimeoutMs = 'Budget of each probe in milliseconds (default 3000).'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Test-KmsDnsPublication -ComputerName kms01.lab.kms-doctor.test -Domain lab.kms-doctor.test -Authoritative 127.0.0.1:53535'
            Remarks = @(
                'Domain               Server            Auth Status  Records Missing  Unexpected
                ------               ------            ---- ------  ------- -------  ----------
                lab.kms-doctor.test  127.0.0.1:53535   True ok            4          kms02...:1688, kms-old...:1688, ...'
                'The built-in lab (`node dist/kmsdoctor.cjs lab --serve` prints its DNS server): kms01 is
                published; kms02, kms-old and web01 are stale records (findings publication/stale-host).'
            )
        }
        @{
            Code    = 'Test-KmsDnsPublication -SnapshotPath .\kms01.json -EventPath .\kms01-app.xml -DnsServer 10.0.0.10, 10.0.0.11'
            Remarks = @(
                'Checks every domain of kms01''s DnsDomainPublishList on their authoritative servers and on
                both domain controllers, with its 12293/12294 history.'
            )
        }
        @{
            Code    = '$report = Test-KmsDnsPublication -ComputerName kms01.contoso.com | Select-Object -Last 1
                $report.Results | Where-Object { $_.Missing } | Format-Table Domain, Server, Missing'
            Remarks = @(
                'Where is the record missing?'
            )
        }
    )
    Links       = @('about_KmsDoctor')
}
