function Get-KmsFleetDiagnosis {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Get-KmsFleetDiagnosis.psd1 and build/help/ja-JP/Get-KmsFleetDiagnosis.psd1.
    [CmdletBinding(DefaultParameterSetName = 'Objects')]
    [OutputType('KmsDoctor.Finding', 'KmsDoctor.FleetReport', [System.IO.FileInfo])]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('FullName', 'OutDirectory')] [ValidateNotNullOrEmpty()] [string[]] $Path,
        [Alias('KmsLog')] [ValidateNotNullOrEmpty()] [string[]] $KmsLogPath,
        [switch] $Probe,
        [ValidateNotNullOrEmpty()] [string[]] $DnsServer,
        [ValidateRange(1, 600000)] [int] $TimeoutMs = 3000,
        [Parameter(Mandatory, ParameterSetName = 'File')]
        [ValidateNotNullOrEmpty()] [string] $OutFile,
        [Parameter(ParameterSetName = 'File')]
        [ValidateSet('html', 'csv', 'markdown', 'junit', 'json')] [string] $Format = 'html',

        [ValidateSet('en', 'ja')] [string] $Language
    )
    begin { $all = New-Object System.Collections.Generic.List[string] }
    process { foreach ($p in @($Path)) { if ($p) { $all.Add((Resolve-KmsDoctorPath -Path $p -Caller $PSCmdlet)) } } }
    end {
        $argv = @('fleet') + @($all) +
        @(Get-KmsCliOption '--kms-log' @(foreach ($p in @($KmsLogPath)) { if ($p) { Resolve-KmsDoctorPath -Path $p -Caller $PSCmdlet } })) +
        @(Get-KmsCliOption '--dns-server' $DnsServer) +
        @('--timeout', [string] $TimeoutMs)
        if ($Probe) { $argv += '--probe' }
        $activity = Get-KmsDoctorMessage ActivityFleetDiagnosis -Caller $PSCmdlet
        if ($PSCmdlet.ParameterSetName -eq 'File') { return Save-KmsDoctorReportFile -Argument $argv -OutFile $OutFile -Format $Format -Activity $activity -Caller $PSCmdlet }
        $report = Get-KmsDoctorJsonReport -Argument $argv -Activity $activity -Caller $PSCmdlet
        if ($null -eq $report) { return }
        $findings = @(foreach ($finding in @($report.findings)) { if ($null -ne $finding) { New-KmsFinding -Finding $finding } })
        $findings
        New-KmsFleetReport -Report $report -Finding $findings
    }
}
