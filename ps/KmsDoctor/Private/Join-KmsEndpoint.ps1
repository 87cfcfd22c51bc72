function Join-KmsEndpoint {
    <#
    .SYNOPSIS
        HOST[:PORT] as the CLI's --kms-host and rpc arguments read it; an IPv6 literal is
        bracketed when a port is added. A name that already carries a port is left as it is.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, Position = 0)] [string] $ComputerName,
        [Parameter(Position = 1)] [int] $Port
    )
    $name = $ComputerName.Trim()
    if ($Port -le 0) { return $name }
    if ($name.StartsWith('[')) { return $name }
    $colons = ($name.ToCharArray() | Where-Object { $_ -eq ':' }).Count
    if ($colons -eq 1) { return $name }
    if ($colons -gt 1) { return '[{0}]:{1}' -f $name, $Port }
    '{0}:{1}' -f $name, $Port
}
