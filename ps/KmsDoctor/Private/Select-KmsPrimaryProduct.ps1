function Select-KmsPrimaryProduct {
    <#
    .SYNOPSIS
        The product a snapshot's client checks are about, chosen as slmgr chooses its primary
        Windows SKU: Windows application, key installed, not an add-on (LicenseIsAddon; in snapshots
        made from slmgr text, an "add-on" in the licence name), a KMS client (GVLK) one first.
    .DESCRIPTION
        The same choice as the CLI's primaryWindowsProduct (src/client/kms-client-product.ts), so the
        module and the CLI never describe different products. $null when there is none.
    #>
    [CmdletBinding()]
    [OutputType([psobject])]
    param([AllowNull()] [AllowEmptyCollection()] [object[]] $Products)

    $windowsAppId = '55c92734-d682-4d71-983e-d6ec3f16059f'
    $candidates = @($Products | Where-Object {
            $null -ne $_ -and
            ($null -eq $_.applicationId -or $_.applicationId -eq $windowsAppId) -and
            -not (Test-KmsAddonProduct $_)
        })
    $kmsClient = @($candidates | Where-Object { $_.channel -eq 'VOLUME_KMSCLIENT' })
    if ($kmsClient.Count -gt 0) { return $kmsClient[0] }
    $notHost = @($candidates | Where-Object { $_.channel -ne 'VOLUME_KMS' })
    if ($notHost.Count -gt 0) { return $notHost[0] }
    if ($candidates.Count -gt 0) { return $candidates[0] }
    $null
}
