#!/usr/bin/env bash
# Cold start of the strategymodel tool against a hello-world console app on the same runtime (issue 16). A measurement, not a
# test: CI does not run it. Usage: bash tests/coldstart/run.sh [runs per command, default 30]
#
# Publishes both apps (Release, framework-dependent, linux-x64 apphost) twice: plain IL, and ReadyToRun (precompiled native
# code, PublishReadyToRun=true). Then starts each published app RUNS times as a new process, after one untimed start, and
# reports the median wall time of a start: the hello world, `strategymodel --help`, and `strategymodel validate` on the shipped
# alibaba-group.json. "Cold" is a new process each time (a fresh runtime, JIT and type loading); the files are in the OS page
# cache after the untimed start, as they are for anyone who runs a tool twice.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-30}
rid=linux-x64
out=artifacts/coldstart
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ "${COLDSTART_REUSE:-0}" = 1 ] || rm -rf "$out"
mkdir -p "$out"

publish() { # project, folder, extra properties...
  local project=$1 folder=$2
  shift 2
  [ -d "$out/$folder" ] && [ "${COLDSTART_REUSE:-0}" = 1 ] && return 0
  dotnet publish "$project" -c Release -r "$rid" --self-contained false -o "$out/$folder" "$@" > "$out/$folder.log" 2>&1 \
    || { cat "$out/$folder.log"; exit 1; }
}
publish tests/coldstart/HelloWorld/HelloWorld.csproj hello-il -p:PublishReadyToRun=false
publish tests/coldstart/HelloWorld/HelloWorld.csproj hello-r2r -p:PublishReadyToRun=true
publish src/StrategyModel.Cli/StrategyModel.Cli.csproj tool-il -p:PublishReadyToRun=false
publish src/StrategyModel.Cli/StrategyModel.Cli.csproj tool-r2r -p:PublishReadyToRun=true

case_file=src/StrategyModel/Cases/Data/alibaba-group.json

# The six commands, timed in rounds (each command once a round, in turn) so that a change of load on a shared machine falls on all
# of them alike. Each start's wall time goes to a file per command; its output goes to /dev/null, and a failing start fails the run.
names=(hello-il help-il validate-il hello-r2r help-r2r validate-r2r)
command_of() {
  case $1 in
    hello-*) echo "$out/hello-${1#hello-}/HelloWorld" ;;
    help-*) echo "$out/tool-${1#help-}/StrategyModel.Cli --help" ;;
    validate-*) echo "$out/tool-${1#validate-}/StrategyModel.Cli validate $case_file" ;;
  esac
}
for name in "${names[@]}"; do
  $(command_of "$name") > /dev/null 2>&1 || { echo "failed: $(command_of "$name")" >&2; exit 1; }
  : > "$out/$name.us"
done
for ((i = 0; i < runs; i++)); do
  for name in "${names[@]}"; do
    start=$(date +%s%N)
    $(command_of "$name") > /dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000)) >> "$out/$name.us"
  done
done
median_ms() { sort -n "$out/$1.us" | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'; }

printf 'date: %s\nmachine: %s, %s cores, load after the runs %s\n.NET: %s\nruns per command: %s\n\n' \
  "$(date -u +%Y-%m-%d)" "$(uname -sr)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(dotnet --version)" "$runs"
printf '%-6s %-44s %10s %6s\n' build command median_ms ratio
for build in il r2r; do
  hello=$(median_ms "hello-$build")
  printf '%-6s %-44s %10s %6s\n' "$build" "hello world" "$hello" "1.00"
  for cmd in help validate; do
    t=$(median_ms "$cmd-$build")
    label="strategymodel --help"
    [ "$cmd" = validate ] && label="strategymodel validate alibaba-group.json"
    printf '%-6s %-44s %10s %6s\n' "$build" "$label" "$t" "$(awk -v a="$t" -v b="$hello" 'BEGIN { printf "%.2f", a / b }')"
  done
done
printf '\nsize of the published tool: IL %s, ReadyToRun %s\n' "$(du -sh "$out/tool-il" | cut -f1)" "$(du -sh "$out/tool-r2r" | cut -f1)"
