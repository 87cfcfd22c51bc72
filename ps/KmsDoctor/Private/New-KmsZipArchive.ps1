function New-KmsZipArchive {
    <#
    .SYNOPSIS
        Writes every file under -Folder into a new zip at -Destination, entry names relative to
        the folder with / as the separator.
    .DESCRIPTION
        Not Compress-Archive: on Windows PowerShell 5.1 it stores entry names with \, which other
        unzip tools (and .NET on Linux) extract as one file named "events\app.evtx" instead of a
        folder. The zip format says /; System.IO.Compression writes what it is given.
        Entries are sorted, so the same files give the same listing.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)] [string] $Folder,
        [Parameter(Mandatory)] [string] $Destination
    )

    # Windows PowerShell 5.1 does not load these assemblies by itself.
    Add-Type -AssemblyName System.IO.Compression
    $root = [System.IO.Path]::GetFullPath($Folder).TrimEnd([char] '\', [char] '/')
    $files = @(Get-ChildItem -LiteralPath $root -Recurse -File | Sort-Object FullName)
    $stream = New-Object System.IO.FileStream -ArgumentList $Destination, ([System.IO.FileMode]::CreateNew), ([System.IO.FileAccess]::Write)
    try {
        $zip = New-Object System.IO.Compression.ZipArchive -ArgumentList $stream, ([System.IO.Compression.ZipArchiveMode]::Create), $true
        try {
            foreach ($file in $files) {
                $name = $file.FullName.Substring($root.Length + 1).Replace('\', '/')
                $entry = $zip.CreateEntry($name, [System.IO.Compression.CompressionLevel]::Optimal)
                $entry.LastWriteTime = $file.LastWriteTime
                $to = $entry.Open()
                try {
                    $from = [System.IO.File]::OpenRead($file.FullName)
                    try { $from.CopyTo($to) } finally { $from.Dispose() }
                } finally {
                    $to.Dispose()
                }
            }
        } finally {
            $zip.Dispose()
        }
    } finally {
        $stream.Dispose()
    }
}
