function Invoke-KmsDoctorCli {
    <#
    .SYNOPSIS
        The one place the module runs the kmsdoctor CLI (unit tests mock exactly this function).
    .DESCRIPTION
        Runs `kmsdoctor.exe <Argument...> --json|--ndjson` (Windows, the exe shipped in the module)
        or `node <kmsdoctor.cjs> ...` with an argument array (never a command string), decodes its
        output as UTF-8 and returns the parsed JSON:
          -Output Json    one object (the report, the events, the catalog entry);
          -Output Ndjson  one object per line as it arrives, with Write-Progress per probe result;
          -Output Raw     the JSON text itself, checked to parse (for files such as the bundle's report);
          -Output None    $true once the command ran (it wrote a file: readiness --out), else nothing.
        -NoOutputFlag leaves out --json/--ndjson, for commands whose arguments already choose the
        format (readiness --format json); -Output None never adds one.
        Exit codes 0 and 1 are successful runs (1 = findings). Exit code 2 (could not run) and
        any other code become a KmsDoctor.CliFailed error carrying the CLI's stderr line; output
        that is not JSON becomes KmsDoctor.BadCliOutput. Both are written through -Caller, the
        public cmdlet's $PSCmdlet, so they honour its -ErrorAction and carry its name. A missing
        node or CLI is terminating (KmsDoctor.CliNotFound): nothing can run without them.
    #>
    [CmdletBinding()]
    [OutputType([psobject], [string], [bool])]
    param(
        [Parameter(Mandatory)] [string[]] $Argument,
        [ValidateSet('Json', 'Ndjson', 'Raw', 'None')] [string] $Output = 'Json',
        [switch] $NoOutputFlag,
        [Parameter(Mandatory)] [System.Management.Automation.PSCmdlet] $Caller,
        [string] $Activity = 'kmsdoctor'
    )

    # $env:KMSDOCTOR_CLI (a script run with node) wins; on Windows the kmsdoctor.exe shipped in the
    # module needs nothing installed; otherwise node runs the bundled script.
    $cli = $env:KMSDOCTOR_CLI
    $program = $null
    if ([string]::IsNullOrEmpty($cli)) {
        if ((Test-KmsDoctorWindows) -and (Test-Path -LiteralPath $script:CliExe -PathType Leaf)) { $program = $script:CliExe }
        $cli = $script:CliScript
    }
    $prefix = @()
    if ($null -eq $program) {
        $node = Get-Command -Name node -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($null -eq $node) {
            $Caller.ThrowTerminatingError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.CliNotFound' -Category ObjectNotFound -TargetObject 'node' `
                        -Message (Get-KmsDoctorMessage NodeNotFound -Caller $Caller)))
        }
        if (-not (Test-Path -LiteralPath $cli -PathType Leaf)) {
            $Caller.ThrowTerminatingError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.CliNotFound' -Category ObjectNotFound -TargetObject $cli `
                        -Message (Get-KmsDoctorMessage CliNotFound $cli -Caller $Caller)))
        }
        $program = $node.Source
        $prefix = @($cli)
    }

    $flag = '--json'
    if ($Output -eq 'Ndjson') { $flag = '--ndjson' }
    # The flag goes right after the command name: anything after a `--` (explain -- -1073418124)
    # would be read as a positional argument.
    $argv = $prefix + @($Argument[0], $flag) + @($Argument | Select-Object -Skip 1)
    if ($NoOutputFlag -or $Output -eq 'None') { $argv = $prefix + $Argument }
    $shown = foreach ($word in @($program) + $argv) { if ($word -match '[\s''"]') { "'" + ($word -replace "'", "''") + "'" } else { $word } }
    Write-Verbose ("[kmsdoctor] {0}" -f ($shown -join ' '))

    $stdout = New-Object System.Collections.Generic.List[string]
    $stderr = New-Object System.Collections.Generic.List[string]
    $stderrRecords = New-Object System.Collections.Generic.List[object]
    $badLines = New-Object System.Collections.Generic.List[string]
    $probes = 0
    # A report-sized run (readiness, publication, an activation probe) shows at least what runs.
    if ($Output -ne 'Ndjson') { Write-Progress -Id 1 -Activity $Activity -Status (Get-KmsDoctorMessage ProgressRunning $Argument[0] -Caller $Caller) }
    $watch = [System.Diagnostics.Stopwatch]::StartNew()
    # Native output is decoded with [Console]::OutputEncoding (often an OEM code page on Windows);
    # node writes UTF-8, so Japanese slmgr text would be garbled without this.
    $previousEncoding = [Console]::OutputEncoding
    $encodingSet = $false
    # The CLI reads its language from KMSDOCTOR_LANG (every CLI version does; --lang is newer).
    # Set for this child only and put back after, so the user's session keeps what it had.
    $previousLanguage = $env:KMSDOCTOR_LANG
    $env:KMSDOCTOR_LANG = Get-KmsDoctorLanguage -Caller $Caller
    try {
        try {
            [Console]::OutputEncoding = New-Object System.Text.UTF8Encoding -ArgumentList $false
            $encodingSet = $true
        } catch {
            Write-Verbose (Get-KmsDoctorMessage VerboseNoUtf8Console $_.Exception.Message -Caller $Caller)
        }
        # 'Continue' in a child scope only: on 5.1 a stderr line under 'Stop' would throw before
        # the exit code is known, and the caller's preference must still govern our own errors.
        $words = @(ConvertTo-KmsNativeArgument -Argument $argv -Mode (Get-KmsArgumentPassing))
        & { $ErrorActionPreference = 'Continue'; & $program @words 2>&1 } | ForEach-Object {
            if ($_ -is [System.Management.Automation.ErrorRecord]) {
                $stderr.Add($_.ToString())
                $stderrRecords.Add($_)
                return
            }
            $line = [string] $_
            if ($Output -ne 'Ndjson') {
                $stdout.Add($line)
                return
            }
            if ($line.Trim() -eq '') { return }
            $parsed = ConvertFrom-KmsDoctorJson -Text $line
            if ($parsed.Problem) { $badLines.Add($line); return }
            $object = $parsed.Value
            if ($object.type -eq 'result') {
                $probes++
                Write-Progress -Id 1 -Activity $Activity -Status (Get-KmsDoctorMessage ProgressProbesDone $probes, $object.result.id -Caller $Caller)
            }
            $object
        }
        $exitCode = $LASTEXITCODE
    } finally {
        $env:KMSDOCTOR_LANG = $previousLanguage
        if ($encodingSet) { [Console]::OutputEncoding = $previousEncoding }
        # Windows PowerShell 5.1 also files every redirected stderr line in $Error; they are the
        # CLI's messages, already turned into one KmsDoctor error (or none) above, not errors.
        foreach ($record in $stderrRecords) { $global:Error.Remove($record) }
        Write-Progress -Id 1 -Activity $Activity -Completed
    }
    Write-Verbose (Get-KmsDoctorMessage VerboseCliExited $exitCode, $watch.ElapsedMilliseconds -Caller $Caller)
    Write-Debug (Get-KmsDoctorMessage DebugCliRun $Argument[0], $watch.ElapsedMilliseconds, $exitCode, $stdout.Count, $stderr.Count -Caller $Caller)

    $message = ($stderr | Where-Object { $_.Trim() -ne '' } | Select-Object -First 1)
    if ($exitCode -ne 0 -and $exitCode -ne 1) {
        if (-not $message) { $message = Get-KmsDoctorMessage CliExitedSilently $exitCode -Caller $Caller }
        elseif ($exitCode -ne 2) { $message = Get-KmsDoctorMessage CliExitedWithMessage $exitCode, $message -Caller $Caller }
        $Caller.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.CliFailed' -Category InvalidOperation -TargetObject ($Argument -join ' ') -Message $message))
        return
    }
    foreach ($line in $badLines) {
        $Caller.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.BadCliOutput' -Category InvalidResult -TargetObject $line `
                    -Message (Get-KmsDoctorMessage CliLineNotJson $line.Substring(0, [Math]::Min(200, $line.Length)) -Caller $Caller)))
    }
    if ($Output -eq 'Ndjson') { return }
    if ($Output -eq 'None') { return $true }

    $text = $stdout -join "`n"
    $parsed = ConvertFrom-KmsDoctorJson -Text $text
    if ($parsed.Problem) {
        $excerpt = $text.Substring(0, [Math]::Min(200, $text.Length))
        $Caller.WriteError((New-KmsDoctorErrorRecord -ErrorId 'KmsDoctor.BadCliOutput' -Category InvalidResult -TargetObject $text `
                    -Message (Get-KmsDoctorMessage CliOutputNotJson $parsed.Problem, $excerpt -Caller $Caller)))
        return
    }
    if ($Output -eq 'Raw') { return $text }
    # Emitted item by item when it is an array (explain --codes), like any cmdlet's output.
    $parsed.Value
}
