function Get-KmsClientState {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Get-KmsClientState.psd1 and build/help/ja-JP/Get-KmsClientState.psd1.
    [CmdletBinding()]
    [OutputType('KmsDoctor.ClientState')]
    param(
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [ValidateNotNullOrEmpty()]
        [string[]] $Path,

        [ValidateRange(0, 10000)] [int] $EventCount = 50,

        [ValidateSet('en', 'ja')] [string] $Language
    )

    process {
        $files = @($Path | Where-Object { $_ })
        $collected = $null
        if ($files.Count -eq 0) {
            if (-not (Test-KmsDoctorWindows)) {
                $PSCmdlet.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.NeedsWindows' -Category NotImplemented -TargetObject $null `
                            -Message (Get-KmsDoctorMessage CollectingNeedsWindows -Caller $PSCmdlet)))
                return
            }
            $collected = Invoke-KmsSnapshotCollector -Caller $PSCmdlet -EventCount $EventCount
            if (-not $collected) { return }
            $files = @($collected)
        }
        try {
            foreach ($file in $files) {
                $full = Resolve-KmsDoctorPath -Path $file -Caller $PSCmdlet -MustExist
                if (-not $full) { continue }
                $parsed = ConvertFrom-KmsDoctorJson -Text ([System.IO.File]::ReadAllText($full, [System.Text.Encoding]::UTF8))
                if ($parsed.Problem) {
                    $PSCmdlet.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.NotASnapshot' -Category InvalidData -TargetObject $file `
                                -Message (Get-KmsDoctorMessage SnapshotUnreadable $file, $parsed.Problem -Caller $PSCmdlet)))
                    continue
                }
                $snapshot = $parsed.Value
                if ($snapshot -is [array] -or $snapshot.kind -ne 'kms-doctor-snapshot') {
                    $PSCmdlet.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.NotASnapshot' -Category InvalidData -TargetObject $file `
                                -Message (Get-KmsDoctorMessage NotASnapshot $file -Caller $PSCmdlet)))
                    continue
                }
                $shownPath = $full
                if ($collected) { $shownPath = $null }
                New-KmsClientState -Snapshot $snapshot -Path $shownPath
            }
        } finally {
            if ($collected) { Remove-Item -LiteralPath $collected -Force -ErrorAction SilentlyContinue }
        }
    }
}
