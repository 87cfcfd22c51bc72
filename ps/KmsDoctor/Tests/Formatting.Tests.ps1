<#
    The views of KmsDoctor.Format.ps1xml and the property sets of KmsDoctor.Types.ps1xml: explicit
    Format-Table/Format-List always win over them, and mixed output stays readable.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor -ParameterFilter { $Argument[0] -eq 'connectivity' } { Get-CliFixture 'connectivity-lab.ndjson' }
    Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor -ParameterFilter { $Argument[0] -eq 'publication' } { Get-CliFixture 'publication-lab.json' }
    Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor -ParameterFilter { $Argument[0] -eq 'readiness' } {
        ConvertFrom-Json -InputObject '{"schemaVersion":1,"checks":[{"id":"dns-srv","title":"SRV record published","state":"fail","detail":"none","evidence":[]}],"summary":{"pass":0,"warn":0,"fail":1,"notRun":0,"verdict":"fail"}}'
    }
    $script:Connectivity = @(Test-KmsConnectivity -SkipSnapshot -Domain lab.kms-doctor.test)
    $script:Objects = @{
        'KmsDoctor.Finding'            = @($Connectivity | Select-KmsType 'KmsDoctor.Finding')[0]
        'KmsDoctor.ConnectivityReport' = $Connectivity[-1]
        'KmsDoctor.PublicationReport'  = @(Test-KmsDnsPublication -ComputerName kms01.lab.kms-doctor.test)[-1]
        'KmsDoctor.ReadinessReport'    = @(Test-KmsReadiness -Domain contoso.com)[-1]
    }
    $script:FormatXml = Get-Content -Raw (Join-Path $PSScriptRoot '../KmsDoctor.Format.ps1xml')
}

Describe 'Formatting of <_>' -Tag Unit -ForEach @('KmsDoctor.Finding', 'KmsDoctor.ConnectivityReport', 'KmsDoctor.PublicationReport', 'KmsDoctor.ReadinessReport') {
    BeforeAll {
        $script:Object = $Objects[$_]
        $script:Names = @($Object.PSObject.Properties.Name)
    }

    It 'is built with that type name' {
        $Object.PSObject.TypeNames[0] | Should -Be $_
    }

    It 'lets Format-Table with named properties show exactly those columns' {
        $two = $Names[0..1]
        $lines = @(($Object | Format-Table -Property $two | Out-String -Width 200) -split "`r?`n" | Where-Object { $_.Trim() })
        $lines[0] -split '\s+' | Where-Object { $_ } | Should -Be $two
        # A table: a header, a rule and one row, never the list view's "Name : value" lines.
        $lines.Count | Should -Be 3
    }

    It 'lets Format-List * show every property' {
        $text = $Object | Format-List -Property * | Out-String -Width 200
        foreach ($name in $Names) { $text | Should -Match ("(?m)^{0}\s+:" -f [regex]::Escape($name)) }
    }

    It 'has a default display property set of its own properties' {
        $set = $Object.PSStandardMembers.DefaultDisplayPropertySet.ReferencedPropertyNames
        @($set).Count | Should -BeGreaterThan 3
        $set | Where-Object { $_ -notin $Names } | Should -BeNullOrEmpty
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
