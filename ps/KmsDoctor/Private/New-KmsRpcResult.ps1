function New-KmsRpcResult {
    <#
    .SYNOPSIS
        KmsDoctor.RpcResult objects for one target of an `rpc` run: one per address, with the
        port state, the bind verdict (kms, not-rpc, interface-not-supported, ...) and the target's
        overall verdict. A bind that was not attempted (port not open, name unresolved) is $null.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.RpcResult')]
    param(
        [Parameter(Mandatory)] [psobject] $Target,
        [Parameter(Mandatory)] [hashtable] $RpcIndex
    )

    $endpoints = @($Target.endpoints)
    if ($endpoints.Count -eq 0) { $endpoints = @($null) }
    foreach ($endpoint in $endpoints) {
        $address = Get-KmsOptionalProperty $endpoint 'address'
        $port = [int] $Target.port
        if ($null -ne $endpoint) { $port = [int] $endpoint.activationPort }
        $probe = $RpcIndex[('{0}|{1}|{2}' -f $Target.name, $address, $port)]
        # $null, not '' or 0, when no bind was attempted.
        $status = $null; $latency = $null
        if ($null -ne $probe) { $status = [string] $probe.status; $latency = [double] $probe.durationMs }
        # All three levels in one input: a path into a $null endpoint or probe reads as $null.
        $levels = [pscustomobject]@{ Target = $Target; Endpoint = $endpoint; Probe = $probe }
        ConvertTo-KmsTypedObject -InputObject $levels -TypeName 'KmsDoctor.RpcResult' -Property @(
            'ComputerName=target.name:string', 'RemoteAddress=endpoint.address'
            @{ RemotePort = $port }
            'PortState=endpoint.activationState'
            @{ Status = $status }
            'BindVerdict=endpoint.rpcVerdict', 'AcceptsAnyInterface=endpoint.rpcAcceptsAnyInterface'
            'Verdict=target.verdict:string'
            @{ LatencyMs = $latency }
            'Explanation=probe.data.explanation', 'ResolutionStatus=target.resolution.status'
        )
    }
}
