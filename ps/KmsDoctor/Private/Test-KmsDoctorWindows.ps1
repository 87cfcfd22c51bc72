function Test-KmsDoctorWindows {
    <#
    .SYNOPSIS
        True on Windows, on Windows PowerShell 5.1 (no $IsWindows there) and PowerShell 7 alike.
    .DESCRIPTION
        A function, not a variable, so unit tests can mock the platform.
    #>
    [CmdletBinding()]
    [OutputType([bool])]
    param()
    [System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT
}
