# The module wraps the kmsdoctor CLI: every cmdlet builds an argument array, calls the CLI through
# the one private choke point Invoke-KmsDoctorCli, and turns its JSON into typed objects.

# ps/KmsDoctor -> the package root, where dist/src/cli/main.js and ps/collector live.
$script:PackageRoot = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)

foreach ($folder in 'Private', 'Public') {
    foreach ($file in Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot $folder) -Filter '*.ps1' -File) {
        . $file.FullName
    }
}

Register-KmsArgumentCompleter

Export-ModuleMember -Function (Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot 'Public') -Filter '*.ps1' -File).BaseName
