function Save-KmsLogSettings {
    <#
    .SYNOPSIS
        Writes the settings of this KMS host's Key Management Service log as JSON: size, maximum
        size, retention mode, record count, whether it is full, and the time of its oldest record.
        Returns one record: File, What, Problem ($null = ok).
    .DESCRIPTION
        The troubleshooting guide names a full event log as one reason a client's 12290 is missing
        on the host, and the host counts the clients of 30 days: support needs to see how far back
        the exported log can reach. Read-only (Get-WinEvent -ListLog and the oldest record).
    #>
    [CmdletBinding()]
    [OutputType([psobject])]
    param([Parameter(Mandatory)] [string] $Path)

    $logName = 'Key Management Service'
    $file = [System.IO.Path]::GetFileName($Path)
    $what = 'Key Management Service log settings (Get-WinEvent -ListLog, oldest record): a full log, or one younger than 30 days, holds less than the host''s counting window'
    try {
        $log = @(Get-WinEvent -ListLog $logName -ErrorAction Stop) | Select-Object -First 1
        $oldest = $null
        if ($log.RecordCount -ne 0) {
            $first = @(Get-WinEvent -LogName $logName -Oldest -MaxEvents 1 -ErrorAction SilentlyContinue) | Select-Object -First 1
            if ($null -ne $first) { $oldest = ([datetime] $first.TimeCreated).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.fffZ', [System.Globalization.CultureInfo]::InvariantCulture) }
        }
        $settings = [ordered]@{
            LogName            = [string] $log.LogName
            LogMode            = [string] $log.LogMode
            FileSize           = $log.FileSize
            MaximumSizeInBytes = $log.MaximumSizeInBytes
            RecordCount        = $log.RecordCount
            IsLogFull          = $log.IsLogFull
            IsEnabled          = $log.IsEnabled
            LogFilePath        = [string] $log.LogFilePath
            OldestRecordTime   = $oldest
        }
        [System.IO.File]::WriteAllText($Path, (ConvertTo-Json -InputObject $settings), (New-Object System.Text.UTF8Encoding($false)))
        [pscustomobject]@{ File = $file; What = $what; Problem = $null }
    } catch {
        [pscustomobject]@{ File = $file; What = $what; Problem = "could not read the log's settings: $($_.Exception.Message)" }
    }
}
