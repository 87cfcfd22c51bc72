function Get-KmsDiagnosis {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Get-KmsDiagnosis.psd1 and build/help/ja-JP/Get-KmsDiagnosis.psd1.
    [CmdletBinding()]
    [OutputType('KmsDoctor.ConnectivityResult', 'KmsDoctor.Finding', 'KmsDoctor.ConnectivityReport')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [ValidateNotNullOrEmpty()]
        [string[]] $Path,

        [ValidateNotNullOrEmpty()] [string] $SlmgrIniPath,
        [switch] $Probe,
        [ValidateNotNullOrEmpty()] [string[]] $DnsServer,
        [ValidateRange(1, 600000)] [int] $TimeoutMs = 3000,

        [ValidateSet('en', 'ja')] [string] $Language
    )

    begin {
        $ini = $null
        $skipAll = $false
        if ($SlmgrIniPath) {
            $ini = Resolve-KmsDoctorPath -Path $SlmgrIniPath -Caller $PSCmdlet -MustExist
            # Without its slmgr.ini a /dlv text in another language would be misread: run nothing.
            if (-not $ini) { $skipAll = $true }
        }
    }
    process {
        if ($skipAll) { return }
        # One client per pipeline item, or per -Path array: the CLI analyses one client at a time.
        $files = @(foreach ($file in $Path) { Resolve-KmsDoctorPath -Path $file -Caller $PSCmdlet -MustExist })
        if ($files.Count -eq 0) { return }
        $argv = @('analyze') + $files
        if ($ini) { $argv += @('--slmgr-ini', $ini) }
        if ($Probe) { $argv += @('--probe') + @(Get-KmsCliOption '--dns-server' $DnsServer) + @('--timeout', [string] $TimeoutMs) }
        $check = Invoke-KmsDoctorCheck -Argument $argv -Caller $PSCmdlet -Activity (Get-KmsDoctorMessage ActivityDiagnosis -Caller $PSCmdlet)
        if ($null -ne $check) { Write-KmsDoctorCheck -Check $check }
    }
}
