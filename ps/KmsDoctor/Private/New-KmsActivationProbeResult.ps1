function New-KmsActivationProbeResult {
    <#
    .SYNOPSIS
        The activation section of an activate-probe report (or of a connectivity report run with
        --activation-request) as a KmsDoctor.ActivationProbeResult object.
    .DESCRIPTION
        Flattens what a KMS host answered (HRESULT and its meaning, current count against the
        product's threshold, intervals, the host ePID decoded into build and key, HWID, latency)
        and keeps what was (or, without a send, would have been) sent in Sent. A value the run did
        not produce (no answer in a dry run or a bind-only run) is $null, never $false or 0.
    #>
    [CmdletBinding()]
    [OutputType('KmsDoctor.ActivationProbeResult')]
    param(
        [Parameter(Mandatory)] [psobject] $Activation,
        [AllowEmptyCollection()] [object[]] $Finding = @(),
        [AllowNull()] [psobject] $Report
    )

    $response = $Activation.response
    $probe = $Activation.probe
    $epid = $null
    if ($null -ne $response) { $epid = $response.epid }
    $status = [string] $Activation.mode
    if ($null -ne $probe) { $status = [string] $probe.status }

    $hresult = $null; $meaning = $null; $count = $null; $thresholdMet = $null; $activationInterval = $null
    $renewalInterval = $null; $hwid = $null; $valid = $null; $fault = $null
    if ($null -ne $response) {
        $hresult = $response.hresult
        if ($null -ne $response.explained) {
            $meaning = $response.explained.kmsMeaning
            if (-not $meaning) { $meaning = $response.explained.summary }
        }
        if ($null -ne $response.fault) {
            # The host refused the call itself: there is no KMS HRESULT, and the request was not
            # served, whatever RequestSent says about the bytes leaving this machine.
            $fault = [string] $response.fault.status
            $meaning = 'RPC fault {0} ({1})' -f $response.fault.status, $response.fault.name
        }
        $count = $response.currentCount
        $thresholdMet = $response.thresholdMet
        $activationInterval = $response.activationIntervalMinutes
        $renewalInterval = $response.renewalIntervalMinutes
        $hwid = $response.hwid
        $valid = $response.valid
    }
    if (-not $meaning -and $null -ne $probe -and $null -ne $probe.error) { $meaning = [string] $probe.error.message }

    $hostEpid = $null; $hostBuild = $null; $hostBuildName = $null; $hostKey = $null
    if ($null -ne $epid) {
        $hostEpid = [string] $epid.raw
        $hostBuild = $epid.build
        $hostBuildName = $epid.buildName
        if ($null -ne $epid.csvlk) { $hostKey = [string] $epid.csvlk.name }
    }
    $latency = $null
    if ($null -ne $probe) { $latency = $probe.latencyMs }

    $passed = $null
    if ($null -ne $Report) { $passed = ([string] $Report.summary.verdict -eq 'pass') }

    [pscustomobject]@{
        PSTypeName                = 'KmsDoctor.ActivationProbeResult'
        ComputerName              = [string] $Activation.target.host
        Port                      = [int] $Activation.target.port
        RemoteAddress             = $Activation.target.address
        Product                   = [string] $Activation.product.name
        Protocol                  = [string] $Activation.sent.protocol
        # dry-run (nothing connected), bind-only (bound, request shown), sent (the one request).
        Mode                      = [string] $Activation.mode
        RequestSent               = [bool] $Activation.requestSent
        Status                    = $status
        HResult                   = $hresult
        # The DCE/RPC fault status when the host answered the call with a fault, else $null.
        Fault                     = $fault
        Meaning                   = $meaning
        CurrentCount              = $count
        Threshold                 = [int] $Activation.product.minimumCount
        ThresholdMet              = $thresholdMet
        ActivationIntervalMinutes = $activationInterval
        RenewalIntervalMinutes    = $renewalInterval
        HostEpid                  = $hostEpid
        HostBuild                 = $hostBuild
        HostBuildName             = $hostBuildName
        HostKey                   = $hostKey
        Hwid                      = $hwid
        LatencyMs                 = $latency
        ResponseValid             = $valid
        # What was sent, or with RequestSent $false what would have been: protocol, the
        # decoded request fields (CMID, workstation, ids), IV and the PDU in hex.
        Sent                      = ConvertTo-KmsDoctorObject $Activation.sent
        EmulatorTells             = ConvertTo-KmsDoctorObject $Activation.emulatorTells
        Advice                    = [string[]] @($Activation.advice)
        Findings                  = $Finding
        # pass/fail at the CLI's --fail-on level; $null inside a connectivity report.
        Passed                    = $passed
        Activation                = ConvertTo-KmsDoctorObject $Activation
    }
}
