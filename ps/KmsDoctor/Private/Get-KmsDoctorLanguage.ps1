function Get-KmsDoctorLanguage {
    <#
    .SYNOPSIS
        The language of one cmdlet call, 'en' or 'ja': its -Language when given, else the
        session's UI culture ($PSUICulture ja-JP gives 'ja', any other culture 'en').
    .DESCRIPTION
        The one place that maps a culture to a language of the CLI's catalogs. It is read from the
        caller's bound parameters rather than passed down: every private helper that writes for a
        cmdlet already holds its $PSCmdlet, so no helper needs a parameter of its own for it.
        English is the fallback because the CLI and the module speak only these two; a culture
        without a catalog must not get a mix of languages.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([System.Management.Automation.PSCmdlet] $Caller)

    if ($null -ne $Caller -and $Caller.MyInvocation.BoundParameters.ContainsKey('Language')) {
        return [string] $Caller.MyInvocation.BoundParameters['Language']
    }
    if (([string] $PSUICulture) -match '^ja(-|$)') { return 'ja' }
    'en'
}
