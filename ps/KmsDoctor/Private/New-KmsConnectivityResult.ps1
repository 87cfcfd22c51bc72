function New-KmsConnectivityResult {
    <#
    .SYNOPSIS
        KmsDoctor.ConnectivityResult objects for one report target: one per address it resolved
        to, or one with RemoteAddress $null when it resolved to none.
    .DESCRIPTION
        Probes that did not run (a port phase switched off, a name that did not resolve) are
        $null, never $false.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.ConnectivityResult')]
    param([Parameter(Mandatory)] [psobject] $Target)

    $endpoints = @($Target.endpoints)
    if ($endpoints.Count -eq 0) { $endpoints = @($null) }
    foreach ($endpoint in $endpoints) {
        # Both levels in one input: every path into a $null endpoint (a name that resolved to no
        # address) reads as $null, which is what a probe that did not run should be.
        $levels = [pscustomobject]@{ Target = $Target; Endpoint = $endpoint }
        $activation = Get-KmsOptionalProperty $endpoint 'activationState'
        $probes = @()
        if ($null -ne $endpoint) { $probes = [string[]] @($endpoint.probes) }
        ConvertTo-KmsTypedObject -InputObject $levels -TypeName 'KmsDoctor.ConnectivityResult' -Property @(
            'ComputerName=target.name:string', 'Port=target.port:int', 'RemoteAddress=endpoint.address'
            'Source=target.source:string', 'Role=target.role', 'Domain=target.domain'
            'Rank=target.rank', 'Priority=target.priority', 'Weight=target.weight'
            'ResolutionStatus=target.resolution.status'
            'ActivationPortState=endpoint.activationState', 'ManagementPort=endpoint.managementPort'
            'ManagementPortState=endpoint.managementState'
            'RpcVerdict=endpoint.rpcVerdict', 'AcceptsAnyInterface=endpoint.rpcAcceptsAnyInterface'
            'Verdict=target.verdict:string'
            [ordered]@{ TcpTestSucceeded = Get-KmsTcpTestResult $activation; Probes = $probes }
        )
    }
}
