function Test-KmsNonSrvRecord {
    <#
    .SYNOPSIS
        $true for a pipeline object that is a DNS record of a type other than SRV.
    .DESCRIPTION
        Unfiltered `Resolve-DnsName -Type SRV` output also holds the Additional section's A/AAAA
        records (and an SOA for a name that does not exist). Bound by value they would become a
        host named after their .NET type (DnsRecord_A), so the cmdlets that take SRV records skip
        them. Recognised as Resolve-DnsName's records are: a DnsRecord type name, or a Section.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param([Parameter(Position = 0)] [AllowNull()] [object] $InputObject)

    if ($null -eq $InputObject -or $InputObject -is [string] -or $InputObject -is [ValueType]) { return $false }
    $type = $InputObject.PSObject.Properties['Type']
    if ($null -eq $type -or $null -eq $type.Value) { return $false }
    $isDnsRecord = (@($InputObject.PSObject.TypeNames) -match 'DnsRecord').Count -gt 0 -or $null -ne $InputObject.PSObject.Properties['Section']
    $isDnsRecord -and [string] $type.Value -ne 'SRV'
}
