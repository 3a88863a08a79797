#!/usr/bin/env bash
# The HTML report is checked in a real browser: Debian's Chromium at /usr/bin/chromium
# (no browser download). Installs it when missing and possible (root with apt-get).
set -u
[ -x /usr/bin/chromium ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "installing Debian's chromium for the HTML report test…" >&2
  mkdir -p .tmp
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) > .tmp/apt.log 2>&1; then
    exit 0
  fi
  echo "warning: could not install chromium (see .tmp/apt.log)" >&2
else
  echo "warning: /usr/bin/chromium is missing; install it (e.g. sudo apt-get install chromium) for the HTML report test" >&2
fi
exit 0
