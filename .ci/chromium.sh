#!/usr/bin/env bash
# Makes sure a headless Chromium is on this machine, installing Debian's package only where it is missing. The
# tests of dialogue-export open the HTML pages in it (at 400 and 1200 px) and measure them; in CI (CI=true) those
# tests fail without it, elsewhere they are skipped and say why. Nothing is started here.
set -euo pipefail
have() {
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1
}
if have; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing: install it (sudo apt-get install -y chromium)" >&2
  exit 1
fi
echo "installing Chromium (chromium is missing)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium fonts-liberation
have
