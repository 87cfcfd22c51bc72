# The English help of Invoke-KmsFleetCollection (Get-Help reads it from en-US/KmsDoctor-help.xml, made by build/help/New-KmsDoctorHelp.ps1).
@{
    Synopsis    = 'Collects a KMS snapshot from many machines through PowerShell remoting, one file per
        machine, for Get-KmsFleetDiagnosis (kmsdoctor fleet).'
    Description = 'Runs the read-only collector (ps/collector/Get-KmsSnapshot.ps1, or -ScriptPath) on every
        target with Invoke-Command -FilePath: the targets need only Windows PowerShell 5.1 and
        remoting (WinRM, or SSH sessions from New-PSSession -HostName), never Node.js or this
        module (-HostName: SSH, PowerShell 7 on this side). Each machine''s snapshot is checked to be one and written atomically to
        <OutDirectory>\<computer>.json as it arrives, with progress shown.
        A machine that cannot be reached, refuses the connection or returns no snapshot is a
        non-terminating error (ErrorId KmsDoctor.FleetCollectionFailed, TargetObject = its name)
        with the reason; the run goes on. Last comes one KmsDoctor.FleetCollectionSummary
        (Asked, Collected, Skipped, Failed, FailedComputers).
        Re-running resumes: a machine whose snapshot is younger than -MaxAgeHours is skipped,
        unless -Force.'
    Parameters  = @{
        ComputerName = 'The machines to collect from (WinRM). Accepts pipeline input, e.g. from Get-ADComputer.'
        Session = 'Open PSSessions to collect through (WinRM or SSH); the file is named after ComputerName.'
        HostName = 'The machines to collect from over SSH (PowerShell 7; each needs the powershell subsystem).'
        UserName = 'User for -HostName connections.'
        KeyFilePath = 'Private key for -HostName connections.'
        Port = 'SSH port for -HostName connections (default 22).'
        SshOption = 'ssh options for -HostName connections, e.g. @{ StrictHostKeyChecking = ''yes'' }.'
        Credential = 'Credential for -ComputerName connections.'
        ThrottleLimit = 'How many machines at once (default 32).'
        OutDirectory = 'Folder for the snapshots; created when missing.'
        ScriptPath = 'The script to run remotely; it must print one snapshot''s JSON. Default: the collector.'
        MaxAgeHours = 'A snapshot younger than this is fresh and its machine skipped (default 24).'
        Force = 'Collect again from every machine, fresh snapshots or not.'
        Language = 'The language of the messages, errors and warnings, and of the findings'' titles,
            messages and remedies that kmsdoctor writes: en (English) or ja (Japanese). Default: the KMSDOCTOR_LANG
            environment variable when it is en or ja, else ja when $PSUICulture is ja-JP, else en.'
    }
    Examples    = @(
        @{
            Code    = 'Get-ADComputer -Filter ''OperatingSystem -like "Windows*"'' | Invoke-KmsFleetCollection -OutDirectory .\fleet'
            Remarks = @(
                'Asked Collected Skipped Failed FailedComputers
                ----- --------- ------- ------ ---------------
                  412       405       0      7 PC0042, PC0107, ...
                Then: Get-KmsFleetDiagnosis .\fleet (or kmsdoctor fleet .\fleet).'
            )
        }
        @{
            Code    = '$s = New-PSSession -HostName lab01, lab02 -UserName admin; Invoke-KmsFleetCollection -Session $s -OutDirectory .\fleet'
            Remarks = @(
                'Over SSH sessions.'
            )
        }
        @{
            Code    = 'Invoke-KmsFleetCollection -ComputerName (Get-Content .\failed.txt) -OutDirectory .\fleet -Force'
            Remarks = @(
                'Collect again from the machines that failed last time.'
            )
        }
    )
    Links       = @('Get-KmsFleetDiagnosis', 'about_KmsDoctor')
}
