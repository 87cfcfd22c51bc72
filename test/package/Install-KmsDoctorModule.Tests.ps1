<#
    The PowerShell Gallery package as an administrator gets it: dist/KmsDoctor.<version>.nupkg
    (written by `npm run package`) is published to a local file repository with PSResourceGet,
    installed from there with Install-PSResource, and used from a fresh pwsh started outside the
    repository: Get-KmsErrorInfo, Get-KmsDiagnosis on a sample, Test-KmsConnectivity against the lab.
    The child processes get HOME and XDG_DATA_HOME inside this test's own folder, where
    PSResourceGet keeps its repositories and installed modules, so nothing of the machine's is touched.
#>

BeforeAll {
    $script:RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $version = (Get-Content -Raw -LiteralPath (Join-Path $RepoRoot 'package.json') | ConvertFrom-Json).version
    $script:Nupkg = Join-Path $RepoRoot "dist/KmsDoctor.$version.nupkg"
    $script:Version = $version
    # The pwsh the test command installed (KMSD_PWSH); this process's own path is `dotnet` for the global tool.
    $script:Pwsh = $env:KMSD_PWSH
    if (-not $Pwsh) { $script:Pwsh = (Get-Command pwsh -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1).Source }
    if (-not $Pwsh) { $script:Pwsh = Join-Path $HOME '.dotnet/tools/pwsh' }
    $script:Outside = Join-Path $TestDrive 'elsewhere'
    New-Item -ItemType Directory -Path $Outside | Out-Null
    $script:Bundle = Join-Path $RepoRoot 'dist/kmsdoctor.cjs'

    # A child pwsh with its own PSResourceGet state; returns its output lines, throws on failure.
    function Invoke-IsolatedPwsh {
        param([Parameter(Mandatory)] [string[]] $Argument)
        $start = New-Object System.Diagnostics.ProcessStartInfo
        $start.FileName = $Pwsh
        foreach ($word in @('-NoProfile', '-NonInteractive') + $Argument) { $start.ArgumentList.Add($word) }
        $start.WorkingDirectory = $Outside
        # PSResourceGet installs under $HOME/.local/share and registers repositories under
        # XDG_DATA_HOME; pwsh looks for user modules under XDG_DATA_HOME: both point into TestDrive.
        $start.Environment['HOME'] = Join-Path $TestDrive 'home'
        $start.Environment['XDG_DATA_HOME'] = Join-Path $TestDrive 'home/.local/share'
        $start.Environment['PSModulePath'] = $null
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $process = [System.Diagnostics.Process]::Start($start)
        $stderr = $process.StandardError.ReadToEndAsync()
        $stdout = $process.StandardOutput.ReadToEnd()
        $process.WaitForExit()
        if ($process.ExitCode -ne 0) { throw "pwsh exited $($process.ExitCode): $stdout $($stderr.Result)" }
        $stdout
    }
}

Describe 'KmsDoctor installed from its .nupkg with PSResourceGet' -Tag Package {
    BeforeAll {
        if (-not (Test-Path -LiteralPath $Nupkg)) { throw "$Nupkg is missing: run npm run package" }
        $repository = Join-Path $TestDrive 'repository'
        New-Item -ItemType Directory -Path $repository | Out-Null
        $install = @"
`$ErrorActionPreference = 'Stop'
`$ProgressPreference = 'SilentlyContinue'
Register-PSResourceRepository -Name KmsDoctorTest -Uri '$repository' -Trusted
Publish-PSResource -NupkgPath '$Nupkg' -Repository KmsDoctorTest
Install-PSResource -Name KmsDoctor -Repository KmsDoctorTest -Version '$Version' -TrustRepository -Scope CurrentUser
(Get-InstalledPSResource -Name KmsDoctor).InstalledLocation
"@
        $script:Installed = (Invoke-IsolatedPwsh -Argument '-Command', $install).Trim()
        $script:Published = @(Get-ChildItem -LiteralPath $repository -Filter '*.nupkg').Name

        $labOut = Join-Path $TestDrive 'lab.out'
        $node = (Get-Command node -CommandType Application | Select-Object -First 1).Source
        $script:Lab = Start-Process -FilePath $node -ArgumentList @($Bundle, 'lab', '--serve') -RedirectStandardOutput $labOut -RedirectStandardError (Join-Path $TestDrive 'lab.err') -PassThru
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        $dnsServer = $null
        while (-not $dnsServer -and [DateTime]::UtcNow -lt $deadline -and -not $Lab.HasExited) {
            Start-Sleep -Milliseconds 100
            $match = Select-String -LiteralPath $labOut -Pattern '--dns-server (\S+)' -ErrorAction SilentlyContinue | Select-Object -First 1
            if ($match) { $dnsServer = $match.Matches[0].Groups[1].Value }
        }
        if (-not $dnsServer) { throw 'the lab did not start' }
        $sample = Join-Path $RepoRoot 'samples/snapshots/client-dns-discovery-ok.json'
        $script:Used = Invoke-IsolatedPwsh -Argument '-File', (Join-Path $PSScriptRoot 'Use-InstalledKmsDoctor.ps1'), '-SamplePath', $sample, '-DnsServer', $dnsServer | ConvertFrom-Json
    }
    AfterAll {
        if ($script:Lab -and -not $script:Lab.HasExited) {
            Stop-Process -Id $script:Lab.Id -Force
            $script:Lab.WaitForExit(10000) | Out-Null
        }
    }

    It 'publishes the package to a file repository and installs it from there' {
        $Published | Should -Be @("KmsDoctor.$Version.nupkg")
        $Installed | Should -BeLike (Join-Path $TestDrive 'home*')
    }

    It 'installs the module with the bundled CLI, kmsdoctor.exe and the collector inside, and no tests' {
        $module = Join-Path $Installed "KmsDoctor/$Version"
        # The bundle loads its parts from beside it: two of them stand for all.
        foreach ($file in 'KmsDoctor.psd1', 'bin/kmsdoctor.cjs', 'bin/kmsdoctor-bundle.cjs', 'bin/kmsdoctor-runtime-files.cjs', 'bin/kmsdoctor-text-decoding.cjs', 'bin/kmsdoctor.exe', 'collector/Get-KmsSnapshot.ps1') {
            Join-Path $module $file | Should -Exist
        }
        Join-Path $module 'Tests' | Should -Not -Exist
        (Get-FileHash (Join-Path $module 'bin/kmsdoctor.cjs')).Hash | Should -Be (Get-FileHash $Bundle).Hash
    }

    It 'carries the Gallery metadata in its manifest' {
        $manifest = Import-PowerShellDataFile (Join-Path $Installed "KmsDoctor/$Version/KmsDoctor.psd1")
        $data = $manifest.PrivateData.PSData
        $data.ProjectUri | Should -Match '^https://'
        $data.LicenseUri | Should -Match '^https://'
        $data.ReleaseNotes | Should -Not -BeNullOrEmpty
        foreach ($tag in 'PSEdition_Desktop', 'PSEdition_Core', 'Windows') { $data.Tags | Should -Contain $tag }
    }

    It 'is imported from where it was installed, in a pwsh started outside the repository' {
        $Used.ModuleBase | Should -Be (Join-Path $Installed "KmsDoctor/$Version")
        $Used.Version | Should -Be $Version
    }

    It 'explains an error code, diagnoses a sample and checks the lab with the CLI inside it' {
        $Used.CodeSymbolicName | Should -Be 'SL_E_VL_BINDING_SERVICE_UNAVAILABLE'
        $Used.DiagnosisLastType | Should -Match '^KmsDoctor\.'
        $Used.DiagnosisCommand | Should -Be 'analyze'
        $Used.Verdicts | Should -Be @('kms-old=unresolved', 'kms01=ready', 'kms02=port-closed', 'web01=not-kms')
    }
}
