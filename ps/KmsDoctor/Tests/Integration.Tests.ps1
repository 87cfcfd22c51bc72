<#
    Integration tests: the real module runs the real CLI (dist/, built by npm test) against the
    built-in lab, started here with `kmsdoctor lab --serve` on loopback (DNS server, a healthy
    KMS host, a stopped one, a web server and a stale record), and against the samples.
    Skipped where node or the built CLI is missing.
#>

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'BuiltCli.ps1')
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Cli = Join-Path $RepoRoot 'dist/src/cli/main.js'
    Use-BuiltCli
}

AfterAll {
    Restore-CliSetting
}

Describe 'KmsDoctor against the loopback lab' -Tag Integration -Skip:(-not $Ready) {
    BeforeAll {
        $script:LabOut = Join-Path $TestDrive 'lab.out'
        $node = (Get-Command node -CommandType Application | Select-Object -First 1).Source
        $script:Lab = Start-Process -FilePath $node -ArgumentList @($Cli, 'lab', '--serve') -RedirectStandardOutput $LabOut -RedirectStandardError (Join-Path $TestDrive 'lab.err') -PassThru
        # The lab prints "Try: kmsdoctor connectivity --domain lab.kms-doctor.test --dns-server 127.0.0.1:PORT".
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        $script:DnsServer = $null
        while (-not $DnsServer -and [DateTime]::UtcNow -lt $deadline -and -not $Lab.HasExited) {
            Start-Sleep -Milliseconds 100
            $match = Select-String -LiteralPath $LabOut -Pattern '--dns-server (\S+)' -ErrorAction SilentlyContinue | Select-Object -First 1
            if ($match) { $script:DnsServer = $match.Matches[0].Groups[1].Value }
        }
        if (-not $DnsServer) { throw "the lab did not start: $(Get-Content -Raw -LiteralPath $LabOut -ErrorAction SilentlyContinue) $(Get-Content -Raw -LiteralPath (Join-Path $TestDrive 'lab.err') -ErrorAction SilentlyContinue)" }
        $script:Domain = 'lab.kms-doctor.test'
    }
    AfterAll {
        if ($script:Lab -and -not $script:Lab.HasExited) {
            Stop-Process -Id $script:Lab.Id -Force
            $script:Lab.WaitForExit(10000) | Out-Null
        }
    }

    Context 'Test-KmsConnectivity' {
        BeforeAll {
            $script:All = @(Test-KmsConnectivity -Domain $Domain -DnsServer $DnsServer -SkipSnapshot -TimeoutMs 2000)
            $script:Results = @($All | Select-KmsType 'KmsDoctor.ConnectivityResult')
            $script:Findings = @($All | Select-KmsType 'KmsDoctor.Finding')
            $script:Report = $All[-1]
            $script:ByHost = @{}
            foreach ($result in $Results) { $ByHost[$result.ComputerName.Split('.')[0]] = $result }
        }

        It 'emits one typed result per lab host, the findings, and the report last' {
            $Results.Count | Should -Be 4
            $Findings.Count | Should -BeGreaterThan 2
            $Report.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ConnectivityReport'
            $Report.Results.Count | Should -Be 4
            $Report.Passed | Should -BeFalse
        }

        It 'finds kms01 ready, kms02 port-closed, web01 not-kms and kms-old unresolved' {
            $ByHost['kms01'].Verdict | Should -Be 'ready'
            $ByHost['kms01'].RpcVerdict | Should -Be 'kms'
            $ByHost['kms01'].TcpTestSucceeded | Should -BeTrue
            $ByHost['kms02'].Verdict | Should -Be 'port-closed'
            $ByHost['kms02'].TcpTestSucceeded | Should -BeExactly $false
            $ByHost['web01'].Verdict | Should -Be 'not-kms'
            $ByHost['web01'].RpcVerdict | Should -Be 'not-rpc'
            $ByHost['kms-old'].Verdict | Should -Be 'unresolved'
            $null -eq $ByHost['kms-old'].TcpTestSucceeded | Should -BeTrue
        }

        It 'reports each planted fault as a finding object' {
            $ids = @($Findings | ForEach-Object { '{0} {1}' -f $_.RuleId, $_.Target })
            $ids | Should -Contain "tcp/kms-port-closed kms02.$Domain"
            $ids | Should -Contain "rpc/not-kms-endpoint web01.$Domain"
            $ids | Should -Contain "srv/target-unresolvable kms-old.$Domain"
        }
    }

    Context 'Get-KmsSrvRecord | Test-KmsPort / Test-KmsRpcEndpoint' {
        BeforeAll {
            $script:Records = @(Get-KmsSrvRecord -Domain $Domain -DnsServer $DnsServer)
        }

        It 'gets the four SRV records' {
            $Records.Count | Should -Be 4
            @($Records | ForEach-Object Name | Sort-Object) | Should -Be @("kms-old.$Domain", "kms01.$Domain", "kms02.$Domain", "web01.$Domain")
        }

        It 'tests each record''s port on each host' {
            $ports = @($Records | Test-KmsPort -DnsServer $DnsServer -TimeoutMs 2000)
            $ports | ForEach-Object { $_.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.PortResult' }
            $kms01 = $ports | Where-Object ComputerName -eq "kms01.$Domain"
            $kms01.RemotePort | Should -Be ($Records | Where-Object Name -eq "kms01.$Domain").Port
            $kms01.Status | Should -Be 'open'
            $kms01.TcpTestSucceeded | Should -BeTrue
            ($ports | Where-Object ComputerName -eq "kms02.$Domain").Status | Should -Be 'closed'
            ($ports | Where-Object ComputerName -eq "kms-old.$Domain").Status | Should -Be 'dns-nxdomain'
        }

        It 'binds to the KMS interface where it is' {
            $binds = @($Records | Test-KmsRpcEndpoint -DnsServer $DnsServer -TimeoutMs 2000)
            ($binds | Where-Object ComputerName -eq "kms01.$Domain").BindVerdict | Should -Be 'kms'
            ($binds | Where-Object ComputerName -eq "web01.$Domain").BindVerdict | Should -Be 'not-rpc'
            ($binds | Where-Object ComputerName -eq "kms02.$Domain").Verdict | Should -Be 'port-closed'
        }
    }

    Context 'Export-KmsSupportBundle' {
        It 'packs the given files and a report the real CLI made from them' {
            $zip = Join-Path $TestDrive 'bundle.zip'
            Export-KmsSupportBundle -Path $zip -SnapshotPath (Join-Path $SamplesDir 'snapshots/client-dns-discovery-ok.json') `
                -DlvPath (Join-Path $SamplesDir 'dlv/client-en.txt') -EventPath (Join-Path $SamplesDir 'events/client-wevtutil.xml') `
                -DnsServer $DnsServer -TimeoutMs 1000 | Out-Null
            $folder = Join-Path $TestDrive 'bundle'
            Expand-Archive -LiteralPath $zip -DestinationPath $folder
            $report = Get-Content -Raw (Join-Path $folder 'report.json') | ConvertFrom-Json
            $report.schemaVersion | Should -Be 2
            $report.kind | Should -Be 'connectivity'
            $report.command | Should -Be 'connectivity'
            $report.input.snapshot | Should -Be 'snapshot.json'
            $report.client.computer | Should -Be 'CLIENT01'
        }
    }

    Context 'Test-KmsDnsPublication' {
        BeforeAll {
            # The lab's DNS server is authoritative for lab.kms-doctor.test.
            $script:Pub = @(Test-KmsDnsPublication -ComputerName "kms01.$Domain" -Domain $Domain -Authoritative $DnsServer -TimeoutMs 2000)
            $script:PubResults = @($Pub | Select-KmsType 'KmsDoctor.PublicationResult')
            $script:PubFindings = @($Pub | Select-KmsType 'KmsDoctor.Finding')
            $script:PubReport = $Pub[-1]
        }

        It 'finds the kms01 record on the authoritative server, missing nowhere' {
            $PubResults.Count | Should -Be 1
            $PubResults[0].Server | Should -Be $DnsServer
            $PubResults[0].Authoritative | Should -BeTrue
            $PubResults[0].Status | Should -Be 'ok'
            @($PubResults[0].Records | ForEach-Object Target) | Should -Contain "kms01.$Domain"
            @($PubResults[0].Missing).Count | Should -Be 0
            $PubReport.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.PublicationReport'
        }

        It 'reports kms-old as a stale record' {
            $PubResults[0].Unexpected | Should -Contain "kms-old.$($Domain):1688"
            @($PubReport.Unexpected | Where-Object Target -eq "kms-old.$Domain").Classification | Should -Be 'stale'
            @($PubFindings | ForEach-Object { '{0} {1}' -f $_.RuleId, $_.Target }) | Should -Contain "publication/stale-host kms-old.$Domain"
        }
    }
}

Describe 'KmsDoctor against the samples (real CLI)' -Tag Integration -Skip:(-not $Ready) {
    It 'keeps Japanese text intact between node and PowerShell: slmgr /dlv notes' {
        $report = Get-KmsDiagnosis -Path (Join-Path $SamplesDir 'dlv/client-ja.txt') | Select-Object -Last 1
        ($report.Client.Notes -join "`n") | Should -Match 'ライセンスの状態'
        ($report.Client.Notes -join "`n") | Should -Match 'unknown line: ソフトウェア ライセンス サービスのバージョン'
    }

    It 'reads Japanese /dlv text with its slmgr.ini, through a Japanese file name' {
        $copy = Join-Path $TestDrive 'クライアント-dlv.txt'
        Copy-Item (Join-Path $SamplesDir 'dlv/client-ja.txt') $copy
        $report = Get-KmsDiagnosis -Path $copy -SlmgrIniPath (Join-Path $SamplesDir 'dlv/slmgr-0411.ini') | Select-Object -Last 1
        $report.Client.Product.Name | Should -Be 'Windows(R), Enterprise edition'
        $report.Client.Product.Channel | Should -Be 'VOLUME_KMSCLIENT'
        $report.Client.Plan.CachedHost | Should -Be 'kms01.contoso.com:1688'
        $report.Input.Files[0] | Should -Be $copy
    }

    It 'reads events and attempts from an export' {
        $events = @(Get-KmsActivationEvent -Path (Join-Path $SamplesDir 'events/client-wevtutil.xml'))
        $events.Count | Should -Be 6
        ($events | Where-Object Id -eq 8198).HResult | Should -Be '0xC004F074'
        $attempts = @(Get-KmsActivationEvent -Path (Join-Path $SamplesDir 'events/client-wevtutil.xml') -Attempt)
        $attempts[-1].CurrentCount | Should -Be 26
    }

    It 'explains codes and findings, and reports an unknown code as KmsDoctor.CliFailed' {
        (Get-KmsErrorInfo 0xC004F074).SymbolicName | Should -Be 'SL_E_VL_BINDING_SERVICE_UNAVAILABLE'
        (Get-KmsErrorInfo -1073418124).Code | Should -Be '0xC004F074'
        (Get-KmsErrorInfo tcp/kms-port-filtered).Page | Should -Match 'tcp/kms-port-filtered'
        Get-KmsErrorInfo 0xDEADBEEF -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.CliFailed,Get-KmsErrorInfo'
        $failed[0].Exception.Message | Should -Match '^kmsdoctor: 0xDEADBEEF is not a KMS activation code'
    }

    It 'reports a missing file itself as KmsDoctor.FileNotFound naming the file, without running the CLI for it' {
        Get-KmsDiagnosis -Path (Join-Path $TestDrive 'nope.txt') -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.FileNotFound,Get-KmsDiagnosis'
        $failed[0].TargetObject | Should -Match 'nope\.txt'
    }

    It 'reports the CLI''s exit code 2 for a file it cannot read as KmsDoctor.CliFailed naming the file' {
        $junk = Join-Path $TestDrive 'junk.txt'
        Set-Content -LiteralPath $junk -Value 'nothing a KMS client would print'
        Get-KmsDiagnosis -Path $junk -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.CliFailed,Get-KmsDiagnosis'
        $failed[0].Exception.Message | Should -Match 'junk\.txt'
    }
}
