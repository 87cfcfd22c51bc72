function Get-KmsOptionalProperty {
    <#
    .SYNOPSIS
        One property of an object parsed from the CLI's JSON, or $null when the object is $null
        or lacks it: older CLI versions and partial snapshots leave fields out, and under
        Set-StrictMode reading a missing property would throw.
    #>
    [CmdletBinding()]
    [OutputType([object])]
    param(
        [Parameter(Position = 0)] [AllowNull()] $InputObject,
        [Parameter(Mandatory, Position = 1)] [string] $Name
    )
    if ($null -eq $InputObject) { return $null }
    $property = $InputObject.PSObject.Properties[$Name]
    if ($null -eq $property) { return $null }
    $property.Value
}
