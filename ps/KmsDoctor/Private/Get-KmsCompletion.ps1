function Get-KmsCompletion {
    <#
    .SYNOPSIS
        Tab completion for -Product and -TargetOs (the CLI's product table, aliases included) and
        for -Code (the code catalog and the finding ids), as CompletionResult objects.
    .DESCRIPTION
        The lists come from the CLI (Get-KmsProduct's `activate-probe --list-products`,
        `explain --codes`, `explain`) and are kept for the session: a Tab press must not start
        node every time. A CLI that cannot run completes nothing rather than printing errors
        into the command line being typed.
    #>
    [CmdletBinding()]
    [OutputType([System.Management.Automation.CompletionResult])]
    param(
        [Parameter(Mandatory)] [ValidateSet('Product', 'Code')] [string] $Kind,
        [AllowEmptyString()] [AllowNull()] [string] $WordToComplete
    )

    if ($null -eq $script:KmsCompletionCache) { $script:KmsCompletionCache = @{} }
    if (-not $script:KmsCompletionCache.ContainsKey($Kind)) {
        $items = New-Object System.Collections.Generic.List[object]
        try {
            if ($Kind -eq 'Product') {
                # One report (kind 'products'): the list is its `products` section.
                foreach ($product in @(Invoke-KmsDoctorCli -Argument @('activate-probe', '--list-products') -Output Json -Caller $PSCmdlet -ErrorAction SilentlyContinue | ForEach-Object { $_.products })) {
                    if ($null -eq $product) { continue }
                    $tip = Get-KmsDoctorMessage CompletionProductTip $product.name, $product.kmsGroup, $product.minimumCount -Caller $PSCmdlet
                    foreach ($name in @([string] $product.name) + @($product.aliases | ForEach-Object { [string] $_ })) { $items.Add(@($name, $tip)) }
                }
            } else {
                foreach ($entry in @(Invoke-KmsDoctorCli -Argument @('explain', '--codes') -Output Json -Caller $PSCmdlet -ErrorAction SilentlyContinue)) {
                    if ($null -ne $entry) { $items.Add(@([string] $entry.code, ('{0}: {1}' -f $entry.code, $entry.symbolicName))) }
                }
                foreach ($entry in @(Invoke-KmsDoctorCli -Argument @('explain') -Output Json -Caller $PSCmdlet -ErrorAction SilentlyContinue)) {
                    if ($null -ne $entry) { $items.Add(@([string] $entry.ruleId, ('{0}: {1}' -f $entry.ruleId, $entry.title))) }
                }
            }
        } catch {
            Write-Verbose (Get-KmsDoctorMessage VerboseNoCompletionList $_.Exception.Message -Caller $PSCmdlet)
        }
        # Only a list that was read is kept: a missing CLI may be built later in the session.
        if ($items.Count -gt 0) { $script:KmsCompletionCache[$Kind] = $items.ToArray() }
    }
    $word = ([string] $WordToComplete).Trim([char[]] @([char] 39, [char] 34))
    foreach ($item in @($script:KmsCompletionCache[$Kind])) {
        if ($null -eq $item) { continue }
        $text = [string] $item[0]
        if (-not $text.StartsWith($word, [System.StringComparison]::OrdinalIgnoreCase)) { continue }
        $quoted = $text
        if ($text -match '[\s''"(),;]') { $quoted = "'" + ($text -replace "'", "''") + "'" }
        New-Object System.Management.Automation.CompletionResult -ArgumentList $quoted, $text, 'ParameterValue', ([string] $item[1])
    }
}
