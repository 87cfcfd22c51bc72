# An add-on licence (ESU and the like): LicenseIsAddon where the collector read it, else the
# licence name, which is the same in every display language ("... add-on for ...").
function Test-KmsAddonProduct {
    [CmdletBinding()]
    [OutputType([bool])]
    param([Parameter(Mandatory)] [psobject] $Product)

    $flag = $Product.PSObject.Properties['licenseIsAddon']
    if ($null -ne $flag -and $null -ne $flag.Value) { return [bool] $flag.Value }
    [string] $Product.name -match '\badd-on\b'
}
