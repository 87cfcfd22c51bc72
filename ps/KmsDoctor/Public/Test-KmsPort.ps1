function Test-KmsPort {
    <#
    .SYNOPSIS
        Tests TCP ports of KMS hosts: open, closed (RST), filtered (no answer) or unreachable.

    .DESCRIPTION
        Runs `kmsdoctor port`. Each host name is resolved (through -DnsServer when given) and every
        address is tested; one KmsDoctor.PortResult per address and port, with
        Test-NetConnection's names (ComputerName, RemoteAddress, RemotePort, TcpTestSucceeded) plus
        the classified Status and LatencyMs. TcpTestSucceeded is $null when nothing was tested (a
        name that did not resolve: Status then holds the DNS status, e.g. dns-nxdomain).

        Port 1688 (or the SRV record's port) is the activation path. Port 135 is tested only with
        -IncludeManagementPort and is reported with Role 'management': remote slmgr, VAMT and WMI
        need it, activation does not.

        SRV records bind from the pipeline by property name: NameTarget and Port of Get-KmsSrvRecord
        and of `Resolve-DnsName -Type SRV` objects (its A/AAAA records of the Additional section
        are skipped). Hosts are collected and tested together (the CLI runs the probes
        concurrently), one CLI run per distinct port list. A name that is not a valid host name is
        a non-terminating KmsDoctor.InvalidName error naming it; the other hosts are still tested.

    .PARAMETER ComputerName
        Host names or IP addresses. Aliases NameTarget, Target, CN.

    .PARAMETER Port
        Activation ports to test (default 1688). Binds the Port of SRV records.

    .PARAMETER IncludeManagementPort
        Also test TCP 135, the management path.

    .PARAMETER DnsServer
        DNS servers that resolve the names, IP or IP:PORT. Default: this machine's resolvers.

    .PARAMETER TimeoutMs
        Budget of each probe in milliseconds (default 3000); a port that stays silent that long is
        filtered.

    .PARAMETER Language
        The language of the messages, errors and warnings, and of the findings' titles,
        messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: ja when
        $PSUICulture is ja-JP, else en.

    .EXAMPLE
        PS> Test-KmsPort kms01.contoso.com -IncludeManagementPort

        ComputerName                   RemoteAddress   RemotePort Role       Status       TcpTestSucceeded LatencyMs
        ------------                   -------------   ---------- ----       ------       ---------------- ---------
        kms01.contoso.com              10.20.0.15            1688 activation open         True                   1.9
        kms01.contoso.com              10.20.0.15             135 management filtered     False               3000.4

    .EXAMPLE
        PS> Get-KmsSrvRecord lab.kms-doctor.test -DnsServer 127.0.0.1:53535 | Test-KmsPort -DnsServer 127.0.0.1:53535

        ComputerName                   RemoteAddress   RemotePort Role       Status       TcpTestSucceeded LatencyMs
        ------------                   -------------   ---------- ----       ------       ---------------- ---------
        kms01.lab.kms-doctor.test      127.77.0.1           33113 activation open         True                   3.1
        kms02.lab.kms-doctor.test      127.77.0.2            1688 activation closed       False                  2.2
        kms-old.lab.kms-doctor.test                          1688 activation dns-nxdomain
        web01.lab.kms-doctor.test      127.77.0.3           41657 activation open         True                   2.9

        Every host the SRV records name, on the port each record announces.

    .EXAMPLE
        PS> Resolve-DnsName -Type SRV _vlmcs._tcp.contoso.com | Where-Object NameTarget | Test-KmsPort | Where-Object TcpTestSucceeded -eq $false

        The records Windows' own resolver returns, and only the ports that fail.

    .LINK
        about_KmsDoctor
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.PortResult')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('NameTarget', 'Target', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName,

        [Parameter(ValueFromPipelineByPropertyName)]
        [ValidateRange(1, 65535)]
        [int[]] $Port = @(1688),

        [switch] $IncludeManagementPort,
        [ValidateNotNullOrEmpty()] [string[]] $DnsServer,
        [ValidateRange(1, 600000)] [int] $TimeoutMs = 3000,

        [ValidateSet('en', 'ja')] [string] $Language
    )

    begin {
        # The CLI tests every given port on every given host, so hosts are grouped by port list.
        $groups = [ordered]@{}
    }
    process {
        if (Test-KmsNonSrvRecord $_) { Write-Verbose (Get-KmsDoctorMessage VerboseSkippedNonSrv $_.Type -Caller $PSCmdlet); return }
        $names = @(Select-KmsValidName -Name $ComputerName -Kind Host -Caller $PSCmdlet)
        if ($names.Count -eq 0) { return }
        $ports = @($Port | Sort-Object -Unique)
        if ($IncludeManagementPort -and $ports -notcontains 135) { $ports += 135 }
        $key = $ports -join ','
        if (-not $groups.Contains($key)) { $groups[$key] = New-Object System.Collections.Generic.List[string] }
        foreach ($name in $names) { if (-not $groups[$key].Contains($name)) { $groups[$key].Add($name) } }
    }
    end {
        $seen = New-Object 'System.Collections.Generic.HashSet[string]'
        foreach ($key in $groups.Keys) {
            $argv = @('port') + $groups[$key].ToArray() + @(Get-KmsCliOption '--port' ($key -split ',')) +
            @(Get-KmsCliOption '--dns-server' $DnsServer) + @('--timeout', [string] $TimeoutMs)
            $check = Invoke-KmsDoctorCheck -Argument $argv -Caller $PSCmdlet -Activity (Get-KmsDoctorMessage ActivityPort -Caller $PSCmdlet)
            if ($null -eq $check) { continue }
            $index = Get-KmsProbeIndex -Result $check.Results.ToArray() -Probe 'tcp.port'
            foreach ($target in $check.Targets) {
                foreach ($result in @(New-KmsPortResult -Target $target -TcpIndex $index)) {
                    # Two activation ports on one host list its 135 twice; report each test once.
                    if ($seen.Add(('{0}|{1}|{2}' -f $result.ComputerName, $result.RemoteAddress, $result.RemotePort))) { $result }
                }
            }
        }
    }
}
