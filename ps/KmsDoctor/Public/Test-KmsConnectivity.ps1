function Test-KmsConnectivity {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Test-KmsConnectivity.psd1 and build/help/ja-JP/Test-KmsConnectivity.psd1.
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High', DefaultParameterSetName = 'Check')]
    [OutputType('KmsDoctor.ConnectivityResult', 'KmsDoctor.Finding', 'KmsDoctor.ConnectivityReport')]
    param(
        [Parameter(ParameterSetName = 'Check', Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Parameter(ParameterSetName = 'Activation', Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('NameTarget', 'Target', 'KmsHost', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName,

        [Parameter(ParameterSetName = 'Check', ValueFromPipelineByPropertyName)]
        [Parameter(ParameterSetName = 'Activation', ValueFromPipelineByPropertyName)]
        [ValidateRange(1, 65535)]
        [int] $Port,

        # A client's state (Get-KmsClientState): its own discovery is checked, not its name.
        [Parameter(Mandatory, ParameterSetName = 'Client', ValueFromPipeline)]
        [PSTypeName('KmsDoctor.ClientState')]
        [psobject[]] $ClientState,

        [ValidateNotNullOrEmpty()] [string[]] $Domain,
        [ValidateNotNullOrEmpty()] [string[]] $DnsServer,
        [ValidateRange(1, 600000)] [int] $TimeoutMs = 3000,
        [Parameter(ParameterSetName = 'Check')] [Parameter(ParameterSetName = 'Activation')] [ValidateNotNullOrEmpty()] [string] $SnapshotPath,
        [Parameter(ParameterSetName = 'Check')] [Parameter(ParameterSetName = 'Activation')] [ValidateNotNullOrEmpty()] [string] $DlvPath,
        [Parameter(ParameterSetName = 'Check')] [Parameter(ParameterSetName = 'Activation')] [ValidateNotNullOrEmpty()] [string] $SlmgrIniPath,
        [ValidateNotNullOrEmpty()] [string[]] $EventPath,
        [Parameter(ParameterSetName = 'Check')] [Parameter(ParameterSetName = 'Activation')] [switch] $SkipSnapshot,

        [Parameter(Mandatory, ParameterSetName = 'Activation')] [switch] $ActivationRequest,
        [Parameter(Mandatory, ParameterSetName = 'Activation')] [ValidateNotNullOrEmpty()]
        [string] $Product,

        [ValidateSet('en', 'ja')] [string] $Language
    )

    begin {
        $hosts = New-Object System.Collections.Generic.List[string]
        $clients = New-Object System.Collections.Generic.List[psobject]
        $hostGiven = $false
    }
    process {
        if ($PSCmdlet.ParameterSetName -eq 'Client') {
            foreach ($client in $ClientState) { $clients.Add($client) }
            return
        }
        if (Test-KmsNonSrvRecord $_) { Write-Verbose (Get-KmsDoctorMessage VerboseSkippedNonSrv $_.Type -Caller $PSCmdlet); return }
        foreach ($name in @($ComputerName | Where-Object { $_ })) {
            $hostGiven = $true
            foreach ($valid in @(Select-KmsValidName -Name $name -Kind Endpoint -Caller $PSCmdlet)) { $hosts.Add((Join-KmsEndpoint -ComputerName $valid -Port $Port)) }
        }
    }
    end {
        # Every named host was invalid: checking the client's own discovery instead would answer
        # a question nobody asked.
        if ($hostGiven -and $hosts.Count -eq 0) { return }
        $domains = @(Select-KmsValidName -Name $Domain -Kind Domain -Caller $PSCmdlet)
        if ($Domain -and $domains.Count -eq 0) { return }
        $common = @(Get-KmsCliOption '--domain' $domains) +
        @(Get-KmsCliOption '--kms-host' $hosts.ToArray()) +
        @(Get-KmsCliOption '--dns-server' $DnsServer) +
        @('--timeout', [string] $TimeoutMs)
        foreach ($option in @(@('--dlv', $DlvPath), @('--slmgr-ini', $SlmgrIniPath))) {
            if (-not $option[1]) { continue }
            $full = Resolve-KmsDoctorPath -Path $option[1] -Caller $PSCmdlet -MustExist
            if (-not $full) { return }
            $common += @($option[0], $full)
        }
        foreach ($file in @($EventPath | Where-Object { $_ })) {
            $full = Resolve-KmsDoctorPath -Path $file -Caller $PSCmdlet -MustExist
            if ($full) { $common += @('--events', $full) }
        }

        if ($clients.Count -gt 0) {
            foreach ($client in $clients) {
                $snapshot = Export-KmsClientSnapshot -ClientState $client -Caller $PSCmdlet
                if (-not $snapshot) { continue }
                try {
                    Invoke-KmsConnectivityCheck -Argument (@('connectivity') + $common + @('--snapshot', $snapshot.Path)) -Caller $PSCmdlet
                } finally {
                    if ($snapshot.Temporary) { Remove-Item -LiteralPath $snapshot.Path -Force -ErrorAction SilentlyContinue }
                }
            }
            return
        }

        $collected = $null
        $snapshot = $null
        if ($SnapshotPath) {
            $snapshot = Resolve-KmsDoctorPath -Path $SnapshotPath -Caller $PSCmdlet -MustExist
            if (-not $snapshot) { return }
        } elseif (-not $DlvPath -and -not $SkipSnapshot -and (Test-KmsDoctorWindows)) {
            $collected = Invoke-KmsSnapshotCollector -Caller $PSCmdlet
            $snapshot = $collected
        }
        try {
            $argv = @('connectivity') + $common
            if ($snapshot) { $argv += @('--snapshot', $snapshot) }
            if ($ActivationRequest) {
                $targets = 'the first ready KMS host'
                if ($hosts.Count -gt 0) { $targets = 'the first ready of ' + ($hosts -join ', ') }
                if ($PSCmdlet.ShouldProcess($targets, "Send ONE KMS activation request for $Product after the check (may add this installation's CMID to the host's count for 30 days)")) {
                    $argv += @('--activation-request', '--product', $Product)
                } else {
                    Write-Verbose (Get-KmsDoctorMessage VerboseConnectivityNotConfirmed -Caller $PSCmdlet)
                }
            }
            Invoke-KmsConnectivityCheck -Argument $argv -Caller $PSCmdlet
        } finally {
            if ($collected) { Remove-Item -LiteralPath $collected -Force -ErrorAction SilentlyContinue }
        }
    }
}
