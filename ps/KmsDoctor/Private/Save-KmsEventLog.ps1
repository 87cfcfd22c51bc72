function Save-KmsEventLog {
    <#
    .SYNOPSIS
        Exports this Windows machine's activation event logs with `wevtutil epl` into a folder:
        the SPP events of the Application log (every client and host) and, on a KMS host, the
        Key Management Service log. Returns one record per log: File, What, Problem ($null = ok).
    .DESCRIPTION
        .evtx keeps everything (message text renders on Microsoft's side, in any language).
        wevtutil.exe is called by name so tests can stand in for it.
    #>
    [CmdletBinding()]
    [OutputType([psobject])]
    param([Parameter(Mandatory)] [string] $Folder)

    $logs = @(@{
            File  = 'spp-application.evtx'
            What  = 'Application log, Microsoft-Windows-Security-SPP events (12288, 12289, 8198, 12293, 12294, ...): wevtutil epl'
            Args  = @('epl', 'Application', '', "/q:*[System[Provider[@Name='Microsoft-Windows-Security-SPP']]]")
        })
    if (Get-WinEvent -ListLog 'Key Management Service' -ErrorAction SilentlyContinue) {
        $logs += @{
            File = 'key-management-service.evtx'
            What = 'Key Management Service log (this is a KMS host: 12290 per client request): wevtutil epl'
            Args = @('epl', 'Key Management Service', '')
        }
    }
    foreach ($log in $logs) {
        $path = [System.IO.Path]::Combine($Folder, $log.File)
        $argv = @($log.Args)
        $argv[2] = $path
        Write-Verbose "[kmsdoctor] wevtutil.exe $($argv -join ' ')"
        $said = & { $ErrorActionPreference = 'Continue'; & wevtutil.exe @argv 2>&1 }
        $problem = $null
        if ($LASTEXITCODE -ne 0 -or -not (Test-Path -LiteralPath $path)) { $problem = "wevtutil failed (exit code $LASTEXITCODE): $(($said | ForEach-Object { [string] $_ }) -join ' ')" }
        [pscustomobject]@{ File = $log.File; What = $log.What; Problem = $problem }
    }
}
