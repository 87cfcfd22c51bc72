function Invoke-KmsActivationProbe {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Invoke-KmsActivationProbe.psd1 and build/help/ja-JP/Invoke-KmsActivationProbe.psd1.
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    [OutputType('KmsDoctor.ActivationProbeResult')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('NameTarget', 'Target', 'KmsHost', 'CN')]
        [ValidateNotNullOrEmpty()]
        [string[]] $ComputerName,

        [Parameter(ValueFromPipelineByPropertyName)]
        [ValidateRange(1, 65535)]
        [int] $Port,

        [Parameter(Mandatory)]
        [ValidateNotNullOrEmpty()]
        [string] $Product,

        [ValidateSet('v4', 'v5', 'v6')] [string] $Protocol,
        [switch] $DryRun,
        [ValidateNotNullOrEmpty()] [string] $Cmid,
        [ValidateNotNullOrEmpty()] [string] $Workstation,
        [ValidateRange(1, 600000)] [int] $TimeoutMs = 5000,

        [ValidateSet('en', 'ja')] [string] $Language
    )

    process {
        foreach ($name in @($ComputerName)) {
            if (-not $name) { continue }
            $endpoint = Join-KmsEndpoint -ComputerName $name -Port $Port
            $argv = @('activate-probe', $endpoint, '--product', $Product) +
            @(Get-KmsCliOption '--protocol' $Protocol) +
            @(Get-KmsCliOption '--cmid' $Cmid) +
            @(Get-KmsCliOption '--workstation' $Workstation) +
            @('--timeout', [string] $TimeoutMs)
            if ($DryRun) {
                $argv += '--dry-run'
            } elseif ($PSCmdlet.ShouldProcess($endpoint, "Send ONE KMS activation request for $Product (may add this installation's CMID to the host's count for 30 days)")) {
                $argv += '--activation-request'
            } elseif ($WhatIfPreference) {
                # -WhatIf promises no effect at all: not even a bind reaches the host.
                $argv += '--dry-run'
            } else {
                Write-Verbose (Get-KmsDoctorMessage VerboseProbeNotConfirmed $endpoint -Caller $PSCmdlet)
            }
            $report = Invoke-KmsDoctorCli -Argument $argv -Output Json -Caller $PSCmdlet -Activity (Get-KmsDoctorMessage ActivityActivationProbe $endpoint -Caller $PSCmdlet)
            if ($null -eq $report -or $null -eq $report.activation) { continue }
            $findings = @(foreach ($finding in @($report.findings)) { if ($null -ne $finding) { New-KmsFinding -Finding $finding } })
            New-KmsActivationProbeResult -Activation $report.activation -Finding $findings -Report $report
        }
    }
}
