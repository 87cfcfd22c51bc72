function Get-KmsFleetDiagnosis {
    <#
    .SYNOPSIS
        Compares many client and host snapshots: clone groups (duplicate CMIDs), activation state,
        where the clients go, DNS suffix groups, the threshold mix and the clock spread.
    .DESCRIPTION
        Runs `kmsdoctor fleet` on a folder of snapshots (Invoke-KmsFleetCollection writes one) or
        on snapshot files. What no single machine shows: machines cloned without sysprep that
        share one CMID (the count "does not grow past 1"), clients pinned or cached on a retired
        host, a DNS suffix group without a _vlmcs._tcp record (-Probe), the count split over
        several hosts, Windows and Office products running out of grace.
        Output, in this order:
          KmsDoctor.Finding      one per finding, most severe first (RuleId fleet/...);
          KmsDoctor.FleetReport  last: the counts, clone groups, hosts, domains and clocks.
        With -OutFile, the report is written in -Format (html: a dashboard with SVG charts; csv:
        one row per client; markdown; junit; json) and the file is returned as a FileInfo.
    .PARAMETER Path
        Folders of snapshots (every *.json below them) or snapshot files, client and host alike.
    .PARAMETER KmsLogPath
        KMS host 12290 exports (wevtutil XML, Get-WinEvent JSON or CSV).
    .PARAMETER Probe
        Ask DNS about each suffix group's domain and test each host the clients go to, each once.
    .PARAMETER DnsServer
        DNS servers to ask with -Probe, IP or IP:PORT. Default: this machine's resolvers.
    .PARAMETER TimeoutMs
        Budget of each probe in milliseconds (default 3000).
    .PARAMETER OutFile
        Write the report to this file (replaced atomically) and return it as a FileInfo.
    .PARAMETER Format
        Format of -OutFile: html (default), csv, markdown, junit or json.
    .PARAMETER Language
        The language of the messages, errors and warnings, and of the findings' titles,
        messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: ja when
        $PSUICulture is ja-JP, else en.

    .EXAMPLE
        PS> Get-KmsFleetDiagnosis -Path .\snapshots
        Severity RuleId                     Message
        -------- ------                     -------
        error    fleet/duplicate-cmid       8 machines share the CMID 5e1f... : a KMS host counts them once ...
        ...
        The findings, then the fleet report.
    .EXAMPLE
        PS> Get-KmsFleetDiagnosis -Path .\snapshots -Probe -OutFile .\fleet.html
        A dashboard page, with every host and domain probed once.
    .EXAMPLE
        PS> (Get-KmsFleetDiagnosis -Path .\snapshots | Select-Object -Last 1).CloneGroups
        The clone groups with their machine names.
    .LINK
        Invoke-KmsFleetCollection
    .LINK
        about_KmsDoctor
    #>
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
        if ($PSCmdlet.ParameterSetName -eq 'File') {
            $out = Resolve-KmsDoctorPath -Path $OutFile -Caller $PSCmdlet
            $argv += @('--format', $Format, '--out', $out)
            $ran = Invoke-KmsDoctorCli -Argument $argv -Output None -Caller $PSCmdlet -Activity (Get-KmsDoctorMessage ActivityFleetDiagnosis -Caller $PSCmdlet)
            if ($ran -and (Test-Path -LiteralPath $out -PathType Leaf)) { Get-Item -LiteralPath $out }
            return
        }
        $argv += @('--format', 'json')
        $report = Invoke-KmsDoctorCli -Argument $argv -Output Json -NoOutputFlag -Caller $PSCmdlet -Activity (Get-KmsDoctorMessage ActivityFleetDiagnosis -Caller $PSCmdlet)
        if ($null -eq $report) { return }
        $findings = @(foreach ($finding in @($report.findings)) { if ($null -ne $finding) { New-KmsFinding -Finding $finding } })
        $findings
        New-KmsFleetReport -Report $report -Finding $findings
    }
}
