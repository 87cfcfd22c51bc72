function Write-KmsSrvQueryError {
    <#
    .SYNOPSIS
        The errors of one SRV query of `kmsdoctor srv`: servers that could not be asked
        (KmsDoctor.DnsQueryFailed) and a name no server had records for (KmsDoctor.SrvRecordNotFound).
    .DESCRIPTION
        Kept apart because they mean different things to an admin: NXDOMAIN/NODATA is an answer
        (publish the record), a timeout or a refused port says nothing about the record (fix the
        path to the DNS server). The CLI's finding about the server becomes the message and the
        recommended action, so nothing it found is hidden.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [psobject] $Discovery,
        [AllowEmptyCollection()] [object[]] $Finding = @(),
        [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Caller
    )

    $answered = @('ok', 'dns-nxdomain', 'dns-nodata')
    $answers = @($Discovery.answers | Where-Object { $null -ne $_ })
    $failed = @($answers | Where-Object { $answered -notcontains [string] $_.status })
    $withRecords = @($answers | Where-Object { $_.records -gt 0 })
    $said = ($answers | ForEach-Object { '{0}: {1}' -f $_.server, $_.status }) -join ', '
    if (-not $said) { $said = Get-KmsDoctorMessage SrvNoServerAsked -Caller $Caller }

    if ($failed.Count -gt 0) {
        $servers = @($failed | ForEach-Object { [string] $_.server })
        $about = @($Finding | Where-Object { $servers -contains [string] $_.Target })
        $why = ($about | ForEach-Object { $_.Message }) -join ' '
        if (-not $why) { $why = ($failed | ForEach-Object { '{0}: {1}' -f $_.server, $_.status }) -join ', ' }
        $rest = Get-KmsDoctorMessage SrvNoServerAnswered -Caller $Caller
        if ($withRecords.Count -gt 0) { $rest = Get-KmsDoctorMessage SrvRecordsFromOthers -Caller $Caller }
        elseif ($failed.Count -lt $answers.Count) { $rest = Get-KmsDoctorMessage SrvOthersAnswered $said -Caller $Caller }
        $category = 'ConnectionError'
        if (@($failed | Where-Object { $_.status -ne 'timeout' }).Count -eq 0) { $category = 'OperationTimeout' }
        $record = New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.DnsQueryFailed' -Category $category -TargetObject ($servers -join ', ') `
            -Message (Get-KmsDoctorMessage SrvQueryFailed $Discovery.queryName, $why, $rest -Caller $Caller)
        $remedy = @($about | ForEach-Object { $_.Remedy } | Where-Object { $_ })
        if ($remedy.Count -gt 0) {
            $record.ErrorDetails = New-Object System.Management.Automation.ErrorDetails -ArgumentList $record.Exception.Message
            $record.ErrorDetails.RecommendedAction = $remedy -join [Environment]::NewLine
        }
        $Caller.WriteError($record)
    }
    # A missing record is only claimed when some server said so.
    if ($withRecords.Count -eq 0 -and $failed.Count -lt $answers.Count) {
        $Caller.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.SrvRecordNotFound' -Category ObjectNotFound -TargetObject $Discovery.queryName `
                    -Message (Get-KmsDoctorMessage SrvRecordNotFound $Discovery.queryName, $said -Caller $Caller)))
    } elseif ($answers.Count -eq 0) {
        $Caller.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.DnsQueryFailed' -Category ConnectionError -TargetObject $Discovery.queryName `
                    -Message (Get-KmsDoctorMessage SrvNoServerAskedFor $Discovery.queryName -Caller $Caller)))
    }
}
