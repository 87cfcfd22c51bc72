function Get-KmsDoctorLanguage {
    <#
    .SYNOPSIS
        The language of one cmdlet call, 'en' or 'ja': its -Language when given, else the
        KMSDOCTOR_LANG environment variable when it names one of them, else the session's UI
        culture ($PSUICulture ja-JP gives 'ja', any other culture 'en').
    .DESCRIPTION
        The one place that maps a culture to a language of the CLI's catalogs. It is read from the
        caller's bound parameters rather than passed down: every private helper that writes for a
        cmdlet already holds its $PSCmdlet, so no helper needs a parameter of its own for it.
        KMSDOCTOR_LANG comes before the culture because it does for the CLI too: an admin who set
        it (say 'en' on a Japanese Windows, to match English documentation) gets the same language
        from Test-KmsConnectivity as from kmsdoctor.exe. Its values are read as the CLI reads them
        (en, ja, or a locale such as ja_JP.UTF-8); anything else is ignored.
        English is the fallback because the CLI and the module speak only these two; a culture
        without a catalog must not get a mix of languages.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([System.Management.Automation.PSCmdlet] $Caller)

    if ($null -ne $Caller -and $Caller.MyInvocation.BoundParameters.ContainsKey('Language')) {
        return [string] $Caller.MyInvocation.BoundParameters['Language']
    }
    if (([string] $env:KMSDOCTOR_LANG) -match '^(en|ja)([-_.@]|$)') { return $Matches[1] }
    if (([string] $PSUICulture) -match '^ja(-|$)') { return 'ja' }
    'en'
}
