function Get-KmsDiagnosis {
    <#
    .SYNOPSIS
        Diagnoses a client offline from what it sent: a snapshot, `slmgr /dlv` text, event
        exports, its slmgr.ini; the same findings as Test-KmsConnectivity.

    .DESCRIPTION
        Runs `kmsdoctor analyze`. Reads the files (each recognised from its content; /dlv text in
        any language whose slmgr.ini is given, English and confirmed Japanese labels built in),
        rebuilds what the client does, and evaluates the rules. Nothing is probed unless -Probe
        is given, which also tests from here what the client would contact.

        Output as for Test-KmsConnectivity: KmsDoctor.ConnectivityResult objects (only with
        -Probe), KmsDoctor.Finding objects, then the KmsDoctor.ConnectivityReport, whose Client
        holds the client's plan, product, attempts and notes (unread lines of the input among them).

    .PARAMETER Path
        The files the client sent. Binds FullName from Get-ChildItem.

    .PARAMETER SlmgrIniPath
        The client's slmgr.ini (%SystemRoot%\System32\slmgr\<LANGID>\slmgr.ini), to read its /dlv
        text exactly. May also be given among -Path.

    .PARAMETER Probe
        Also test from here the hosts and domains the client would contact.

    .PARAMETER DnsServer
        With -Probe: DNS servers to ask, IP or IP:PORT.

    .PARAMETER TimeoutMs
        With -Probe: budget of each probe in milliseconds (default 3000).

    .EXAMPLE
        PS> Get-KmsDiagnosis -Path .\pc042.json, .\pc042-app.xml | Where-Object RuleId

        The findings for the client pc042 from its snapshot and event export.

    .EXAMPLE
        PS> $report = Get-KmsDiagnosis -Path .\dlv-ja.txt -SlmgrIniPath .\slmgr.ini | Select-Object -Last 1
        PS> $report.Client.Product

        Name                           Channel          LicenseStatus GracePeriodRemainingMinutes
        ----                           -------          ------------- ---------------------------
        Windows(R), Enterprise edition VOLUME_KMSCLIENT             1                      259197

        Japanese `slmgr /dlv` text read with the machine's own slmgr.ini.

    .LINK
        about_KmsDoctor
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.ConnectivityResult', 'KmsDoctor.Finding', 'KmsDoctor.ConnectivityReport')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [ValidateNotNullOrEmpty()]
        [string[]] $Path,

        [ValidateNotNullOrEmpty()] [string] $SlmgrIniPath,
        [switch] $Probe,
        [ValidateNotNullOrEmpty()] [string[]] $DnsServer,
        [ValidateRange(1, 600000)] [int] $TimeoutMs = 3000
    )

    begin {
        $files = New-Object System.Collections.Generic.List[string]
    }
    process {
        foreach ($file in $Path) { $files.Add((Resolve-KmsDoctorPath -Path $file -Caller $PSCmdlet)) }
    }
    end {
        $argv = @('analyze') + $files.ToArray()
        if ($SlmgrIniPath) { $argv += @('--slmgr-ini', (Resolve-KmsDoctorPath -Path $SlmgrIniPath -Caller $PSCmdlet)) }
        if ($Probe) { $argv += @('--probe') + @(Get-KmsCliOption '--dns-server' $DnsServer) + @('--timeout', [string] $TimeoutMs) }
        $check = Invoke-KmsDoctorCheck -Argument $argv -Caller $PSCmdlet -Activity 'Analysing KMS client data'
        if ($null -ne $check) { Write-KmsDoctorCheck -Check $check }
    }
}
