function Test-KmsReadiness {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Test-KmsReadiness.psd1 and build/help/ja-JP/Test-KmsReadiness.psd1.
    [CmdletBinding(DefaultParameterSetName = 'Objects')]
    [OutputType('KmsDoctor.ReadinessCheck', 'KmsDoctor.ReadinessReport', [System.IO.FileInfo])]
    param(
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty()] [string[]] $Domain,
        [Alias('ClientSnapshot')] [ValidateNotNullOrEmpty()] [string[]] $ClientSnapshotPath,
        [Alias('HostSnapshot')] [ValidateNotNullOrEmpty()] [string[]] $HostSnapshotPath,
        [Alias('KmsLog')] [ValidateNotNullOrEmpty()] [string[]] $KmsLogPath,
        [ValidateNotNullOrEmpty()] [string[]] $ExpectHost,
        [ValidateNotNullOrEmpty()]
        [string[]] $TargetOs,
        [ValidateNotNullOrEmpty()] [string[]] $DnsServer,
        [ValidateRange(1, 600000)] [int] $TimeoutMs = 3000,

        [Parameter(Mandatory, ParameterSetName = 'File')]
        [ValidateNotNullOrEmpty()] [string] $OutFile,

        [Parameter(ParameterSetName = 'File')]
        [ValidateSet('html', 'markdown', 'junit', 'json')] [string] $Format = 'html',

        [ValidateSet('en', 'ja')] [string] $Language
    )

    $paths = {
        param([string] $Flag, [string[]] $Value)
        # A missing file is its own error; the readiness check still runs with the others.
        Get-KmsCliOption $Flag @(foreach ($p in @($Value)) { if ($p) { Resolve-KmsDoctorPath -Path $p -Caller $PSCmdlet -MustExist } })
    }
    $argv = @('readiness') +
    @(Get-KmsCliOption '--domain' $Domain) +
    @(& $paths '--client-snapshot' $ClientSnapshotPath) +
    @(& $paths '--host-snapshot' $HostSnapshotPath) +
    @(& $paths '--kms-log' $KmsLogPath) +
    @(Get-KmsCliOption '--expect-host' $ExpectHost) +
    @(Get-KmsCliOption '--target-os' $TargetOs) +
    @(Get-KmsCliOption '--dns-server' $DnsServer) +
    @('--timeout', [string] $TimeoutMs)

    $activity = Get-KmsDoctorMessage ActivityReadiness -Caller $PSCmdlet
    if ($PSCmdlet.ParameterSetName -eq 'File') { return Save-KmsDoctorReportFile -Argument $argv -OutFile $OutFile -Format $Format -Activity $activity -Caller $PSCmdlet }

    $report = Get-KmsDoctorJsonReport -Argument $argv -Activity $activity -Caller $PSCmdlet
    if ($null -eq $report) { return }
    $checks = @(foreach ($check in @($report.checks)) { if ($null -ne $check) { New-KmsReadinessCheck -Check $check } })
    $checks
    New-KmsReadinessReport -Report $report -Check $checks
}
