function Export-KmsSupportBundle {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Export-KmsSupportBundle.psd1 and build/help/ja-JP/Export-KmsSupportBundle.psd1.
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
