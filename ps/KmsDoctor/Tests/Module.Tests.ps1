<#
    Meta-tests that keep the module honest (PSFramework's manifest/help tests, plus our own):
    exports, help, declared types and their views, Windows PowerShell 5.1 syntax, file encoding.
#>

BeforeDiscovery {
    $moduleRoot = Join-Path $PSScriptRoot '..'
    $script:PublicFiles = @(Get-ChildItem (Join-Path $moduleRoot 'Public') -Filter '*.ps1' | ForEach-Object { @{ Name = $_.BaseName; Path = $_.FullName } })
    $script:ModuleFiles = @(Get-ChildItem $moduleRoot -Recurse -Include '*.ps1', '*.psm1', '*.psd1' |
            Where-Object { $_.FullName -notlike '*Tests*' } | ForEach-Object { @{ Name = $_.Name; Path = $_.FullName } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:ModuleRoot = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
    $script:ManifestPath = Join-Path $ModuleRoot 'KmsDoctor.psd1'
    $script:Manifest = Import-PowerShellDataFile $ManifestPath
    [xml] $script:Format = Get-Content -Raw (Join-Path $ModuleRoot 'KmsDoctor.Format.ps1xml')

    function Get-FileAst([string] $Path) {
        $tokens = $null; $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref] $tokens, [ref] $errors)
        $errors | Should -BeNullOrEmpty
        $ast
    }
}

Describe 'KmsDoctor manifest' -Tag Meta {
    It 'passes Test-ModuleManifest' {
        $info = Test-ModuleManifest -Path $ManifestPath -ErrorAction Stop
        $info.Name | Should -Be 'KmsDoctor'
    }

    It 'declares Windows PowerShell 5.1 and both editions' {
        $Manifest.PowerShellVersion | Should -Be '5.1'
        $Manifest.CompatiblePSEditions | Should -Be @('Desktop', 'Core')
    }

    It 'lists exactly the Public/*.ps1 base names in FunctionsToExport, and exports them' {
        $files = (Get-ChildItem (Join-Path $ModuleRoot 'Public') -Filter '*.ps1').BaseName
        Compare-Object -ReferenceObject @($files) -DifferenceObject @($Manifest.FunctionsToExport) | Should -BeNullOrEmpty
        $exported = (Get-Module KmsDoctor).ExportedFunctions.Keys
        Compare-Object -ReferenceObject @($files) -DifferenceObject @($exported) | Should -BeNullOrEmpty
        @($Manifest.CmdletsToExport).Count + @($Manifest.AliasesToExport).Count + @($Manifest.VariablesToExport).Count | Should -Be 0
    }

    It 'names a format file, a types file and an about_ topic that exist' {
        @($Manifest.TypesToProcess) | Should -Be @('KmsDoctor.Types.ps1xml')
        foreach ($file in @($Manifest.FormatsToProcess) + @($Manifest.TypesToProcess)) { Join-Path $ModuleRoot $file | Should -Exist }
        Join-Path $ModuleRoot 'en-US/about_KmsDoctor.help.txt' | Should -Exist
        Get-Help about_KmsDoctor | Out-String | Should -Match 'KmsDoctor.CliNotFound'
    }
}

Describe 'Public function <Name>' -Tag Meta -ForEach $PublicFiles {
    BeforeAll {
        $script:Ast = Get-FileAst $Path
        $script:Functions = @($Ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $false))
        $script:Help = Get-Help $Name -Full
    }

    It 'is the one function of its file, named after the file' {
        $Functions.Count | Should -Be 1
        $Functions[0].Name | Should -Be $Name
    }

    It 'uses an approved verb' {
        (Get-Verb).Verb | Should -Contain ($Name -split '-')[0]
    }

    It 'has [CmdletBinding()] and [OutputType()]' {
        $attributes = $Functions[0].Body.ParamBlock.Attributes.TypeName.Name
        $attributes | Should -Contain 'CmdletBinding'
        $attributes | Should -Contain 'OutputType'
    }

    It 'has help with a synopsis, a description, every parameter and at least one example' {
        $Help.Synopsis | Should -Not -BeNullOrEmpty
        $Help.Synopsis | Should -Not -BeLike "$Name *"
        ($Help.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty
        @($Help.Examples.Example).Count | Should -BeGreaterOrEqual 1
        foreach ($example in @($Help.Examples.Example)) { $example.Code | Should -Not -BeNullOrEmpty }
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
        foreach ($parameter in (Get-Command $Name).Parameters.Keys | Where-Object { $_ -notin $common }) {
            ($Help.Parameters.Parameter | Where-Object Name -eq $parameter).Description | Should -Not -BeNullOrEmpty -Because "-$parameter needs help"
        }
    }
}

Describe 'Types and views' -Tag Meta {
    BeforeAll {
        $files = Get-ChildItem (Join-Path $RepoRoot 'ps') -Recurse -Filter '*.ps1' | Where-Object Name -notlike '*.Tests.ps1'
        # Built as PSTypeName = '...' in a literal, or by ConvertTo-KmsTypedObject -TypeName '...'.
        $script:Used = @($files | Select-String -Pattern "(?:PSTypeName\s*=|-TypeName)\s*'(KmsDoctor\.[^']+)'" -AllMatches | ForEach-Object { $_.Matches } | ForEach-Object { $_.Groups[1].Value } | Sort-Object -Unique)
        $script:Declared = @($files | Select-String -Pattern "OutputType\(([^)]*)\)" -AllMatches | ForEach-Object { $_.Matches } |
                ForEach-Object { [regex]::Matches($_.Groups[1].Value, "'(KmsDoctor\.[^']+)'") } | ForEach-Object { $_.Groups[1].Value } | Sort-Object -Unique)
        $script:Viewed = @($Format.Configuration.ViewDefinitions.View | ForEach-Object { $_.ViewSelectedBy.TypeName } | Sort-Object -Unique)
    }

    It 'gives every PSTypeName a view, and every view a PSTypeName' {
        $Used.Count | Should -BeGreaterThan 5
        Compare-Object -ReferenceObject $Used -DifferenceObject $Viewed | Should -BeNullOrEmpty
    }

    It 'declares in [OutputType()] only types that are built somewhere' {
        $Declared | Where-Object { $_ -notin $Used } | Should -BeNullOrEmpty
    }

    It 'fits every table view in a 120-column console' {
        foreach ($table in $Format.Configuration.ViewDefinitions.View.TableControl) {
            $widths = @($table.TableHeaders.TableColumnHeader | ForEach-Object { [int] $_.Width })
            ($widths | Measure-Object -Sum).Sum + $widths.Count - 1 | Should -BeLessOrEqual 119
        }
    }
}

Describe 'Module file <Name>' -Tag Meta -ForEach $ModuleFiles {
    BeforeAll {
        $script:Ast = Get-FileAst $Path
        $script:Bytes = [System.IO.File]::ReadAllBytes($Path)
    }

    It 'is ASCII, or UTF-8 with a BOM (Windows PowerShell 5.1 reads a file without a BOM in the ANSI code page)' {
        # The Japanese string table cannot be ASCII; with the BOM 5.1 reads it as UTF-8.
        $hasBom = $Bytes.Count -ge 3 -and $Bytes[0] -eq 0xEF -and $Bytes[1] -eq 0xBB -and $Bytes[2] -eq 0xBF
        if (-not $hasBom) { $Bytes | Where-Object { $_ -gt 127 } | Should -BeNullOrEmpty }
    }

    It 'uses no syntax Windows PowerShell 5.1 lacks (?:, ??, ?., &&, ||, clean)' {
        $newer = $Ast.FindAll({
                param($node)
                $node -is [System.Management.Automation.Language.TernaryExpressionAst] -or
                $node -is [System.Management.Automation.Language.PipelineChainAst] -or
                ($node -is [System.Management.Automation.Language.BinaryExpressionAst] -and $node.Operator -eq 'QuestionQuestion') -or
                ($node -is [System.Management.Automation.Language.AssignmentStatementAst] -and $node.Operator -eq 'QuestionQuestionEquals') -or
                ($node -is [System.Management.Automation.Language.MemberExpressionAst] -and $node.NullConditional) -or
                ($node -is [System.Management.Automation.Language.IndexExpressionAst] -and $node.NullConditional) -or
                ($node -is [System.Management.Automation.Language.ScriptBlockAst] -and $null -ne $node.CleanBlock)
            }, $true)
        @($newer | ForEach-Object { "line $($_.Extent.StartLineNumber): $($_.Extent.Text)" }) | Should -BeNullOrEmpty
    }

    It 'calls no cmdlet with parameters Windows PowerShell 5.1 lacks' {
        $newer = @{ 'ForEach-Object' = 'Parallel', 'ThrottleLimit'; 'ConvertFrom-Json' = 'AsHashtable', 'Depth', 'NoEnumerate', 'DateKind'; 'Join-Path' = 'AdditionalChildPath'; 'Get-Date' = 'AsUTC' }
        $found = foreach ($command in $Ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true)) {
            $name = $command.GetCommandName()
            if (-not $name -or -not $newer.ContainsKey($name)) { continue }
            foreach ($element in $command.CommandElements) {
                if ($element -is [System.Management.Automation.Language.CommandParameterAst] -and $element.ParameterName -in $newer[$name]) { "$name -$($element.ParameterName)" }
            }
            if ($name -eq 'Join-Path' -and @($command.CommandElements | Where-Object { $_ -isnot [System.Management.Automation.Language.CommandParameterAst] }).Count -gt 3) { 'Join-Path with more than two paths' }
        }
        @($found) | Should -BeNullOrEmpty
    }

    It 'never builds a command line as a string (Invoke-Expression)' {
        $Ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] -and $node.GetCommandName() -in 'Invoke-Expression', 'iex' }, $true) | Should -BeNullOrEmpty
    }
}
