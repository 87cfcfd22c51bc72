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
        $activation = $null; $management = $null; $managementPort = $null; $rpc = $null; $anyInterface = $null; $address = $null; $probes = @()
        if ($null -ne $endpoint) {
            $address = $endpoint.address
            $activation = $endpoint.activationState
            $management = $endpoint.managementState
            $managementPort = $endpoint.managementPort
            $rpc = $endpoint.rpcVerdict
            $anyInterface = $endpoint.rpcAcceptsAnyInterface
            $probes = [string[]] @($endpoint.probes)
        }
        [pscustomobject]@{
            PSTypeName          = 'KmsDoctor.ConnectivityResult'
            ComputerName        = [string] $Target.name
            Port                = [int] $Target.port
            RemoteAddress       = $address
            Source              = [string] $Target.source
            Role                = $Target.role
            Domain              = $Target.domain
            Rank                = $Target.rank
            Priority            = $Target.priority
            Weight              = $Target.weight
            ResolutionStatus    = $Target.resolution.status
            ActivationPortState = $activation
            ManagementPort      = $managementPort
            ManagementPortState = $management
            RpcVerdict          = $rpc
            AcceptsAnyInterface = $anyInterface
            Verdict             = [string] $Target.verdict
            TcpTestSucceeded    = Get-KmsTcpTestResult $activation
            Probes              = $probes
        }
    }
}
