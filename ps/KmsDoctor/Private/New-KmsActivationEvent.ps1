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
    $kind = $field['kind']
    [pscustomobject]@{
        PSTypeName   = 'KmsDoctor.ActivationEvent'
        Id           = [int] $KmsEvent.id
        TimeCreated  = ConvertTo-KmsDoctorDate $KmsEvent.timeCreated
        Kind         = $kind
        HResult      = $field['hresult']
        Host         = $field['host']
        Port         = $field['port']
        Domain       = $field['domain']
        ClientName   = $field['clientName']
        CurrentCount = $field['currentCount']
        MinimumCount = $field['minimumCount']
        Activated    = $field['activated']
        Cmid         = $field['cmid']
        ActivationId = $field['activationId']
        LicenseState = $field['licenseState']
        IsVm         = $field['isVm']
        ClientTime   = ConvertTo-KmsDoctorObject ($field['clientTime'])
        Context      = $field['context']
        Computer     = $KmsEvent.computer
        RecordId     = $KmsEvent.recordId
        Provider     = $KmsEvent.provider
        Log          = $KmsEvent.log
        Data         = [string[]] @($KmsEvent.data | ForEach-Object { ConvertTo-KmsDoctorObject $_ })
    }
}
