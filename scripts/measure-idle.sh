#!/usr/bin/env bash
# Measures what the running app costs while the officer is not touching it:
# CPU time used over an idle period, and resident memory. Runs the release
# binary in a virtual X display (needs xvfb; `apt-get install -y xvfb`).
#
#   scripts/measure-idle.sh [BINARY] [SECONDS]
set -euo pipefail
bin=${1:-target/release/carta}
seconds=${2:-30}
display=:97
Xvfb $display -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb $app 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display "$bin" --no-native-dialogs >/dev/null 2>&1 &
app=$!
sleep 5 # start-up, first frames
ticks() { awk '{print $14 + $15}' /proc/$app/stat; }
hz=$(getconf CLK_TCK)
before=$(ticks)
sleep "$seconds"
after=$(ticks)
rss=$(awk '/VmRSS/ {print $2}' /proc/$app/status)
hwm=$(awk '/VmHWM/ {print $2}' /proc/$app/status)
echo "idle for ${seconds}s: $(( (after - before) * 1000 / hz )) ms of CPU time"
echo "resident memory: $(( rss / 1024 )) MiB (peak $(( hwm / 1024 )) MiB)"
