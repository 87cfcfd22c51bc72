function Get-KmsSrvRecord {
    <#
    .SYNOPSIS
        Gets the _vlmcs._tcp SRV records of domains from every DNS server, with each target resolved.

    .DESCRIPTION
        Runs `kmsdoctor srv`: asks each DNS server for _vlmcs._tcp.<domain> with its own DNS client
        (RCODE, authority and TTLs are kept) and resolves every target. Emits one
        KmsDoctor.SrvRecord per target, in one order a client could try them (Rank; Share is the
        chance of being tried first within its priority). NameTarget repeats Name, as
        Resolve-DnsName's SRV records name it, so the records pipe into Test-KmsPort and
        Test-KmsRpcEndpoint.

        A domain for which no server returned a record is a non-terminating error
        (KmsDoctor.SrvRecordNotFound) naming each server's answer (dns-nxdomain, dns-nodata, ...),
        as Resolve-DnsName reports a name that does not exist.

    .PARAMETER Domain
        Domains to query (the SRV name is _vlmcs._tcp.<domain>). Binds from the pipeline.

    .PARAMETER DnsServer
        DNS servers to ask, IP or IP:PORT. Default: this machine's resolvers.

    .PARAMETER TimeoutMs
        Budget of each query in milliseconds (default 3000).

    .EXAMPLE
        PS> Get-KmsSrvRecord -Domain lab.kms-doctor.test -DnsServer 127.0.0.1:53535

        Rank Name                              Port Priority Weight  Share    Ttl Domain                   Resolved
        ---- ----                              ---- -------- ------  -----    --- ------                   --------
           1 kms01.lab.kms-doctor.test        33113        0     60    60 %    900 lab.kms-doctor.test      ok
           2 kms02.lab.kms-doctor.test         1688        0     40    40 %    900 lab.kms-doctor.test      ok
           3 kms-old.lab.kms-doctor.test       1688       10      0    50 %    900 lab.kms-doctor.test      dns-nxdomain
           4 web01.lab.kms-doctor.test        41657       10      0    50 %    900 lab.kms-doctor.test      ok

    .EXAMPLE
        PS> Get-KmsSrvRecord contoso.com | Test-KmsPort

        Tests the port each SRV record announces on each of its hosts.

    .EXAMPLE
        PS> 'contoso.com', 'emea.contoso.com' | Get-KmsSrvRecord -DnsServer 10.0.0.10, 10.0.0.11 | Where-Object ResolutionStatus -ne 'ok'

        Stale records: targets that do not resolve, asked of two domain controllers.

    .LINK
        about_KmsDoctor
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.SrvRecord')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [ValidateNotNullOrEmpty()]
        [string[]] $Domain,

        [ValidateNotNullOrEmpty()] [string[]] $DnsServer,
        [ValidateRange(1, 600000)] [int] $TimeoutMs = 3000
    )

    begin {
        $domains = New-Object System.Collections.Generic.List[string]
    }
    process {
        foreach ($name in $Domain) { $domains.Add($name) }
    }
    end {
        $argv = @('srv') + $domains.ToArray() + @(Get-KmsCliOption '--dns-server' $DnsServer) + @('--timeout', [string] $TimeoutMs)
        $check = Invoke-KmsDoctorCheck -Argument $argv -Caller $PSCmdlet -Activity 'Querying KMS SRV records'
        if ($null -eq $check) { return }
        foreach ($target in $check.Targets) { New-KmsSrvRecord -Target $target }
        foreach ($discovery in @($check.Report.discovery)) {
            $answers = @($discovery.answers)
            if (@($answers | Where-Object { $_.records -gt 0 }).Count -gt 0) { continue }
            $said = ($answers | ForEach-Object { '{0}: {1}' -f $_.server, $_.status }) -join ', '
            if (-not $said) { $said = 'no DNS server was asked' }
            $PSCmdlet.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.SrvRecordNotFound' -Category ObjectNotFound -TargetObject $discovery.queryName `
                        -Message "No SRV record for $($discovery.queryName) ($said)"))
        }
    }
}
