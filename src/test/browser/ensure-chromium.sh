#!/usr/bin/env bash
# Run by `mvn verify` before the integration tests. The browser tests need Debian's chromium and
# chromium-driver (driven by Selenium WebDriver), nginx (a proxy in front of the site) and axe-core (the accessibility rules, from npm,
# injected into the pages by the test); and Debian's python3-rdflib, with which RdflibIT reads the
# dumps as a Python user would. Installs what is missing when this runs as root (as on CI and this
# project's machines); otherwise says how, and the tests that need it fail with the same advice.
set -u
AXE_VERSION=4.14.1
TOOLS="${1:-target/browser-tools}"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v npm >/dev/null 2>&1 || missing+=(npm)
# nginx, the proxy that publishes the site under a path in BrowserIT (serve --base https://host/kg/).
[ -x /usr/sbin/nginx ] || missing+=(nginx)
# A Chinese font, so the Chinese pages' screenshots show characters, not boxes.
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
# rdflib for Debian's own python3 (not whichever python3 comes first on the PATH).
{ [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import rdflib' >/dev/null 2>&1; } || missing+=(python3-rdflib)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != "0" ]; then
    echo "missing for the browser tests: ${missing[*]} (apt-get install ${missing[*]})" >&2
  else
    echo "installing Debian's ${missing[*]} for the browser tests" >&2
    apt-get update -qq >/dev/null 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || echo "could not install ${missing[*]}" >&2
  fi
fi

if [ ! -f "$TOOLS/node_modules/axe-core/axe.min.js" ] && command -v npm >/dev/null 2>&1; then
  echo "installing axe-core $AXE_VERSION from npm into $TOOLS" >&2
  mkdir -p "$TOOLS"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS" "axe-core@$AXE_VERSION" >/dev/null 2>&1 || echo "could not install axe-core" >&2
fi
exit 0
