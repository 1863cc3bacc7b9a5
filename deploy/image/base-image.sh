#!/usr/bin/env bash
# Assembles the base image Jib builds sco-kg's image on, from this machine alone: no registry is
# reached. Writes a Docker-archive tar (what `docker save` writes, which Jib reads as a tar://
# base) of one layer:
#   /opt/java            a Java runtime made with jlink from this machine's JDK (Debian's
#                        openjdk-17-jdk-headless, installed here when missing, as root)
#   /lib, /lib64, /usr   the C libraries that runtime loads, as ldd finds them
#   /bin/busybox         Debian's busybox-static, for the health check (wget) and a preStop sleep;
#                        the image has no shell
#   /etc/passwd, /etc/group  the user "sco-kg" (65532), which the image runs as
#   /tmp, /data          writable by that user (volumes in Kubernetes: the root may be read-only)
# and a config with that user and a HEALTHCHECK on /$/ping, which Jib keeps.
#   deploy/image/base-image.sh OUT.tar
set -euo pipefail
out=$(realpath -m "$1")
modules=java.base,java.compiler,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.security.jgss,java.sql,java.xml,jdk.crypto.ec,jdk.management,jdk.unsupported,jdk.zipfs
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
missing=()
[ -d "$jdk/jmods" ] || missing+=(openjdk-17-jdk-headless)
dpkg -s busybox-static >/dev/null 2>&1 || missing+=(busybox-static)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  jdk=/usr/lib/jvm/java-17-openjdk-amd64
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/root
mkdir -p "$root/opt" "$root/etc" "$root/bin" "$root/tmp" "$root/data" "$root/proc" "$root/sys" "$root/dev"
"$jdk/bin/jlink" --module-path "$jdk/jmods" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$root/opt/java"
# Every library the runtime's binaries and shared objects load, at the path the loader looks in.
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 | xargs -0 ldd 2>/dev/null \
  | awk '/=> \// { print $3 } /^\t\/lib/ { print $1 }' | sort -u | while read -r lib; do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
cp /bin/busybox "$root/bin/busybox"
printf 'root:x:0:0:root:/root:/sbin/nologin\nsco-kg:x:65532:65532:sco-kg:/data:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nsco-kg:x:65532:\n' > "$root/etc/group"
chmod 1777 "$root/tmp"
# Fixed times and owners: the same machine gives the same layer.
tar --sort=name --mtime='2026-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner -C "$root" -cf "$work/layer.tar" \
  --transform 's,^\./,,' --exclude=./data .
tar --mtime='2026-01-01 00:00:00Z' --owner=65532 --group=65532 --numeric-owner -C "$root" -rf "$work/layer.tar" ./data
diff_id=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"2026-01-01T00:00:00Z",
 "config":{"User":"65532:65532","Env":["PATH=/opt/java/bin:/bin","JAVA_HOME=/opt/java"],
  "Healthcheck":{"Test":["CMD","/bin/busybox","wget","-q","-O","/dev/null","http://127.0.0.1:3030/\$/ping"],
   "Interval":30000000000,"Timeout":5000000000,"StartPeriod":120000000000,"Retries":3}},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"2026-01-01T00:00:00Z","created_by":"deploy/image/base-image.sh: jlink runtime, its C libraries, busybox, user 65532"}]}
JSON
echo '[{"Config":"config.json","RepoTags":["sco-kg-base:local"],"Layers":["layer.tar"]}]' > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar --owner=0 --group=0 --numeric-owner -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "base image: $out ($(du -h "$out" | cut -f1), java $("$root/opt/java/bin/java" -version 2>&1 | head -1))"
