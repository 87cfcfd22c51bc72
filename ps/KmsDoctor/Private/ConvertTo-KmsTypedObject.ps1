function ConvertTo-KmsTypedObject {
    <#
    .SYNOPSIS
        Copies the listed properties of an object parsed from the CLI's JSON onto a new
        PSCustomObject with the given PSTypeName, in the order listed, each cast as listed.
    .DESCRIPTION
        The New-Kms* builders differ only in which JSON properties they keep, under which names
        and as which types; a list says that more plainly than one assignment per line. Each
        -Property item is either a string:
            'Name'                  the input's property Name (looked up ignoring case, so
                                    'RuleId' reads "ruleId"), value as it is
            'Name:kind'             the same, converted: string, int, double, bool,
                                    strings ([string[]]), date (ConvertTo-KmsDoctorDate),
                                    object (ConvertTo-KmsDoctorObject), objects (the same, always
                                    an array)
            'Name=path.to.value:kind'  the value at a dotted path of the input, under Name
        or a dictionary of values the caller worked out, copied as they are (an [ordered] one
        when it holds more than one). A property missing along a path reads as $null, as older
        CLI versions and partial snapshots leave fields out. The order of the properties is
        the order of the list: the Format.ps1xml views and Types.ps1xml depend on it.
    #>
    [CmdletBinding()]
    [OutputType([psobject])]
    param(
        [Parameter(Mandatory)] [AllowNull()] $InputObject,
        [Parameter(Mandatory)] [string] $TypeName,
        [Parameter(Mandatory)] [object[]] $Property
    )

    $properties = [ordered]@{ PSTypeName = $TypeName }
    foreach ($item in $Property) {
        if ($item -is [System.Collections.IDictionary]) {
            # A plain @{} has no order, and the order of the properties is part of the output.
            if ($item.Count -gt 1 -and $item -isnot [System.Collections.Specialized.OrderedDictionary]) {
                throw "ConvertTo-KmsTypedObject: computed values for $TypeName need an [ordered] dictionary"
            }
            foreach ($entry in $item.GetEnumerator()) { $properties[$entry.Key] = $entry.Value }
            continue
        }
        $name, $kind = ([string] $item).Split(':', 2)
        $name, $path = $name.Split('=', 2)
        if (-not $path) { $path = $name }
        $value = $InputObject
        foreach ($step in $path.Split('.')) {
            # Not Get-KmsOptionalProperty: a function's output unrolls an array of one into its element.
            $found = $null
            if ($null -ne $value) { $found = $value.PSObject.Properties[$step] }
            $value = $null
            if ($null -ne $found) { $value = $found.Value }
        }
        # The unary commas keep an array one value: switch would unroll it (one element, or none, would lose its array).
        $properties[$name] = switch ($kind) {
            $null { , $value }
            'string' { [string] $value }
            'int' { [int] $value }
            'double' { [double] $value }
            'bool' { [bool] $value }
            'strings' { , ([string[]] @($value)) }
            'date' { ConvertTo-KmsDoctorDate $value }
            'object' { , (ConvertTo-KmsDoctorObject $value) }
            'objects' { , (ConvertTo-KmsDoctorObject @($value)) }
            default { throw "ConvertTo-KmsTypedObject: unknown kind '$kind' in '$item'" }
        }
    }
    [pscustomobject] $properties
}
