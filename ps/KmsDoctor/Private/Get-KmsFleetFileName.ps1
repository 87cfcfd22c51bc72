function Get-KmsFleetFileName {
    <#
    .SYNOPSIS
        The snapshot file name of one fleet machine: `<computer>.json`, lower case, with anything
        but letters, digits, dot, dash and underscore replaced, so no name can leave the folder.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)] [string] $ComputerName)
    $safe = $ComputerName.Trim().ToLowerInvariant() -replace '[^a-z0-9._-]', '_'
    if ($safe -eq '' -or $safe.StartsWith('.')) { $safe = "_$safe" }
    "$safe.json"
}
