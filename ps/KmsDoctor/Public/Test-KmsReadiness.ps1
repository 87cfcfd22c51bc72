function Test-KmsReadiness {
    <#
    .SYNOPSIS
        Proves KMS activation will work before a rollout: DNS discovery, the intended hosts, their
        ports and keys, clocks and the host firewall, as pass/warn/fail checks.

    .DESCRIPTION
        Runs `kmsdoctor readiness`. It probes what the clients of -Domain would do, checks the
        intended hosts (-ExpectHost) directly, and reads the host and client snapshots and KMS
        logs you give it, then reports one check per question with a state: pass, warn, fail or
        not-run (nothing to check it with).

        Output, in this order:
          KmsDoctor.ReadinessCheck   one per check (Name, State, Detail, Evidence);
          KmsDoctor.ReadinessReport  last: the counts per state, the verdict (the worst state among
                                     the checks that ran), Passed (the CLI's pass/fail against its
                                     --fail-on, as its exit code says) and every check.

        With -OutFile, the report is written to that file in -Format (html for a change board,
        markdown, junit for a pipeline gate, json) and the file is returned as a FileInfo instead.

    .PARAMETER Domain
        Domains the clients search for _vlmcs._tcp.

    .PARAMETER ClientSnapshotPath
        Client snapshots (kmsdoctor collect, Get-KmsClientState): their domains and clocks.

    .PARAMETER HostSnapshotPath
        KMS host snapshots or slmgr /dlv text: keys, counts, firewall rule, clock.

    .PARAMETER KmsLogPath
        KMS host 12290 exports (wevtutil XML, Get-WinEvent JSON or CSV).

    .PARAMETER ExpectHost
        Intended KMS host FQDNs: probed directly and expected first in DNS.

    .PARAMETER TargetOs
        Products the hosts must activate, e.g. 'Windows 11 Enterprise'.

    .PARAMETER DnsServer
        DNS servers to ask, IP or IP:PORT. Default: this machine's resolvers.

    .PARAMETER TimeoutMs
        Budget of each probe in milliseconds (default 3000).

    .PARAMETER OutFile
        Write the report to this file (replaced atomically) and return it as a FileInfo.

    .PARAMETER Format
        Format of -OutFile: html (default), markdown, junit or json.

    .EXAMPLE
        PS> Test-KmsReadiness -Domain contoso.com -ExpectHost kms01.contoso.com -TargetOs 'Windows 11 Enterprise'

        State   Name                                 Detail
        -----   ----                                 ------
        pass    SRV record published                 _vlmcs._tcp.contoso.com lists kms01.contoso.com:1688
        warn    Host firewall rule                   no host snapshot: SPPSVC-In-TCP unknown
        ...

        One check per question, then the summary.

    .EXAMPLE
        PS> Test-KmsReadiness -Domain contoso.com -HostSnapshotPath .\kms01.json -OutFile .\readiness.html

        Writes a page for the change board and returns the file.

    .EXAMPLE
        PS> Test-KmsReadiness -Domain contoso.com -Format junit -OutFile .\readiness.xml

        A JUnit file to gate a pipeline on.

    .LINK
        about_KmsDoctor
    #>
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
        [ValidateSet('html', 'markdown', 'junit', 'json')] [string] $Format = 'html'
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

    if ($PSCmdlet.ParameterSetName -eq 'File') {
        $path = Resolve-KmsDoctorPath -Path $OutFile -Caller $PSCmdlet
        if (-not $path) { return }
        $argv += @('--format', $Format, '--out', $path)
        $ran = Invoke-KmsDoctorCli -Argument $argv -Output None -Caller $PSCmdlet -Activity 'Testing KMS readiness'
        if ($ran -and (Test-Path -LiteralPath $path -PathType Leaf)) { Get-Item -LiteralPath $path }
        return
    }

    $argv += @('--format', 'json')
    $report = Invoke-KmsDoctorCli -Argument $argv -Output Json -NoOutputFlag -Caller $PSCmdlet -Activity 'Testing KMS readiness'
    if ($null -eq $report) { return }
    $checks = @(foreach ($check in @($report.checks)) { if ($null -ne $check) { New-KmsReadinessCheck -Check $check } })
    $checks
    New-KmsReadinessReport -Report $report -Check $checks
}
