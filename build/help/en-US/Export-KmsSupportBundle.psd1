# The English help of Export-KmsSupportBundle (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Writes a zip with what Microsoft support asks for in a KMS activation case: slmgr /dlv
        output, the activation event logs, a kms-doctor snapshot and a kms-doctor report.'
    Description = 'Collects into a temporary folder, compresses it to a temporary zip next to the target and
        moves that into place, so the target is never half written. Entry names use / on every
        PowerShell (Compress-Archive of Windows PowerShell 5.1 writes \, which unzips wrongly
        elsewhere). The zip holds:
          slmgr-dlv.txt          cscript //nologo slmgr.vbs /dlv (or the file given with -DlvPath)
          events/spp-application.evtx         the SPP events of the Application log (wevtutil epl)
          events/key-management-service.evtx  the Key Management Service log, on a KMS host
          events/key-management-service-settings.json  that log''s size, maximum size, retention
                                 mode, record count, full or not, and oldest record time
          snapshot.json          the kms-doctor snapshot (Get-KmsClientState), or -SnapshotPath
          report.json            kmsdoctor connectivity --snapshot ... --json, run from here
          README.txt             what is in the bundle, and what is missing and why
        On a machine other than Windows the Windows-only parts are skipped with a warning and
        README.txt says what is missing; -SnapshotPath, -DlvPath and -EventPath supply them from
        files (e.g. what a user sent). The report probes the network from this machine (DNS, TCP
        1688/135, an RPC bind; no activation request); -SkipReport leaves it out.

        Writes a file, so it supports -WhatIf and -Confirm. An existing target is replaced only
        with -Force. Emits the zip''s FileInfo.'
    Parameters  = @{
        Path = 'The zip to write. Default: kms-support-<computer>-<yyyyMMdd-HHmmss>.zip in the current folder.'
        SnapshotPath = 'A snapshot to include instead of collecting one.'
        DlvPath = '`slmgr /dlv` output to include instead of running slmgr.'
        SlmgrIniPath = 'The machine''s slmgr.ini, included and used to read non-English /dlv text.'
        EventPath = 'Event exports (.evtx, wevtutil XML, Get-WinEvent JSON or CSV) to include instead of
            exporting this machine''s logs.'
        DnsServer = 'DNS servers the report asks, IP or IP:PORT.'
        TimeoutMs = 'Budget of each probe of the report in milliseconds (default 3000).'
        SkipReport = 'Do not run the connectivity check (nothing is sent on the network).'
        Force = 'Replace the target if it exists.'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Export-KmsSupportBundle'
            Remarks = @(
                '    Directory: C:\Users\admin'
                'Mode                 LastWriteTime         Length Name
                ----                 -------------         ------ ----
                -a---          25/11/2026    09:14          48213 kms-support-CLIENT01-20261125-091402.zip'
                'On the Windows client (or KMS host) that fails to activate.'
            )
        }
        @{
            Code    = 'Export-KmsSupportBundle -Path .\case-4711.zip -SnapshotPath .\pc042.json -DlvPath .\dlv.txt -EventPath .\app.xml -SkipReport'
            Remarks = @(
                'Packs what a user sent, on any platform, without touching the network.'
            )
        }
        @{
            Code    = 'Export-KmsSupportBundle -Path \\share\cases\kms.zip -WhatIf'
            Remarks = @(
                'What if: Performing the operation "Create KMS support bundle" on target "\\share\cases\kms.zip".'
            )
        }
    )
    Links       = @('about_KmsDoctor')
}
