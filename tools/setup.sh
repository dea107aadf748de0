#!/usr/bin/env bash
# Sets up a fresh machine (Node.js 20.19+ with npm; no pnpm needed) and runs the main job:
# lint the specs and the code, build everything (bundled specs, generated clients, docs site,
# compiled validators) and check the recorded responses against the contract.
#
# It installs only from the npm registry and Debian's packages: pnpm (the version pinned in
# package.json's packageManager), Debian's chromium for the docs' browser test (where apt-get
# cannot, tools/setup-browser.sh says how to point at a browser or skip that test, and goes on) and
# Debian's libreoffice-calc-nogui for the sessions spreadsheet test.
set -euo pipefail
cd "$(dirname "$0")/.."

export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$pnpm_version" ]; then
  echo "› installing pnpm@$pnpm_version from the npm registry"
  npm install --global --no-audit --no-fund "pnpm@$pnpm_version"
fi

bash tools/setup-browser.sh

# The sessions package's spreadsheet test opens an exported CSV in LibreOffice Calc, headless, the
# way a spreadsheet user would. Without it (no apt-get, no root) that one test skips and says so.
if ! command -v soffice >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    echo "› installing Debian's libreoffice-calc-nogui (for the sessions spreadsheet test)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
  else
    echo "› spreadsheet test: no LibreOffice and no root apt-get here; packages/sessions/test/spreadsheet.test.ts will skip" >&2
  fi
fi

echo "› pnpm install"
pnpm install --frozen-lockfile

echo "› pnpm main (lint, build, verify recordings)"
pnpm run main
