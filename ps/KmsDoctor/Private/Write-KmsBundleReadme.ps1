function Write-KmsBundleReadme {
    <#
    .SYNOPSIS
        Writes README.txt into the bundle: what it contains, what is missing and why (CRLF, UTF-8
        with a BOM so Notepad on any Windows shows non-ASCII text right).
    #>
    [CmdletBinding()]
    [OutputType([void])]
    param(
        [Parameter(Mandatory)] [string] $Folder,
        [Parameter(Mandatory)] [hashtable] $Bundle,
        [Parameter(Mandatory)] [string] $Machine
    )

    $module = $MyInvocation.MyCommand.Module
    $lines = New-Object System.Collections.Generic.List[string]
    $lines.Add(('KMS support bundle made by Export-KmsSupportBundle (KmsDoctor {0}) on {1} at {2:yyyy-MM-dd HH:mm:ss} UTC.' -f $module.Version, $Machine, [datetime]::UtcNow))
    $lines.Add('')
    $lines.Add('Included:')
    foreach ($part in $Bundle.Included) { $lines.Add(('  {0,-36} {1}' -f $part.File, $part.What)) }
    if ($Bundle.Included.Count -eq 0) { $lines.Add('  (nothing)') }
    $lines.Add('')
    $lines.Add('Missing:')
    foreach ($reason in $Bundle.Missing) { $lines.Add("  $reason") }
    if ($Bundle.Missing.Count -eq 0) { $lines.Add('  (nothing)') }
    foreach ($note in $Bundle.Notes) { $lines.Add(''); $lines.Add("Note: $note") }
    $text = ($lines.ToArray() -join "`r`n") + "`r`n"
    [System.IO.File]::WriteAllText([System.IO.Path]::Combine($Folder, 'README.txt'), $text, (New-Object System.Text.UTF8Encoding -ArgumentList $true))
}
