<#
    Cmdlet help per culture: Get-Help reads en-US/ or ja-JP/KmsDoctor-help.xml (made by
    build/help/New-KmsDoctorHelp.ps1) by the UI culture. Each culture runs in a child pwsh, since
    the help system caches what it read in a session.
#>

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    # The pwsh the test command installed (KMSD_PWSH); this process's own path is `dotnet` for the global tool.
    $script:Pwsh = $env:KMSD_PWSH
    if (-not $Pwsh) { $script:Pwsh = (Get-Command pwsh -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1).Source }
    $script:Manifest = (Resolve-Path (Join-Path $PSScriptRoot '../KmsDoctor.psd1')).Path
    $script:Public = @((Get-Module KmsDoctor).ExportedFunctions.Keys | Sort-Object)

    # Synopsis, parameter texts and the about topic as one culture's session sees them.
    function Get-HelpInCulture([string] $Culture) {
        $script = {
            param($Culture, $Manifest)
            [System.Threading.Thread]::CurrentThread.CurrentUICulture = $Culture
            Import-Module $Manifest
            $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
            $commands = foreach ($name in (Get-Module KmsDoctor).ExportedFunctions.Keys) {
                $help = Get-Help $name -Full
                $parameters = @{}
                foreach ($parameter in (Get-Command $name).Parameters.Keys | Where-Object { $_ -notin $common }) {
                    $parameters[$parameter] = (($help.Parameters.Parameter | Where-Object Name -eq $parameter).Description | Out-String).Trim()
                }
                @{ Name = $name; Synopsis = [string] $help.Synopsis; Parameters = $parameters; Examples = @($help.Examples.Example).Count; HelpFile = (Get-Command $name).HelpFile }
            }
            @{ Commands = @($commands); About = (Get-Help about_KmsDoctor | Out-String) } | ConvertTo-Json -Depth 6 -Compress
        }
        $json = & $Pwsh -NoProfile -NonInteractive -Command $script -args $Culture, $Manifest
        $json | ConvertFrom-Json
    }
}

Describe 'Cmdlet help in <Culture>' -Tag Unit -ForEach @(
    @{ Culture = 'en-US'; Script = '^[\x00-\x7f]+$' }
    @{ Culture = 'ja-JP'; Script = '[\u3040-\u30ff\u4e00-\u9fff]' }
) {
    BeforeAll {
        $script:Seen = Get-HelpInCulture $Culture
    }

    It 'comes from <Culture>/KmsDoctor-help.xml for every public cmdlet' {
        @($Seen.Commands.Name | Sort-Object) | Should -Be $Public
        foreach ($command in $Seen.Commands) { $command.HelpFile | Should -BeLike "*$Culture*KmsDoctor-help.xml" -Because $command.Name }
    }

    It 'gives every cmdlet a synopsis in the culture''s language and at least one example' {
        foreach ($command in $Seen.Commands) {
            $command.Synopsis | Should -Match $Script -Because $command.Name
            $command.Examples | Should -BeGreaterOrEqual 1 -Because $command.Name
        }
    }

    It 'describes every parameter of every cmdlet' {
        foreach ($command in $Seen.Commands) {
            foreach ($parameter in $command.Parameters.PSObject.Properties) {
                $parameter.Value | Should -Not -BeNullOrEmpty -Because "$($command.Name) -$($parameter.Name)"
            }
            $command.Parameters.Language | Should -Match $Script -Because "$($command.Name) -Language"
        }
    }

    It 'shows about_KmsDoctor in the culture''s language' {
        $Seen.About | Should -Match 'KmsDoctor.CliNotFound'
        $Seen.About | Should -Match $(if ($Culture -eq 'ja-JP') { 'ライセンス認証' } else { 'activation' })
    }
}

Describe 'The committed help files' -Tag Unit {
    It 'are what build/help/New-KmsDoctorHelp.ps1 makes of its sources' {
        $generator = Join-Path $RepoRoot 'build/help/New-KmsDoctorHelp.ps1'
        $output = & $Pwsh -NoProfile -NonInteractive -File $generator -Check 2>&1
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
    }
}
