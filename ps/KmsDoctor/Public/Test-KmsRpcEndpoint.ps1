function Test-KmsRpcEndpoint {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Test-KmsRpcEndpoint.psd1 and build/help/ja-JP/Test-KmsRpcEndpoint.psd1.
    [CmdletBinding()]
    [OutputType('KmsDoctor.RpcResult')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('NameTarget', 'Target', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName,

        [Parameter(ValueFromPipelineByPropertyName)]
        [ValidateRange(1, 65535)]
        [int] $Port = 1688,

        [ValidateNotNullOrEmpty()] [string[]] $DnsServer,
        [ValidateRange(1, 600000)] [int] $TimeoutMs = 3000,

        [ValidateSet('en', 'ja')] [string] $Language
    )

    begin {
        $endpoints = New-Object System.Collections.Generic.List[string]
    }
    process {
        if (Test-KmsNonSrvRecord $_) { Write-Verbose (Get-KmsDoctorMessage VerboseSkippedNonSrv $_.Type -Caller $PSCmdlet); return }
        foreach ($name in @(Select-KmsValidName -Name $ComputerName -Kind Endpoint -Caller $PSCmdlet)) { $endpoints.Add((Join-KmsEndpoint -ComputerName $name -Port $Port)) }
    }
    end {
        if ($endpoints.Count -eq 0) { return }
        $argv = @('rpc') + $endpoints.ToArray() + @(Get-KmsCliOption '--dns-server' $DnsServer) + @('--timeout', [string] $TimeoutMs)
        $check = Invoke-KmsDoctorCheck -Argument $argv -Caller $PSCmdlet -Activity (Get-KmsDoctorMessage ActivityRpc -Caller $PSCmdlet)
        if ($null -eq $check) { return }
        $index = Get-KmsProbeIndex -Result $check.Results.ToArray() -Probe 'rpc.bind'
        foreach ($target in $check.Targets) { New-KmsRpcResult -Target $target -RpcIndex $index }
    }
}
