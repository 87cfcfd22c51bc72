function Get-KmsActivationEvent {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Get-KmsActivationEvent.psd1 and build/help/ja-JP/Get-KmsActivationEvent.psd1.
    [CmdletBinding()]
    [OutputType('KmsDoctor.ActivationEvent', 'KmsDoctor.ActivationAttempt')]
    param(
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [ValidateNotNullOrEmpty()]
        [string[]] $Path,

        [int[]] $Id,
        [switch] $Attempt,
        [ValidateRange(1, 1000000)] [int] $MaxEvents = 1000,

        [ValidateSet('en', 'ja')] [string] $Language
    )

    begin {
        $files = New-Object System.Collections.Generic.List[string]
        $pathGiven = $false
    }
    process {
        foreach ($file in @($Path | Where-Object { $_ })) {
            # A missing file is its own error; the other exports are still read.
            $full = Resolve-KmsDoctorPath -Path $file -Caller $PSCmdlet -MustExist
            if ($full) { $files.Add($full) }
            $pathGiven = $true
        }
    }
    end {
        $exported = $null
        # Every given file was missing: reading this machine's log instead would answer another question.
        if ($pathGiven -and $files.Count -eq 0) { return }
        if ($files.Count -eq 0) {
            if (-not (Test-KmsDoctorWindows)) {
                $PSCmdlet.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.NeedsWindows' -Category NotImplemented -TargetObject $null `
                            -Message (Get-KmsDoctorMessage EventLogNeedsWindows -Caller $PSCmdlet)))
                return
            }
            $exported = Export-KmsWinEvent -MaxEvents $MaxEvents
            $files.Add($exported)
        }
        try {
            $argv = @('events') + $files.ToArray() + @('--max-events', [string] $MaxEvents)
            $read = Invoke-KmsDoctorCli -Argument $argv -Output Json -Caller $PSCmdlet
        } finally {
            if ($exported) { Remove-Item -LiteralPath $exported -Force -ErrorAction SilentlyContinue }
        }
        if ($null -eq $read) { return }
        foreach ($warning in @($read.warnings)) { if ($warning) { Write-Warning $warning } }
        if ($Attempt) {
            foreach ($item in @($read.attempts)) { if ($null -ne $item) { New-KmsActivationAttempt -Attempt $item } }
            return
        }
        foreach ($item in @($read.events)) {
            if ($null -eq $item) { continue }
            if ($Id -and $Id -notcontains [int] $item.id) { continue }
            New-KmsActivationEvent -KmsEvent $item
        }
    }
}
