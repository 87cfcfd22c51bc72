<#
    The module in two languages: the string tables agree, -Language (else $PSUICulture) picks the
    module's own messages, and the CLI child gets the same language through KMSDOCTOR_LANG without
    the variable staying in the session.
#>

BeforeDiscovery {
    $script:HasNode = [bool] (Get-Command node -CommandType Application -ErrorAction SilentlyContinue)
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:ModuleRoot = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path

    function Get-StringTable([string] $Culture) {
        Import-LocalizedData -BindingVariable table -BaseDirectory $ModuleRoot -UICulture $Culture -FileName 'KmsDoctor.strings.psd1'
        $table
    }
    function Get-Placeholder([string] $Text) {
        @([regex]::Matches($Text, '\{(\d+)\}') | ForEach-Object { $_.Groups[1].Value } | Sort-Object -Unique)
    }
}

Describe 'String tables' -Tag Unit {
    BeforeAll {
        $script:English = Get-StringTable 'en-US'
        $script:Japanese = Get-StringTable 'ja-JP'
    }

    It 'has every English key in Japanese, and no other' {
        $English.Count | Should -BeGreaterThan 20
        Compare-Object -ReferenceObject @($English.Keys) -DifferenceObject @($Japanese.Keys) | Should -BeNullOrEmpty
    }

    It 'uses the same {0}, {1}... placeholders in both languages' {
        $different = foreach ($key in $English.Keys) {
            $en = Get-Placeholder $English[$key]
            $ja = Get-Placeholder $Japanese[$key]
            if (($en -join ',') -ne ($ja -join ',')) { '{0}: en {{{1}}}, ja {{{2}}}' -f $key, ($en -join ','), ($ja -join ',') }
        }
        @($different) | Should -BeNullOrEmpty
    }

    It 'formats every message of both tables without error' {
        foreach ($table in $English, $Japanese) {
            foreach ($key in $table.Keys) { { $table[$key] -f 'a', 'b', 'c', 'd', 'e' } | Should -Not -Throw -Because $key }
        }
    }

    It 'writes the Japanese table in Japanese, keeping ids, commands and parameters as they are' {
        $Japanese['BundleExists'] | Should -Match '[\u3040-\u30ff]'
        $Japanese['BundleExists'] | Should -Match '-Force'
        $Japanese['NodeNotFound'] | Should -Match 'Install-Module KmsDoctor'
    }
}

Describe 'The language of a call' -Tag Unit {
    # KMSDOCTOR_LANG comes before the culture, as it does for the CLI; an empty or unknown value is ignored.
    It 'maps culture <Culture> with KMSDOCTOR_LANG "<Value>" to <Language>' -ForEach @(
        @{ Culture = 'ja-JP'; Value = ''; Language = 'ja' }
        @{ Culture = 'en-US'; Value = ''; Language = 'en' }
        @{ Culture = 'de-DE'; Value = ''; Language = 'en' }
        @{ Culture = ''; Value = ''; Language = 'en' }
        @{ Culture = 'ja-JP'; Value = 'en'; Language = 'en' }
        @{ Culture = 'ja-JP'; Value = 'en_US.UTF-8'; Language = 'en' }
        @{ Culture = 'en-US'; Value = 'ja'; Language = 'ja' }
        @{ Culture = 'ja-JP'; Value = 'fr'; Language = 'ja' }
    ) {
        $savedCulture = [System.Threading.Thread]::CurrentThread.CurrentUICulture
        $savedLanguage = $env:KMSDOCTOR_LANG
        try {
            $env:KMSDOCTOR_LANG = $Value
            [System.Threading.Thread]::CurrentThread.CurrentUICulture = [System.Globalization.CultureInfo]::GetCultureInfo($Culture)
            & (Get-Module KmsDoctor) { Get-KmsDoctorLanguage } | Should -Be $Language
        } finally {
            [System.Threading.Thread]::CurrentThread.CurrentUICulture = $savedCulture
            $env:KMSDOCTOR_LANG = $savedLanguage
        }
    }

    It 'offers en and ja for -Language of every public cmdlet' {
        foreach ($name in (Get-Module KmsDoctor).ExportedFunctions.Keys) {
            $validate = (Get-Command $name).Parameters['Language'].Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] }
            $validate.ValidValues | Should -Be @('en', 'ja') -Because $name
        }
    }
}

Describe 'A cmdlet''s own messages follow -Language' -Tag Unit {
    BeforeAll {
        Mock Invoke-KmsDoctorCli -ModuleName KmsDoctor { }
    }

    It 'writes the InvalidName error in Japanese with -Language ja' {
        Test-KmsPort 'kms..contoso.com' -Language ja -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.InvalidName,Test-KmsPort'
        $failed[0].Exception.Message | Should -Be 'ホスト "kms..contoso.com" は使用できないため、スキップしました (空のラベルがあります)。ほかの入力のチェックは続けます。'
        Should -Invoke Invoke-KmsDoctorCli -ModuleName KmsDoctor -Times 0 -Exactly
    }

    It 'writes it in English with -Language en, whatever the session''s culture' {
        $saved = [System.Threading.Thread]::CurrentThread.CurrentUICulture
        try {
            [System.Threading.Thread]::CurrentThread.CurrentUICulture = 'ja-JP'
            Test-KmsPort 'kms..contoso.com' -Language en -ErrorVariable failed -ErrorAction SilentlyContinue
        } finally {
            [System.Threading.Thread]::CurrentThread.CurrentUICulture = $saved
        }
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.InvalidName,Test-KmsPort'
        $failed[0].Exception.Message | Should -Be 'host "kms..contoso.com" has an empty label; it was skipped, the other input is still checked'
    }

    It 'writes a path error of the same cmdlet call in the same language' {
        Get-KmsDiagnosis -Path (Join-Path $TestDrive 'missing.xml') -Language ja -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -Be 'KmsDoctor.FileNotFound,Get-KmsDiagnosis'
        $failed[0].Exception.Message | Should -BeLike 'ファイルがありません: *missing.xml'
    }
}

Describe 'KMSDOCTOR_LANG for the CLI child' -Tag Unit {
    BeforeAll {
        $script:SavedCli = $env:KMSDOCTOR_CLI
        $script:SavedLanguage = $env:KMSDOCTOR_LANG
        # A stand-in CLI that answers with the language it was given.
        $script:EchoCli = Join-Path $TestDrive 'echo-lang.js'
        Set-Content -LiteralPath $EchoCli -Encoding UTF8 -Value 'process.stdout.write(JSON.stringify({ lang: process.env.KMSDOCTOR_LANG === undefined ? null : process.env.KMSDOCTOR_LANG }));'

        # Calls the choke point with this function's $PSCmdlet, whose -Language is read as a
        # public cmdlet's would be.
        function Invoke-EchoCli {
            [CmdletBinding()]
            param([ValidateSet('en', 'ja')] [string] $Language)
            & (Get-Module KmsDoctor) { param($c) Invoke-KmsDoctorCli -Argument @('version') -Caller $c } $PSCmdlet
        }
    }

    AfterEach {
        $env:KMSDOCTOR_CLI = $SavedCli
        $env:KMSDOCTOR_LANG = $SavedLanguage
    }

    It 'gives the child -Language <Language> and leaves the session without the variable' -Skip:(-not $HasNode) -ForEach @(
        @{ Language = 'ja' }
        @{ Language = 'en' }
    ) {
        $env:KMSDOCTOR_CLI = $EchoCli
        $env:KMSDOCTOR_LANG = $null
        (Invoke-EchoCli -Language $Language).lang | Should -Be $Language
        Test-Path Env:KMSDOCTOR_LANG | Should -BeFalse
    }

    # Without -Language: the session's KMSDOCTOR_LANG when set (left as it was), else $PSUICulture.
    It 'gives the child <Expected> under culture ja-JP when the session''s KMSDOCTOR_LANG is "<Session>"' -Skip:(-not $HasNode) -ForEach @(
        @{ Session = $null; Expected = 'ja' }
        @{ Session = 'en'; Expected = 'en' }
    ) {
        $env:KMSDOCTOR_CLI = $EchoCli
        $env:KMSDOCTOR_LANG = $Session
        $saved = [System.Threading.Thread]::CurrentThread.CurrentUICulture
        try {
            [System.Threading.Thread]::CurrentThread.CurrentUICulture = 'ja-JP'
            (Invoke-EchoCli).lang | Should -Be $Expected
        } finally {
            [System.Threading.Thread]::CurrentThread.CurrentUICulture = $saved
        }
        $env:KMSDOCTOR_LANG | Should -Be $Session
    }

    It 'puts back a value the session had, even when the child was given another' -Skip:(-not $HasNode) {
        $env:KMSDOCTOR_CLI = $EchoCli
        $env:KMSDOCTOR_LANG = 'en'
        (Invoke-EchoCli -Language ja).lang | Should -Be 'ja'
        $env:KMSDOCTOR_LANG | Should -Be 'en'
    }

    It 'puts it back when the CLI fails too' -Skip:(-not $HasNode) {
        $failing = Join-Path $TestDrive 'fail.js'
        Set-Content -LiteralPath $failing -Encoding UTF8 -Value 'process.stderr.write("kmsdoctor: no\n"); process.exitCode = 2;'
        $env:KMSDOCTOR_CLI = $failing
        $env:KMSDOCTOR_LANG = $null
        Invoke-EchoCli -Language ja -ErrorAction SilentlyContinue
        Test-Path Env:KMSDOCTOR_LANG | Should -BeFalse
    }
}
