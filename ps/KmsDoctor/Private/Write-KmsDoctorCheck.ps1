function Write-KmsDoctorCheck {
    <#
    .SYNOPSIS
        Emits what Test-KmsConnectivity and Get-KmsDiagnosis return, in this order: one
        ConnectivityResult per target endpoint, one Finding per finding, then the
        ConnectivityReport that holds them all (so `Select-Object -Last 1` is the whole run).
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.ConnectivityResult', 'KmsDoctor.Finding', 'KmsDoctor.ConnectivityReport')]
    param([Parameter(Mandatory)] [hashtable] $Check)

    $results = @(foreach ($target in $Check.Targets) { New-KmsConnectivityResult -Target $target })
    $findings = @(foreach ($finding in $Check.Findings) { New-KmsFinding -Finding $finding })
    $results
    $findings
    New-KmsConnectivityReport -Check $Check -Result $results -Finding $findings
}
