#!/usr/bin/env bash
# Installs Debian's Chromium when no Chromium/Chrome is present (root or sudo).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
for b in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
  if [ -x "$b" ]; then exit 0; fi
done
echo "Chromium not found: installing Debian's chromium package…" >&2
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Cannot install Chromium without root. Run: apt-get install -y chromium (or set CHROMIUM_PATH)." >&2
  exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
