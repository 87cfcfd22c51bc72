function New-KmsClientProduct {
    <#
    .SYNOPSIS
        One keyed product of a snapshot as the CLI's report shows it (client.products: Name, Kind,
        Primary, Channel, LicenseStatus, LicenseStatusText, remaining days).
    .DESCRIPTION
        The same rules as src/report/client-facts.ts reportProducts, so Get-KmsClientState and the
        CLI describe a client alike: Kind is office (Office's application id, or an Office name
        without one), add-on (LicenseIsAddon, or "add-on" in the licence name) or windows;
        RemainingDays is GracePeriodRemainingMinutes in whole days rounded up, as slmgr prints
        them (for an activated KMS client: how long its activation stays valid).
    #>
    [CmdletBinding()]
    [OutputType([psobject])]
    param(
        [Parameter(Mandatory)] [psobject] $Product,
        [bool] $Primary
    )

    $officeAppId = '0ff1ce15-a989-479d-af46-f275c6370663'
    $kind = 'windows'
    if ([string] $Product.applicationId -eq $officeAppId -or ($null -eq $Product.applicationId -and [string] $Product.name -match '^Office\b')) { $kind = 'office' }
    elseif (Test-KmsAddonProduct $Product) { $kind = 'add-on' }
    $minutes = $Product.gracePeriodRemainingMinutes
    $days = $null
    if ($null -ne $minutes) { $days = [int] [Math]::Ceiling([double] $minutes / 1440) }
    [pscustomobject]@{
        Name                        = [string] $Product.name
        Kind                        = $kind
        Primary                     = $Primary
        Channel                     = [string] $Product.channel
        LicenseStatus               = $Product.licenseStatus
        LicenseStatusText           = ConvertTo-KmsLicenseStatusText $Product.licenseStatus
        GracePeriodRemainingMinutes = $minutes
        RemainingDays               = $days
    }
}
