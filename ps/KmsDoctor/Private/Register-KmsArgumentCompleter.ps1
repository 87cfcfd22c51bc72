function Register-KmsArgumentCompleter {
    <#
    .SYNOPSIS
        Registers the module's argument completers: -Product and -TargetOs (product names and
        aliases), -Code (error codes and finding ids). Called once when the module loads.
    .DESCRIPTION
        Registered here rather than with [ArgumentCompleter()] attributes: an attribute's script
        block runs outside the module and cannot see its private Get-KmsCompletion; these,
        created in the module, can.
    #>
    [CmdletBinding()]
    param()

    $product = { param($command, $parameter, $word) Get-KmsCompletion -Kind Product -WordToComplete $word }
    $code = { param($command, $parameter, $word) Get-KmsCompletion -Kind Code -WordToComplete $word }
    Register-ArgumentCompleter -CommandName 'Invoke-KmsActivationProbe', 'Test-KmsConnectivity' -ParameterName 'Product' -ScriptBlock $product
    Register-ArgumentCompleter -CommandName 'Test-KmsReadiness' -ParameterName 'TargetOs' -ScriptBlock $product
    Register-ArgumentCompleter -CommandName 'Get-KmsErrorInfo' -ParameterName 'Code' -ScriptBlock $code
}
