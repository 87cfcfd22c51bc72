# The English help of Get-KmsDiagnosis (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Diagnoses a client offline from what it sent: a snapshot, `slmgr /dlv` text, event
        exports, its slmgr.ini; the same findings as Test-KmsConnectivity.'
    Description = 'Runs `kmsdoctor analyze`. Reads the files (each recognised from its content; /dlv text in
        any language whose slmgr.ini is given, English and confirmed Japanese labels built in),
        rebuilds what the client does, and evaluates the rules. Nothing is probed unless -Probe
        is given, which also tests from here what the client would contact.

        The files given together to -Path are one client''s (a snapshot, its /dlv text, its event
        exports); each file that comes down the pipeline is diagnosed on its own, so
        `Get-ChildItem *.json | Get-KmsDiagnosis` gives one report per client. A missing file is
        a non-terminating KmsDoctor.FileNotFound error naming it; the other files still run.

        Output as for Test-KmsConnectivity: KmsDoctor.ConnectivityResult objects (only with
        -Probe), KmsDoctor.Finding objects, then the KmsDoctor.ConnectivityReport, whose Client
        holds the client''s plan, product, attempts and notes (unread lines of the input among them).'
    Parameters  = @{
        Path = 'The files one client sent. Binds FullName from Get-ChildItem: one client per file then.'
        SlmgrIniPath = 'The client''s slmgr.ini (%SystemRoot%\System32\slmgr\<LANGID>\slmgr.ini), to read its /dlv
            text exactly. May also be given among -Path.'
        Probe = 'Also test from here the hosts and domains the client would contact.'
        DnsServer = 'With -Probe: DNS servers to ask, IP or IP:PORT.'
        TimeoutMs = 'With -Probe: budget of each probe in milliseconds (default 3000).'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Get-KmsDiagnosis -Path .\pc042.json, .\pc042-app.xml | Where-Object RuleId'
            Remarks = @(
                'The findings for the client pc042 from its snapshot and event export.'
            )
        }
        @{
            Code    = 'Get-ChildItem .\snapshots\*.json | Get-KmsDiagnosis | Where-Object { $_.PSObject.TypeNames[0] -eq ''KmsDoctor.ConnectivityReport'' } | Format-Table Command, Passed, Errors, Warnings'
            Remarks = @(
                'One diagnosis per client snapshot of a folder, and a line per client.'
            )
        }
        @{
            Code    = '$report = Get-KmsDiagnosis -Path .\dlv-ja.txt -SlmgrIniPath .\slmgr.ini | Select-Object -Last 1
                $report.Client.Product'
            Remarks = @(
                'Name                           Channel          LicenseStatus GracePeriodRemainingMinutes
                ----                           -------          ------------- ---------------------------
                Windows(R), Enterprise edition VOLUME_KMSCLIENT             1                      259197'
                'Japanese `slmgr /dlv` text read with the machine''s own slmgr.ini.'
            )
        }
    )
    Links       = @('about_KmsDoctor')
}
