function Resolve-KmsDoctorPath {
    <#
    .SYNOPSIS
        A PowerShell path (relative to $PWD, a PSDrive, ~) as the file-system path node needs.
    .DESCRIPTION
        node resolves relative paths against the process directory, which is not PowerShell's
        current location. Missing files are passed on as given: the CLI names them in its error.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)] [string] $Path,
        [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Caller
    )
    $Caller.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)
}
