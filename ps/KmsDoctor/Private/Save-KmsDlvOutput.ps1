function Save-KmsDlvOutput {
    <#
    .SYNOPSIS
        Writes `cscript //nologo slmgr.vbs /dlv` of this Windows machine to a UTF-8 file; returns
        $null on success, else why it failed (for the bundle's README).
    .DESCRIPTION
        cscript writes in the console's code page, which [Console]::OutputEncoding already
        decodes, so localized (e.g. Japanese) labels survive. cscript.exe is called by name so
        tests can stand in for it.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)] [string] $Destination)

    $slmgr = [System.IO.Path]::Combine([string] $env:windir, 'System32', 'slmgr.vbs')
    Write-Verbose "[kmsdoctor] cscript.exe //nologo $slmgr /dlv"
    try {
        $lines = & { $ErrorActionPreference = 'Continue'; & cscript.exe //nologo $slmgr /dlv 2>&1 }
        $code = $LASTEXITCODE
    } catch {
        return "cscript could not run: $($_.Exception.Message)"
    }
    $text = ($lines | ForEach-Object { [string] $_ }) -join "`r`n"
    [System.IO.File]::WriteAllText($Destination, $text + "`r`n", (New-Object System.Text.UTF8Encoding -ArgumentList $true))
    if ($code -ne 0) { return "slmgr /dlv exited with code $code (its output is in the file)" }
    $null
}
