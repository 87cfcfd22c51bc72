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
        $address = $null; $port = [int] $Target.port; $state = $null; $verdict = $null; $anyInterface = $null
        if ($null -ne $endpoint) {
            $address = $endpoint.address; $port = [int] $endpoint.activationPort; $state = $endpoint.activationState
            $verdict = $endpoint.rpcVerdict; $anyInterface = $endpoint.rpcAcceptsAnyInterface
        }
        $probe = $RpcIndex[('{0}|{1}|{2}' -f $Target.name, $address, $port)]
        $status = $null; $latency = $null; $explanation = $null
        if ($null -ne $probe) {
            $status = [string] $probe.status
            $latency = [double] $probe.durationMs
            if ($probe.data) { $explanation = $probe.data.explanation }
        }
        [pscustomobject]@{
            PSTypeName          = 'KmsDoctor.RpcResult'
            ComputerName        = [string] $Target.name
            RemoteAddress       = $address
            RemotePort          = $port
            PortState           = $state
            Status              = $status
            BindVerdict         = $verdict
            AcceptsAnyInterface = $anyInterface
            Verdict             = [string] $Target.verdict
            LatencyMs           = $latency
            Explanation         = $explanation
            ResolutionStatus    = $Target.resolution.status
        }
    }
}
