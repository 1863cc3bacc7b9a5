#!/usr/bin/env bash
# Run by `mvn verify` before the integration tests: the browser test needs Debian's chromium.
# Installs it when it is missing and this runs as root (as on CI and this project's machines);
# otherwise says how to install it, and the browser test fails with the same advice.
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
  echo "chromium is missing: install Debian's chromium package (apt-get install chromium) for the browser test" >&2
  exit 0
fi
echo "installing Debian's chromium for the browser test" >&2
apt-get update -qq >/dev/null 2>&1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 || echo "could not install chromium" >&2
exit 0
