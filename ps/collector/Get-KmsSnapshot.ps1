#Requires -Version 5.1
<#
.SYNOPSIS
    Collects this machine's KMS activation facts into one kms-doctor snapshot (JSON).

.DESCRIPTION
    Reads, without changing anything and without administrator rights:
      - CIM SoftwareLicensingService and SoftwareLicensingProduct (Windows and Office products
        that have a key installed);
      - the Software Protection Platform registry values;
      - the built-in "Key Management Service (TCP-In)" firewall rule (SPPSVC-In-TCP): whether it
        is enabled and for which profiles (Get-NetFirewallRule; null where that command is missing);
      - the DNS client view (host name, primary and connection-specific suffixes, suffix search
        list, DNS servers);
      - Win32_OperatingSystem, Win32_ComputerSystem and the clock;
      - slmgr's own labels for the UI language, %SystemRoot%\System32\slmgr\<LANGID>\slmgr.ini
        (none on an English machine), so `slmgr /dlv` text from this machine can be read exactly
        later (`kmsdoctor analyze dlv.txt --slmgr-ini snapshot.json`);
      - on a KMS host, the settings of its "Key Management Service" log (Get-WinEvent -ListLog:
        size, maximum size, retention mode, record count, whether it is full) and the time of its
        oldest record, which tell how far back its 12290 events reach;
      - the newest activation events (12288, 12289, 8198, 12293, 12294 from the Application log,
        12290 from the Key Management Service log where it exists) through their Properties,
        never their localized message text.
    Every part is read defensively: a part or property that cannot be read becomes null and a
    line in "notes", so an old build or a locked-down machine still yields a snapshot.

    The output follows src/snapshot/snapshot.schema.json (urn:kms-doctor:snapshot:1). Analyse it
    anywhere with `kmsdoctor connectivity --snapshot FILE`.

.PARAMETER EventCount
    How many of the newest activation events to keep (default 50).

.PARAMETER OutFile
    Write the snapshot to this file (UTF-8 without BOM, replaced atomically) instead of stdout.
    Stdout carries ASCII-only JSON (non-ASCII as \uXXXX escapes), so no console code page can
    garble it.

.EXAMPLE
    PS> .\Get-KmsSnapshot.ps1 -OutFile "$env:TEMP\kms-snapshot.json"

.EXAMPLE
    PS> .\Get-KmsSnapshot.ps1 | ConvertFrom-Json | Select-Object -ExpandProperty service
#>
[CmdletBinding()]
param(
    [ValidateRange(0, 10000)]
    [int] $EventCount = 50,

    [string] $OutFile
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
# Progress records would reach a redirected stderr as CLIXML on Windows PowerShell 5.1.
$ProgressPreference = 'SilentlyContinue'

$WindowsAppId = '55c92734-d682-4d71-983e-d6ec3f16059f'
$OfficeAppId = '0ff1ce15-a989-479d-af46-f275c6370663'
$SppKey = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\SoftwareProtectionPlatform'
$TcpipKey = 'HKLM:\SYSTEM\CurrentControlSet\Services\Tcpip\Parameters'
$Invariant = [System.Globalization.CultureInfo]::InvariantCulture
# A real slmgr.ini is about 60 KB (src/dlv/ini.ts MAX_INI_BYTES).
$MaxSlmgrIniBytes = 4MB

$Notes = New-Object 'System.Collections.Generic.List[string]'

function Add-Note([string] $Text) {
    if (-not $Notes.Contains($Text)) { $Notes.Add($Text) }
}

function Get-ErrorText($ErrorRecord) {
    $ErrorRecord.Exception.Message -replace '\s+', ' '
}

# The value of one property, or $null plus a note when the object lacks it (older builds do not
# expose every property; under StrictMode reading a missing property would throw).
function Get-Prop($Object, [string] $Name, [string] $Class) {
    if ($null -eq $Object) { return $null }
    $property = $Object.PSObject.Properties[$Name]
    if ($null -eq $property) {
        Add-Note "$Class has no property $Name on this build; its field is null"
        return $null
    }
    $property.Value
}

# Text, with empty and whitespace-only values as $null (WMI reports "not set" as empty).
function ConvertTo-Text($Value) {
    if ($null -eq $Value) { return $null }
    $text = [System.Convert]::ToString($Value, $Invariant)
    if ([string]::IsNullOrWhiteSpace($text)) { return $null }
    $text.Trim()
}

# A whole number, or $null when absent or not numeric.
function ConvertTo-Number($Value) {
    if ($null -eq $Value) { return $null }
    $number = [long]0
    if ($Value -is [bool]) { return $null }
    if ([long]::TryParse([System.Convert]::ToString($Value, $Invariant), [System.Globalization.NumberStyles]::Integer, $Invariant, [ref] $number)) {
        return $number
    }
    $null
}

# uint32 counters use 0xFFFFFFFF (or -1 through a signed view) for "not reported".
function ConvertTo-Count($Value) {
    $number = ConvertTo-Number $Value
    if ($null -eq $number -or $number -lt 0 -or $number -eq 4294967295) { return $null }
    $number
}

# A port where 0 means "not set".
function ConvertTo-Port($Value) {
    $number = ConvertTo-Number $Value
    if ($null -eq $number -or $number -le 0 -or $number -gt 65535) { return $null }
    $number
}

function ConvertTo-Flag($Value) {
    if ($null -eq $Value) { return $null }
    if ($Value -is [bool]) { return $Value }
    $number = ConvertTo-Number $Value
    if ($null -eq $number) { return $null }
    $number -ne 0
}

# An HRESULT-style uint32 as 0xXXXXXXXX (a signed view is turned back into its unsigned value).
function ConvertTo-Hex($Value) {
    $number = ConvertTo-Number $Value
    if ($null -eq $number) { return $null }
    if ($number -lt 0) { $number += 4294967296 }
    '0x{0:X8}' -f $number
}

function ConvertTo-IsoUtc($Value) {
    if ($null -eq $Value) { return $null }
    ([datetime] $Value).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.fffZ', $Invariant)
}

# License channel from Description ("…, VOLUME_KMSCLIENT channel"), whatever the UI language.
function Get-LicenseChannel([string] $Description) {
    if ($Description -cmatch 'VOLUME_KMSCLIENT') { return 'VOLUME_KMSCLIENT' }
    if ($Description -cmatch 'VOLUME_KMS') { return 'VOLUME_KMS' }
    if ($Description -cmatch 'VOLUME_MAK') { return 'VOLUME_MAK' }
    if ($Description -cmatch '\bRETAIL') { return 'RETAIL' }
    if ($Description -cmatch '\bOEM') { return 'OEM' }
    'OTHER'
}

#region Operating system and computer
function Get-ComputerPart {
    $os = $null
    $cs = $null
    try { $os = Get-CimInstance -ClassName Win32_OperatingSystem } catch { Add-Note "Could not read Win32_OperatingSystem: $(Get-ErrorText $_)" }
    try { $cs = Get-CimInstance -ClassName Win32_ComputerSystem } catch { Add-Note "Could not read Win32_ComputerSystem: $(Get-ErrorText $_)" }
    $partOfDomain = ConvertTo-Flag (Get-Prop $cs 'PartOfDomain' 'Win32_ComputerSystem')
    $domain = ConvertTo-Text (Get-Prop $cs 'Domain' 'Win32_ComputerSystem')
    # A workgroup machine reports its workgroup name as Domain.
    if ($partOfDomain -eq $false) { $domain = $null }
    $name = ConvertTo-Text (Get-Prop $cs 'Name' 'Win32_ComputerSystem')
    if ($null -eq $name) { $name = ConvertTo-Text $env:COMPUTERNAME }
    [ordered]@{
        name         = $name
        domain       = $domain
        partOfDomain = $partOfDomain
        osCaption    = ConvertTo-Text (Get-Prop $os 'Caption' 'Win32_OperatingSystem')
        osVersion    = ConvertTo-Text (Get-Prop $os 'Version' 'Win32_OperatingSystem')
        hostName     = ConvertTo-Text (Get-Prop $cs 'DNSHostName' 'Win32_ComputerSystem')
    }
}
#endregion

#region KMS client settings
# The KMS client settings SoftwareLicensingService and SoftwareLicensingProduct both carry, under
# the same CIM names: added to either's record by one function.
function Add-KmsClientSetting([System.Collections.Specialized.OrderedDictionary] $Record, $Instance, [string] $Class) {
    $Record.kmsMachine = ConvertTo-Text (Get-Prop $Instance 'KeyManagementServiceMachine' $Class)
    $Record.kmsPort = ConvertTo-Port (Get-Prop $Instance 'KeyManagementServicePort' $Class)
    $Record.lookupDomain = ConvertTo-Text (Get-Prop $Instance 'KeyManagementServiceLookupDomain' $Class)
    $Record.discoveredMachine = ConvertTo-Text (Get-Prop $Instance 'DiscoveredKeyManagementServiceMachineName' $Class)
    $Record.discoveredPort = ConvertTo-Port (Get-Prop $Instance 'DiscoveredKeyManagementServiceMachinePort' $Class)
    $Record.discoveredIpAddress = ConvertTo-Text (Get-Prop $Instance 'DiscoveredKeyManagementServiceMachineIpAddress' $Class)
    $Record.kmsHostEpid = ConvertTo-Text (Get-Prop $Instance 'KeyManagementServiceProductKeyID' $Class)
    $Record.activationIntervalMinutes = ConvertTo-Count (Get-Prop $Instance 'VLActivationInterval' $Class)
    $Record.renewalIntervalMinutes = ConvertTo-Count (Get-Prop $Instance 'VLRenewalInterval' $Class)
    $Record.isKmsHost = ConvertTo-Flag (Get-Prop $Instance 'IsKeyManagementServiceMachine' $Class)
    $currentCount = ConvertTo-Count (Get-Prop $Instance 'KeyManagementServiceCurrentCount' $Class)
    # Only a host counts; a client reports a meaningless value here.
    $Record.currentCount = if ($Record.isKmsHost -eq $false) { $null } else { $currentCount }
    $Record.requiredClientCount = ConvertTo-Count (Get-Prop $Instance 'RequiredClientCount' $Class)
}
#endregion

#region SoftwareLicensingService
function Get-ServicePart {
    try {
        $svc = @(Get-CimInstance -ClassName SoftwareLicensingService)
    } catch {
        Add-Note "Could not read SoftwareLicensingService: $(Get-ErrorText $_)"
        return $null
    }
    if ($svc.Count -eq 0) {
        Add-Note 'SoftwareLicensingService returned no instance'
        return $null
    }
    $s = $svc[0]
    $c = 'SoftwareLicensingService'
    $record = [ordered]@{
        version         = ConvertTo-Text (Get-Prop $s 'Version' $c)
        clientMachineId = ConvertTo-Text (Get-Prop $s 'ClientMachineID' $c)
    }
    Add-KmsClientSetting $record $s $c
    $record.hostCaching = ConvertTo-Flag (Get-Prop $s 'KeyManagementServiceHostCaching' $c)
    $record.listeningPort = ConvertTo-Count (Get-Prop $s 'KeyManagementServiceListeningPort' $c)
    $record.dnsPublishing = ConvertTo-Flag (Get-Prop $s 'KeyManagementServiceDnsPublishing' $c)
    $record.lowPriority = ConvertTo-Flag (Get-Prop $s 'KeyManagementServiceLowPriority' $c)
    $record.requests = [ordered]@{
        total                   = ConvertTo-Count (Get-Prop $s 'KeyManagementServiceTotalRequests' $c)
        failed                  = ConvertTo-Count (Get-Prop $s 'KeyManagementServiceFailedRequests' $c)
        unlicensed              = ConvertTo-Count (Get-Prop $s 'KeyManagementServiceUnlicensedRequests' $c)
        licensed                = ConvertTo-Count (Get-Prop $s 'KeyManagementServiceLicensedRequests' $c)
        initialGrace            = ConvertTo-Count (Get-Prop $s 'KeyManagementServiceOOBGraceRequests' $c)
        expiredOrOutOfTolerance = ConvertTo-Count (Get-Prop $s 'KeyManagementServiceOOTGraceRequests' $c)
        nonGenuineGrace         = ConvertTo-Count (Get-Prop $s 'KeyManagementServiceNonGenuineGraceRequests' $c)
        notification            = ConvertTo-Count (Get-Prop $s 'KeyManagementServiceNotificationRequests' $c)
    }
    $record.remainingWindowsRearmCount = ConvertTo-Count (Get-Prop $s 'RemainingWindowsReArmCount' $c)
    $record
}
#endregion

#region SoftwareLicensingProduct
function ConvertTo-ProductRecord($p) {
    $c = 'SoftwareLicensingProduct'
    $description = ConvertTo-Text (Get-Prop $p 'Description' $c)
    if ($null -eq $description) { $description = '' }
    $name = ConvertTo-Text (Get-Prop $p 'Name' $c)
    if ($null -eq $name) { $name = '' }
    $record = [ordered]@{
        id                          = ConvertTo-Text (Get-Prop $p 'ID' $c)
        applicationId               = ConvertTo-Text (Get-Prop $p 'ApplicationID' $c)
        name                        = $name
        description                 = $description
        channel                     = Get-LicenseChannel $description
        productKeyChannel           = ConvertTo-Text (Get-Prop $p 'ProductKeyChannel' $c)
        partialProductKey           = ConvertTo-Text (Get-Prop $p 'PartialProductKey' $c)
        licenseStatus               = ConvertTo-Count (Get-Prop $p 'LicenseStatus' $c)
        licenseStatusReason         = ConvertTo-Hex (Get-Prop $p 'LicenseStatusReason' $c)
        gracePeriodRemainingMinutes = ConvertTo-Count (Get-Prop $p 'GracePeriodRemaining' $c)
    }
    Add-KmsClientSetting $record $p $c
    $record.activationTypeEnabled = ConvertTo-Count (Get-Prop $p 'VLActivationTypeEnabled' $c)
    $record.kmsProductKeyId = ConvertTo-Text (Get-Prop $p 'KeyManagementServiceProductKeyID' $c)
    # slmgr never takes an add-on (ESU) as the primary Windows product; the analysis does the same.
    $record.licenseIsAddon = ConvertTo-Flag (Get-Prop $p 'LicenseIsAddon' $c)
    $record.trustedTime = ConvertTo-IsoUtc (Get-Prop $p 'TrustedTime' $c)
    $record
}

# Emits one record per Windows or Office product with a key; the caller collects them with @().
function Get-ProductPart {
    try {
        $products = @(Get-CimInstance -ClassName SoftwareLicensingProduct -Filter 'PartialProductKey IS NOT NULL')
    } catch {
        Add-Note "Could not read SoftwareLicensingProduct: $(Get-ErrorText $_)"
        return
    }
    foreach ($p in $products) {
        $appId = ConvertTo-Text (Get-Prop $p 'ApplicationID' 'SoftwareLicensingProduct')
        if ($null -eq $appId -or ($appId -ne $WindowsAppId -and $appId -ne $OfficeAppId)) { continue }
        $record = ConvertTo-ProductRecord $p
        if ($null -eq $record.id) {
            Add-Note "A SoftwareLicensingProduct without ID was skipped ($($record.name))"
            continue
        }
        $record
    }
}
#endregion

#region Registry
function Get-RegistryPart {
    try {
        $values = Get-ItemProperty -LiteralPath $SppKey
    } catch {
        Add-Note "Could not read $($SppKey): $(Get-ErrorText $_)"
        return $null
    }
    # Absent values are normal (most are host-side or optional): null without a note.
    $read = {
        param([string] $Name)
        $property = $values.PSObject.Properties[$Name]
        if ($null -eq $property) { return $null }
        $property.Value
    }
    $publishList = New-Object 'System.Collections.Generic.List[string]'
    foreach ($line in @(& $read 'DnsDomainPublishList')) {
        $text = ConvertTo-Text $line
        if ($null -ne $text) { $publishList.Add($text) }
    }
    [ordered]@{
        keyManagementServiceName          = ConvertTo-Text (& $read 'KeyManagementServiceName')
        keyManagementServicePort          = ConvertTo-Text (& $read 'KeyManagementServicePort')
        keyManagementServiceListeningPort = ConvertTo-Text (& $read 'KeyManagementServiceListeningPort')
        keyManagementServiceVersion       = ConvertTo-Text (& $read 'KeyManagementServiceVersion')
        disableDnsPublishing              = ConvertTo-Number (& $read 'DisableDnsPublishing')
        dnsDomainPublishList              = $publishList.ToArray()
        enableKmsLowPriority              = ConvertTo-Number (& $read 'EnableKmsLowPriority')
        vlActivationInterval              = ConvertTo-Number (& $read 'VLActivationInterval')
        vlRenewalInterval                 = ConvertTo-Number (& $read 'VLRenewalInterval')
        skipRearm                         = ConvertTo-Number (& $read 'SkipRearm')
    }
}
#endregion

#region Firewall
# The inbound rule a KMS host needs open: SPPSVC-In-TCP ("Key Management Service (TCP-In)"),
# shipped disabled. Get-NetFirewallRule (NetSecurity, Windows 8 / Server 2012 and later) reports
# Enabled as 'True'/'False' (an enum; a bool or 1/2 are taken too) and Profile as flags
# ('Domain, Private', 'Any'; 1/2/4 as a number). No command (old OS, Linux): null, no note.
$FirewallRuleName = 'SPPSVC-In-TCP'

function ConvertTo-RuleEnabled($Value) {
    if ($null -eq $Value) { return $null }
    if ($Value -is [bool]) { return $Value }
    $text = ([string] $Value).Trim()
    if ($text -eq 'True' -or $text -eq '1') { return $true }
    if ($text -eq 'False' -or $text -eq '2' -or $text -eq '0') { return $false }
    Add-Note "Get-NetFirewallRule reported Enabled '$text' for $FirewallRuleName; kmsRuleEnabled is null"
    $null
}

# Emits the names one by one; callers wrap the call in @() so one name stays a JSON array.
function ConvertTo-RuleProfiles($Value) {
    $names = New-Object 'System.Collections.Generic.List[string]'
    if ($null -eq $Value) { return $names.ToArray() }
    $text = ([string] $Value).Trim()
    $number = 0
    if ([int]::TryParse($text, [ref] $number)) {
        if ($number -eq 0) { $names.Add('Any') }
        if ($number -band 1) { $names.Add('Domain') }
        if ($number -band 2) { $names.Add('Private') }
        if ($number -band 4) { $names.Add('Public') }
        return $names.ToArray()
    }
    foreach ($part in $text.Split(',')) {
        $name = $part.Trim()
        if ($name.Length -gt 0 -and -not $names.Contains($name)) { $names.Add($name) }
    }
    $names.ToArray()
}

function Get-FirewallPart {
    try {
        $rule = @(Get-NetFirewallRule -Name $FirewallRuleName -ErrorAction Stop) | Select-Object -First 1
    } catch [System.Management.Automation.CommandNotFoundException] {
        return $null
    } catch {
        if ($_.CategoryInfo.Category -eq [System.Management.Automation.ErrorCategory]::ObjectNotFound) {
            Add-Note "There is no firewall rule $FirewallRuleName (Key Management Service (TCP-In)); firewall is null"
        } else {
            Add-Note "Could not read the firewall rule $($FirewallRuleName) (Get-NetFirewallRule): $(Get-ErrorText $_)"
        }
        return $null
    }
    if ($null -eq $rule) {
        Add-Note "There is no firewall rule $FirewallRuleName (Key Management Service (TCP-In)); firewall is null"
        return $null
    }
    $enabled = $null
    $profiles = $null
    if ($null -ne $rule.PSObject.Properties['Enabled']) { $enabled = $rule.Enabled }
    if ($null -ne $rule.PSObject.Properties['Profile']) { $profiles = $rule.Profile }
    [ordered]@{
        kmsRuleEnabled  = ConvertTo-RuleEnabled $enabled
        kmsRuleProfiles = @(ConvertTo-RuleProfiles $profiles)
    }
}
#endregion

#region DNS client view
function Get-PrimaryDnsSuffix {
    try {
        $tcpip = Get-ItemProperty -LiteralPath $TcpipKey
    } catch {
        Add-Note "Could not read $($TcpipKey): $(Get-ErrorText $_)"
        return $null
    }
    # 'NV Domain' is the configured primary suffix; 'Domain' the one in effect.
    foreach ($name in 'NV Domain', 'Domain') {
        $property = $tcpip.PSObject.Properties[$name]
        if ($null -ne $property) {
            $suffix = ConvertTo-Text $property.Value
            if ($null -ne $suffix) { return $suffix }
        }
    }
    $null
}

function Get-DnsPart($HostName) {
    $searchList = New-Object 'System.Collections.Generic.List[string]'
    $connection = New-Object 'System.Collections.Generic.List[object]'
    $servers = New-Object 'System.Collections.Generic.List[string]'
    try {
        foreach ($suffix in @((Get-DnsClientGlobalSetting).SuffixSearchList)) {
            $text = ConvertTo-Text $suffix
            if ($null -ne $text) { $searchList.Add($text) }
        }
    } catch { Add-Note "Could not read the DNS suffix search list (Get-DnsClientGlobalSetting): $(Get-ErrorText $_)" }
    try {
        foreach ($client in @(Get-DnsClient)) {
            $suffix = ConvertTo-Text (Get-Prop $client 'ConnectionSpecificSuffix' 'Get-DnsClient')
            if ($null -eq $suffix) { continue }
            $alias = ConvertTo-Text (Get-Prop $client 'InterfaceAlias' 'Get-DnsClient')
            if ($null -eq $alias) { $alias = '' }
            $connection.Add([ordered]@{ interface = $alias; suffix = $suffix })
        }
    } catch { Add-Note "Could not read connection-specific DNS suffixes (Get-DnsClient): $(Get-ErrorText $_)" }
    try {
        foreach ($entry in @(Get-DnsClientServerAddress)) {
            foreach ($address in @(Get-Prop $entry 'ServerAddresses' 'Get-DnsClientServerAddress')) {
                $text = ConvertTo-Text $address
                if ($null -ne $text -and -not $servers.Contains($text)) { $servers.Add($text) }
            }
        }
    } catch { Add-Note "Could not read DNS servers (Get-DnsClientServerAddress): $(Get-ErrorText $_)" }
    [ordered]@{
        hostName            = $HostName
        primaryDnsSuffix    = Get-PrimaryDnsSuffix
        connectionSuffixes  = $connection.ToArray()
        suffixSearchList    = $searchList.ToArray()
        dnsServers          = $servers.ToArray()
    }
}
#endregion

#region slmgr.ini
# The UI language's LANGID, the folder slmgr takes its labels from (VBScript GetUILanguage): the
# LCID of Get-UICulture, else Get-Culture, without its sort bits. $null when neither tells.
function Get-UiLanguageId {
    $problem = $null
    foreach ($read in { Get-UICulture }, { Get-Culture }) {
        try {
            $culture = & $read
            if ($null -eq $culture) { continue }
            $property = $culture.PSObject.Properties['LCID']
            if ($null -eq $property) { continue }
            $lcid = ConvertTo-Number $property.Value
            if ($null -ne $lcid -and $lcid -gt 0) { return ($lcid -band 0xFFFF) }
        } catch {
            $problem = Get-ErrorText $_
        }
    }
    if ($null -ne $problem) { Add-Note "Could not tell the UI language (Get-UICulture, Get-Culture): $problem; slmgrIni is null" }
    $null
}

# One quote off each end, as slmgr's TrimChar(value, '"'). Characters are compared ordinally
# throughout: culture-aware StartsWith/IndexOf skip "ignorable" characters such as U+FEFF.
function Get-UnquotedValue([string] $Value) {
    if ($Value.Length -gt 0 -and $Value[0] -eq [char] '"') { $Value = $Value.Substring(1) }
    if ($Value.Length -gt 0 -and $Value[$Value.Length - 1] -eq [char] '"') { $Value = $Value.Substring(0, $Value.Length - 1) }
    $Value
}

# This machine's slmgr.ini for its UI language: read as "Unicode" (UTF-16LE) like slmgr does, its
# L_Xxx=value lines split at the first '=', key and value trimmed, one quote dropped from each end
# of the value, the first of keys differing only in case kept (src/dlv/ini.ts reads a file the
# same way). No file (an English machine) is normal: $null without a note.
function Get-SlmgrIniPart {
    $langId = Get-UiLanguageId
    if ($null -eq $langId) { return $null }
    $root = $env:SystemRoot
    if ([string]::IsNullOrEmpty($root)) { $root = $env:windir }
    if ([string]::IsNullOrEmpty($root)) {
        Add-Note 'SystemRoot is not set, so slmgr.ini could not be looked for; slmgrIni is null'
        return $null
    }
    $hex = '{0:X4}' -f $langId
    $path = [System.IO.Path]::Combine($root, 'System32', 'slmgr', $hex, 'slmgr.ini')
    try {
        if (-not (Test-Path -LiteralPath $path -PathType Leaf)) { return $null }
        $size = (New-Object System.IO.FileInfo($path)).Length
        if ($size -gt $MaxSlmgrIniBytes) {
            Add-Note "$path is $size bytes, too large for a slmgr.ini; slmgrIni is null"
            return $null
        }
        # A UTF-16LE byte-order mark is dropped; the text is split into lines below.
        $text = [System.IO.File]::ReadAllText($path, [System.Text.Encoding]::Unicode)
    } catch {
        Add-Note "Could not read $($path): $(Get-ErrorText $_); slmgrIni is null"
        return $null
    }
    $entries = [ordered]@{}
    foreach ($raw in ($text -split "\r\n|\r|\n")) {
        $line = $raw.Trim()
        if ($line.Length -gt 0 -and $line[0] -eq [char] 0xFEFF) { $line = $line.Substring(1).Trim() }
        if ($line.Length -eq 0 -or $line[0] -eq [char] ';' -or $line[0] -eq [char] '#' -or $line[0] -eq [char] '[') { continue }
        $eq = $line.IndexOf([char] '=')
        if ($eq -le 0) { continue }
        $key = $line.Substring(0, $eq).Trim()
        # Case-sensitive class: under -match's culture-aware IgnoreCase, [a-z] would also take the Kelvin sign.
        if ($key -cnotmatch '^[Ll]_[A-Za-z0-9_]+$') { continue }
        # [ordered] keys compare case-insensitively, as slmgr's Dictionary does: the first one wins.
        if ($entries.Contains($key)) { continue }
        if ($entries.Count -ge 2000) {
            Add-Note "$path has more than 2000 L_Xxx lines; the first 2000 are kept"
            break
        }
        $entries[$key] = Get-UnquotedValue ($line.Substring($eq + 1).Trim())
    }
    if ($entries.Count -eq 0) {
        Add-Note "$path has no L_Xxx=value line; slmgrIni is null"
        return $null
    }
    [ordered]@{
        langId  = $hex
        path    = $path
        entries = $entries
    }
}
#endregion

#region Key Management Service log
# The KMS host's own log, where each activation request leaves a 12290 (kms-facts.md, section 4.7). A full
# log is one reason the guide gives for a client's missing 12290, and a log younger than 30 days
# holds less than the host's counting window, so its size, limit, retention and oldest record are
# kept. Only a KMS host has the log: elsewhere kmsLog is null, without a note.
$KmsLogName = 'Key Management Service'

# EventLogMode: Circular (0), AutoBackup (1), Retain (2); the name or the number is taken.
function ConvertTo-LogMode($Value) {
    if ($null -eq $Value) { return $null }
    $text = ([string] $Value).Trim()
    foreach ($mode in @(@('Circular', '0'), @('AutoBackup', '1'), @('Retain', '2'))) {
        if ($text -eq $mode[0] -or $text -eq $mode[1]) { return $mode[0] }
    }
    Add-Note "Get-WinEvent -ListLog reported LogMode '$text' for the $KmsLogName log; logMode is null"
    $null
}

function Test-NoLog($ErrorRecord) {
    $id = ''
    if ($null -ne $ErrorRecord.FullyQualifiedErrorId) { $id = [string] $ErrorRecord.FullyQualifiedErrorId }
    $id -like 'NoMatchingLogsFound*'
}

# The oldest record's time, or $null (an empty log, or a record that cannot be read: with a note).
function Get-OldestKmsLogRecordTime {
    try {
        $oldest = @(Get-WinEvent -LogName $KmsLogName -Oldest -MaxEvents 1 -ErrorAction Stop) | Select-Object -First 1
    } catch {
        $id = ''
        if ($null -ne $_.FullyQualifiedErrorId) { $id = [string] $_.FullyQualifiedErrorId }
        if ($id -notlike 'NoMatchingEventsFound*') { Add-Note "Could not read the oldest record of the $KmsLogName log: $(Get-ErrorText $_)" }
        return $null
    }
    if ($null -eq $oldest) { return $null }
    ConvertTo-IsoUtc (Get-Prop $oldest 'TimeCreated' 'EventLogRecord')
}

function Get-KmsLogPart {
    try {
        $log = @(Get-WinEvent -ListLog $KmsLogName -ErrorAction Stop) | Select-Object -First 1
    } catch {
        if (-not (Test-NoLog $_)) { Add-Note "Could not read the settings of the $KmsLogName log (Get-WinEvent -ListLog): $(Get-ErrorText $_)" }
        return $null
    }
    if ($null -eq $log) { return $null }
    $class = 'EventLogConfiguration'
    $recordCount = ConvertTo-Count (Get-Prop $log 'RecordCount' $class)
    $oldest = $null
    if ($recordCount -ne 0) { $oldest = Get-OldestKmsLogRecordTime }
    [ordered]@{
        fileSizeBytes    = ConvertTo-Count (Get-Prop $log 'FileSize' $class)
        maximumSizeBytes = ConvertTo-Count (Get-Prop $log 'MaximumSizeInBytes' $class)
        logMode          = ConvertTo-LogMode (Get-Prop $log 'LogMode' $class)
        recordCount      = $recordCount
        isFull           = ConvertTo-Flag (Get-Prop $log 'IsLogFull' $class)
        oldestRecordTime = $oldest
    }
}
#endregion

#region Events
function ConvertTo-EventRecord($e) {
    $data = New-Object 'System.Collections.Generic.List[string]'
    foreach ($property in @($e.Properties)) {
        if ($null -eq $property) { continue }
        $value = $property.Value
        if ($null -eq $value) { $data.Add('') } else { $data.Add([System.Convert]::ToString($value, $Invariant)) }
    }
    [ordered]@{
        id          = [long] $e.Id
        timeCreated = ConvertTo-IsoUtc $e.TimeCreated
        recordId    = ConvertTo-Count $e.RecordId
        provider    = ConvertTo-Text $e.ProviderName
        log         = ConvertTo-Text $e.LogName
        computer    = ConvertTo-Text $e.MachineName
        data        = $data.ToArray()
        # Parsed on the Node side from data, so the parsing lives (and is tested) in one place.
        fields      = $null
    }
}

# Events matching the filter, newest first; none found is not a problem.
function Read-Event([hashtable] $Filter, [string] $What, [switch] $Optional) {
    try {
        return @(Get-WinEvent -FilterHashtable $Filter -MaxEvents $EventCount)
    } catch {
        $id = ''
        if ($null -ne $_.FullyQualifiedErrorId) { $id = [string] $_.FullyQualifiedErrorId }
        if ($id -like 'NoMatchingEventsFound*') { return @() }
        if ($Optional -and $id -like 'NoMatchingLogsFound*') { return @() }
        Add-Note "Could not read $($What): $(Get-ErrorText $_)"
        return @()
    }
}

# Emits the newest -EventCount records, newest first; the caller collects them with @().
function Get-EventPart {
    if ($EventCount -le 0) { return }
    $found = @()
    $found += @(Read-Event @{ LogName = 'Application'; ProviderName = 'Microsoft-Windows-Security-SPP'; Id = 12288, 12289, 8198, 12293, 12294 } 'activation events (Application log)')
    # 12290 exists only on a KMS host, in its own log.
    $found += @(Read-Event @{ LogName = 'Key Management Service'; Id = 12290 } 'KMS host events (Key Management Service log)' -Optional)
    $records = @()
    foreach ($e in $found) {
        try { $records += , (ConvertTo-EventRecord $e) } catch { Add-Note "An event could not be read: $(Get-ErrorText $_)" }
    }
    $records |
        Where-Object { $null -ne $_.timeCreated } |
        Sort-Object -Property @{ Expression = { $_.timeCreated }; Descending = $true }, @{ Expression = { $_.recordId }; Descending = $true } |
        Select-Object -First $EventCount
}
#endregion

#region Output
function ConvertTo-AsciiJson([string] $Json) {
    [regex]::Replace($Json, '[^\x00-\x7F]', { param($m) '\u{0:x4}' -f [int][char] $m.Value })
}

# The one atomic writer of ps/: the module defines its copy from this text (KmsDoctor.psm1), because
# this script runs alone on remote machines and cannot import anything.
function Write-FileAtomically([string] $Path, [byte[]] $Bytes) {
    # A temporary file in the same folder, renamed over the target: a reader (or an interrupted
    # run) sees the old file or the whole new one, never half of it.
    $directory = [System.IO.Path]::GetDirectoryName($Path)
    if ([string]::IsNullOrEmpty($directory)) { $directory = (Get-Location -PSProvider FileSystem).ProviderPath }
    if (-not [System.IO.Directory]::Exists($directory)) { throw "The folder to write $([System.IO.Path]::GetFileName($Path)) in does not exist: $directory" }
    $temp = [System.IO.Path]::Combine($directory, ('.{0}.{1}.tmp' -f [System.IO.Path]::GetFileName($Path), [guid]::NewGuid().ToString('N')))
    try {
        [System.IO.File]::WriteAllBytes($temp, $Bytes)
        # .NET Framework's File.Move cannot overwrite; File.Replace swaps in place when the target exists.
        if ([System.IO.File]::Exists($Path)) { [System.IO.File]::Replace($temp, $Path, [NullString]::Value) }
        else { [System.IO.File]::Move($temp, $Path) }
    } finally {
        if ([System.IO.File]::Exists($temp)) { [System.IO.File]::Delete($temp) }
    }
}
#endregion

$collectedAt = [DateTime]::UtcNow
$computer = Get-ComputerPart
$snapshot = [ordered]@{
    kind          = 'kms-doctor-snapshot'
    schemaVersion = 1
    collectedAt   = $collectedAt.ToString('yyyy-MM-ddTHH:mm:ss.fffZ', $Invariant)
    sources       = @('cim')
    computer      = [ordered]@{
        name         = $computer.name
        domain       = $computer.domain
        partOfDomain = $computer.partOfDomain
        osCaption    = $computer.osCaption
        osVersion    = $computer.osVersion
    }
    clockUtc      = [DateTime]::UtcNow.ToString('yyyy-MM-ddTHH:mm:ss.fffZ', $Invariant)
    service       = Get-ServicePart
    # @() builds plain arrays: Windows PowerShell 5.1 serializes an array that came back from a
    # function wrapped (", $array") as {"value": [...], "Count": n}.
    products      = @(Get-ProductPart)
    registry      = Get-RegistryPart
    firewall      = Get-FirewallPart
    kmsLog        = Get-KmsLogPart
    dns           = Get-DnsPart $computer.hostName
    slmgrIni      = Get-SlmgrIniPart
    events        = @(Get-EventPart)
    notes         = $null
}
$snapshot.notes = $Notes.ToArray()

# -InputObject (not the pipeline) keeps empty and one-element arrays as JSON arrays.
$json = ConvertTo-Json -InputObject $snapshot -Depth 8
if ($OutFile) {
    $path = $PSCmdlet.GetUnresolvedProviderPathFromPSPath($OutFile)
    Write-FileAtomically $path ((New-Object System.Text.UTF8Encoding($false)).GetBytes($json + "`n"))
} else {
    ConvertTo-AsciiJson $json
}
