function ConvertTo-KmsDoctorObject {
    <#
    .SYNOPSIS
        Maps the CLI's camelCase JSON (as parsed by ConvertFrom-Json) to PascalCase objects.
    .DESCRIPTION
        Recursive: nested objects and arrays are mapped too; arrays stay arrays (also with one
        element or none). Property names only change case (`shareInPriority` -> `ShareInPriority`),
        so the JSON schema and about_KmsDoctor name the same things. A [datetime] that
        PowerShell 7.0-7.4 made of an ISO string becomes that string again, so every PowerShell
        sees the same value; cmdlets turn the times they expose into [datetime] themselves.
        Typed objects (with a PSTypeName) are built by the New-Kms* helpers from these parts.
    #>
    [CmdletBinding()]
    [OutputType([psobject])]
    param(
        [Parameter(Mandatory, Position = 0)] [AllowNull()] [AllowEmptyCollection()] [object] $InputObject
    )

    if ($null -eq $InputObject) { return $null }
    if ($InputObject -is [string] -or $InputObject -is [ValueType]) {
        if ($InputObject -is [datetime]) { return $InputObject.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.fffZ', [cultureinfo]::InvariantCulture) }
        return $InputObject
    }
    if ($InputObject -is [System.Collections.IEnumerable] -and $InputObject -isnot [System.Collections.IDictionary]) {
        $items = New-Object System.Collections.Generic.List[object]
        foreach ($item in $InputObject) { $items.Add((ConvertTo-KmsDoctorObject -InputObject $item)) }
        return , $items.ToArray()
    }
    $properties = [ordered]@{}
    $source = if ($InputObject -is [System.Collections.IDictionary]) { $InputObject.GetEnumerator() } else { $InputObject.PSObject.Properties }
    foreach ($property in $source) {
        $name = [string] $property.Name
        if ($name.Length -gt 0) { $name = $name.Substring(0, 1).ToUpperInvariant() + $name.Substring(1) }
        $properties[$name] = ConvertTo-KmsDoctorObject -InputObject $property.Value
    }
    [pscustomobject] $properties
}
