function Get-KmsDoctorMessage {
    <#
    .SYNOPSIS
        One of the module's own messages (en-US/ja-JP KmsDoctor.strings.psd1), in the language of
        the calling cmdlet (Get-KmsDoctorLanguage), with -Argument filled into its {0}, {1}...
    .DESCRIPTION
        Both tables are loaded once when the module is imported, so -Language can choose per call
        whatever the session's culture is. A key missing from the Japanese table falls back to
        English rather than failing: a message in the other language beats none.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, Position = 0)] [string] $Name,
        [Parameter(Position = 1)] [AllowEmptyCollection()] [AllowNull()] [object[]] $Argument = @(),
        [System.Management.Automation.PSCmdlet] $Caller
    )

    $table = $script:KmsDoctorStrings[(Get-KmsDoctorLanguage -Caller $Caller)]
    $format = $null
    if ($null -ne $table) { $format = $table[$Name] }
    if ($null -eq $format) { $format = $script:KmsDoctorStrings['en'][$Name] }
    if ($null -eq $format) { throw "KmsDoctor.strings.psd1 has no message named '$Name'" }
    if (@($Argument).Count -eq 0) { return [string] $format }
    $format -f @($Argument)
}
