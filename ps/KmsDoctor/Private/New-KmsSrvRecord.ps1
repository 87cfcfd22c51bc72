function New-KmsSrvRecord {
    <#
    .SYNOPSIS
        One SRV target of a report as a KmsDoctor.SrvRecord.
    .DESCRIPTION
        NameTarget repeats Name so that code written for `Resolve-DnsName -Type SRV` objects
        ($_.NameTarget, $_.Port) reads these too, and both pipe into Test-KmsPort.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.SrvRecord')]
    param([Parameter(Mandatory)] [psobject] $Target)

    $queryName = $null
    if ($Target.domain) { $queryName = '_vlmcs._tcp.' + $Target.domain }
    [pscustomobject]@{
        PSTypeName       = 'KmsDoctor.SrvRecord'
        Name             = [string] $Target.name
        NameTarget       = [string] $Target.name
        # As on Resolve-DnsName's records, so filters written for them (Type -eq 'SRV') keep these.
        Type             = 'SRV'
        Port             = [int] $Target.port
        Priority         = $Target.priority
        Weight           = $Target.weight
        Ttl              = $Target.ttl
        Domain           = $Target.domain
        QueryName        = $queryName
        # The DNS servers that listed this record.
        Server           = [string[]] @($Target.listedBy)
        # Position in one order a client could try the hosts, and the chance of being tried first
        # within its priority (RFC 2782 weights).
        Rank             = $Target.rank
        Share            = $Target.shareInPriority
        Addresses        = [string[]] @($Target.endpoints | ForEach-Object { $_.address })
        ResolutionStatus = $Target.resolution.status
        CnameChain       = [string[]] @($Target.cnameChain)
        # Filled by Get-KmsSrvRecord: the CLI's findings about this host.
        Findings         = @()
    }
}
