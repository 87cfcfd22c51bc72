function Select-KmsValidName {
    <#
    .SYNOPSIS
        Passes on the names the CLI will accept; each other name becomes one non-terminating
        KmsDoctor.InvalidName error (InvalidArgument, the name as TargetObject) on the caller.
    .DESCRIPTION
        A batch cmdlet runs the CLI once for all its input, and the CLI refuses the whole run for
        one bad word: filtering first keeps one typo from hiding the results of every good name.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)] [AllowEmptyCollection()] [AllowNull()] [string[]] $Name,
        [ValidateSet('Host', 'Endpoint', 'Domain')] [string] $Kind = 'Host',
        [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Caller
    )
    foreach ($item in @($Name)) {
        if ($null -eq $item) { continue }
        $problem = Get-KmsNameProblem -Name $item -Kind $Kind -Caller $Caller
        if (-not $problem) { $item; continue }
        $Caller.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.InvalidName' -Category InvalidArgument -TargetObject $item `
                    -Message (Get-KmsDoctorMessage (@{ Host = 'InvalidHostName'; Endpoint = 'InvalidHostName'; Domain = 'InvalidDomainName' }[$Kind]) $item, $problem -Caller $Caller)))
    }
}
