#!/usr/bin/env bash
# Installs Debian's firefox-esr when no Firefox is present (root or sudo).
# Without root, outside CI, it only warns: the Firefox e2e tests then skip,
# saying so. Under CI a missing Firefox is an error.
set -euo pipefail
if [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ]; then exit 0; fi
for b in /usr/bin/firefox-esr /usr/bin/firefox; do
  if [ -x "$b" ]; then exit 0; fi
done
echo "Firefox not found: installing Debian's firefox-esr package…" >&2
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; else
  if [ -n "${CI:-}" ]; then
    echo "Cannot install Firefox without root. Run: apt-get install -y firefox-esr (or set FIREFOX_PATH)." >&2
    exit 1
  fi
  echo "Cannot install Firefox without root: the Firefox e2e tests will be SKIPPED." >&2
  echo "Run: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH)." >&2
  exit 0
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firefox-esr >/dev/null
