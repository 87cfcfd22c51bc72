<#
.SYNOPSIS
    Writes the KmsDoctor module's cmdlet help in PowerShell's external help format (MAML):
    ps/KmsDoctor/en-US/KmsDoctor-help.xml and ps/KmsDoctor/ja-JP/KmsDoctor-help.xml.

.DESCRIPTION
    Comment-based help has one language only, and Get-Help picks an external help file by the UI
    culture, so the per-culture text lives in MAML files beside about_KmsDoctor.help.txt (each
    public function says `# .EXTERNALHELP KmsDoctor-help.xml` and has no comment help, which
    would win over the file). The text comes from build/help/<culture>/<cmdlet>.psd1: Synopsis,
    Description, Parameters (name = text), Examples and Links. An English example is
    @{ Code = '...'; Remarks = @('paragraph', ...) }; a Japanese one gives only its Remarks, where
    a number stands for that paragraph of the English remarks (sample output is not translated)
    and the code is the English example's. Parameter types, positions, aliases and pipeline
    input come from the module itself, so they cannot drift from the code.

    With -Check nothing is written: it exits 1 and names the files that differ from what would
    be written (a Pester test runs it so the committed help never lags behind its sources).

.EXAMPLE
    pwsh -NoProfile -File build/help/New-KmsDoctorHelp.ps1
#>
[CmdletBinding()]
param(
    [string] $ModuleRoot = (Join-Path $PSScriptRoot '../../ps/KmsDoctor'),
    [switch] $Check
)

$ErrorActionPreference = 'Stop'
$ModuleRoot = (Resolve-Path -LiteralPath $ModuleRoot).Path
$Cultures = [ordered]@{ 'en-US' = 'Example'; 'ja-JP' = '例' }
$Ns = @{
    maml    = 'http://schemas.microsoft.com/maml/2004/10'
    command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
}
# A child pwsh imports the module for -Check in tests; here it is imported for its parameter metadata.
Import-Module (Join-Path $ModuleRoot 'KmsDoctor.psd1') -Force

# A multi-line string of a .psd1 file has its later lines indented with the file; its first
# line starts right after the quote. Text in MAML starts at column 0.
function Remove-CommonIndent([string] $Text) {
    $lines = @($Text -replace "`r", '' -split "`n")
    $indents = @($lines | Select-Object -Skip 1 | Where-Object { $_.Trim() } | ForEach-Object { $_.Length - $_.TrimStart().Length })
    $cut = 0
    if ($indents.Count -gt 0) { $cut = ($indents | Measure-Object -Minimum).Minimum }
    $kept = for ($i = 0; $i -lt $lines.Count; $i++) {
        if ($i -gt 0 -and $lines[$i].Length -ge $cut) { $lines[$i].Substring($cut).TrimEnd() } else { $lines[$i].TrimEnd() }
    }
    ($kept -join "`n").Trim("`n")
}

function Split-Paragraph([string] $Text) {
    @((Remove-CommonIndent $Text) -split "\n\s*\n" | Where-Object { $_.Trim() })
}

# Prose is rewrapped by Get-Help to the console's width, so its line breaks go; lists and sample
# output (indented lines, aligned columns, dashed rules) keep theirs.
function Join-ProseLine([string] $Paragraph) {
    $lines = @($Paragraph -split "`n")
    $kept = @($lines | Where-Object { $_ -match '^\s' -or $_ -match '^[-*] ' -or $_ -match '\S {2,}\S' -or $_ -match '^-{3}' })
    if ($kept.Count -gt 0) { return $Paragraph }
    ($lines | ForEach-Object { $_.Trim() }) -join ' '
}

function Read-EnglishHelp([string] $DataFile) {
    $data = Import-PowerShellDataFile -LiteralPath $DataFile
    $parameters = @{}
    foreach ($key in $data.Parameters.Keys) { $parameters[$key] = Remove-CommonIndent $data.Parameters[$key] }
    @{
        Name        = [System.IO.Path]::GetFileNameWithoutExtension($DataFile)
        Synopsis    = (Remove-CommonIndent $data.Synopsis)
        Description = (Remove-CommonIndent $data.Description)
        Parameters  = $parameters
        Examples    = @(foreach ($example in $data.Examples) { @{ Code = (Remove-CommonIndent $example.Code); Remarks = @($example.Remarks | ForEach-Object { Remove-CommonIndent $_ }) } })
        Links       = @($data.Links)
    }
}

# The Japanese text of one cmdlet laid over its English help: code, links and the untranslated
# paragraphs of the remarks stay as they are.
function Merge-TranslatedHelp([hashtable] $English, [string] $DataFile) {
    $data = Import-PowerShellDataFile -LiteralPath $DataFile
    $parameters = @{}
    foreach ($key in $English.Parameters.Keys) {
        if (-not $data.Parameters.ContainsKey($key)) { throw "$DataFile has no text for -$key" }
        $parameters[$key] = Remove-CommonIndent $data.Parameters[$key]
    }
    if (@($data.Examples).Count -ne $English.Examples.Count) { throw "$DataFile has $(@($data.Examples).Count) examples; the English help has $($English.Examples.Count)" }
    $examples = for ($i = 0; $i -lt $English.Examples.Count; $i++) {
        $remarks = foreach ($part in @($data.Examples[$i].Remarks)) {
            if ($part -is [int]) { $English.Examples[$i].Remarks[$part - 1] } else { Remove-CommonIndent $part }
        }
        @{ Code = $English.Examples[$i].Code; Remarks = @($remarks) }
    }
    @{
        Name        = $English.Name
        Synopsis    = (Remove-CommonIndent $data.Synopsis)
        Description = (Remove-CommonIndent $data.Description)
        Parameters  = $parameters
        Examples    = @($examples)
        Links       = $English.Links
    }
}

function Add-Para([System.Xml.XmlWriter] $Writer, [string] $Text) {
    foreach ($paragraph in Split-Paragraph $Text) { $Writer.WriteElementString('maml', 'para', $Ns.maml, (Join-ProseLine $paragraph)) }
}

function Get-PipelineInput($Attribute) {
    $ways = @()
    if ($Attribute.ValueFromPipeline) { $ways += 'ByValue' }
    if ($Attribute.ValueFromPipelineByPropertyName) { $ways += 'ByPropertyName' }
    if ($ways.Count -eq 0) { return 'False' }
    'True ({0})' -f ($ways -join ', ')
}

# The syntax lists parameters without their text (Get-Help shows only names and types there).
function Write-Parameter([System.Xml.XmlWriter] $Writer, $Parameter, $Attribute, [string] $Text, [switch] $InSyntax) {
    $typeName = $Parameter.ParameterType.Name
    $position = 'named'
    if ($Attribute.Position -ge 0) { $position = [string] $Attribute.Position }
    $Writer.WriteStartElement('command', 'parameter', $Ns.command)
    $Writer.WriteAttributeString('required', ([string] $Attribute.Mandatory).ToLowerInvariant())
    $Writer.WriteAttributeString('variableLength', ([string] $Parameter.ParameterType.IsArray).ToLowerInvariant())
    $Writer.WriteAttributeString('globbing', 'false')
    $Writer.WriteAttributeString('pipelineInput', (Get-PipelineInput $Attribute))
    $Writer.WriteAttributeString('position', $position)
    $Writer.WriteAttributeString('aliases', $(if ($Parameter.Aliases.Count) { $Parameter.Aliases -join ', ' } else { 'none' }))
    $Writer.WriteElementString('maml', 'name', $Ns.maml, $Parameter.Name)
    if (-not $InSyntax) { $Writer.WriteStartElement('maml', 'description', $Ns.maml); Add-Para $Writer $Text; $Writer.WriteEndElement() }
    $validSet = $Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | Select-Object -First 1
    if ($validSet) {
        $Writer.WriteStartElement('command', 'parameterValueGroup', $Ns.command)
        foreach ($value in $validSet.ValidValues) {
            $Writer.WriteStartElement('command', 'parameterValue', $Ns.command)
            $Writer.WriteAttributeString('required', 'false'); $Writer.WriteAttributeString('variableLength', 'false')
            $Writer.WriteString($value); $Writer.WriteEndElement()
        }
        $Writer.WriteEndElement()
    }
    if ($Parameter.ParameterType -ne [System.Management.Automation.SwitchParameter]) {
        $Writer.WriteStartElement('command', 'parameterValue', $Ns.command)
        $Writer.WriteAttributeString('required', ([string] $Attribute.Mandatory).ToLowerInvariant())
        $Writer.WriteAttributeString('variableLength', ([string] $Parameter.ParameterType.IsArray).ToLowerInvariant())
        $Writer.WriteString($typeName); $Writer.WriteEndElement()
    }
    $Writer.WriteStartElement('dev', 'type', $Ns.dev); $Writer.WriteElementString('maml', 'name', $Ns.maml, $typeName); $Writer.WriteEndElement()
    $Writer.WriteEndElement()
}

function Write-Command([System.Xml.XmlWriter] $Writer, [hashtable] $Help, [string] $ExampleWord) {
    $command = Get-Command -Name $Help.Name -Module KmsDoctor
    $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
    $own = @($command.Parameters.Values | Where-Object { $_.Name -notin $common })
    $textOf = { param($name) $key = $Help.Parameters.Keys | Where-Object { $_ -eq $name } | Select-Object -First 1; if (-not $key) { throw "$($Help.Name): no help for -$name" }; $Help.Parameters[$key] }

    $Writer.WriteStartElement('command', 'command', $Ns.command)
    $Writer.WriteStartElement('command', 'details', $Ns.command)
    $Writer.WriteElementString('command', 'name', $Ns.command, $command.Name)
    $Writer.WriteElementString('command', 'verb', $Ns.command, $command.Verb)
    $Writer.WriteElementString('command', 'noun', $Ns.command, $command.Noun)
    $Writer.WriteStartElement('maml', 'description', $Ns.maml); Add-Para $Writer $Help.Synopsis; $Writer.WriteEndElement()
    $Writer.WriteEndElement()
    $Writer.WriteStartElement('maml', 'description', $Ns.maml); Add-Para $Writer $Help.Description; $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'syntax', $Ns.command)
    foreach ($set in $command.ParameterSets) {
        $Writer.WriteStartElement('command', 'syntaxItem', $Ns.command)
        $Writer.WriteElementString('maml', 'name', $Ns.maml, $command.Name)
        foreach ($member in $set.Parameters | Where-Object { $_.Name -notin $common }) {
            $attribute = $command.Parameters[$member.Name].ParameterSets[$set.Name]
            if (-not $attribute) { $attribute = $command.Parameters[$member.Name].ParameterSets['__AllParameterSets'] }
            Write-Parameter $Writer $command.Parameters[$member.Name] $attribute '' -InSyntax
        }
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'parameters', $Ns.command)
    foreach ($parameter in $own) {
        $attribute = @($parameter.ParameterSets.Values)[0]
        Write-Parameter $Writer $parameter $attribute (& $textOf $parameter.Name)
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'returnValues', $Ns.command)
    foreach ($type in $command.OutputType) {
        $Writer.WriteStartElement('command', 'returnValue', $Ns.command)
        $Writer.WriteStartElement('dev', 'type', $Ns.dev); $Writer.WriteElementString('maml', 'name', $Ns.maml, $type.Name); $Writer.WriteEndElement()
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'examples', $Ns.command)
    $number = 0
    foreach ($example in $Help.Examples) {
        $number++
        $Writer.WriteStartElement('command', 'example', $Ns.command)
        $Writer.WriteElementString('maml', 'title', $Ns.maml, ('-------------------------- {0} {1} --------------------------' -f $ExampleWord, $number))
        $Writer.WriteStartElement('maml', 'introduction', $Ns.maml); $Writer.WriteElementString('maml', 'para', $Ns.maml, 'PS> '); $Writer.WriteEndElement()
        $Writer.WriteElementString('dev', 'code', $Ns.dev, $example.Code)
        $Writer.WriteStartElement('dev', 'remarks', $Ns.dev)
        foreach ($paragraph in $example.Remarks) {
            # Sample output keeps its columns; prose is rewrapped like the description.
            $Writer.WriteElementString('maml', 'para', $Ns.maml, (Join-ProseLine $paragraph))
        }
        $Writer.WriteEndElement()
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'relatedLinks', $Ns.command)
    foreach ($link in $Help.Links) {
        $Writer.WriteStartElement('maml', 'navigationLink', $Ns.maml)
        $Writer.WriteElementString('maml', 'linkText', $Ns.maml, $link)
        $Writer.WriteElementString('maml', 'uri', $Ns.maml, '')
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
    $Writer.WriteEndElement()
}

function ConvertTo-Maml([hashtable[]] $Help, [string] $ExampleWord) {
    $settings = New-Object System.Xml.XmlWriterSettings
    $settings.Indent = $true
    $settings.IndentChars = '  '
    $settings.NewLineChars = "`n"
    $settings.Encoding = New-Object System.Text.UTF8Encoding -ArgumentList $false
    $stream = New-Object System.IO.MemoryStream
    $writer = [System.Xml.XmlWriter]::Create($stream, $settings)
    $writer.WriteStartDocument()
    $writer.WriteStartElement('helpItems', 'http://msh')
    $writer.WriteAttributeString('schema', 'maml')
    foreach ($prefix in 'maml', 'command', 'dev') { $writer.WriteAttributeString('xmlns', $prefix, 'http://www.w3.org/2000/xmlns/', $Ns[$prefix]) }
    foreach ($item in $Help) { Write-Command $writer $item $ExampleWord }
    $writer.WriteEndElement()
    $writer.WriteEndDocument()
    $writer.Flush()
    [System.Text.Encoding]::UTF8.GetString($stream.ToArray()) + "`n"
}

# One data file per public function: a function without one is an error, not a gap in the help.
$english = @(Get-ChildItem -LiteralPath (Join-Path $ModuleRoot 'Public') -Filter '*.ps1' | Sort-Object Name | ForEach-Object { Read-EnglishHelp (Join-Path $PSScriptRoot "en-US/$($_.BaseName).psd1") })
$stale = @()
foreach ($culture in $Cultures.Keys) {
    $help = $english
    if ($culture -ne 'en-US') {
        $help = @(foreach ($item in $english) { Merge-TranslatedHelp $item (Join-Path $PSScriptRoot "$culture/$($item.Name).psd1") })
    }
    $xml = ConvertTo-Maml $help $Cultures[$culture]
    $target = Join-Path $ModuleRoot "$culture/KmsDoctor-help.xml"
    $current = $null
    if (Test-Path -LiteralPath $target) { $current = [System.IO.File]::ReadAllText($target) }
    if ($current -eq $xml) { continue }
    if ($Check) { $stale += $target; continue }
    [System.IO.File]::WriteAllText($target, $xml, (New-Object System.Text.UTF8Encoding -ArgumentList $false))
    Write-Host "wrote $target"
}
if ($stale.Count -gt 0) {
    Write-Host ("out of date (run build/help/New-KmsDoctorHelp.ps1): {0}" -f ($stale -join ', '))
    exit 1
}
