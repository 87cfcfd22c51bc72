function Invoke-KmsConnectivityCheck {
    <#
    .SYNOPSIS
        Runs one `kmsdoctor connectivity` and emits its results, findings and report.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.ConnectivityResult', 'KmsDoctor.Finding', 'KmsDoctor.ConnectivityReport')]
    param(
        [Parameter(Mandatory)] [string[]] $Argument,
        [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Caller
    )
    $check = Invoke-KmsDoctorCheck -Argument $Argument -Caller $Caller -Activity (Get-KmsDoctorMessage ActivityConnectivity -Caller $Caller)
    if ($null -ne $check) { Write-KmsDoctorCheck -Check $check }
}
