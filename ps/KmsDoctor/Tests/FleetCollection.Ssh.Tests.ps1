<#
    One real PowerShell remoting run over SSH: an sshd (Debian's openssh-server, installed by
    test/run-all.sh) started here on 127.0.7.1 with its own host key, authorized key and the
    powershell subsystem, nothing else. Invoke-KmsFleetCollection runs a script that prints a
    fixture snapshot through it; the test proves the result comes back, is saved, resumes, and is
    analysed by the real CLI. A second host, 127.0.7.2, has nothing listening: its refusal must come
    back as that machine's error. Loopback only. Skipped unless root on Linux with sshd.
#>

BeforeDiscovery {
    $sshd = '/usr/sbin/sshd'
    $script:Ready = $IsLinux -and (Test-Path $sshd) -and [bool] (Get-Command ssh-keygen -ErrorAction SilentlyContinue) -and ((& id -u) -eq '0')
    $script:HaveCli = [bool] (Get-Command node -CommandType Application -ErrorAction SilentlyContinue) -and (Test-Path (Join-Path $PSScriptRoot '../../../dist/src/cli/main.js'))
}

Describe 'Invoke-KmsFleetCollection over SSH' -Tag Integration -Skip:(-not $Ready) {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
        $script:Dir = Join-Path ([System.IO.Path]::GetTempPath()) ("kmsd-ssh-" + [guid]::NewGuid().ToString('N'))
        $null = New-Item -ItemType Directory -Path $Dir
        & ssh-keygen -q -t ed25519 -N '' -f (Join-Path $Dir 'host_key') | Out-Null
        & ssh-keygen -q -t ed25519 -N '' -f (Join-Path $Dir 'client_key') | Out-Null
        Copy-Item (Join-Path $Dir 'client_key.pub') (Join-Path $Dir 'authorized_keys')
        $listener = [System.Net.Sockets.TcpListener]::new([ipaddress] '127.0.7.1', 0)
        $listener.Start(); $script:Port = $listener.LocalEndpoint.Port; $listener.Stop()
        $pwsh = Join-Path $PSHOME 'pwsh'
        if (-not (Test-Path $pwsh)) { $pwsh = (Get-Command pwsh).Source }
        @(
            "Port $Port", 'ListenAddress 127.0.7.1', "HostKey $Dir/host_key", "PidFile $Dir/sshd.pid",
            "AuthorizedKeysFile $Dir/authorized_keys", 'StrictModes no', 'UsePAM no', 'PasswordAuthentication no',
            'KbdInteractiveAuthentication no', 'PubkeyAuthentication yes', 'PermitRootLogin prohibit-password',
            "Subsystem powershell $pwsh -sshs -NoLogo -NoProfile"
        ) | Set-Content (Join-Path $Dir 'sshd_config')
        # sshd's privilege-separation directory.
        $null = New-Item -ItemType Directory -Path '/run/sshd' -Force
        $script:Sshd = Start-Process -FilePath '/usr/sbin/sshd' -ArgumentList @('-D', '-e', '-f', "$Dir/sshd_config") -RedirectStandardError (Join-Path $Dir 'sshd.log') -PassThru
        $deadline = [DateTime]::UtcNow.AddSeconds(15)
        do {
            Start-Sleep -Milliseconds 100
            $client = [System.Net.Sockets.TcpClient]::new()
            try { $client.Connect('127.0.7.1', $Port); $up = $true } catch { $up = $false } finally { $client.Dispose() }
        } until ($up -or [DateTime]::UtcNow -gt $deadline -or $Sshd.HasExited)
        if (-not $up) { throw "sshd did not start: $(Get-Content -Raw (Join-Path $Dir 'sshd.log'))" }

        # The "collector": prints a fixture snapshot, as Get-KmsSnapshot.ps1 prints the machine's.
        $json = [System.IO.File]::ReadAllText((Join-Path $SamplesDir 'fleet/ws00001.json'))
        $script:Fixture = Join-Path $Dir 'print-fixture.ps1'
        Set-Content -LiteralPath $Fixture -Value "@'`n$($json.TrimEnd())`n'@"
        $script:Ssh = @{ UserName = 'root'; KeyFilePath = (Join-Path $Dir 'client_key'); Port = $Port; SshOption = @{ StrictHostKeyChecking = 'no'; UserKnownHostsFile = '/dev/null'; LogLevel = 'ERROR' } }
        $script:Out = Join-Path $Dir 'fleet'
        $script:errs = $null
        $script:Summary = Invoke-KmsFleetCollection -HostName 127.0.7.1, 127.0.7.2 @Ssh -ScriptPath $Fixture -OutDirectory $Out -ErrorAction SilentlyContinue -ErrorVariable errs
    }

    AfterAll {
        if ($Sshd -and -not $Sshd.HasExited) { Stop-Process -Id $Sshd.Id -Force }
        Remove-Item -LiteralPath $Dir -Recurse -Force -ErrorAction SilentlyContinue
    }

    It 'brings the snapshot back over SSH and saves it as <host>.json' {
        $Summary.Collected | Should -Be 1
        $saved = Get-Content -Raw (Join-Path $Out '127.0.7.1.json') | ConvertFrom-Json
        $saved.kind | Should -Be 'kms-doctor-snapshot'
        $saved.computer.name | Should -Be 'WS00001'
    }

    It 'reports the host that refused as its own error' {
        $Summary.Failed | Should -Be 1
        $Summary.FailedComputers | Should -Be @('127.0.7.2')
        $failure = @($errs | Where-Object { $_.FullyQualifiedErrorId -like 'KmsDoctor.FleetCollectionFailed*' })
        $failure.TargetObject | Should -Be '127.0.7.2'
        $failure.Exception.Message | Should -Match '^127\.0\.7\.2: '
    }

    It 'collects through an open SSH session too, and resumes without reconnecting for a fresh file' {
        $session = New-PSSession -HostName 127.0.7.1 -UserName root -KeyFilePath $Ssh.KeyFilePath -Port $Port -Options $Ssh.SshOption
        try {
            $viaSession = Invoke-KmsFleetCollection -Session $session -ScriptPath $Fixture -OutDirectory (Join-Path $Dir 'fleet2')
            $viaSession.Collected | Should -Be 1
            $again = Invoke-KmsFleetCollection -Session $session -ScriptPath $Fixture -OutDirectory (Join-Path $Dir 'fleet2')
            $again.Skipped | Should -Be 1
            $again.Collected | Should -Be 0
        } finally { Remove-PSSession $session }
    }

    It 'is analysed by kmsdoctor fleet' -Skip:(-not $HaveCli) {
        $saved = $env:KMSDOCTOR_CLI; $env:KMSDOCTOR_CLI = $null
        try { $report = @(Get-KmsFleetDiagnosis -Path $Out)[-1] } finally { $env:KMSDOCTOR_CLI = $saved }
        $report.Clients | Should -Be 1
        @($report.KmsHosts).host | Should -Contain 'kms02.corp.test:1688'
    }
}
