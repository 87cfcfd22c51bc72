function Invoke-KmsSnapshotCollector {
    <#
    .SYNOPSIS
        Runs ps/collector/Get-KmsSnapshot.ps1 on this (Windows) machine into a new temporary file
        and returns its path (the caller deletes it); $null after writing a
        KmsDoctor.CollectorFailed error for the caller when the collector failed.
    .DESCRIPTION
        In this session, not a child powershell.exe: the collector is read-only and needs no
        elevation, and its StrictMode/ErrorAction settings stay in its own script scope.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Caller,
        [ValidateRange(0, 10000)] [int] $EventCount = 50
    )

    $collector = $script:CollectorScript
    $path = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), ('kmsdoctor-snapshot-{0}.json' -f [guid]::NewGuid().ToString('N')))
    Write-Verbose (Get-KmsDoctorMessage VerboseCollectingSnapshot $collector, $path -Caller $Caller)
    try {
        & $collector -OutFile $path -EventCount $EventCount
    } catch {
        $Caller.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.CollectorFailed' -Category InvalidOperation -TargetObject $collector -InnerException $_.Exception `
                    -Message (Get-KmsDoctorMessage CollectorFailed $_.Exception.Message -Caller $Caller)))
        return $null
    }
    $path
}
