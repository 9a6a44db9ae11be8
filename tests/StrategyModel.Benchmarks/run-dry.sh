#!/usr/bin/env bash
# CI smoke run of the benchmarks, so they cannot rot: builds tests/StrategyModel.Benchmarks and runs every benchmark once with
# BenchmarkDotNet's Dry job (one iteration, no warm-up: it proves each benchmark builds, sets up and runs, not how fast it is).
# In process (--inProcess): no generated project to build per benchmark, so a busy machine cannot time the smoke run out.
# Prints one summary line; on failure prints BenchmarkDotNet's log and exits non-zero. See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
start=$(date +%s)
if dotnet run -c Release --project tests/StrategyModel.Benchmarks -- --job dry --inProcess --filter '*' >"$log" 2>&1; then
  echo "benchmarks (dry job): $(tail -n 1 "$log") Took $(($(date +%s) - start)) s."
else
  rc=$?
  cat "$log"
  echo "benchmarks (dry job) failed with exit code $rc"
  exit "$rc"
fi
