function ConvertFrom-KmsDoctorJson {
    <#
    .SYNOPSIS
        Parses CLI or snapshot JSON the same way on Windows PowerShell 5.1 and PowerShell 7.
        Returns @{ Value = <parsed>; Problem = $null } or @{ Value = $null; Problem = '<why not>' }.
    .DESCRIPTION
        A result rather than an exception: every exception, even one caught here, is appended to
        the -ErrorVariable of the public cmdlet, which would then hold noise next to the one
        KmsDoctor.BadCliOutput error. Text that cannot be JSON of ours (not starting with { or [)
        is refused without calling ConvertFrom-Json at all.

        PowerShell 7 turns ISO 8601 strings into [datetime] (5.1 does not); -DateKind String (7.5+)
        keeps them text, and ConvertTo-KmsDoctorObject normalises what older 7.x still converts.
        -InputObject, not the pipeline: 5.1 would otherwise emit a JSON array as one object.
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param([Parameter(Mandatory)] [AllowEmptyString()] [string] $Text)

    $start = $Text.TrimStart([char] 0xFEFF, ' ', "`t", "`r", "`n")
    if ($start -eq '') { return @{ Value = $null; Problem = 'no output' } }
    if ($start[0] -ne '{' -and $start[0] -ne '[') { return @{ Value = $null; Problem = 'not JSON' } }
    $options = @{ InputObject = $Text; ErrorAction = 'Stop' }
    if ($script:JsonHasDateKind) { $options.DateKind = 'String' }
    try {
        # An array is one value either way: assigned, PowerShell 7's enumerated items are collected.
        $value = ConvertFrom-Json @options
    } catch {
        return @{ Value = $null; Problem = $_.Exception.Message }
    }
    @{ Value = $value; Problem = $null }
}

$script:JsonHasDateKind = (Get-Command -Name ConvertFrom-Json).Parameters.ContainsKey('DateKind')
