# The English help of Get-KmsSrvRecord (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Gets the _vlmcs._tcp SRV records of domains from every DNS server, with each target resolved.'
    Description = 'Runs `kmsdoctor srv`: asks each DNS server for _vlmcs._tcp.<domain> with its own DNS client
        (RCODE, authority and TTLs are kept) and resolves every target. Emits one
        KmsDoctor.SrvRecord per target, in one order a client could try them (Rank; Share is the
        chance of being tried first within its priority). NameTarget repeats Name, as
        Resolve-DnsName''s SRV records name it, so the records pipe into Test-KmsPort and
        Test-KmsRpcEndpoint.

        Each record carries the CLI''s findings about its host (Findings: a stale record, a target
        that does not resolve, ...). A domain for which no server returned a record is a
        non-terminating error (KmsDoctor.SrvRecordNotFound) naming each server''s answer
        (dns-nxdomain, dns-nodata, ...), as Resolve-DnsName reports a name that does not exist.
        A DNS server that could not be asked (timeout, refused, unreachable, SERVFAIL) is not a
        missing record: that is KmsDoctor.DnsQueryFailed (ConnectionError, or OperationTimeout),
        with the CLI''s finding as its message and remedy, also when other servers answered.'
    Parameters  = @{
        Domain = 'Domains to query (the SRV name is _vlmcs._tcp.<domain>). Binds from the pipeline.'
        DnsServer = 'DNS servers to ask, IP or IP:PORT. Default: this machine''s resolvers.'
        TimeoutMs = 'Budget of each query in milliseconds (default 3000).'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Get-KmsSrvRecord -Domain lab.kms-doctor.test -DnsServer 127.0.0.1:53535'
            Remarks = @(
                'Rank Name                              Port Priority Weight  Share    Ttl Domain                   Resolved
                ---- ----                              ---- -------- ------  -----    --- ------                   --------
                   1 kms01.lab.kms-doctor.test        33113        0     60    60 %    900 lab.kms-doctor.test      ok
                   2 kms02.lab.kms-doctor.test         1688        0     40    40 %    900 lab.kms-doctor.test      ok
                   3 kms-old.lab.kms-doctor.test       1688       10      0    50 %    900 lab.kms-doctor.test      dns-nxdomain
                   4 web01.lab.kms-doctor.test        41657       10      0    50 %    900 lab.kms-doctor.test      ok'
            )
        }
        @{
            Code    = 'Get-KmsSrvRecord contoso.com | Test-KmsPort'
            Remarks = @(
                'Tests the port each SRV record announces on each of its hosts.'
            )
        }
        @{
            Code    = '''contoso.com'', ''emea.contoso.com'' | Get-KmsSrvRecord -DnsServer 10.0.0.10, 10.0.0.11 | Where-Object ResolutionStatus -ne ''ok'''
            Remarks = @(
                'Stale records: targets that do not resolve, asked of two domain controllers.'
            )
        }
    )
    Links       = @('about_KmsDoctor')
}
