<#
    What the default views show at 120 columns: license status as words, days left, which KMS
    host a client uses and how, event times marked UTC, 12290 rows with their fields, and no
    value cut off.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:ClientFile = Join-Path $SamplesDir 'snapshots/client-dns-discovery-ok.json'
    function Show { param([Parameter(ValueFromPipeline)] $InputObject) begin { $all = @() } process { $all += $InputObject } end { $all | Out-String -Width 120 } }
}

Describe 'Client state' -Tag Unit {
    It 'agrees with the CLI''s client section (products, words, days, KMS host)' {
        $client = Get-KmsClientState -Path $ClientFile
        $cli = (Get-CliFixture 'connectivity-snapshot.json').client
        @($client.KeyedProducts).Count | Should -Be @($cli.products).Count
        for ($i = 0; $i -lt @($cli.products).Count; $i++) {
            $mine = $client.KeyedProducts[$i]
            $theirs = $cli.products[$i]
            $mine.Name | Should -Be $theirs.name
            $mine.Kind | Should -Be $theirs.kind
            $mine.Primary | Should -Be $theirs.primary
            $mine.LicenseStatusText | Should -Be $theirs.licenseStatusWords
            $mine.RemainingDays | Should -Be $theirs.gracePeriodRemainingDays
        }
        $client.KmsHost | Should -Be $cli.kms.host.value.name
        $client.KmsHostPort | Should -Be $cli.kms.host.value.port
        $client.KmsHostSource | Should -Be $cli.kms.host.value.source
        $client.Pinned | Should -BeFalse
    }

    It 'shows the license as words with the days left, and the host it uses with how it got it' {
        $text = Get-KmsClientState -Path $ClientFile | Show
        $text | Should -Match 'License\s+: Licensed \(1\), 180 day\(s\) left'
        $text | Should -Match 'KmsHost\s+: kms01\.contoso\.com:1688 \(found through DNS; cached: True\)'
        $text | Should -Match 'OtherProducts\s+: Office 21, .* \[office\]: Licensed, 180 day\(s\) left'
        $text | Should -Match 'CollectedAt \(UTC\)\s+: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d'
    }

    It 'recognises a product pinned with slmgr /skms for one activation id as pinned' {
        $snapshot = Get-Content -Raw $ClientFile | ConvertFrom-Json
        $primary = @($snapshot.products | Where-Object { $_.channel -eq 'VOLUME_KMSCLIENT' -and $_.name -like 'Windows*' })[0]
        $primary.kmsMachine = 'kms09.contoso.com'
        $primary.kmsPort = 1700
        $snapshot.service.kmsMachine = $null
        $file = Join-Path $TestDrive 'product-skms.json'
        [System.IO.File]::WriteAllText($file, (ConvertTo-Json -InputObject $snapshot -Depth 32))
        $client = Get-KmsClientState -Path $file
        $client.Pinned | Should -BeTrue
        $client.KmsMachine | Should -Be 'kms09.contoso.com'
        $client.KmsHost | Should -Be 'kms09.contoso.com'
        $client.KmsHostPort | Should -Be 1700
        $client.KmsHostSource | Should -Be 'registered'
        $client | Show | Should -Match 'kms09\.contoso\.com:1700 \(pinned: slmgr /skms\)'
    }
}

Describe 'Activation events' -Tag Unit {
    It 'marks times as UTC' {
        Set-CliFixtureMock 'events-client.json'
        $text = Get-KmsActivationEvent -Path (Join-Path $SamplesDir 'events/client-wevtutil.xml') | Show
        $text | Should -Match 'TimeCreated \(UTC\)'
        $text | Should -Match '2025-03-11 09:02:17\s+12289'
        Get-KmsActivationEvent -Path (Join-Path $SamplesDir 'events/client-wevtutil.xml') -Attempt | Show | Should -Match 'Time \(UTC\)'
    }

    It 'shows 12290 host-log rows with the client, its need and its CMID' {
        Set-CliFixtureMock 'events-host.json'
        $text = Get-KmsActivationEvent -Path (Join-Path $SamplesDir 'events/host-12290-wevtutil.xml') | Show
        $text | Should -Match '12290 kms01\.contoso\.com\s+0x00000000 ws0142\.contoso\.com\s+25 CMID 8d2f6c1a'
    }
}

Describe 'No truncated values' -Tag Unit {
    It 'wraps a long FQDN and an IPv6 address instead of cutting them' {
        $long = 'kms-primary-activation-host01.emea.corp.contoso.com'
        $result = [pscustomobject]@{
            PSTypeName = 'KmsDoctor.PortResult'; ComputerName = $long; RemoteAddress = 'fd00:1234:5678:9abc::15'
            RemotePort = 1688; Role = 'activation'; Status = 'open'; TcpTestSucceeded = $true; LatencyMs = 1.5
        }
        $text = $result | Show
        $text | Should -Not -Match '\u2026|\.\.\.'
        # Every piece of the name and the address is there, over as many lines as it needs.
        ($text -replace '\s', '') | Should -Match ([regex]::Escape('kms-primary-activation-host01.emea.corp.contoso.com'.Substring(0, 30)))
        $text | Should -Match 'fd00:1234:5678:'
        $text | Should -Match '(?m)^\S.*\s9abc::15\s*$'
    }

    It 'wraps every table view (no view cuts values off)' {
        [xml] $format = Get-Content -Raw (Join-Path $PSScriptRoot '../KmsDoctor.Format.ps1xml')
        foreach ($row in $format.Configuration.ViewDefinitions.View.TableControl.TableRowEntries.TableRowEntry) {
            $row.SelectSingleNode('Wrap') | Should -Not -BeNullOrEmpty
        }
    }
}
