function New-KmsActivationAttempt {
    <#
    .SYNOPSIS
        One client attempt (a 12288 and the 12289 that answered it, if any) as a
        KmsDoctor.ActivationAttempt. Answered = $false means the host was not reached or did not
        reply; the response fields are then $null.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.ActivationAttempt')]
    param([Parameter(Mandatory)] [psobject] $Attempt)

    [pscustomobject]@{
        PSTypeName      = 'KmsDoctor.ActivationAttempt'
        Time            = ConvertTo-KmsDoctorDate $Attempt.time
        Computer        = $Attempt.computer
        Host            = $Attempt.host
        Port            = $Attempt.port
        RequestHResult  = $Attempt.requestHresult
        Answered        = [bool] $Attempt.answered
        ResponseTime    = ConvertTo-KmsDoctorDate $Attempt.responseTime
        ResponseHResult = $Attempt.responseHresult
        CurrentCount    = $Attempt.currentCount
        MinimumCount    = $Attempt.minimumCount
        Activated       = $Attempt.activated
        Cmid            = $Attempt.cmid
        ActivationId    = $Attempt.activationId
    }
}
