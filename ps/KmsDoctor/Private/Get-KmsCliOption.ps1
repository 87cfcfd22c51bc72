function Get-KmsCliOption {
    <#
    .SYNOPSIS
        A repeatable CLI option as argument-array words: ('--domain','a','--domain','b');
        nothing for no values. Empty values are dropped: Windows PowerShell 5.1 would not pass
        an empty argument to node at all, shifting every word after it.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [Parameter(Position = 1)] [AllowNull()] [AllowEmptyCollection()] [object[]] $Value
    )
    foreach ($item in @($Value)) {
        if ($null -eq $item -or [string] $item -eq '') { continue }
        $Name
        [string] $item
    }
}
