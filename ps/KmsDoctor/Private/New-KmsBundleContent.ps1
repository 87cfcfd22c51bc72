function New-KmsBundleContent {
    <#
    .SYNOPSIS
        Fills the bundle folder with slmgr-dlv.txt, events\*, snapshot.json and slmgr.ini: from
        the given files, else from this Windows machine, else records why each part is missing
        (with a warning). Returns the bundle's ledger: Included (File, What), Missing, Notes, and
        the relative names of the parts the report can read.
    #>
    [CmdletBinding()]
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)] [string] $Folder,
        [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Caller,
        [string] $SnapshotPath,
        [string] $DlvPath,
        [string] $SlmgrIniPath,
        [string[]] $EventPath
    )

    $bundle = @{
        Included = New-Object System.Collections.Generic.List[object]
        Missing  = New-Object System.Collections.Generic.List[string]
        Notes    = New-Object System.Collections.Generic.List[string]
        Snapshot = $null; Dlv = $null; Ini = $null
        Events   = New-Object System.Collections.Generic.List[string]
    }
    $onWindows = Test-KmsDoctorWindows
    # Copies a given file into the bundle; a missing one is an error for the caller and a README line.
    $copy = {
        param([string] $From, [string] $To, [string] $What)
        # A missing file (or drive) is one error for the caller and a README line.
        $source = Resolve-KmsDoctorPath -Path $From -Caller $Caller -MustExist
        if (-not $source) {
            $bundle.Missing.Add("${To}: the file given does not exist ($From)")
            return $false
        }
        Copy-Item -LiteralPath $source -Destination ([System.IO.Path]::Combine($Folder, $To)) -ErrorAction Stop
        $bundle.Included.Add([pscustomobject]@{ File = $To; What = "$What (given: $From)" })
        $true
    }
    # The bundle's own ledger (README.txt) stays in English, the language of whoever it is sent
    # to; the warning is for the admin at the console, in the cmdlet's language.
    $skip = {
        param([string] $Part, [string] $Message)
        Write-Warning ('{0}: {1}' -f $Part, (Get-KmsDoctorMessage $Message -Caller $Caller))
        $bundle.Missing.Add(('{0}: {1}' -f $Part, $script:KmsDoctorStrings['en'][$Message]))
    }

    if ($DlvPath) {
        if (& $copy $DlvPath 'slmgr-dlv.txt' 'slmgr /dlv output') { $bundle.Dlv = 'slmgr-dlv.txt' }
    } elseif ($onWindows) {
        $problem = Save-KmsDlvOutput -Destination ([System.IO.Path]::Combine($Folder, 'slmgr-dlv.txt'))
        $bundle.Included.Add([pscustomobject]@{ File = 'slmgr-dlv.txt'; What = 'cscript //nologo slmgr.vbs /dlv on this machine' })
        if ($problem) { $bundle.Notes.Add("slmgr-dlv.txt: $problem") } else { $bundle.Dlv = 'slmgr-dlv.txt' }
    } else {
        & $skip 'slmgr-dlv.txt' BundleDlvNeedsWindows
    }

    if ($EventPath) {
        $n = 0
        foreach ($file in $EventPath) {
            $n++
            $name = 'events/{0:d2}-{1}' -f $n, [System.IO.Path]::GetFileName($file)
            # .evtx is for support; the CLI reads exports (XML, JSON, CSV) only.
            if ((& $copy $file $name 'event export') -and $name -notmatch '\.evtx$') { $bundle.Events.Add($name) }
        }
    } elseif ($onWindows) {
        $logs = @(Save-KmsEventLog -Folder ([System.IO.Path]::Combine($Folder, 'events')))
        foreach ($log in $logs) {
            if ($log.Problem) { $bundle.Missing.Add("events/$($log.File): $($log.Problem)") }
            else { $bundle.Included.Add([pscustomobject]@{ File = "events/$($log.File)"; What = $log.What }) }
        }
        if ($logs | Where-Object File -eq 'key-management-service.evtx') {
            # How far back that log reaches: a full or young log misses clients' 12290s.
            $settings = Save-KmsLogSettings -Path ([System.IO.Path]::Combine($Folder, 'events', 'key-management-service-settings.json'))
            if ($settings.Problem) { $bundle.Missing.Add("events/$($settings.File): $($settings.Problem)") }
            else { $bundle.Included.Add([pscustomobject]@{ File = "events/$($settings.File)"; What = $settings.What }) }
        } else {
            $bundle.Notes.Add('No Key Management Service log: this machine is not a KMS host.')
        }
    } else {
        & $skip 'events/*.evtx' BundleEventsNeedWindows
    }

    if ($SnapshotPath) {
        if (& $copy $SnapshotPath 'snapshot.json' 'kms-doctor snapshot') { $bundle.Snapshot = 'snapshot.json' }
    } elseif ($onWindows) {
        $collected = Invoke-KmsSnapshotCollector -Caller $Caller
        if ($collected) {
            Move-Item -LiteralPath $collected -Destination ([System.IO.Path]::Combine($Folder, 'snapshot.json')) -Force
            $bundle.Included.Add([pscustomobject]@{ File = 'snapshot.json'; What = 'kms-doctor snapshot of this machine (ps/collector/Get-KmsSnapshot.ps1)' })
            $bundle.Snapshot = 'snapshot.json'
        } else {
            $bundle.Missing.Add('snapshot.json: the collector failed (see the error it reported)')
        }
    } else {
        & $skip 'snapshot.json' BundleSnapshotNeedsWindows
    }

    if ($SlmgrIniPath -and (& $copy $SlmgrIniPath 'slmgr.ini' "the machine's slmgr.ini")) { $bundle.Ini = 'slmgr.ini' }
    $bundle
}
