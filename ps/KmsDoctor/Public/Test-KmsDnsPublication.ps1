function Test-KmsDnsPublication {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Test-KmsDnsPublication.psd1 and build/help/ja-JP/Test-KmsDnsPublication.psd1.
    [CmdletBinding()]
    [OutputType('KmsDoctor.PublicationResult', 'KmsDoctor.Finding', 'KmsDoctor.PublicationReport')]
    param(
        [Parameter(Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('KmsHost', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName,

        [ValidateNotNullOrEmpty()] [string[]] $Domain,
        [ValidateNotNullOrEmpty()] [string] $SnapshotPath,
        [ValidateNotNullOrEmpty()] [string[]] $EventPath,
        [ValidateNotNullOrEmpty()] [string[]] $DnsServer,
        [ValidateNotNullOrEmpty()] [string[]] $Authoritative,
        [ValidateNotNullOrEmpty()] [string[]] $ExpectHost,
        [ValidateRange(1, 600000)] [int] $TimeoutMs = 3000,

        [ValidateSet('en', 'ja')] [string] $Language
    )

    begin {
        $hosts = New-Object System.Collections.Generic.List[string]
    }
    process {
        foreach ($name in @($ComputerName)) {
            if ($name) { $hosts.Add($name) }
        }
    }
    end {
        $argv = @('publication') +
        @(Get-KmsCliOption '--host' $hosts.ToArray()) +
        @(Get-KmsCliOption '--domain' $Domain) +
        @(Get-KmsCliOption '--dns-server' $DnsServer) +
        @(Get-KmsCliOption '--authoritative' $Authoritative) +
        @(Get-KmsCliOption '--expect-host' $ExpectHost) +
        @('--timeout', [string] $TimeoutMs)
        if ($SnapshotPath) {
            # The host's own snapshot decides what is checked: without it, nothing runs.
            $snapshot = Resolve-KmsDoctorPath -Path $SnapshotPath -Caller $PSCmdlet -MustExist
            if (-not $snapshot) { return }
            $argv += @('--snapshot', $snapshot)
        }
        $argv += @(Get-KmsCliOption '--events' @(foreach ($p in @($EventPath)) { if ($p) { Resolve-KmsDoctorPath -Path $p -Caller $PSCmdlet -MustExist } }))

        $report = Invoke-KmsDoctorCli -Argument $argv -Output Json -Caller $PSCmdlet -Activity (Get-KmsDoctorMessage ActivityPublication -Caller $PSCmdlet)
        if ($null -eq $report) { return }
        $results = @(New-KmsPublicationResult -Report $report)
        $findings = @(foreach ($finding in @($report.findings)) { if ($null -ne $finding) { New-KmsFinding -Finding $finding } })
        $results
        $findings
        New-KmsPublicationReport -Report $report -Result $results -Finding $findings
    }
}
