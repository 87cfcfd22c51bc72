<#
    Run by Install-KmsDoctorModule.Tests.ps1 in a fresh pwsh, outside the repository: imports
    KmsDoctor by name (so from where Install-PSResource put it), runs three cmdlets and prints one
    JSON object describing what came back, for the test to judge.
#>
param(
    [Parameter(Mandatory)] [string] $SamplePath,
    [Parameter(Mandatory)] [string] $DnsServer
)
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
Import-Module KmsDoctor
$module = Get-Module KmsDoctor
$code = Get-KmsErrorInfo 0xC004F074
$diagnosis = @(Get-KmsDiagnosis -Path $SamplePath)
$connectivity = @(Test-KmsConnectivity -Domain 'lab.kms-doctor.test' -DnsServer $DnsServer -SkipSnapshot -TimeoutMs 2000)
$results = @($connectivity | Where-Object { $_.PSObject.TypeNames[0] -eq 'KmsDoctor.ConnectivityResult' })
[pscustomobject]@{
    ModuleBase         = $module.ModuleBase
    Version            = [string] $module.Version
    CodeSymbolicName   = $code.SymbolicName
    DiagnosisLastType  = $diagnosis[-1].PSObject.TypeNames[0]
    DiagnosisCommand   = $diagnosis[-1].Command
    Verdicts           = @($results | ForEach-Object { '{0}={1}' -f $_.ComputerName.Split('.')[0], $_.Verdict } | Sort-Object)
} | ConvertTo-Json -Compress
