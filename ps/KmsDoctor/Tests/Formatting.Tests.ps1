<#
    The views of KmsDoctor.Format.ps1xml and the property sets of KmsDoctor.Types.ps1xml: explicit
    Format-Table/Format-List always win over them, and mixed output stays readable.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Set-CliFixtureMock 'connectivity-lab.ndjson' -When { $Argument[0] -eq 'connectivity' }
    Set-CliFixtureMock 'publication-lab.json' -When { $Argument[0] -eq 'publication' }
    Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor -ParameterFilter { $Argument[0] -eq 'readiness' } {
        ConvertFrom-Json -InputObject '{"schemaVersion":1,"checks":[{"id":"dns-srv","title":"SRV record published","state":"fail","detail":"none","evidence":[]}],"summary":{"pass":0,"warn":0,"fail":1,"notRun":0,"verdict":"fail"}}'
    }
    Set-CliFixtureMock 'srv-lab.ndjson' -When { $Argument[0] -eq 'srv' }
    Set-CliFixtureMock 'port-lab.ndjson' -When { $Argument[0] -eq 'port' }
    Set-CliFixtureMock 'rpc-lab.ndjson' -When { $Argument[0] -eq 'rpc' }
    Set-CliFixtureMock 'events-client.json' -When { $Argument[0] -eq 'events' }
    Set-CliFixtureMock 'explain-finding.json' -When { $Argument[0] -eq 'explain' -and $Argument -contains 'tcp/kms-port-closed' }
    Set-CliFixtureMock 'explain-code.json' -When { $Argument[0] -eq 'explain' -and $Argument -contains '0xC004F074' }
    Set-CliFixtureMock 'activate-probe-products.json' -When { $Argument[0] -eq 'activate-probe' -and $Argument -contains '--list-products' }
    Set-CliFixtureMock 'activate-probe-sent.json' -When { $Argument[0] -eq 'activate-probe' -and $Argument -notcontains '--list-products' }
    $script:Connectivity = @(Test-KmsConnectivity -SkipSnapshot -Domain lab.kms-doctor.test)
    $publication = @(Test-KmsDnsPublication -ComputerName kms01.lab.kms-doctor.test)
    $readiness = @(Test-KmsReadiness -Domain contoso.com)
    $eventFile = Join-Path $SamplesDir 'events/client-wevtutil.xml'
    # One real object of every type the module emits, each made from recorded CLI output.
    $script:Objects = @{
        'KmsDoctor.ConnectivityResult'    = $Connectivity[0]
        'KmsDoctor.Finding'               = @($Connectivity | Select-KmsType 'KmsDoctor.Finding')[0]
        'KmsDoctor.ConnectivityReport'    = $Connectivity[-1]
        'KmsDoctor.PublicationResult'     = @($publication | Select-KmsType 'KmsDoctor.PublicationResult')[0]
        'KmsDoctor.PublicationReport'     = $publication[-1]
        'KmsDoctor.ReadinessCheck'        = $readiness[0]
        'KmsDoctor.ReadinessReport'       = $readiness[-1]
        'KmsDoctor.SrvRecord'             = @(Get-KmsSrvRecord lab.kms-doctor.test)[0]
        'KmsDoctor.PortResult'            = @(Test-KmsPort kms02.lab.kms-doctor.test)[0]
        'KmsDoctor.RpcResult'             = @(Test-KmsRpcEndpoint kms01.lab.kms-doctor.test)[0]
        'KmsDoctor.ClientState'           = Get-KmsClientState -Path (Join-Path $SamplesDir 'snapshots/client-dns-discovery-ok.json')
        'KmsDoctor.ActivationEvent'       = @(Get-KmsActivationEvent -Path $eventFile)[0]
        'KmsDoctor.ActivationAttempt'     = @(Get-KmsActivationEvent -Path $eventFile -Attempt)[0]
        'KmsDoctor.ErrorCodeInfo'         = Get-KmsErrorInfo 0xC004F074
        'KmsDoctor.FindingInfo'           = Get-KmsErrorInfo tcp/kms-port-closed
        'KmsDoctor.ActivationProbeResult' = Invoke-KmsActivationProbe 127.0.0.1 -Product 'Windows 11 Enterprise' -Confirm:$false
        'KmsDoctor.Product'               = @(Get-KmsProduct)[0]
        'KmsDoctor.FleetReport'           = & (Get-Module KmsDoctor) {
            New-KmsFleetReport -Report (ConvertFrom-Json -InputObject '{"schemaVersion":1,"summary":{"clients":3,"hosts":1,"unreadable":0,"errors":1,"warnings":0},"cloneGroups":{"groups":[{"cmid":"c1","machines":2,"names":["a","b"],"hosts":[],"countLost":1}],"countLost":1},"activation":{"expiringTotal":0,"renewalsFailingTotal":0},"hosts":[],"split":null,"domains":[],"clock":{}}')
        }
        'KmsDoctor.FleetCollectionSummary' = & (Get-Module KmsDoctor) { New-KmsFleetCollectionSummary -Asked 3 -Collected 2 -Skipped 0 -FailedComputer @('pc03') -OutDirectory $TestDrive }
    }
    $script:FormatXml = Get-Content -Raw (Join-Path $PSScriptRoot '../KmsDoctor.Format.ps1xml')
}

Describe 'Every type has an object to format' -Tag Unit {
    It 'covers every type that has a view' {
        [xml] $format = $FormatXml
        $viewed = @($format.Configuration.ViewDefinitions.View | ForEach-Object { $_.ViewSelectedBy.TypeName } | Sort-Object -Unique)
        Compare-Object -ReferenceObject $viewed -DifferenceObject @($Objects.Keys | Sort-Object) | Should -BeNullOrEmpty
    }
}

Describe 'Formatting of <_>' -Tag Unit -ForEach @(
    'KmsDoctor.ConnectivityResult', 'KmsDoctor.Finding', 'KmsDoctor.ConnectivityReport', 'KmsDoctor.PublicationResult',
    'KmsDoctor.PublicationReport', 'KmsDoctor.ReadinessCheck', 'KmsDoctor.ReadinessReport', 'KmsDoctor.SrvRecord',
    'KmsDoctor.PortResult', 'KmsDoctor.RpcResult', 'KmsDoctor.ClientState', 'KmsDoctor.ActivationEvent',
    'KmsDoctor.ActivationAttempt', 'KmsDoctor.ErrorCodeInfo', 'KmsDoctor.FindingInfo', 'KmsDoctor.ActivationProbeResult',
    'KmsDoctor.Product') {
    BeforeAll {
        $script:Object = $Objects[$_]
        $script:Names = @($Object.PSObject.Properties.Name)
    }

    It 'is built with that type name' {
        $Object.PSObject.TypeNames[0] | Should -Be $_
    }

    It 'lets Format-Table with named properties show exactly those columns' {
        $two = $Names[0..1]
        $lines = @(($Object | Format-Table -Property $two | Out-String -Width 400) -split "`r?`n" | Where-Object { $_.Trim() })
        $lines[0] -split '\s+' | Where-Object { $_ } | Should -Be $two
        # A table: a header, a rule and one row, never the list view's "Name : value" lines.
        $lines.Count | Should -Be 3
    }

    It 'lets Format-List * show every property' {
        $text = $Object | Format-List -Property * | Out-String -Width 200
        foreach ($name in $Names) { $text | Should -Match ("(?m)^{0}\s+:" -f [regex]::Escape($name)) }
    }
}

Describe 'Default display property set of <_>' -Tag Unit -ForEach @('KmsDoctor.Finding', 'KmsDoctor.ConnectivityReport', 'KmsDoctor.PublicationReport', 'KmsDoctor.ReadinessReport') {
    It 'names only properties the object has' {
        $object = $Objects[$_]
        $set = $object.PSStandardMembers.DefaultDisplayPropertySet.ReferencedPropertyNames
        @($set).Count | Should -BeGreaterThan 3
        $set | Where-Object { $_ -notin @($object.PSObject.Properties.Name) } | Should -BeNullOrEmpty
    }
}

Describe 'Mixed output' -Tag Unit {
    It 'declares no view out of band (that would override explicit formatting)' {
        $FormatXml | Should -Not -Match 'OutOfBand'
    }

    It 'lists findings and the report after the results table by their display sets, not every property' {
        $text = $Connectivity | Out-String -Width 120
        $text | Should -Match '(?m)^ComputerName\s+Port\s+RemoteAddress'
        $text | Should -Match '(?m)^RuleId\s+: srv/target-unresolvable'
        $text | Should -Match '(?m)^Command\s+: connectivity'
        $text | Should -Not -Match '(?m)^ProbeResults\s+:'
        $text | Should -Not -Match '(?m)^Evidence\s+:'
    }
}
