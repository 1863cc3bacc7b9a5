#!/usr/bin/env bash
# Installs the Debian packages the benchmarks need that are missing (run as root): wrk, Virtuoso 7.2
# and nginx, or those named as arguments.
#   bench/ensure-peers.sh [wrk] [virtuoso-t] [nginx]
set -euo pipefail
declare -A package=([wrk]=wrk [virtuoso-t]=virtuoso-opensource-7-bin [nginx]=nginx-light)
wanted=("$@")
[ ${#wanted[@]} -eq 0 ] && wanted=(wrk virtuoso-t nginx)
missing=()
for command in "${wanted[@]}"; do
  if ! command -v "$command" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$command" ]; then missing+=("${package[$command]}"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
