function Export-KmsWinEvent {
    <#
    .SYNOPSIS
        Reads this machine's activation events with Get-WinEvent and writes them to a new
        temporary JSON file in the `Get-WinEvent | ConvertTo-Json` layout `kmsdoctor events`
        reads; returns its path (the caller deletes it).
    .DESCRIPTION
        Application log, provider Microsoft-Windows-Security-SPP: 12288/12289 (client requests and
        responses), 8198 (slui activation failures), 12293/12294 (a host's DNS publishing); and
        12290 from the Key Management Service log, which exists only on a KMS host. Only
        Properties are exported, never the localized Message; the fields are parsed by the CLI so
        one parser serves files and this machine alike. "No events" is not an error.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([ValidateRange(1, 1000000)] [int] $MaxEvents = 1000)

    $filters = @(
        @{ LogName = 'Application'; ProviderName = 'Microsoft-Windows-Security-SPP'; Id = 12288, 12289, 8198, 12293, 12294 },
        @{ LogName = 'Key Management Service'; Id = 12290 }
    )
    $invariant = [System.Globalization.CultureInfo]::InvariantCulture
    $records = New-Object System.Collections.Generic.List[object]
    foreach ($filter in $filters) {
        $found = @()
        try {
            $found = @(Get-WinEvent -FilterHashtable $filter -MaxEvents $MaxEvents -ErrorAction Stop)
        } catch {
            # No matching events, or no Key Management Service log on a client: nothing to read.
            if ([string] $_.FullyQualifiedErrorId -notmatch '^(NoMatchingEventsFound|NoMatchingLogsFound)') { throw }
        }
        foreach ($e in $found) {
            $values = @(foreach ($p in @($e.Properties)) { if ($null -eq $p.Value) { '' } else { [System.Convert]::ToString($p.Value, $invariant) } })
            $records.Add([ordered]@{
                    Id           = [int] $e.Id
                    TimeCreated  = $e.TimeCreated.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.fffZ', $invariant)
                    RecordId     = $e.RecordId
                    ProviderName = $e.ProviderName
                    LogName      = $e.LogName
                    MachineName  = $e.MachineName
                    Properties   = @($values | ForEach-Object { @{ Value = $_ } })
                })
        }
    }
    $path = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), ('kmsdoctor-events-{0}.json' -f [guid]::NewGuid().ToString('N')))
    # -InputObject keeps an empty or one-element list a JSON array.
    $json = ConvertTo-Json -InputObject $records.ToArray() -Depth 5
    [System.IO.File]::WriteAllText($path, $json, (New-Object System.Text.UTF8Encoding -ArgumentList $false))
    $path
}
