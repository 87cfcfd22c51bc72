function New-KmsActivationEvent {
    <#
    .SYNOPSIS
        One parsed KmsEvent (from `kmsdoctor events --json`) as a KmsDoctor.ActivationEvent.
    .DESCRIPTION
        The fields the CLI parsed from the event's data are flattened onto the object; a field the
        event kind does not have is $null (a 12289 has no Host, a 12288 no CurrentCount).
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.ActivationEvent')]
    param([Parameter(Mandatory)] [psobject] $KmsEvent)

    $fields = $KmsEvent.fields
    # The fields of this event's kind by name: a name the kind lacks reads as $null, StrictMode-safe
    # (5.1 has no ?. operator), with one pass over the fields rather than a lookup per property.
    $field = @{}
    if ($null -ne $fields) { foreach ($property in $fields.PSObject.Properties) { $field[$property.Name] = $property.Value } }
    $properties = [ordered]@{
        PSTypeName  = 'KmsDoctor.ActivationEvent'
        Id          = [int] $KmsEvent.id
        TimeCreated = ConvertTo-KmsDoctorDate $KmsEvent.timeCreated
    }
    # Each property is its field, looked up by the property's own name: @{} keys ignore case, so
    # HResult finds "hresult" and ClientName "clientName".
    foreach ($name in 'Kind', 'HResult', 'Host', 'Port', 'Domain', 'ClientName', 'CurrentCount', 'MinimumCount', 'Activated', 'Cmid', 'ActivationId', 'LicenseState', 'IsVm') {
        $properties[$name] = $field[$name]
    }
    $properties.ClientTime = ConvertTo-KmsDoctorObject ($field['clientTime'])
    $properties.Context = $field['context']
    $properties.Computer = $KmsEvent.computer
    $properties.RecordId = $KmsEvent.recordId
    $properties.Provider = $KmsEvent.provider
    $properties.Log = $KmsEvent.log
    $properties.Data = [string[]] @($KmsEvent.data | ForEach-Object { ConvertTo-KmsDoctorObject $_ })
    [pscustomobject] $properties
}
