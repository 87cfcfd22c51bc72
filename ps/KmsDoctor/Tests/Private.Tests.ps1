<#
    The private helpers every cmdlet relies on, called in the module's scope.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Module = Get-Module KmsDoctor
}

Describe 'ConvertTo-KmsDoctorObject' -Tag Unit {
    It 'maps camelCase to PascalCase, recursively' {
        $json = '{"ruleId":"a/b","evidence":[{"kind":"probe","ref":"x"}],"client":{"plan":{"manualHost":null,"queryNames":["q"]}}}'
        $out = & $Module { param($j) ConvertTo-KmsDoctorObject (ConvertFrom-KmsDoctorJson -Text $j).Value } $json
        $out.RuleId | Should -Be 'a/b'
        $out.Evidence[0].Kind | Should -Be 'probe'
        $out.Client.Plan.PSObject.Properties.Name | Should -Be @('ManualHost', 'QueryNames')
        $null -eq $out.Client.Plan.ManualHost | Should -BeTrue
    }

    It 'keeps arrays of one element and of none as arrays' {
        $out = & $Module { ConvertTo-KmsDoctorObject ([pscustomobject]@{ one = @('x'); none = @() }) }
        , $out.One | Should -BeOfType [object[]]
        $out.One.Count | Should -Be 1
        , $out.None | Should -BeOfType [object[]]
        $out.None.Count | Should -Be 0
    }

    It 'keeps false and zero as they are (only null is null)' {
        $out = & $Module { ConvertTo-KmsDoctorObject ([pscustomobject]@{ ok = $false; count = 0 }) }
        $out.Ok | Should -BeExactly $false
        $out.Count | Should -BeExactly 0
    }

    It 'turns a [datetime] that PowerShell 7.0-7.4 made of an ISO string back into that string' {
        $out = & $Module { ConvertTo-KmsDoctorObject ([pscustomobject]@{ at = [datetime]::SpecifyKind([datetime]'2026-11-25 09:02:17.412', 'Utc') }) }
        $out.At | Should -Be '2026-11-25T09:02:17.412Z'
    }
}

Describe 'Small helpers' -Tag Unit {
    It 'ConvertTo-KmsDoctorDate gives UTC [datetime] from ISO text, and $null for null' {
        $date = & $Module { ConvertTo-KmsDoctorDate '2025-03-11T09:02:17.519Z' }
        $date.Kind | Should -Be 'Utc'
        $date.Hour | Should -Be 9
        & $Module { $null -eq (ConvertTo-KmsDoctorDate $null) } | Should -BeTrue
    }

    It 'Get-KmsTcpTestResult is $true, $false, or $null when nothing was tested' -TestCases @(
        @{ State = 'open'; Expected = $true }
        @{ State = 'closed'; Expected = $false }
        @{ State = 'filtered'; Expected = $false }
        @{ State = 'unreachable'; Expected = $false }
        @{ State = $null; Expected = $null }
        @{ State = 'cancelled'; Expected = $null }
    ) {
        $result = & $Module { param($s) Get-KmsTcpTestResult $s } $State
        if ($null -eq $Expected) { $null -eq $result | Should -BeTrue } else { $result | Should -BeExactly $Expected }
    }

    It 'Join-KmsEndpoint adds a port only where none is given, bracketing IPv6' -TestCases @(
        @{ Name = 'kms01'; Port = 1700; Expected = 'kms01:1700' }
        @{ Name = 'kms01:1688'; Port = 1700; Expected = 'kms01:1688' }
        @{ Name = 'kms01'; Port = 0; Expected = 'kms01' }
        @{ Name = 'fd00::5'; Port = 1688; Expected = '[fd00::5]:1688' }
        @{ Name = '[fd00::5]:1700'; Port = 1688; Expected = '[fd00::5]:1700' }
    ) {
        & $Module { param($n, $p) Join-KmsEndpoint -ComputerName $n -Port $p } $Name $Port | Should -Be $Expected
    }

    It 'Get-KmsCliOption repeats the option per value and drops empty values' {
        & $Module { Get-KmsCliOption '--domain' @('a', '', $null, 'b') } | Should -Be @('--domain', 'a', '--domain', 'b')
        & $Module { Get-KmsCliOption '--domain' $null } | Should -BeNullOrEmpty
    }

    It 'ConvertFrom-KmsDoctorJson says why without throwing' {
        (& $Module { ConvertFrom-KmsDoctorJson -Text 'Hello' }).Problem | Should -Be 'not JSON'
        (& $Module { ConvertFrom-KmsDoctorJson -Text '' }).Problem | Should -Be 'no output'
        (& $Module { ConvertFrom-KmsDoctorJson -Text '{"a":' }).Problem | Should -Not -BeNullOrEmpty
        # PowerShell 7.5+ keeps ISO times as text, as 5.1 does (older 7.x: see ConvertTo-KmsDoctorObject).
        if ((Get-Command ConvertFrom-Json).Parameters.ContainsKey('DateKind')) {
            (& $Module { ConvertFrom-KmsDoctorJson -Text '{"at":"2025-03-11T09:02:17.519Z"}' }).Value.at | Should -BeOfType [string]
        }
    }
}
