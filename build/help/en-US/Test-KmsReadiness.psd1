# The English help of Test-KmsReadiness (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Proves KMS activation will work before a rollout: DNS discovery, the intended hosts, their
        ports and keys, clocks and the host firewall, as pass/warn/fail checks.'
    Description = 'Runs `kmsdoctor readiness`. It probes what the clients of -Domain would do, checks the
        intended hosts (-ExpectHost) directly, and reads the host and client snapshots and KMS
        logs you give it, then reports one check per question with a state: pass, warn, fail or
        not-run (nothing to check it with).

        Output, in this order:
          KmsDoctor.ReadinessCheck   one per check (Name, State, Detail, Evidence);
          KmsDoctor.ReadinessReport  last: the counts per state, the verdict (the worst state among
                                     the checks that ran), Passed (the pass/fail of the CLI against its
                                     --fail-on, as its exit code says) and every check.

        With -OutFile, the report is written to that file in -Format (html for a change board,
        markdown, junit for a pipeline gate, json) and the file is returned as a FileInfo instead.'
    Parameters  = @{
        Domain = 'Domains the clients search for _vlmcs._tcp.'
        ClientSnapshotPath = 'Client snapshots (kmsdoctor collect, Get-KmsClientState): their domains and clocks.'
        HostSnapshotPath = 'KMS host snapshots or slmgr /dlv text: keys, counts, firewall rule, clock.'
        KmsLogPath = 'KMS host 12290 exports (wevtutil XML, Get-WinEvent JSON or CSV).'
        ExpectHost = 'Intended KMS host FQDNs: probed directly and expected first in DNS.'
        TargetOs = 'Products the hosts must activate, e.g. ''Windows 11 Enterprise''.'
        DnsServer = 'DNS servers to ask, IP or IP:PORT. Default: this machine''s resolvers.'
        TimeoutMs = 'Budget of each probe in milliseconds (default 3000).'
        OutFile = 'Write the report to this file (replaced atomically) and return it as a FileInfo.'
        Format = 'Format of -OutFile: html (default), markdown, junit or json.'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Test-KmsReadiness -Domain contoso.com -ExpectHost kms01.contoso.com -TargetOs ''Windows 11 Enterprise'''
            Remarks = @(
                'State   Name                                 Detail
                -----   ----                                 ------
                pass    SRV record published                 _vlmcs._tcp.contoso.com lists kms01.contoso.com:1688
                warn    Host firewall rule                   no host snapshot: SPPSVC-In-TCP unknown
                ...'
                'One check per question, then the summary.'
            )
        }
        @{
            Code    = 'Test-KmsReadiness -Domain contoso.com -HostSnapshotPath .\kms01.json -OutFile .\readiness.html'
            Remarks = @(
                'Writes a page for the change board and returns the file.'
            )
        }
        @{
            Code    = 'Test-KmsReadiness -Domain contoso.com -Format junit -OutFile .\readiness.xml'
            Remarks = @(
                'A JUnit file to gate a pipeline on.'
            )
        }
    )
    Links       = @('about_KmsDoctor')
}
