@{
    RootModule           = 'KmsDoctor.psm1'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f3b2c1e-8d4a-4e57-9b1f-2a7c5d9e0b13'
    Author               = 'kms-doctor contributors'
    Copyright            = '(c) kms-doctor contributors. MIT License.'
    Description          = 'Finds out why Windows KMS activation fails: SRV discovery, ports, the KMS RPC endpoint, the client''s own settings and events, as typed objects. Wraps the kmsdoctor CLI (Node.js).'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Desktop', 'Core')
    TypesToProcess       = @('KmsDoctor.Types.ps1xml')
    FormatsToProcess     = @('KmsDoctor.Format.ps1xml')
    # Explicit list (no wildcards): a meta-test checks it equals the files in Public/.
    FunctionsToExport    = @(
        'Export-KmsSupportBundle'
        'Get-KmsActivationEvent'
        'Get-KmsClientState'
        'Get-KmsDiagnosis'
        'Get-KmsErrorInfo'
        'Get-KmsFleetDiagnosis'
        'Get-KmsProduct'
        'Get-KmsSrvRecord'
        'Invoke-KmsActivationProbe'
        'Invoke-KmsFleetCollection'
        'Test-KmsConnectivity'
        'Test-KmsDnsPublication'
        'Test-KmsPort'
        'Test-KmsReadiness'
        'Test-KmsRpcEndpoint'
    )
    CmdletsToExport      = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('KMS', 'Activation', 'Windows', 'Licensing', 'Diagnostics', 'DNS', 'SRV', 'PSEdition_Desktop', 'PSEdition_Core')
            ProjectUri   = 'https://github.com/kms-doctor/kms-doctor'
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            ReleaseNotes = 'First release. Test-KmsConnectivity, Test-KmsDnsPublication, Test-KmsReadiness, Get-KmsDiagnosis and the other cmdlets; kmsdoctor.exe (Node.js 24, unsigned) is inside the module, so Windows needs nothing else installed.'
        }
    }
}
