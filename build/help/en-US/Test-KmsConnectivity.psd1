# The English help of Test-KmsConnectivity (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Checks every way a client can reach KMS: its own settings, SRV discovery, every host, both
        ports, the KMS RPC endpoint, and says what would fail.'
    Description = 'Runs `kmsdoctor connectivity`. It predicts which KMS host the client uses (manual
        /skms host, lookup domain, cached host, DNS suffixes), queries _vlmcs._tcp SRV records on
        every DNS server, resolves every target, tests TCP 1688 (or the SRV port: the activation
        path) and 135 (the management path only) on every address, binds to the KMS RPC interface
        (count-safe: no activation request) and evaluates the findings.

        On Windows, without -SnapshotPath or -DlvPath, it first collects this machine''s snapshot
        (ps/collector/Get-KmsSnapshot.ps1, read-only, no elevation) so the check follows the
        client''s own settings; -SkipSnapshot tests only what you name.

        Output, in this order:
          KmsDoctor.ConnectivityResult  one per target endpoint (host and address);
          KmsDoctor.Finding             one per finding (rule id, severity, message, remedy);
          KmsDoctor.ConnectivityReport  last: the summary, holding all of the above (Results,
                                        Findings), the client section and the raw probe results.
        `$r = Test-KmsConnectivity ... | Select-Object -Last 1` keeps the whole run in one object.
        A probe that did not run is $null, never $false. Findings are objects, not warnings;
        errors are reserved for being unable to run (see about_KmsDoctor).

        With -ActivationRequest -Product, after the check ONE KMS activation request is sent to
        the first ready target (in the order a client would try them), and the report''s
        Activation property holds the answer (a KmsDoctor.ActivationProbeResult). The request may
        add this installation''s CMID to that host''s count for 30 days, so it is gated by
        ShouldProcess (ConfirmImpact High): PowerShell asks first; -Confirm:$false sends without
        asking; -WhatIf or answering no runs the check alone and sends nothing. The check itself
        is count-safe and never asks.'
    Parameters  = @{
        ComputerName = 'KMS hosts to test directly, HOST or HOST:PORT (as pinned with slmgr /skms); passed as
            --kms-host. Binds from the pipeline by value and by property name (NameTarget of
            Resolve-DnsName SRV records and of Get-KmsSrvRecord, Target of findings). An invalid
            name is a non-terminating KmsDoctor.InvalidName error; the other hosts are still tested.'
        Port = 'Port for the hosts of -ComputerName that do not name one (binds the Port of SRV records).'
        ClientState = 'Clients'' states from Get-KmsClientState (binds from the pipeline): each client''s own
            discovery is checked (its suffixes, its pinned or cached host), one run per client, as
            with -SnapshotPath.'
        Domain = 'Domains whose _vlmcs._tcp SRV records to check. Default: the client''s own DNS suffixes.'
        DnsServer = 'DNS servers to ask, IP or IP:PORT. Default: this machine''s resolvers.'
        TimeoutMs = 'Budget of each probe in milliseconds (default 3000). The whole run takes about one
            timeout, not one per host: probes run concurrently.'
        SnapshotPath = 'A client''s snapshot (Get-KmsClientState, kmsdoctor collect): check what that client does.'
        DlvPath = 'The client''s `slmgr /dlv` output, in place of a snapshot.'
        SlmgrIniPath = 'The client''s slmgr.ini, to read /dlv text in its language.'
        EventPath = 'The client''s SPP event exports (wevtutil XML, Get-WinEvent JSON or CSV).'
        SkipSnapshot = 'On Windows, do not collect this machine''s snapshot first.'
        ActivationRequest = 'After the check, send ONE KMS activation request to the first ready target (after
            confirmation; needs -Product). Passed as --activation-request.'
        Product = 'The product the activation request asks for, by name or SKU id (Get-KmsProduct lists
            them). Only with -ActivationRequest.'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Test-KmsConnectivity -Domain lab.kms-doctor.test -DnsServer 127.0.0.1:53535'
            Remarks = @(
                'ComputerName                  Port RemoteAddress   Activation Mgmt 135 RPC bind     Verdict       Source
                ------------                  ---- -------------   ---------- -------- --------     -------       ------
                kms02.lab.kms-doctor.test     1688 127.77.0.2      closed     closed                port-closed   srv
                kms01.lab.kms-doctor.test    45345 127.77.0.1      open       closed   kms          ready         srv
                kms-old.lab.kms-doctor.test   1688                                                  unresolved    srv
                web01.lab.kms-doctor.test    42017 127.77.0.3      open       closed   not-rpc      not-kms       srv'
                'RuleId   : srv/target-unresolvable
                Severity : error
                Title    : SRV target does not resolve
                Message  : kms-old.lab.kms-doctor.test:1688 (listed in _vlmcs._tcp.lab.kms-doctor.test) does not resolve: ...
                ...'
                'The built-in lab (`node dist/kmsdoctor.cjs lab --serve` prints its DNS server): one
                result per host, the findings, then the report.'
            )
        }
        @{
            Code    = '$report = Test-KmsConnectivity -Domain contoso.com | Select-Object -Last 1
                $report.Findings | Where-Object Severity -eq ''error'' | Format-List RuleId, Message, Remedy'
            Remarks = @(
                'Keeps the report object, then shows what to fix and how.'
            )
        }
        @{
            Code    = 'Test-KmsConnectivity -SnapshotPath .\pc042.json -EventPath .\pc042-app.xml -DnsServer 10.0.0.10'
            Remarks = @(
                'What will the client pc042 do, and will it work from here, with its events.'
            )
        }
        @{
            Code    = 'Resolve-DnsName -Type SRV _vlmcs._tcp.contoso.com | Test-KmsConnectivity -SkipSnapshot'
            Remarks = @(
                'Tests the hosts of SRV records: NameTarget and Port bind by property name; the A/AAAA
                records of the Additional section are skipped.'
            )
        }
        @{
            Code    = 'Get-ChildItem .\clients\*.json | Get-KmsClientState | Test-KmsConnectivity -DnsServer 10.0.0.10'
            Remarks = @(
                'Each collected client''s own discovery (its suffixes, its pinned or cached host), tested
                from here: one run per client.'
            )
        }
        @{
            Code    = '$report = Test-KmsConnectivity -Domain contoso.com -ActivationRequest -Product ''Windows 11 Enterprise'' -Confirm:$false | Select-Object -Last 1
                $report.Activation | Format-List ComputerName, HResult, Meaning, CurrentCount, Threshold, HostKey'
            Remarks = @(
                'Checks everything, then sends one activation request to the first ready host without
                asking, and shows how the host answered.'
            )
        }
    )
    Links       = @('about_KmsDoctor')
}
