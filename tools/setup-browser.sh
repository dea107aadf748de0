#!/usr/bin/env bash
# Part of tools/setup.sh: makes sure the docs site's browser test (tools/docs-site/test/
# site.browser.test.ts, run by `pnpm test`) has a Chromium, from Debian's packages. Where that
# cannot be done (no apt-get, no root or sudo), it says how to point at a browser or skip the test,
# and does not fail: nothing else needs a browser.
set -euo pipefail

default_chromium="${RTC_DEFAULT_CHROMIUM:-/usr/bin/chromium}"

if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then
    echo "› browser test: using CHROMIUM_PATH=$CHROMIUM_PATH"
    exit 0
  fi
  echo "› browser test: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
fi
if [ -x "$default_chromium" ]; then
  exit 0
fi

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo_cmd="sudo"; else sudo_cmd="none"; fi
fi
if command -v apt-get >/dev/null 2>&1 && [ "$sudo_cmd" != "none" ]; then
  echo "› installing Debian's chromium (for the docs site's browser test)"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
  exit 0
fi

found=""
for candidate in chromium chromium-browser google-chrome google-chrome-stable \
  "/Applications/Chromium.app/Contents/MacOS/Chromium" \
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; do
  if command -v "$candidate" >/dev/null 2>&1; then found="$(command -v "$candidate")"; break; fi
  if [ -x "$candidate" ]; then found="$candidate"; break; fi
done
why="no apt-get on this machine"
command -v apt-get >/dev/null 2>&1 && why="apt-get needs root or sudo, which this shell does not have"

cat >&2 <<MSG
› browser test: no Chromium at $default_chromium, and it cannot be installed here ($why).
  Setup goes on: only the docs site's browser test (pnpm test) needs a browser. Either
    - point it at a Chromium or Chrome binary:  export CHROMIUM_PATH=${found:-/path/to/chromium}
    - or run the tests without it:              pnpm turbo run test --filter='!@rtc-sessions/docs-site'
      (and the docs site's other tests:         pnpm --filter @rtc-sessions/docs-site exec vitest run --exclude '**/*.browser.test.ts')
MSG
