function Get-KmsSrvRecord {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Get-KmsSrvRecord.psd1 and build/help/ja-JP/Get-KmsSrvRecord.psd1.
    [CmdletBinding()]
    [OutputType('KmsDoctor.SrvRecord')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [ValidateNotNullOrEmpty()]
        [string[]] $Domain,

        [ValidateNotNullOrEmpty()] [string[]] $DnsServer,
        [ValidateRange(1, 600000)] [int] $TimeoutMs = 3000,

        [ValidateSet('en', 'ja')] [string] $Language
    )

    begin {
        $domains = New-Object System.Collections.Generic.List[string]
    }
    process {
        foreach ($name in $Domain) { $domains.Add($name) }
    }
    end {
        $argv = @('srv') + $domains.ToArray() + @(Get-KmsCliOption '--dns-server' $DnsServer) + @('--timeout', [string] $TimeoutMs)
        $check = Invoke-KmsDoctorCheck -Argument $argv -Caller $PSCmdlet -Activity (Get-KmsDoctorMessage ActivitySrv -Caller $PSCmdlet)
        if ($null -eq $check) { return }
        $findings = @(foreach ($finding in $check.Findings) { New-KmsFinding -Finding $finding })
        foreach ($target in $check.Targets) {
            $record = New-KmsSrvRecord -Target $target
            # The CLI's findings about this host, and those about no one host (kms/unusable-hosts-listed).
            $record.Findings = @($findings | Where-Object { -not $_.Target -or $_.Target -eq $record.Name })
            $record
        }
        foreach ($discovery in @($check.Report.discovery)) {
            if ($null -ne $discovery) { Write-KmsSrvQueryError -Discovery $discovery -Finding $findings -Caller $PSCmdlet }
        }
    }
}
