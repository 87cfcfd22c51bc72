# The English help of Invoke-KmsActivationProbe (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Sends ONE KMS activation request to a KMS host, after confirmation, and validates the
        answer: HRESULT, current count against the threshold, intervals, the host''s ePID, HWID.'
    Description = 'Runs `kmsdoctor activate-probe <host[:port]> --product <name> --activation-request --json`.
        This is the one cmdlet of the module that can change something on a KMS host: a request
        may add this installation''s CMID to the host''s count for 30 days (a new CMID counts as a
        new machine). It is therefore gated by ShouldProcess with ConfirmImpact High:

          - by default PowerShell asks before each host; say yes to send;
          - -Confirm:$false sends without asking;
          - -WhatIf connects to nothing (a dry run): the result shows, in Sent, the request
            that would have been sent;
          - answering no sends nothing: the host is only bound to (count-safe), and Sent
            shows the request;
          - -DryRun neither connects nor sends, whatever the confirmation: it builds the request
            and shows it.

        Without -Cmid the CLI uses this installation''s stored CMID (created once in its config
        folder) so repeated probes count as one machine.

        Output: one KmsDoctor.ActivationProbeResult per host: Mode (dry-run, bind-only, sent),
        RequestSent, HResult and its Meaning, CurrentCount against Threshold, the intervals,
        HostEpid / HostBuild / HostKey (the CSVLK the ePID belongs to), Hwid, LatencyMs, Sent
        (what was sent or would have been), EmulatorTells, Advice and the Findings
        (KmsDoctor.Finding objects). A value the run did not produce is $null.'
    Parameters  = @{
        ComputerName = 'KMS hosts, HOST or HOST:PORT. Binds from the pipeline by value and by property name
            (NameTarget of Resolve-DnsName SRV records and of Get-KmsSrvRecord). Each host gets its
            own confirmation and at most one request.'
        Port = 'Port for hosts that do not name one (default 1688; binds the Port of SRV records).'
        Product = 'The product to ask for, by name ("Windows 11 Enterprise", "Windows Server 2025
            Standard", "Office LTSC 2021") or SKU id. Get-KmsProduct lists them.'
        Protocol = 'KMS protocol version to send (v4, v5, v6). Default: the one the product''s clients use.'
        DryRun = 'Build and show the request without connecting (never sends).'
        Cmid = 'Client machine id (a GUID) to send instead of this installation''s stored one. A new
            CMID counts as a new machine on the host.'
        Workstation = 'Workstation name to send (default kms-probe.<this host name>); the host logs it in
            event 12290.'
        TimeoutMs = 'Budget of the connect and of each reply, in milliseconds (default 5000).'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Invoke-KmsActivationProbe kms01.contoso.com -Product ''Windows 11 Enterprise'''
            Remarks = @(
                'Confirm
                Are you sure you want to perform this action?
                Performing the operation "Send ONE KMS activation request for Windows 11 Enterprise (may add this installation''s CMID to the host''s count for 30 days)" on target "kms01.contoso.com:1688".
                [Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "N"): y'
                'ComputerName         Mode      Status        Result     Count Threshold Act min Renew min HostKey          Latency
                ------------         ----      ------        ------     ----- --------- ------- --------- -------          -------
                kms01.contoso.com    sent      answered      0x00000000    31        25     120     10080 Windows Server       4
                                                                                                          2019'
                'Asks, then sends the one request and shows the answer.'
            )
        }
        @{
            Code    = 'Invoke-KmsActivationProbe kms01.contoso.com:1688 -Product ''Office LTSC 2021'' -WhatIf'
            Remarks = @(
                'Connects to nothing: returns the dry-run result with the request that would have been
                sent in .Sent. Answering No at the confirmation prompt instead binds to the host
                (count-safe) without sending the request.'
            )
        }
        @{
            Code    = 'Get-KmsSrvRecord contoso.com | Invoke-KmsActivationProbe -Product ''Windows Server 2025 Standard'' -Confirm:$false'
            Remarks = @(
                'Sends one request to each host of the SRV records (NameTarget and Port bind by property
                name) without asking.'
            )
        }
        @{
            Code    = '(Invoke-KmsActivationProbe kms01.contoso.com -Product ''Windows 11 Enterprise'' -DryRun).Sent.Fields'
            Remarks = @(
                'Shows the decoded fields of the request without connecting.'
            )
        }
    )
    Links       = @('Get-KmsProduct', 'about_KmsDoctor')
}
