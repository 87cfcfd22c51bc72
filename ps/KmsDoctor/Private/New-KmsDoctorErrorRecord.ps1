function New-KmsDoctorErrorRecord {
    <#
    .SYNOPSIS
        Builds the ErrorRecord for a failure to run a check (never for a failed probe, which is data).
    .DESCRIPTION
        One place for the ErrorId/category pairs of about_KmsDoctor:
          KmsDoctor.CliNotFound  ObjectNotFound   node or the CLI is missing
          KmsDoctor.CliFailed    InvalidOperation the CLI exited 2 (its one stderr line is the message)
          KmsDoctor.BadCliOutput InvalidResult    the CLI printed something that is not its JSON
        plus the input errors of the cmdlets (NeedsWindows, NotASnapshot, ...).
    #>
    [CmdletBinding()]
    [OutputType([System.Management.Automation.ErrorRecord])]
    param(
        [Parameter(Mandatory)] [string] $Message,
        [Parameter(Mandatory)] [string] $ErrorId,
        [Parameter(Mandatory)] [System.Management.Automation.ErrorCategory] $Category,
        [object] $TargetObject,
        [System.Exception] $InnerException
    )
    # The exception type follows the category, so `catch [System.IO.FileNotFoundException]` and
    # friends work as they do for built-in cmdlets.
    $type = switch ($Category) {
        'ObjectNotFound' { 'System.IO.FileNotFoundException' }
        'InvalidResult' { 'System.IO.InvalidDataException' }
        'InvalidData' { 'System.IO.InvalidDataException' }
        'InvalidArgument' { 'System.ArgumentException' }
        'NotImplemented' { 'System.PlatformNotSupportedException' }
        default { 'System.InvalidOperationException' }
    }
    # Two arguments only with an inner exception: ($Message, $null) would be ambiguous between
    # (string, string) and (string, Exception) constructors.
    $arguments = @($Message)
    if ($null -ne $InnerException) { $arguments += $InnerException }
    $exception = New-Object -TypeName $type -ArgumentList $arguments
    New-Object System.Management.Automation.ErrorRecord -ArgumentList $exception, $ErrorId, $Category, $TargetObject
}
