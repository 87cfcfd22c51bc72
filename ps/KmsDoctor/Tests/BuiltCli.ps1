# Dot-sourced in BeforeDiscovery by the tests that run the real CLI (dist/, built by npm test)
# rather than its recorded output: $Ready says whether node and the built CLI are here, and those
# tests are skipped where they are not.
$script:BuiltCli = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot '../../../dist/src/cli/main.js'))
$script:Ready = [bool] (Get-Command node -CommandType Application -ErrorAction SilentlyContinue) -and (Test-Path -LiteralPath $script:BuiltCli)
