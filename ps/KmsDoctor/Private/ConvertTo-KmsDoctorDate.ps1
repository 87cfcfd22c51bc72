function ConvertTo-KmsDoctorDate {
    <#
    .SYNOPSIS
        An ISO 8601 time from the CLI as a UTC [datetime]; $null for null or unreadable input.
    .DESCRIPTION
        Accepts the string (5.1, 7.5+) or the [datetime] PowerShell 7.0-7.4 already made of it.
    #>
    [CmdletBinding()]
    [OutputType([datetime])]
    param([Parameter(Position = 0)] [AllowNull()] [object] $Value)

    if ($null -eq $Value) { return $null }
    if ($Value -is [datetime]) { return $Value.ToUniversalTime() }
    $parsed = [datetime]::MinValue
    $styles = [System.Globalization.DateTimeStyles]::AdjustToUniversal -bor [System.Globalization.DateTimeStyles]::AssumeUniversal
    if ([datetime]::TryParse([string] $Value, [cultureinfo]::InvariantCulture, $styles, [ref] $parsed)) { return $parsed }
    $null
}
