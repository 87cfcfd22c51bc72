function ConvertTo-KmsLicenseStatusText {
    <#
    .SYNOPSIS
        LicenseStatus 0-6 in slmgr's words, as the CLI's licenseStatusWords
        (src/client/license-state.ts LICENSE_STATUS_WORDS); $null for $null.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Position = 0)] [AllowNull()] [object] $Status)

    if ($null -eq $Status) { return $null }
    $words = @('Unlicensed', 'Licensed', 'Initial grace period',
        'Additional grace period (KMS license expired or hardware out of tolerance)',
        'Non-genuine grace period', 'Notification', 'Extended grace period')
    $number = [int] $Status
    if ($number -ge 0 -and $number -lt $words.Count) { return $words[$number] }
    "status $number"
}
