function Get-KmsNameProblem {
    <#
    .SYNOPSIS
        Why a host, HOST:PORT endpoint or domain typed by a user cannot be used; $null when it can.
    .DESCRIPTION
        The rules of the CLI's parseHostName, parseEndpoint and parseDomainName (src/core/names.ts),
        checked here so that one bad name is refused on its own, with the name as the error's
        target, while the others are still tested: the CLI refuses a whole run for one bad word.
        Names with non-ASCII characters are left to the CLI, which converts them to punycode.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)] [AllowEmptyString()] [string] $Name,
        [ValidateSet('Host', 'Endpoint', 'Domain')] [string] $Kind = 'Host',
        [System.Management.Automation.PSCmdlet] $Caller
    )

    $text = $Name.Trim()
    if ($text -eq '') { return (Get-KmsDoctorMessage NameEmpty -Caller $Caller) }
    $hostPart = $text
    if ($Kind -eq 'Endpoint') {
        if ($text -match '^\[([^\]]+)\](?::(.*))?$') {
            $inner = $Matches[1]
            $portText = $Matches[2]
            if (-not (Test-KmsIPv6Literal $inner)) { return (Get-KmsDoctorMessage NameBracketsNotIPv6 -Caller $Caller) }
            if ($null -ne $portText) { return (Get-KmsPortProblem $portText -Caller $Caller) }
            return $null
        }
        if (Test-KmsIPv6Literal $text) { return $null }
        $colon = $text.LastIndexOf(':')
        if ($colon -ge 0) {
            $problem = Get-KmsPortProblem $text.Substring($colon + 1) -Caller $Caller
            if ($problem) { return $problem }
            $hostPart = $text.Substring(0, $colon)
        }
    }
    if ($Kind -ne 'Domain') {
        $bare = $hostPart
        if ($bare.StartsWith('[') -and $bare.EndsWith(']')) { $bare = $bare.Substring(1, $bare.Length - 2) }
        if (Test-KmsIPv6Literal $bare) { return $null }
    }
    $domain = $hostPart.Trim() -replace '\.$', ''
    if ($domain -eq '') { return (Get-KmsDoctorMessage NameEmpty -Caller $Caller) }
    if ($domain.Length -gt 253) { return (Get-KmsDoctorMessage NameTooLong -Caller $Caller) }
    if ($domain -match '[^\x00-\x7f]') { return $null }
    foreach ($label in $domain.Split('.')) {
        if ($label -eq '') { return (Get-KmsDoctorMessage NameEmptyLabel -Caller $Caller) }
        if ($label.Length -gt 63) { return (Get-KmsDoctorMessage NameLabelTooLong -Caller $Caller) }
        if ($label -notmatch '^(?!-)[a-zA-Z0-9_-]{1,63}(?<!-)$') { return (Get-KmsDoctorMessage NameInvalidLabel $label -Caller $Caller) }
    }
    $null
}

# An IPv6 address as node's net.isIP reads one (no zone index with a port, no brackets).
function Test-KmsIPv6Literal {
    [CmdletBinding()]
    [OutputType([bool])]
    param([Parameter(Mandatory, Position = 0)] [AllowEmptyString()] [string] $Text)
    $address = $null
    $Text.Contains(':') -and [System.Net.IPAddress]::TryParse($Text, [ref] $address) -and
    $address.AddressFamily -eq [System.Net.Sockets.AddressFamily]::InterNetworkV6
}

function Get-KmsPortProblem {
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory, Position = 0)] [AllowEmptyString()] [string] $Text, [System.Management.Automation.PSCmdlet] $Caller)
    $value = $Text.Trim()
    if ($value -notmatch '^\d{1,5}$' -or [int] $value -lt 1 -or [int] $value -gt 65535) { return (Get-KmsDoctorMessage NameBadPort $value -Caller $Caller) }
    $null
}
