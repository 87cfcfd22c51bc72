function Test-KmsPort {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Test-KmsPort.psd1 and build/help/ja-JP/Test-KmsPort.psd1.
    [CmdletBinding()]
    [OutputType('KmsDoctor.PortResult')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('NameTarget', 'Target', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName,

        [Parameter(ValueFromPipelineByPropertyName)]
        [ValidateRange(1, 65535)]
        [int[]] $Port = @(1688),

        [switch] $IncludeManagementPort,
        [ValidateNotNullOrEmpty()] [string[]] $DnsServer,
        [ValidateRange(1, 600000)] [int] $TimeoutMs = 3000,

        [ValidateSet('en', 'ja')] [string] $Language
    )

    begin {
        # The CLI tests every given port on every given host, so hosts are grouped by port list.
        $groups = [ordered]@{}
    }
    process {
        if (Test-KmsNonSrvRecord $_) { Write-Verbose (Get-KmsDoctorMessage VerboseSkippedNonSrv $_.Type -Caller $PSCmdlet); return }
        $names = @(Select-KmsValidName -Name $ComputerName -Kind Host -Caller $PSCmdlet)
        if ($names.Count -eq 0) { return }
        $ports = @($Port | Sort-Object -Unique)
        if ($IncludeManagementPort -and $ports -notcontains 135) { $ports += 135 }
        $key = $ports -join ','
        if (-not $groups.Contains($key)) { $groups[$key] = New-Object System.Collections.Generic.List[string] }
        foreach ($name in $names) { if (-not $groups[$key].Contains($name)) { $groups[$key].Add($name) } }
    }
    end {
        $seen = New-Object 'System.Collections.Generic.HashSet[string]'
        foreach ($key in $groups.Keys) {
            $argv = @('port') + $groups[$key].ToArray() + @(Get-KmsCliOption '--port' ($key -split ',')) +
            @(Get-KmsCliOption '--dns-server' $DnsServer) + @('--timeout', [string] $TimeoutMs)
            $check = Invoke-KmsDoctorCheck -Argument $argv -Caller $PSCmdlet -Activity (Get-KmsDoctorMessage ActivityPort -Caller $PSCmdlet)
            if ($null -eq $check) { continue }
            $index = Get-KmsProbeIndex -Result $check.Results.ToArray() -Probe 'tcp.port'
            foreach ($target in $check.Targets) {
                foreach ($result in @(New-KmsPortResult -Target $target -TcpIndex $index)) {
                    # Two activation ports on one host list its 135 twice; report each test once.
                    if ($seen.Add(('{0}|{1}|{2}' -f $result.ComputerName, $result.RemoteAddress, $result.RemotePort))) { $result }
                }
            }
        }
    }
}
