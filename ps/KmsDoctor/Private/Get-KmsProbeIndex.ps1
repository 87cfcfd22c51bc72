function Get-KmsProbeIndex {
    <#
    .SYNOPSIS
        Probe results of one kind keyed by "host|address|port", to find the result behind an endpoint.
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)] [AllowEmptyCollection()] [object[]] $Result,
        [Parameter(Mandatory)] [string] $Probe
    )
    $index = @{}
    foreach ($item in $Result) {
        if ($item.probe -ne $Probe) { continue }
        $index[('{0}|{1}|{2}' -f $item.target.host, $item.target.address, $item.target.port)] = $item
    }
    $index
}
