#!/usr/bin/env bash
# Replica run: three replicas of the server on loopback ports behind HAProxy (deploy/haproxy/haproxy.cfg),
# the load client (LoadClient: every named query and entity pages, each answer checked byte for byte)
# against the balancer for the whole run, while each replica in turn is stopped (SIGTERM) and started
# again, then each in turn upgraded (stopped and started from another jar); then every replica is asked
# the same requests and their answers compared. Exits non-zero on any failed or wrong answer.
#   bench/replicas.sh [CLIENTS=16]
# Needs Debian's haproxy (installed here when missing, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-16}
if ! command -v haproxy >/dev/null 2>&1; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends haproxy >/dev/null
fi
[ -f target/sco-kg.jar ] && [ -f target/test-classes/org/w3id/scokg/bench/LoadClient.class ] || { mvn -B -q package -DskipTests; mvn -B -q test-compile; }
work=target/replicas
rm -rf "$work" && mkdir -p "$work"
# The upgrade: the build as it stands, from a jar file of its own, so the replaced process really is another.
cp target/sco-kg.jar "$work/old.jar"
cp target/sco-kg.jar "$work/new.jar"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
ports=("$(free_port)" "$(free_port)" "$(free_port)")
balancer=$(free_port)
pids=(0 0 0)
haproxy_pid=0
cleanup() {
  for pid in "${pids[@]}" "$haproxy_pid"; do [ "$pid" -gt 0 ] && kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

start() { # replica index, jar
  # The load client is one address behind the balancer: it may run as many queries as it has clients.
  java -XX:-DontCompileHugeMethods -XX:+UseParallelGC -Xmx1g -jar "$2" serve --port "${ports[$1]}" --data "$work/dist$1" \
    --trusted-proxy 127.0.0.1 --queries-per-client "$clients" --query-budget 100000 --drain 3 > "$work/replica$1.log" 2>&1 &
  pids[$1]=$!
}
await_ready() { # replica index
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[$1]}/\$/ready")" = 200 ] && return 0
    sleep 0.5
  done
  echo "replica $1 did not become ready:" >&2; tail -20 "$work/replica$1.log" >&2; exit 1
}
stop() { # replica index
  local started=$SECONDS
  kill -TERM "${pids[$1]}"
  wait "${pids[$1]}" 2>/dev/null || true
  echo "$(date +%T) replica $1 stopped in $((SECONDS - started)) s"
}

for i in 0 1 2; do start "$i" "$work/old.jar"; done
for i in 0 1 2; do await_ready "$i"; done
SCOKG_BIND="127.0.0.1:$balancer" SCOKG_REPLICA1="127.0.0.1:${ports[0]}" SCOKG_REPLICA2="127.0.0.1:${ports[1]}" \
  SCOKG_REPLICA3="127.0.0.1:${ports[2]}" haproxy -f deploy/haproxy/haproxy.cfg > "$work/haproxy.log" 2>&1 &
haproxy_pid=$!
for _ in $(seq 1 40); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$balancer/\$/ping")" = 200 ] && break
  kill -0 "$haproxy_pid" 2>/dev/null || { echo "HAProxy did not start:" >&2; cat "$work/haproxy.log" >&2; exit 1; }
  sleep 0.5
done
echo "$(date +%T) 3 replicas on ports ${ports[*]} behind HAProxy on $balancer; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# The load runs until the roll is done: long enough for six restarts of a replica (each builds the graph).
java -cp target/test-classes:target/sco-kg.jar org.w3id.scokg.bench.LoadClient "http://127.0.0.1:$balancer" "$clients" 3600 "$work/stop" \
  > "$work/load.log" 2>&1 &
load=$!
for _ in $(seq 1 240); do
  grep -q '^load:' "$work/load.log" && break
  kill -0 "$load" 2>/dev/null || { echo "the load client did not start:" >&2; cat "$work/load.log" >&2; exit 1; }
  sleep 0.5
done
sleep 10
for round in restart upgrade; do
  for i in 0 1 2; do
    stop "$i"
    if [ "$round" = restart ]; then start "$i" "$work/old.jar"; else start "$i" "$work/new.jar"; fi
    await_ready "$i"
    echo "$(date +%T) replica $i ${round%e}ed and ready"
    sleep 5
  done
done
sleep 10
touch "$work/stop"
wait "$load" && load_status=0 || load_status=$?
cat "$work/load.log"

# Every replica, asked alone, gives the same bytes for every request the load sent.
mismatch=0
for path in "/doc/state/CN.ttl" "/doc/organization/SCO.jsonld" "/dumps/sco-kg.ttl" "/.well-known/void" \
  $(ls queries/*.rq | sed 's,queries/\(.*\)\.rq,/queries/\1?format=json,'); do
  sums=$(for i in 0 1 2; do curl -s "http://127.0.0.1:${ports[$i]}$path" | sha256sum | cut -c1-16; done | sort -u | wc -l)
  [ "$sums" = 1 ] || { echo "replicas differ on $path" >&2; mismatch=1; }
done
echo "identical answers from the 3 replicas on every checked path: $([ $mismatch = 0 ] && echo yes || echo NO)"
exit $((load_status != 0 || mismatch != 0))
