# The English help of Get-KmsActivationEvent (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Gets KMS activation events (12288, 12289, 8198, 12290, 12293, 12294) with their fields
        parsed: error code, KMS host and port, current count, ...; or the attempts they make up.'
    Description = 'On Windows, without -Path, reads this machine''s events with Get-WinEvent (Application log,
        provider Microsoft-Windows-Security-SPP, and the Key Management Service log on a host).
        With -Path, reads exports on any platform: `wevtutil qe ... /f:xml`,
        `Get-WinEvent | ConvertTo-Json` or `Export-Csv` (the format is recognised from the
        content). Either way the fields are parsed by `kmsdoctor events`, from the events''
        Properties, never their localized message text.

        Emits KmsDoctor.ActivationEvent objects, newest first: Id, TimeCreated (UTC), HResult,
        Host, Port, CurrentCount, MinimumCount, Domain (12293/12294), ClientName (12290), ... with
        $null for a field the event kind does not have. With -Attempt, emits
        KmsDoctor.ActivationAttempt objects instead, oldest first: each 12288 (request to a host)
        with the 12289 that answered it; Answered = $false means the host was not reached or did
        not reply. Problems with the input (records skipped, a CSV without Properties) are
        warnings. A file that does not exist is a non-terminating KmsDoctor.FileNotFound error
        naming it; the other files are still read.'
    Parameters  = @{
        Path = 'Event exports. Binds FullName from Get-ChildItem.'
        Id = 'Only events with these ids (e.g. 12288, 12289).'
        Attempt = 'Emit the client''s activation attempts instead of the events.'
        MaxEvents = 'The newest N activation events to read (per log on Windows, per file with -Path; default 1000).'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Get-KmsActivationEvent -Path .\samples\events\client-wevtutil.xml'
            Remarks = @(
                'TimeCreated (UTC)      Id Computer           HResult    Host/Client                 Port Count Need Detail
                -----------------      -- --------           -------    -----------                 ---- ----- ---- ------
                2025-03-11 09:02:17 12289 ws0142.contoso.com 0x00000000                                     26
                2025-03-11 09:02:17 12288 ws0142.contoso.com 0x00000000 kms01.contoso.com           1688         25 CMID 8d2f6c1a
                2025-03-10 08:15:02  8198 ws0142.contoso.com 0xC004F074
                2025-03-10 08:15:02 12289 ws0142.contoso.com 0xC004F06C                                      0
                2025-03-10 08:15:02 12288 ws0142.contoso.com 0xC004F06C kms01.contoso.com           1688         25 CMID 8d2f6c1a
                2025-03-10 07:58:41 12288 ws0142.contoso.com 0x8007274C kms-old.contoso.com         1688            CMID 8d2f6c1a'
                'Times are UTC. On a KMS host''s log (12290), Host/Client names the client that asked.'
            )
        }
        @{
            Code    = 'Get-KmsActivationEvent -Attempt | Select-Object -Last 1'
            Remarks = @(
                'On a Windows client: the last activation attempt, which host it asked and what came back.'
            )
        }
        @{
            Code    = 'Get-KmsActivationEvent -Path .\app.xml -Id 8198 | Get-KmsErrorInfo'
            Remarks = @(
                'What each logged activation failure code means, and its fix (HResult binds to -Id).'
            )
        }
    )
    Links       = @('about_KmsDoctor')
}
