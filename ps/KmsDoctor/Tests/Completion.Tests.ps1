<#
    Argument completers: -Product and -TargetOs from the CLI's product table, -Code from the
    code catalog and the finding ids; each list read once per session.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    function Complete {
        param([string] $Line)
        $script:completion = TabExpansion2 -inputScript $Line -cursorColumn $Line.Length
        @($completion.CompletionMatches)
    }
}

Describe 'Argument completers' -Tag Unit {
    BeforeEach {
        & (Get-Module KmsDoctor) { $script:KmsCompletionCache = $null }
        Set-CliFixtureMock 'activate-probe-products.json' -When { $Argument[0] -eq 'activate-probe' }
        Set-CliFixtureMock 'explain-codes.json' -When { ($Argument -join ' ') -eq 'explain --codes' }
        Set-CliFixtureMock 'explain-list.json' -When { ($Argument -join ' ') -eq 'explain' }
    }

    It 'completes -Product of Invoke-KmsActivationProbe with product names, quoted' {
        $found = Complete "Invoke-KmsActivationProbe kms01 -Product 'Windows 11 E"
        $found.CompletionText | Should -Contain "'Windows 11 Enterprise'"
        $found | ForEach-Object { $_.ListItemText | Should -BeLike 'Windows 11 E*' }
        ($found | Where-Object ListItemText -eq 'Windows 11 Enterprise').ToolTip | Should -Match 'needs 25 clients'
    }

    It 'completes -Product of Test-KmsConnectivity and -TargetOs of Test-KmsReadiness, aliases included' {
        (Complete "Test-KmsConnectivity -ActivationRequest -Product 'Windows 10 E").CompletionText | Should -Contain "'Windows 10 Enterprise'"
        (Complete "Test-KmsReadiness -Domain contoso.com -TargetOs 'Windows 11 E").CompletionText | Should -Contain "'Windows 11 Enterprise'"
    }

    It 'completes -Code of Get-KmsErrorInfo with error codes and finding ids' {
        (Complete 'Get-KmsErrorInfo -Code 0xC004F07').CompletionText | Should -Contain '0xC004F074'
        (Complete 'Get-KmsErrorInfo tcp/kms-port-c').CompletionText | Should -Be @('tcp/kms-port-closed')
    }

    It 'reads each list from the CLI once per session' {
        $null = Complete "Invoke-KmsActivationProbe kms01 -Product Win"
        $null = Complete "Invoke-KmsActivationProbe kms01 -Product Off"
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Argument[0] -eq 'activate-probe' }
    }

    It 'completes nothing, quietly, when the CLI cannot run' {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor -ParameterFilter { $Argument[0] -eq 'activate-probe' } { throw 'node was not found' }
        @(Complete "Invoke-KmsActivationProbe kms01 -Product Win" | Where-Object { $_.ResultType -eq 'ParameterValue' }).Count | Should -Be 0
    }
}
