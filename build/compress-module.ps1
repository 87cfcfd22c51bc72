<#
.SYNOPSIS
    Writes the PowerShell Gallery package (KmsDoctor.<version>.nupkg) of a staged module folder
    with PSResourceGet's Compress-PSResource: the nuspec (tags, functions, URIs, release notes) is
    generated from the module manifest exactly as Publish-PSResource would.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Path,
    [Parameter(Mandatory)] [string] $DestinationPath
)
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Import-Module Microsoft.PowerShell.PSResourceGet -MinimumVersion 1.1.0
New-Item -ItemType Directory -Force -Path $DestinationPath | Out-Null
Compress-PSResource -Path $Path -DestinationPath $DestinationPath
