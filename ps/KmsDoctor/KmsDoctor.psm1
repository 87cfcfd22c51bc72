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

foreach ($folder in 'Private', 'Public') {
    foreach ($file in Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot $folder) -Filter '*.ps1' -File) {
        . $file.FullName
    }
}

Register-KmsArgumentCompleter

Export-ModuleMember -Function (Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot 'Public') -Filter '*.ps1' -File).BaseName
