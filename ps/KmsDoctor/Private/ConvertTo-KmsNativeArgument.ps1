function ConvertTo-KmsNativeArgument {
    <#
    .SYNOPSIS
        The CLI's argument words as they must be written for node to receive them unchanged.
    .DESCRIPTION
        Windows PowerShell 5.1 (and PowerShell 7 with $PSNativeCommandArgumentPassing = 'Legacy')
        joins native arguments into one command line without escaping embedded quotes: a word
        such as say "hi" reaches node as say hi, and a quoted word ending in \ swallows the closing
        quote. There, each word is escaped the way the C runtime reads a command line back:
        backslashes before a quote are doubled and the quote becomes \"; an empty word becomes ""
        (5.1 would drop it). Windows PowerShell 5.1 (-Mode WindowsPowerShell) also wraps a word
        with whitespace in quotes without doubling its trailing backslashes, so that is done
        here; PowerShell 7's legacy mode does it itself. With the Standard or Windows passing of
        PowerShell 7.3+ (-Mode Standard), PowerShell escapes by itself and the words pass through
        untouched.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)] [AllowEmptyCollection()] [AllowEmptyString()] [string[]] $Argument,
        [ValidateSet('Standard', 'Legacy', 'WindowsPowerShell')] [string] $Mode = 'Standard'
    )
    foreach ($word in $Argument) {
        if ($Mode -eq 'Standard') { $word; continue }
        if ($word -eq '') { '""'; continue }
        $escaped = [regex]::Replace($word, '(\\*)"', { param($m) ($m.Groups[1].Value * 2) + '\"' })
        if ($Mode -eq 'WindowsPowerShell' -and $escaped -match '\s') { $escaped = [regex]::Replace($escaped, '(\\+)$', { param($m) $m.Groups[1].Value * 2 }) }
        $escaped
    }
}

# How this PowerShell passes native arguments: WindowsPowerShell (5.1), Legacy (PowerShell 7 with
# $PSNativeCommandArgumentPassing = 'Legacy', read without an error when the variable does not
# exist, so $Error stays clean) or Standard.
function Get-KmsArgumentPassing {
    [CmdletBinding()]
    [OutputType([string])]
    param()
    if ($PSVersionTable.PSVersion.Major -lt 7) { return 'WindowsPowerShell' }
    if ([string] $PSCmdlet.SessionState.PSVariable.GetValue('PSNativeCommandArgumentPassing') -eq 'Legacy') { return 'Legacy' }
    'Standard'
}
