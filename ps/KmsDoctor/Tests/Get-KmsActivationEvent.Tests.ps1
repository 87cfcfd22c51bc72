BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'Get-KmsActivationEvent' -Tag Unit {
    BeforeAll {
        Mock Test-KmsDoctorWindows -ModuleName KmsDoctor { $false }
        Set-CliFixtureMock 'events-client.json'
        Set-CliFixtureMock 'events-csv.json' -When { $Argument -match '\.csv$' }
        $script:events = @(Get-KmsActivationEvent -Path (Join-Path $SamplesDir 'events/client-wevtutil.xml'))
    }

    It 'has the expected parameters' {
        $actual = (Get-Command Get-KmsActivationEvent).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters }
        Compare-Object -ReferenceObject @('Path', 'Id', 'Attempt', 'MaxEvents', 'Language') -DifferenceObject @($actual) | Should -BeNullOrEmpty
    }

    It 'runs `events <files> --json` with full paths' {
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Scope Describe -Times 1 -Exactly -ParameterFilter {
            $Output -eq 'Json' -and $Argument[0] -eq 'events' -and [System.IO.Path]::IsPathRooted($Argument[1]) -and ($Argument -join ' ') -match '--max-events 1000$'
        }
    }

    It 'emits typed events, newest first, with the parsed fields flattened' {
        $events.Count | Should -Be 6
        $events[0].PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ActivationEvent'
        $events[0].TimeCreated | Should -BeOfType [datetime]
        $events[0].TimeCreated | Should -BeGreaterThan $events[-1].TimeCreated
        $request = $events | Where-Object { $_.Id -eq 12288 -and $_.HResult -eq '0x00000000' }
        $request.Host | Should -Be 'kms01.contoso.com'
        $request.Port | Should -Be 1688
        $request.MinimumCount | Should -Be 25
        $response = $events | Where-Object { $_.Id -eq 12289 -and $_.HResult -eq '0x00000000' }
        $response.CurrentCount | Should -Be 26
        $response.Activated | Should -BeTrue
        $null -eq $response.Host | Should -BeTrue
        ($events | Where-Object Id -eq 8198).HResult | Should -Be '0xC004F074'
    }

    It 'filters by -Id' {
        $failures = @(Get-KmsActivationEvent -Path (Join-Path $SamplesDir 'events/client-wevtutil.xml') -Id 8198)
        $failures.Count | Should -Be 1
        $failures[0].Context | Should -Match '^RuleId='
    }

    It 'emits the attempts with -Attempt: answered or not' {
        $attempts = @(Get-KmsActivationEvent -Path (Join-Path $SamplesDir 'events/client-wevtutil.xml') -Attempt)
        $attempts.Count | Should -Be 3
        $attempts[0].PSObject.TypeNames[0] | Should -Be 'KmsDoctor.ActivationAttempt'
        $attempts[0].Host | Should -Be 'kms-old.contoso.com'
        $attempts[0].Answered | Should -BeFalse
        $null -eq $attempts[0].ResponseHResult | Should -BeTrue
        $attempts[-1].Answered | Should -BeTrue
        $attempts[-1].CurrentCount | Should -Be 26
    }

    It 'turns the reader''s warnings into warnings' {
        $csv = @(Get-KmsActivationEvent -Path (Join-Path $SamplesDir 'events/client-export.csv') -WarningVariable said -WarningAction SilentlyContinue)
        $csv.Count | Should -BeGreaterThan 0
        $said.Count | Should -BeGreaterThan 0
        ($said -join ' ') | Should -Match 'Properties'
    }

    It 'says reading the event log needs Windows when no -Path is given elsewhere' {
        Assert-NeedsWindowsWithoutPath Get-KmsActivationEvent
    }

    It 'on Windows, exports the logs with Get-WinEvent to a temporary file, reads it, deletes it' {
        Mock Test-KmsDoctorWindows -ModuleName KmsDoctor { $true }
        $temporary = Join-Path $TestDrive 'events.json'
        Mock Export-KmsWinEvent -ModuleName KmsDoctor { Set-Content -Path $temporary -Value '[]'; $temporary }
        @(Get-KmsActivationEvent).Count | Should -Be 6
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Argument[1] -eq $temporary }
        Test-Path $temporary | Should -BeFalse
    }
}

Describe 'Export-KmsWinEvent (Windows event export, Get-WinEvent mocked)' -Tag Unit {
    BeforeAll {
        if (-not (Get-Command Get-WinEvent -ErrorAction SilentlyContinue)) {
            function global:Get-WinEvent { [CmdletBinding()] param([hashtable[]] $FilterHashtable, [long] $MaxEvents, [string] $ListLog) throw 'stub' }
            $script:Stubbed = $true
        }
        Mock Get-WinEvent -ModuleName KmsDoctor -ParameterFilter { $FilterHashtable[0].LogName -eq 'Application' } {
            [pscustomobject]@{
                Id = 12288; RecordId = 7; ProviderName = 'Microsoft-Windows-Security-SPP'; LogName = 'Application'; MachineName = 'pc1'
                TimeCreated = [datetime]::SpecifyKind([datetime]'2025-03-11 09:02:17', 'Utc').ToLocalTime()
                Properties = @([pscustomobject]@{ Value = '0x0' }, [pscustomobject]@{ Value = [uint32] 25 })
            }
        }
        Mock Get-WinEvent -ModuleName KmsDoctor -ParameterFilter { $FilterHashtable[0].LogName -eq 'Key Management Service' } {
            Write-Error -Message 'no log' -ErrorId 'NoMatchingLogsFound' -Category ObjectNotFound -ErrorAction Stop
        }
    }
    AfterAll {
        if ($script:Stubbed) { Remove-Item function:global:Get-WinEvent }
    }

    It 'writes the Get-WinEvent JSON layout the CLI reads, and treats a missing KMS log as no events' {
        $path = & (Get-Module KmsDoctor) { Export-KmsWinEvent -MaxEvents 10 }
        try {
            $text = Get-Content -Raw $path
            $text | Should -Match '"TimeCreated":\s*"2025-03-11T09:02:17\.000Z"'
            $json = @(ConvertFrom-Json -InputObject $text)
            $json.Count | Should -Be 1
            $json[0].Id | Should -Be 12288
            @($json[0].Properties.Value) | Should -Be @('0x0', '25')
        } finally { Remove-Item $path }
    }
}
