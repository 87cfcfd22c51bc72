#!/usr/bin/env bash
# The one test command (`npm test`). Works on a fresh Debian machine that has only node/npm:
# installs what the integration tests need, builds, runs every suite, and ends with exactly one
# line "N passed, N failed". Exits non-zero if any test or any step failed.
#
# Integration tests start BIND and create network namespaces, so this must run as root.
#
# Environment:
#   KMSD_TEST_LOG      where the uvu output is kept      (default .tmp/test-run.log)
#   KMSD_TEST_TIMEOUT  seconds before a hung run is killed (default 900)

# -e/-u/pipefail catch mistakes in this script; steps that may legitimately fail are run
# inside `if` so a failure is recorded and the remaining steps still run (one summary at the end).
set -euo pipefail

cd "$(dirname "$0")/.."
# named, nft and ip live in /usr/sbin, which non-login shells of non-root users often lack.
export PATH="$PATH:/usr/sbin:/sbin"

LOG="${KMSD_TEST_LOG:-.tmp/test-run.log}"
TIMEOUT="${KMSD_TEST_TIMEOUT:-900}"
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
  for tool in named nsupdate nft ip; do
    command -v "$tool" >/dev/null 2>&1 || missing=1
  done
  [ "$missing" -eq 0 ] && return 0
  step "installing bind9, bind9-utils, nftables, iproute2"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq &&
    $sudo apt-get install -y -qq --no-install-recommends bind9 bind9-utils nftables iproute2 >/dev/null
}

# (b) Dependencies: npm writes node_modules/.package-lock.json on every install, so it being
# older than package-lock.json means the lock changed since the last install.
install_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    step "npm ci"
    npm ci --no-audit --no-fund
  fi
}

# (d) All uvu suites in ONE process, so uvu prints one summary for everything. Sets
# PASSED/FAILED from that summary.
run_uvu_suites() {
  step "uvu test suites (log: $LOG)"
  mkdir -p "$(dirname "$LOG")"
  local status=0
  # timeout: a leaked handle (socket, child process) would otherwise keep uvu alive forever.
  # --no-color as well as NO_COLOR: uvu otherwise sets FORCE_COLOR, and Node then warns that the
  # two conflict. Plain text keeps the log greppable.
  NO_COLOR=1 timeout --kill-after=10 "$TIMEOUT" \
    node --import tsx node_modules/uvu/bin.js test '\.test\.ts$' --no-color 2>&1 | tee "$LOG" || status=$?
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "!! uvu killed after ${TIMEOUT}s (a test left a socket, timer or child process open?)" >&2
  fi

  # uvu 0.5.6 ends with "  Total:     N", "  Passed:    N", "  Skipped:   N" on consecutive lines.
  # Only that exact triple counts, so a test that prints "Total: 3" itself cannot fool us.
  # uvu's Total already excludes skipped tests (test.skip, and non-.only tests), so
  # failed = Total - Passed; subtracting Skipped again would hide one failure per skipped test.
  local summary total passed
  summary="$(sed 's/\x1b\[[0-9;]*m//g' "$LOG" | awk '
    /^  Total: +[0-9]+$/ { t = $2; getline; if ($1 != "Passed:") next; p = $2; getline
                           if ($1 == "Skipped:") { T = t; P = p } }
    END { if (T != "") print T, P }')"
  read -r total passed <<<"$summary" || true
  if [ -z "${total:-}" ] || [ -z "${passed:-}" ]; then
    echo "!! uvu printed no summary (exit status $status); counting 1 failure" >&2
    FAILED=$((FAILED + 1))
    return
  fi
  PASSED=$((PASSED + passed))
  FAILED=$((FAILED + total - passed))
  # A non-zero exit with an all-green summary (a hang after the summary, an unhandled
  # rejection) is still a failure.
  if [ "$status" -ne 0 ] && [ "$total" -eq "$passed" ]; then
    echo "!! uvu exited with status $status despite its summary; counting 1 failure" >&2
    FAILED=$((FAILED + 1))
  fi
}

# (e) PowerShell/Pester suite: not written yet. When it exists, run it here (e.g. pwsh with
# Invoke-Pester -PassThru) and add its PassedCount and FailedCount to PASSED and FAILED.
run_pester_suite() {
  :
}

[ "$(id -u)" -eq 0 ] || echo "note: not root; the BIND and network-namespace tests will fail" >&2
if ! install_system_packages; then step_failed "installing system packages"; fi
if ! install_node_modules; then step_failed "npm ci"; fi
# (c) The CLI tests run the built CLI in dist/, so build before testing.
step "npm run build"
if ! npm run build --silent; then step_failed "npm run build"; fi
run_uvu_suites
run_pester_suite

FAILED=$((FAILED + STEP_FAILURES))
# (f) Must stay the very last line of output: CI and people read the result from it.
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
