function Get-KmsProduct {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Get-KmsProduct.psd1 and build/help/ja-JP/Get-KmsProduct.psd1.
    [CmdletBinding()]
    [OutputType('KmsDoctor.Product')]
    param(
        [Parameter(Position = 0, ValueFromPipeline)]
        [ValidateNotNullOrEmpty()]
        [SupportsWildcards()]
        [string[]] $Name,

        [ValidateSet('en', 'ja')] [string] $Language
    )

    begin {
        $patterns = New-Object System.Collections.Generic.List[string]
    }
    process {
        foreach ($pattern in @($Name)) { if ($pattern) { $patterns.Add($pattern) } }
    }
    end {
        # The CLI answers with one report (kind 'products'); the list is its `products` section.
        $report = Invoke-KmsDoctorCli -Argument @('activate-probe', '--list-products') -Output Json -Caller $PSCmdlet
        foreach ($product in @($report | ForEach-Object { $_.products })) {
            if ($null -eq $product) { continue }
            $names = @([string] $product.name) + @($product.aliases | ForEach-Object { [string] $_ })
            if ($patterns.Count -gt 0) {
                $hit = $false
                foreach ($pattern in $patterns) { foreach ($candidate in $names) { if ($candidate -like $pattern) { $hit = $true } } }
                if (-not $hit) { continue }
            }
            [pscustomobject]@{
                PSTypeName    = 'KmsDoctor.Product'
                Name          = [string] $product.name
                Aliases       = [string[]] @($product.aliases)
                Family        = [string] $product.family
                SkuId         = [string] $product.skuId
                KmsCountedId  = [string] $product.kmsCountedId
                KmsGroup      = [string] $product.kmsGroup
                ApplicationId = [string] $product.applicationId
                Protocol      = [int] $product.protocol
                MinimumCount  = [int] $product.minimumCount
                UnverifiedIds = [bool] $product.unverifiedIds
            }
        }
    }
}
