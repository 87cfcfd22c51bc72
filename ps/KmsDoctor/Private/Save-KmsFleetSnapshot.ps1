function Save-KmsFleetSnapshot {
    <#
    .SYNOPSIS
        Writes one machine's snapshot text to its file atomically; returns $null when saved, else
        why not (the text is not a kms-doctor snapshot).
    .DESCRIPTION
        The text comes from the remote machine: it is checked to be JSON with
        "kind": "kms-doctor-snapshot" and at most 32 MB before anything is written (the CLI
        validates it fully when it reads the folder). It is written to a temporary file in the
        same folder, then renamed over the target, so a reader (or an interrupted run) never sees
        half a snapshot.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)] [AllowEmptyString()] [string] $Text,
        [Parameter(Mandatory)] [string] $Path,
        [System.Management.Automation.PSCmdlet] $Caller
    )
    if ($Text.Length -gt 32MB) { return (Get-KmsDoctorMessage FleetOutputTooLarge -Caller $Caller) }
    try { $value = ConvertFrom-Json -InputObject $Text -ErrorAction Stop } catch { return (Get-KmsDoctorMessage FleetOutputNotJson ($_.Exception.Message -replace '[\r\n]+', ' ') -Caller $Caller) }
    if ($null -eq $value -or $value -is [array] -or $null -eq $value.PSObject.Properties['kind'] -or $value.kind -ne 'kms-doctor-snapshot') {
        return (Get-KmsDoctorMessage FleetOutputNotSnapshot -Caller $Caller)
    }
    Write-FileAtomically -Path $Path -Bytes ((New-Object System.Text.UTF8Encoding($false)).GetBytes($Text.TrimEnd() + "`n"))
    $null
}
