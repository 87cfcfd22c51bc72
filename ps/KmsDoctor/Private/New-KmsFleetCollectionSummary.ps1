function New-KmsFleetCollectionSummary {
    <#
    .SYNOPSIS
        The KmsDoctor.FleetCollectionSummary of one Invoke-KmsFleetCollection run.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.FleetCollectionSummary')]
    param(
        [int] $Asked, [int] $Collected, [int] $Skipped,
        [AllowEmptyCollection()] [string[]] $FailedComputer = @(),
        [Parameter(Mandatory)] [string] $OutDirectory
    )
    [pscustomobject]@{
        PSTypeName      = 'KmsDoctor.FleetCollectionSummary'
        Asked           = $Asked
        Collected       = $Collected
        Skipped         = $Skipped
        Failed          = @($FailedComputer).Count
        FailedComputers = [string[]] @($FailedComputer)
        OutDirectory    = $OutDirectory
    }
}
