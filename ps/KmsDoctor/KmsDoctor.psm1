# The module wraps the kmsdoctor CLI: every cmdlet builds an argument array, calls the CLI through
# the one private choke point Invoke-KmsDoctorCli, and turns its JSON into typed objects.

# The CLI and the collector, found relative to this folder: inside it once installed (the
# PowerShell Gallery package: bin/kmsdoctor.exe, bin/kmsdoctor.cjs with its bundle and parts, collector/), else in the
# repository or npm package the module sits in (../../dist/kmsdoctor.cjs, ../collector/).
function Find-KmsDoctorShippedFile {
    param([Parameter(Mandatory)] [string[]] $Candidate)
    $paths = foreach ($relative in $Candidate) { [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $relative)) }
    $found = $paths | Where-Object { Test-Path -LiteralPath $_ -PathType Leaf } | Select-Object -First 1
    # None there: the first place is named in the error that follows.
    if ($found) { $found } else { $paths[0] }
}
$script:CliExe = [System.IO.Path]::Combine($PSScriptRoot, 'bin', 'kmsdoctor.exe')
$script:CliScript = Find-KmsDoctorShippedFile -Candidate 'bin/kmsdoctor.cjs', '../../dist/kmsdoctor.cjs'
$script:CollectorScript = Find-KmsDoctorShippedFile -Candidate 'collector/Get-KmsSnapshot.ps1', '../collector/Get-KmsSnapshot.ps1'
Remove-Item -Path Function:\Find-KmsDoctorShippedFile

# The collector runs alone on remote machines, so it cannot import a shared helper; the module takes
# the collector's atomic file writer from its text instead, so that there is one writer in ps/.
if (Test-Path -LiteralPath $script:CollectorScript -PathType Leaf) {
    $collectorAst = [System.Management.Automation.Language.Parser]::ParseFile($script:CollectorScript, [ref] $null, [ref] $null)
    $writerAst = $collectorAst.Find({
            param($node)
            $node -is [System.Management.Automation.Language.FunctionDefinitionAst] -and $node.Name -eq 'Write-FileAtomically'
        }, $true)
    . ([scriptblock]::Create($writerAst.Extent.Text))
    Remove-Variable -Name collectorAst, writerAst
}

# The module's own messages in both languages, loaded once: each cmdlet's -Language picks one
# per call (Get-KmsDoctorMessage), so the session's culture decides only the default.
$script:KmsDoctorStrings = @{}
foreach ($culture in 'en-US', 'ja-JP') {
    Import-LocalizedData -BindingVariable table -BaseDirectory $PSScriptRoot -UICulture $culture -FileName 'KmsDoctor.strings.psd1'
    $script:KmsDoctorStrings[$culture.Substring(0, 2)] = $table
}
Remove-Variable -Name culture, table

foreach ($folder in 'Private', 'Public') {
    foreach ($file in Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot $folder) -Filter '*.ps1' -File) {
        . $file.FullName
    }
}

Register-KmsArgumentCompleter

Export-ModuleMember -Function (Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot 'Public') -Filter '*.ps1' -File).BaseName
