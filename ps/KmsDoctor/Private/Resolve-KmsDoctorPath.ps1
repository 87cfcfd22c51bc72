function Resolve-KmsDoctorPath {
    <#
    .SYNOPSIS
        A PowerShell path (relative to $PWD, a PSDrive, ~) as the file-system path node needs;
        $null after a non-terminating error when it cannot be one.
    .DESCRIPTION
        node resolves relative paths against the process directory, which is not PowerShell's
        current location. A path on a drive that does not exist, or on a provider other than the
        file system, is a KmsDoctor.PathNotFound error (ObjectNotFound, the path as TargetObject)
        written through -Caller, so it honours the cmdlet's -ErrorAction instead of escaping as a
        raw DriveNotFoundException. -MustExist also reports a file that is not there
        (KmsDoctor.FileNotFound), so one missing file is skipped and the others still run;
        without it (output files) a missing file is fine.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)] [string] $Path,
        [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Caller,
        [switch] $MustExist
    )
    # A missing drive is checked for rather than caught: even a caught exception lands in the
    # cmdlet's -ErrorVariable, next to the one error that says what happened.
    if ($Path -match '^([^:\\/]+):(?!:)') {
        $name = $Matches[1]
        if (-not @($Caller.SessionState.Drive.GetAll() | Where-Object { $_.Name -eq $name })) {
            $Caller.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.PathNotFound' -Category ObjectNotFound -TargetObject $Path `
                        -Message (Get-KmsDoctorMessage PathNoSuchDrive $Path, $name -Caller $Caller)))
            return
        }
    }
    $provider = $null
    $drive = $null
    try {
        $full = $Caller.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path, [ref] $provider, [ref] $drive)
    } catch {
        $Caller.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.PathNotFound' -Category ObjectNotFound -TargetObject $Path `
                    -Message (Get-KmsDoctorMessage PathNotFound $Path, $_.Exception.Message -Caller $Caller) -InnerException $_.Exception))
        return
    }
    if ($provider.Name -ne 'FileSystem') {
        $Caller.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.PathNotFound' -Category ObjectNotFound -TargetObject $Path `
                    -Message (Get-KmsDoctorMessage PathNotFileSystem $Path, $provider.Name -Caller $Caller)))
        return
    }
    if ($MustExist -and -not [System.IO.File]::Exists($full)) {
        $Caller.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.FileNotFound' -Category ObjectNotFound -TargetObject $Path `
                    -Message (Get-KmsDoctorMessage FileNotFound $full -Caller $Caller)))
        return
    }
    $full
}
