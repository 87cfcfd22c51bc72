function Export-KmsSupportBundle {
    <#
    .SYNOPSIS
        Writes a zip with what Microsoft support asks for in a KMS activation case: slmgr /dlv
        output, the activation event logs, a kms-doctor snapshot and a kms-doctor report.

    .DESCRIPTION
        Collects into a temporary folder, compresses it to a temporary zip next to the target and
        moves that into place, so the target is never half written. Entry names use / on every
        PowerShell (Compress-Archive of Windows PowerShell 5.1 writes \, which unzips wrongly
        elsewhere). The zip holds:
          slmgr-dlv.txt          cscript //nologo slmgr.vbs /dlv (or the file given with -DlvPath)
          events/spp-application.evtx         the SPP events of the Application log (wevtutil epl)
          events/key-management-service.evtx  the Key Management Service log, on a KMS host
          events/key-management-service-settings.json  that log's size, maximum size, retention
                                 mode, record count, full or not, and oldest record time
          snapshot.json          the kms-doctor snapshot (Get-KmsClientState), or -SnapshotPath
          report.json            kmsdoctor connectivity --snapshot ... --json, run from here
          README.txt             what is in the bundle, and what is missing and why
        On a machine other than Windows the Windows-only parts are skipped with a warning and
        README.txt says what is missing; -SnapshotPath, -DlvPath and -EventPath supply them from
        files (e.g. what a user sent). The report probes the network from this machine (DNS, TCP
        1688/135, an RPC bind; no activation request); -SkipReport leaves it out.

        Writes a file, so it supports -WhatIf and -Confirm. An existing target is replaced only
        with -Force. Emits the zip's FileInfo.

    .PARAMETER Path
        The zip to write. Default: kms-support-<computer>-<yyyyMMdd-HHmmss>.zip in the current folder.

    .PARAMETER SnapshotPath
        A snapshot to include instead of collecting one.

    .PARAMETER DlvPath
        `slmgr /dlv` output to include instead of running slmgr.

    .PARAMETER SlmgrIniPath
        The machine's slmgr.ini, included and used to read non-English /dlv text.

    .PARAMETER EventPath
        Event exports (.evtx, wevtutil XML, Get-WinEvent JSON or CSV) to include instead of
        exporting this machine's logs.

    .PARAMETER DnsServer
        DNS servers the report asks, IP or IP:PORT.

    .PARAMETER TimeoutMs
        Budget of each probe of the report in milliseconds (default 3000).

    .PARAMETER SkipReport
        Do not run the connectivity check (nothing is sent on the network).

    .PARAMETER Force
        Replace the target if it exists.

    .PARAMETER Language
        The language of the messages, errors and warnings, and of the findings' titles,
        messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: ja when
        $PSUICulture is ja-JP, else en.

    .EXAMPLE
        PS> Export-KmsSupportBundle

            Directory: C:\Users\admin

        Mode                 LastWriteTime         Length Name
        ----                 -------------         ------ ----
        -a---          25/11/2026    09:14          48213 kms-support-CLIENT01-20261125-091402.zip

        On the Windows client (or KMS host) that fails to activate.

    .EXAMPLE
        PS> Export-KmsSupportBundle -Path .\case-4711.zip -SnapshotPath .\pc042.json -DlvPath .\dlv.txt -EventPath .\app.xml -SkipReport

        Packs what a user sent, on any platform, without touching the network.

    .EXAMPLE
        PS> Export-KmsSupportBundle -Path \\share\cases\kms.zip -WhatIf

        What if: Performing the operation "Create KMS support bundle" on target "\\share\cases\kms.zip".

    .LINK
        about_KmsDoctor
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType([System.IO.FileInfo])]
    param(
        [Parameter(Position = 0)] [ValidateNotNullOrEmpty()] [string] $Path,
        [ValidateNotNullOrEmpty()] [string] $SnapshotPath,
        [ValidateNotNullOrEmpty()] [string] $DlvPath,
        [ValidateNotNullOrEmpty()] [string] $SlmgrIniPath,
        [ValidateNotNullOrEmpty()] [string[]] $EventPath,
        [ValidateNotNullOrEmpty()] [string[]] $DnsServer,
        [ValidateRange(1, 600000)] [int] $TimeoutMs = 3000,
        [switch] $SkipReport,
        [switch] $Force,

        [ValidateSet('en', 'ja')] [string] $Language
    )

    $machine = [System.Environment]::MachineName
    if (-not $Path) { $Path = 'kms-support-{0}-{1}.zip' -f $machine, (Get-Date -Format 'yyyyMMdd-HHmmss') }
    $target = Resolve-KmsDoctorPath -Path $Path -Caller $PSCmdlet
    if (-not $target) { return }
    if ((Test-Path -LiteralPath $target) -and -not $Force) {
        $PSCmdlet.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.BundleExists' -Category ResourceExists -TargetObject $target -Message (Get-KmsDoctorMessage BundleExists $target -Caller $PSCmdlet)))
        return
    }
    if (-not $PSCmdlet.ShouldProcess($target, 'Create KMS support bundle')) { return }

    $work = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), ('kmsdoctor-bundle-{0}' -f [guid]::NewGuid().ToString('N')))
    $temporaryZip = [System.IO.Path]::Combine([System.IO.Path]::GetDirectoryName($target), ('.{0}.{1}.tmp.zip' -f [System.IO.Path]::GetFileName($target), [guid]::NewGuid().ToString('N')))
    $activity = Get-KmsDoctorMessage ActivityBundle -Caller $PSCmdlet
    try {
        New-Item -ItemType Directory -Path (Join-Path $work 'events') -Force | Out-Null
        Write-Progress -Id 2 -Activity $activity -Status (Get-KmsDoctorMessage ProgressBundleCollecting -Caller $PSCmdlet) -PercentComplete 10
        $bundle = New-KmsBundleContent -Folder $work -Caller $PSCmdlet -SnapshotPath $SnapshotPath -DlvPath $DlvPath -SlmgrIniPath $SlmgrIniPath -EventPath $EventPath
        if (-not $SkipReport) {
            Write-Progress -Id 2 -Activity $activity -Status (Get-KmsDoctorMessage ProgressBundleReport -Caller $PSCmdlet) -PercentComplete 50
            Add-KmsBundleReport -Folder $work -Bundle $bundle -Caller $PSCmdlet -DnsServer $DnsServer -TimeoutMs $TimeoutMs
        } else { $bundle.Missing.Add('report.json: not made (-SkipReport)') }
        Write-KmsBundleReadme -Folder $work -Bundle $bundle -Machine $machine

        Write-Progress -Id 2 -Activity $activity -Status (Get-KmsDoctorMessage ProgressBundleCompressing $target -Caller $PSCmdlet) -PercentComplete 90
        New-KmsZipArchive -Folder $work -Destination $temporaryZip
        Move-Item -LiteralPath $temporaryZip -Destination $target -Force -ErrorAction Stop
        Get-Item -LiteralPath $target
    } finally {
        Write-Progress -Id 2 -Activity $activity -Completed
        Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction SilentlyContinue
        if (Test-Path -LiteralPath $temporaryZip) { Remove-Item -LiteralPath $temporaryZip -Force -ErrorAction SilentlyContinue }
    }
}
