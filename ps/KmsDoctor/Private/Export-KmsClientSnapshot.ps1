function Export-KmsClientSnapshot {
    <#
    .SYNOPSIS
        The snapshot file behind a KmsDoctor.ClientState, for the CLI's --snapshot:
        @{ Path; Temporary }, or $null after a non-terminating error.
    .DESCRIPTION
        The file it was read from when that still exists; otherwise (collected on this machine, or
        the file is gone) the snapshot as read is written to a temporary file the caller deletes.
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)] [psobject] $ClientState,
        [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Caller
    )
    if ($ClientState.Path -and [System.IO.File]::Exists([string] $ClientState.Path)) { return @{ Path = [string] $ClientState.Path; Temporary = $false } }
    $raw = $ClientState.PSObject.Properties['Snapshot']
    if ($null -eq $raw -or $null -eq $raw.Value) {
        $Caller.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.NotASnapshot' -Category InvalidData -TargetObject $ClientState `
                    -Message (Get-KmsDoctorMessage ClientStateWithoutSnapshot $ClientState.ComputerName -Caller $Caller)))
        return $null
    }
    $path = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), ('kmsdoctor-snapshot-{0}.json' -f [guid]::NewGuid().ToString('N')))
    # UTF-8 without BOM; depth well past the snapshot's nesting (5.1 stops at 2 by default).
    $json = ConvertTo-Json -InputObject $raw.Value -Depth 32
    [System.IO.File]::WriteAllText($path, $json, (New-Object System.Text.UTF8Encoding -ArgumentList $false))
    @{ Path = $path; Temporary = $true }
}
