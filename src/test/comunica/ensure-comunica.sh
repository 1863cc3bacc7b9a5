#!/usr/bin/env bash
# Run by `mvn verify` before the integration tests: FragmentsIT queries /fragments with Comunica
# (@comunica/query-sparql, the version pinned in package-lock.json beside this script), which this
# installs from the npm registry into target/comunica with the machine's Node.js and npm (Debian's
# nodejs and npm when they are missing and this runs as root). Nothing of it is committed.
# .ci/run starts it in the background before the build, so that the download overlaps compiling and
# the unit tests; a lock beside the folder makes the build's own run wait for that one, then find
# Comunica installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${1:-target/comunica}"
mkdir -p "$(dirname "$target")"
exec 9>"$target.lock"
flock 9
if [ -f "$target/node_modules/@comunica/query-sparql/bin/query.js" ] && cmp -s "$here/package-lock.json" "$target/package-lock.json"; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" != "0" ]; then
    echo "npm is missing: install Node.js and npm (apt-get install nodejs npm) for the fragments test" >&2
    exit 0
  fi
  echo "installing Debian's nodejs and npm for the fragments test" >&2
  apt-get update -qq >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null 2>&1 || echo "could not install nodejs and npm" >&2
fi
echo "installing Comunica into $target for the fragments test" >&2
mkdir -p "$target"
cp "$here/package.json" "$here/package-lock.json" "$target/"
cd "$target"
npm ci --no-audit --no-fund --loglevel=error >&2
