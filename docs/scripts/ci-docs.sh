#!/usr/bin/env bash
# The docs part of CI: install the pinned tools, build the site (API pages generated from the XML docs, snippet
# imports checked), then open every page in headless Chromium. Assumes `dotnet build StrategyModel.sln -c Release`
# already ran (gen-api reads the Release XML docs). Same command locally and in CI: bash docs/scripts/ci-docs.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "==> installing Debian chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# --ignore-scripts: the only install script is esbuild's optional binary check; the site builds without it, and no step downloads anything.
echo "==> npm ci (docs)"
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error

echo "==> docs build"
npm run --silent docs:build

echo "==> docs check (headless Chromium)"
npm run --silent docs:check
