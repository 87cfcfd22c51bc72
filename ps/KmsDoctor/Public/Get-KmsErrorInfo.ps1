function Get-KmsErrorInfo {
    # .EXTERNALHELP KmsDoctor-help.xml

    # The help text is in build/help/en-US/Get-KmsErrorInfo.psd1 and build/help/ja-JP/Get-KmsErrorInfo.psd1.
    [CmdletBinding(DefaultParameterSetName = 'List')]
    [OutputType('KmsDoctor.ErrorCodeInfo', 'KmsDoctor.FindingInfo')]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline, ValueFromPipelineByPropertyName, ParameterSetName = 'Code')]
        [Alias('RuleId', 'HResult')]
        [ValidateNotNullOrEmpty()]
        [string[]] $Code,

        [Parameter(ParameterSetName = 'List')]
        [ValidateSet('Finding', 'Code')]
        [string[]] $Kind = @('Finding', 'Code'),

        [ValidateSet('en', 'ja')] [string] $Language
    )

    begin {
        $codes = New-Object System.Collections.Generic.List[string]
    }
    process {
        if ($PSCmdlet.ParameterSetName -eq 'List') { return }
        foreach ($item in $Code) { if ($item) { $codes.Add($item) } }
    }
    end {
        if ($PSCmdlet.ParameterSetName -eq 'Code') {
            if ($codes.Count -eq 0) { return }
            # One CLI run for every code of the pipeline; `--` keeps slmgr's negative exit codes
            # from reading as options.
            $entries = @(Invoke-KmsDoctorCli -Argument (@('explain', '--') + $codes.ToArray()) -Output Json -Caller $PSCmdlet)
            foreach ($entry in $entries) {
                if ($null -eq $entry) { continue }
                if ($entry.kind -eq 'unknown') {
                    $PSCmdlet.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.UnknownCode' -Category ObjectNotFound -TargetObject ([string] $entry.id) -Message ([string] $entry.message)))
                    continue
                }
                New-KmsErrorInfo -Entry $entry
            }
            return
        }
        if ($Kind -contains 'Finding') {
            foreach ($entry in @(Invoke-KmsDoctorCli -Argument @('explain') -Output Json -Caller $PSCmdlet)) { if ($null -ne $entry) { New-KmsErrorInfo -Entry $entry } }
        }
        if ($Kind -contains 'Code') {
            foreach ($entry in @(Invoke-KmsDoctorCli -Argument @('explain', '--codes') -Output Json -Caller $PSCmdlet)) { if ($null -ne $entry) { New-KmsErrorInfo -Entry $entry } }
        }
    }
}
