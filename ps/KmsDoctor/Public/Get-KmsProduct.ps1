function Get-KmsProduct {
    <#
    .SYNOPSIS
        Lists the products Invoke-KmsActivationProbe and Test-KmsConnectivity -Product can ask a
        KMS host for, with their ids, KMS group, protocol version and activation threshold.

    .DESCRIPTION
        Runs `kmsdoctor activate-probe --list-products --json` and returns one KmsDoctor.Product
        per product: Name, Aliases, Family, SkuId, KmsCountedId, KmsGroup, ApplicationId,
        Protocol (the KMS protocol version its clients send) and MinimumCount (the count the
        host must reach before it activates that product: 25 for clients, 5 for servers and
        Office). UnverifiedIds is $true where the ids come from a single public source.

    .PARAMETER Name
        Only products whose name or alias matches one of these wildcard patterns.

    .PARAMETER Language
        The language of the messages, errors and warnings, and of the findings' titles,
        messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: ja when
        $PSUICulture is ja-JP, else en.

    .EXAMPLE
        PS> Get-KmsProduct *Server*

        Name                               Family           KmsGroup                       Protocol Threshold
        ----                               ------           --------                       -------- ---------
        Windows Server 2025 Standard       windows-server   Windows Server 2025                   6         5
        ...

        The server products and the counts their hosts must reach.

    .EXAMPLE
        PS> Get-KmsProduct 'Windows 10 Enterprise' | Select-Object Name, SkuId

        Finds a product by one of its aliases.

    .LINK
        Invoke-KmsActivationProbe
    #>
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
        foreach ($product in @(Invoke-KmsDoctorCli -Argument @('activate-probe', '--list-products') -Output Json -Caller $PSCmdlet)) {
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
