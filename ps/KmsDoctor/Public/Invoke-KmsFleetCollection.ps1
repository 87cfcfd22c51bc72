function Invoke-KmsFleetCollection {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Invoke-KmsFleetCollection.psd1 and build/help/ja-JP/Invoke-KmsFleetCollection.psd1.
    [CmdletBinding(DefaultParameterSetName = 'ComputerName')]
    [OutputType('KmsDoctor.FleetCollectionSummary')]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'ComputerName', ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('CN', 'Name', 'DNSHostName')] [ValidateNotNullOrEmpty()] [string[]] $ComputerName,
        [Parameter(Mandatory, ParameterSetName = 'Session')]
        [ValidateNotNullOrEmpty()] [System.Management.Automation.Runspaces.PSSession[]] $Session,
        [Parameter(Mandatory, ParameterSetName = 'HostName')]
        [ValidateNotNullOrEmpty()] [string[]] $HostName,
        [Parameter(ParameterSetName = 'HostName')] [ValidateNotNullOrEmpty()] [string] $UserName,
        [Parameter(ParameterSetName = 'HostName')] [ValidateNotNullOrEmpty()] [string] $KeyFilePath,
        [Parameter(ParameterSetName = 'HostName')] [ValidateRange(1, 65535)] [int] $Port,
        [Parameter(ParameterSetName = 'HostName')] [hashtable] $SshOption,
        [Parameter(ParameterSetName = 'ComputerName')]
        [System.Management.Automation.PSCredential] [System.Management.Automation.Credential()] $Credential = [System.Management.Automation.PSCredential]::Empty,
        [ValidateRange(1, 1024)] [int] $ThrottleLimit = 32,
        [Parameter(Mandatory)] [ValidateNotNullOrEmpty()] [string] $OutDirectory,
        [ValidateNotNullOrEmpty()] [string] $ScriptPath,
        [ValidateRange(0, 87600)] [double] $MaxAgeHours = 24,
        [switch] $Force,

        [ValidateSet('en', 'ja')] [string] $Language
    )
    begin { $names = New-Object System.Collections.Generic.List[string] }
    process { foreach ($name in @($ComputerName)) { if ($name -and -not $names.Contains($name)) { $names.Add($name) } } }
    end {
        $folder = $PSCmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutDirectory)
        if (-not (Test-Path -LiteralPath $folder -PathType Container)) { $null = New-Item -ItemType Directory -Path $folder -Force -ErrorAction Stop }
        if (-not $ScriptPath) { $ScriptPath = [System.IO.Path]::Combine($script:PackageRoot, 'ps', 'collector', 'Get-KmsSnapshot.ps1') }
        $script = $PSCmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath($ScriptPath)

        # Every target by the name its file is saved under; sessions by their ComputerName.
        $targets = [ordered]@{}
        if ($PSCmdlet.ParameterSetName -eq 'Session') { foreach ($s in $Session) { if (-not $targets.Contains($s.ComputerName)) { $targets[$s.ComputerName] = $s } } }
        elseif ($PSCmdlet.ParameterSetName -eq 'HostName') { foreach ($name in $HostName) { $targets[$name] = $name } }
        else { foreach ($name in $names) { $targets[$name] = $name } }
        $fileOf = @{}
        foreach ($name in $targets.Keys) { $fileOf[$name] = [System.IO.Path]::Combine($folder, (Get-KmsFleetFileName -ComputerName $name)) }

        $todo = New-Object System.Collections.Generic.List[string]
        $skipped = 0
        foreach ($name in $targets.Keys) {
            $file = Get-Item -LiteralPath $fileOf[$name] -ErrorAction SilentlyContinue
            if (-not $Force -and $file -and ([DateTime]::UtcNow - $file.LastWriteTimeUtc).TotalHours -lt $MaxAgeHours) {
                Write-Verbose (Get-KmsDoctorMessage VerboseFreshSnapshotSkipped $name, $file.FullName, ([int]([DateTime]::UtcNow - $file.LastWriteTimeUtc).TotalMinutes) -Caller $PSCmdlet)
                $skipped += 1
            } else { $todo.Add($name) }
        }

        $failed = New-Object System.Collections.Generic.List[string]
        $collected = 0
        $fail = {
            param([string] $Name, [string] $Reason, [System.Exception] $Inner)
            $failed.Add($Name)
            $PSCmdlet.WriteError((New-KmsDoctorErrorRecord -Message (Get-KmsDoctorMessage FleetCollectionFailed $Name, $Reason -Caller $PSCmdlet) -ErrorId 'KmsDoctor.FleetCollectionFailed' -Category ConnectionError -TargetObject $Name -InnerException $Inner))
        }
        if ($todo.Count -gt 0) {
            $texts = @{}
            $errorsOf = @{}
            $answered = New-Object System.Collections.Generic.HashSet[string]
            $activity = Get-KmsDoctorMessage ActivityFleetCollection $todo.Count -Caller $PSCmdlet
            # Output is kept per machine (PSComputerName) and saved when the run ends, because remoting
            # does not say when one machine is done. Errors are matched to their machine: remote
            # failures carry OriginInfo, connection failures the name as their target.
            $take = {
                param($Item)
                if ($Item -is [System.Management.Automation.ErrorRecord]) {
                    $from = ''
                    if ($Item.OriginInfo -and $Item.OriginInfo.PSComputerName) { $from = [string] $Item.OriginInfo.PSComputerName }
                    elseif ($Item.TargetObject -is [string] -and $targets.Contains([string] $Item.TargetObject)) { $from = [string] $Item.TargetObject }
                    elseif ($Item.CategoryInfo.TargetName -and $targets.Contains([string] $Item.CategoryInfo.TargetName)) { $from = [string] $Item.CategoryInfo.TargetName }
                    if (-not $errorsOf.ContainsKey($from)) { $errorsOf[$from] = New-Object System.Collections.Generic.List[System.Management.Automation.ErrorRecord] }
                    $errorsOf[$from].Add($Item)
                } else {
                    $from = [string] $Item.PSComputerName
                    if (-not $texts.ContainsKey($from)) { $texts[$from] = New-Object System.Text.StringBuilder }
                    $null = $texts[$from].AppendLine([string] $Item)
                }
                if ($from -and $answered.Add($from)) {
                    Write-Progress -Activity $activity -Status (Get-KmsDoctorMessage ProgressFleetAnswered $answered.Count, $todo.Count, $from -Caller $PSCmdlet) -PercentComplete ([Math]::Min(100, 100 * $answered.Count / $todo.Count))
                }
            }
            # Errors stay in the stream (2>&1 with ErrorAction Continue) so each reaches $take in turn.
            $invoke = @{ FilePath = $script; ThrottleLimit = $ThrottleLimit; ErrorAction = 'Continue' }
            $opened = @()
            if ($PSCmdlet.ParameterSetName -eq 'Session') { $invoke.Session = @(foreach ($name in $todo) { $targets[$name] }) }
            elseif ($PSCmdlet.ParameterSetName -eq 'HostName') {
                # Invoke-Command -HostName -FilePath takes neither -Port nor -ThrottleLimit, and its
                # -SSHConnection hashes drop ssh options: sessions are opened here, then used.
                $ssh = @{ HostName = $todo.ToArray(); ErrorAction = 'Continue' }
                if ($UserName) { $ssh.UserName = $UserName }
                if ($KeyFilePath) { $ssh.KeyFilePath = $PSCmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath($KeyFilePath) }
                if ($Port) { $ssh.Port = $Port }
                if ($SshOption) { $ssh.Options = $SshOption }
                $opened = @(New-PSSession @ssh 2>&1 | ForEach-Object { if ($_ -is [System.Management.Automation.Runspaces.PSSession]) { $_ } else { & $take $_ } })
                $invoke.Session = $opened
            } else {
                $invoke.ComputerName = $todo.ToArray()
                if ($Credential -ne [System.Management.Automation.PSCredential]::Empty) { $invoke.Credential = $Credential }
            }
            try {
                if (@($invoke.Session).Count -gt 0 -or $invoke.ContainsKey('ComputerName')) {
                    Invoke-Command @invoke 2>&1 | ForEach-Object { & $take $_ }
                }
            } finally {
                if ($opened.Count -gt 0) { Remove-PSSession -Session $opened }
                Write-Progress -Activity $activity -Completed
            }

            foreach ($name in $todo) {
                $reason = $null
                $inner = $null
                if ($texts.ContainsKey($name)) {
                    $reason = Save-KmsFleetSnapshot -Text $texts[$name].ToString() -Path $fileOf[$name] -Caller $PSCmdlet
                    if (-not $reason) { $collected += 1; continue }
                }
                if ($errorsOf.ContainsKey($name)) {
                    $first = $errorsOf[$name][0]
                    $inner = $first.Exception
                    $reason = (@($reason) + ($first.Exception.Message -replace '[\r\n]+', ' ').Trim() | Where-Object { $_ }) -join '; '
                }
                if (-not $reason) { $reason = Get-KmsDoctorMessage FleetNothingPrinted -Caller $PSCmdlet }
                & $fail $name $reason $inner
            }
            # Errors that name no target (rare: a throttling or session-state failure) still reach the caller.
            if ($errorsOf.ContainsKey('')) { foreach ($record in $errorsOf['']) { $PSCmdlet.WriteError($record) } }
        }
        New-KmsFleetCollectionSummary -Asked $targets.Count -Collected $collected -Skipped $skipped -FailedComputer $failed.ToArray() -OutDirectory $folder
    }
}
