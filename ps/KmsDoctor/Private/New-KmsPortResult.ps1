function New-KmsPortResult {
    <#
    .SYNOPSIS
        KmsDoctor.PortResult objects for one target of a `port` run: one per address and tested
        port, named as Test-NetConnection names them (ComputerName, RemoteAddress, RemotePort,
        TcpTestSucceeded); a name that did not resolve gives one object with its DNS status.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.PortResult')]
    param(
        [Parameter(Mandatory)] [psobject] $Target,
        [Parameter(Mandatory)] [hashtable] $TcpIndex
    )

    $tested = New-Object System.Collections.Generic.List[object]
    foreach ($endpoint in @($Target.endpoints)) {
        if ($null -ne $endpoint.activationState) { $tested.Add(@($endpoint.address, $endpoint.activationPort, $endpoint.activationState, 'activation')) }
        if ($null -ne $endpoint.managementState) { $tested.Add(@($endpoint.address, $endpoint.managementPort, $endpoint.managementState, 'management')) }
    }
    if ($tested.Count -eq 0) {
        $tested.Add(@($null, $Target.port, $Target.resolution.status, 'activation'))
    }
    foreach ($entry in $tested) {
        $address, $port, $state, $role = $entry
        $probe = $TcpIndex[('{0}|{1}|{2}' -f $Target.name, $address, $port)]
        $latency = $null; $detail = $null
        if ($null -ne $probe) {
            $latency = [double] $probe.durationMs
            if ($probe.data.role) { $role = $probe.data.role }
            if ($probe.error) { $detail = $probe.error.message }
        }
        [pscustomobject]@{
            PSTypeName       = 'KmsDoctor.PortResult'
            ComputerName     = [string] $Target.name
            RemoteAddress    = $address
            RemotePort       = [int] $port
            # activation (1688 or the SRV port) or management (135: remote slmgr/VAMT/WMI only).
            Role             = [string] $role
            # open, closed (RST), filtered (no answer), unreachable; a DNS status when unresolved.
            Status           = [string] $state
            TcpTestSucceeded = Get-KmsTcpTestResult $state
            LatencyMs        = $latency
            Detail           = $detail
        }
    }
}
