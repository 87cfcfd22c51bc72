function Add-KmsBundleReport {
    <#
    .SYNOPSIS
        Runs `kmsdoctor connectivity --json` on the bundle's own snapshot, /dlv text and event
        exports and saves the report as report.json in the bundle (or records why not).
    .DESCRIPTION
        Run inside the bundle folder with relative names, so the report's `input` names the files
        as they are in the zip, not a temporary path.
    #>
    [CmdletBinding()]
    [OutputType([void])]
    param(
        [Parameter(Mandatory)] [string] $Folder,
        [Parameter(Mandatory)] [hashtable] $Bundle,
        [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Caller,
        [string[]] $DnsServer,
        [int] $TimeoutMs = 3000
    )

    # The CLI takes a snapshot or /dlv text, not both (the snapshot holds what /dlv shows), and
    # slmgr.ini only to read /dlv text.
    $argv = @('connectivity')
    if ($Bundle.Snapshot) {
        $argv += @('--snapshot', $Bundle.Snapshot)
    } elseif ($Bundle.Dlv) {
        $argv += @('--dlv', $Bundle.Dlv)
        if ($Bundle.Ini) { $argv += @('--slmgr-ini', $Bundle.Ini) }
    }
    $argv += @(Get-KmsCliOption '--events' $Bundle.Events.ToArray())
    if ($argv.Count -eq 1) {
        $Bundle.Missing.Add('report.json: nothing in the bundle describes the client (no snapshot, /dlv text or event export)')
        return
    }
    $argv += @(Get-KmsCliOption '--dns-server' $DnsServer) + @('--timeout', [string] $TimeoutMs)
    Push-Location -LiteralPath $Folder
    try {
        $json = Invoke-KmsDoctorCli -Argument $argv -Output Raw -Caller $Caller -Activity (Get-KmsDoctorMessage ActivityBundleReport -Caller $Caller)
    } finally {
        Pop-Location
    }
    if (-not $json) {
        $Bundle.Missing.Add('report.json: kmsdoctor could not make it (see the error it reported)')
        return
    }
    [System.IO.File]::WriteAllText([System.IO.Path]::Combine($Folder, 'report.json'), $json + "`n", (New-Object System.Text.UTF8Encoding -ArgumentList $false))
    $Bundle.Included.Add([pscustomobject]@{ File = 'report.json'; What = "kmsdoctor $($argv -join ' ') --json, run from this machine" })
}
