<#
    Unit tests of Invoke-KmsFleetCollection's fan-out: Invoke-Command is mocked the way remoting
    behaves — output strings tagged with PSComputerName, connection failures as errors whose target
    is the machine, remote failures with OriginInfo — so results, errors and resumption are tested
    without a network.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:SnapshotText = [System.IO.File]::ReadAllText((Join-Path $SamplesDir 'snapshots/client-dns-discovery-ok.json'))
    $script:Out = Join-Path ([System.IO.Path]::GetTempPath()) ("kmsd-fleet-" + [guid]::NewGuid().ToString('N'))

    # What each machine does when asked: answer with a snapshot, refuse, print garbage, print nothing, fail remotely.
    $script:Behaviour = @{ pc1 = 'snapshot'; pc2 = 'snapshot'; down = 'unreachable'; junk = 'garbage'; quiet = 'nothing'; broken = 'remote-error' }
    Mock Invoke-Command -ModuleName KmsDoctor {
        foreach ($name in $ComputerName) {
            switch ($Behaviour[$name]) {
                'snapshot' { $SnapshotText | Add-Member -NotePropertyName PSComputerName -NotePropertyValue $name -PassThru }
                'garbage' { 'hello' | Add-Member -NotePropertyName PSComputerName -NotePropertyValue $name -PassThru }
                'unreachable' {
                    $exception = New-Object System.Management.Automation.Remoting.PSRemotingTransportException "Connecting to remote server $name failed: WinRM cannot complete the operation."
                    Write-Error -Exception $exception -TargetObject $name -Category OpenError -ErrorAction Continue
                }
                'remote-error' {
                    $record = New-Object System.Management.Automation.ErrorRecord (New-Object System.UnauthorizedAccessException 'Access is denied.'), 'Denied', 'PermissionDenied', $null
                    $origin = New-Object System.Management.Automation.Remoting.OriginInfo $name, ([guid]::NewGuid())
                    # Write-Error would re-wrap it and lose OriginInfo; under 2>&1 the caller sees the record itself.
                    New-Object System.Management.Automation.Runspaces.RemotingErrorRecord $record, $origin
                }
            }
        }
    }
}

AfterAll { Remove-Item -LiteralPath $Out -Recurse -Force -ErrorAction SilentlyContinue }

Describe 'Invoke-KmsFleetCollection' -Tag Unit {
    BeforeAll {
        $script:errors = $null
        $script:summary = Invoke-KmsFleetCollection -ComputerName pc1, pc2, down, junk, quiet, broken -OutDirectory $Out -ErrorAction SilentlyContinue -ErrorVariable errors
    }

    It 'runs the collector on every machine at once, with the throttle limit' {
        Should -Invoke Invoke-Command -ModuleName KmsDoctor -Times 1 -Exactly -Scope Describe -ParameterFilter {
            $ComputerName.Count -eq 6 -and $ThrottleLimit -eq 32 -and $FilePath -like '*collector*Get-KmsSnapshot.ps1'
        }
    }

    It 'saves one snapshot per answering machine, atomically (no temporary file left)' {
        (Get-ChildItem -LiteralPath $Out -Force).Name | Sort-Object | Should -Be @('pc1.json', 'pc2.json')
        (Get-Content -Raw (Join-Path $Out 'pc1.json') | ConvertFrom-Json).kind | Should -Be 'kms-doctor-snapshot'
    }

    It 'reports each failing machine as a non-terminating error with its name and reason' {
        $failures = @($errors | Where-Object { $_.FullyQualifiedErrorId -like 'KmsDoctor.FleetCollectionFailed*' })
        ($failures.TargetObject | Sort-Object) | Should -Be @('broken', 'down', 'junk', 'quiet')
        ($failures | Where-Object TargetObject -eq 'down').Exception.Message | Should -Match '^down: .*WinRM cannot complete'
        ($failures | Where-Object TargetObject -eq 'broken').Exception.Message | Should -Match '^broken: Access is denied'
        ($failures | Where-Object TargetObject -eq 'junk').Exception.Message | Should -Match 'not JSON'
        ($failures | Where-Object TargetObject -eq 'quiet').Exception.Message | Should -Match 'no snapshot came back'
    }

    It 'ends with the summary' {
        $summary.PSObject.TypeNames[0] | Should -Be 'KmsDoctor.FleetCollectionSummary'
        $summary.Asked | Should -Be 6
        $summary.Collected | Should -Be 2
        $summary.Skipped | Should -Be 0
        $summary.Failed | Should -Be 4
        $summary.FailedComputers | Sort-Object | Should -Be @('broken', 'down', 'junk', 'quiet')
    }

    It 'resumes: a second run asks only the machines without a fresh snapshot' {
        $again = Invoke-KmsFleetCollection -ComputerName pc1, pc2, down -OutDirectory $Out -ErrorAction SilentlyContinue
        Should -Invoke Invoke-Command -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { @($ComputerName).Count -eq 1 -and $ComputerName[0] -eq 'down' }
        $again.Skipped | Should -Be 2
        $again.Collected | Should -Be 0
        $again.Failed | Should -Be 1
    }

    It 'asks again with -Force, and when a snapshot is older than -MaxAgeHours' {
        $null = Invoke-KmsFleetCollection -ComputerName pc1, pc2 -OutDirectory $Out -Force
        Should -Invoke Invoke-Command -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { @($ComputerName).Count -eq 2 }
        (Get-Item (Join-Path $Out 'pc1.json')).LastWriteTimeUtc = [DateTime]::UtcNow.AddHours(-30)
        $old = Invoke-KmsFleetCollection -ComputerName pc1, pc2 -OutDirectory $Out
        $old.Collected | Should -Be 1
        $old.Skipped | Should -Be 1
    }

    It 'takes names from the pipeline (Get-ADComputer objects carry Name) and keeps file names inside the folder' {
        $Behaviour['../evil'] = 'snapshot'
        $result = [pscustomobject]@{ Name = '../evil' } | Invoke-KmsFleetCollection -OutDirectory $Out
        $result.Collected | Should -Be 1
        Join-Path $Out '_.._evil.json' | Should -Exist
    }

    It 'passes -Credential and -ScriptPath on' {
        $credential = New-Object System.Management.Automation.PSCredential 'admin', (ConvertTo-SecureString 'x' -AsPlainText -Force)
        $null = Invoke-KmsFleetCollection -ComputerName pc1 -OutDirectory $Out -Force -Credential $credential -ScriptPath $PSCommandPath -ThrottleLimit 4
        Should -Invoke Invoke-Command -ModuleName KmsDoctor -Times 1 -Exactly -ParameterFilter { $Credential.UserName -eq 'admin' -and $FilePath -eq $PSCommandPath -and $ThrottleLimit -eq 4 }
    }
}
