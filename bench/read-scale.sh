#!/usr/bin/env bash
# Reads at scale, side by side with a bare CXF endpoint in the same Karaf: fills a running Presto (demo network) up
# to SERVICES E-Lines (creates only what is missing, 8 at a time, and leaves them), then loads each read with wrk for
# SECONDS seconds over CONNECTIONS kept-alive connections and prints requests per second, p50 and p99 latency, reply
# size and the ratio to the bare endpoint answering a document of the same size from memory
# (bench/bare-endpoint, installed into the running Karaf through bin/client if it is not there yet).
#   usage: bench/read-scale.sh [services=2000] [seconds=10] [connections=8] [base-url=http://localhost:8181]
#   needs: wrk (apt install wrk), curl, python3
set -euo pipefail
services=${1:-2000}
seconds=${2:-10}
connections=${3:-8}
base=${4:-http://localhost:8181}
home=${KARAF_HOME:-karaf-assembly/target/assembly}
auth=${PRESTO_AUTH:-admin:$(cat "$home/etc/presto-admin.password")}
header="Authorization: Basic $(printf %s "$auth" | base64 -w0)"
api=$base/restconf

if [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/bare/10")" != 200 ]; then
  jar=$(ls "$PWD"/bench/bare-endpoint/target/presto-bench-bare-endpoint-*.jar | head -1)
  printf '%s\n' "bundle:install -s file:$jar" | "$home/bin/client" -u "${auth%%:*}" -p "${auth#*:}" -b \
    > /dev/null
  for _ in $(seq 50); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/bare/10")" = 200 ] && break
    sleep 0.2
  done
fi

shell() { printf '%s\n' "$@" | "$home/bin/client" -u "${auth%%:*}" -p "${auth#*:}" -b > /dev/null; }
# one caller's rate limit (etc/org.presto.api.cfg) would answer most of the load 429: off for the run, then back
limit=$(sed -n 's/^requestsPerSecond *= *//p' "$home/etc/org.presto.api.cfg" | head -1)
shell "config:property-set -p org.presto.api requestsPerSecond 0"
trap 'shell "config:property-set -p org.presto.api requestsPerSecond ${limit:-1000}"' EXIT
sleep 2

count() {
  curl -sf -H "$header" -X POST "$api/operations/get-connectivity-service-list" \
    | python3 -c 'import json, sys; print(len(json.load(sys.stdin).get("output", {}).get("service", [])))'
}
sips=$(curl -sf -H "$header" -X POST "$api/operations/get-service-interface-point-list")
export API=$api HEADER=$header
export PAIRS=$(python3 -c '
import json, sys
uuid = {s["name"][0]["value"]: s["uuid"] for s in json.loads(sys.argv[1])["output"]["sip"]}
pairs = [("pe1-uni-1", "pe4-uni-1"), ("pe2-uni-2", "pe5-uni-2"), ("pe1-uni-2", "pe3-uni-1"),
         ("pe2-uni-1", "pe4-uni-2"), ("pe3-uni-2", "pe5-uni-1")]
print(" ".join(uuid[a] + ":" + uuid[z] for a, z in pairs))' "$sips")
have=$(count)
if [ "$have" -lt "$services" ]; then
  start=$(date +%s)
  # service i: pair i mod 5, CE-VLAN 100 + i / 5 on both ends (each SIP is in one pair: no VLAN is taken twice)
  seq "$have" $((services - 1)) | xargs -P 8 -I{} sh -c '
    i={}; set -- $PAIRS; shift $((i % 5)); a=${1%%:*}; z=${1##*:}; v=$((100 + i / 5))
    ep() { echo "{\"service-interface-point\":{\"service-interface-point-id\":\"$1\"},\"nrp-carrier-eth-connectivity-end-point-resource\":{\"ce-vlan-id-list-and-untag\":{\"vlan-id\":[{\"vlan-id\":$v}]}}}"; }
    curl -s -o /dev/null -H "$HEADER" -H "Content-Type: application/json" -X POST \
      "$API/operations/create-connectivity-service" -d "{\"input\":{\"end-point\":[$(ep $a),$(ep $z)]}}"'
  echo "created $((services - have)) E-Lines in $(( $(date +%s) - start )) s"
fi
echo "$(count) services in place; wrk: $seconds s each, $connections connections, 2 threads"

one=$(curl -sf -H "$header" "$api/data/context/connectivity-service?limit=1" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["uuid"])')

# prints: requests/s, p50, p99 of one wrk run
load() {
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "$2" "$1" | awk '
    /^Requests\/sec/ {rps = $2} / 50%/ {p50 = $2} / 99%/ {p99 = $2}
    /Non-2xx/ {bad = $NF} END {printf "%s %s %s %s\n", rps, p50, p99, bad + 0}'
}

printf '%-52s %10s %9s %9s %9s %9s\n' read 'reads/s' p50 p99 size 'vs bare'
measure() {
  local label=$1 path=$2
  local size; size=$(curl -sf -H "$header" "$api/$path" | wc -c)
  read -r rps p50 p99 bad <<< "$(load "$api/$path" "$header")"
  read -r bare_rps _ <<< "$(load "$api/bare/$size" "X-Bench: bare")"
  [ "$bad" = 0 ] || echo "  ($bad answers were not 2xx)"
  printf '%-52s %10s %9s %9s %8.1fK %8.0f%%\n' "$label" "$rps" "$p50" "$p99" "$(echo "$size / 1024" | bc -l)" \
    "$(echo "100 * $rps / $bare_rps" | bc -l)"
}
measure "one service, data/context/connectivity-service=UUID" "data/context/connectivity-service=$one"
measure "one service, RFC 8040 path" "data/tapi-common:context/tapi-connectivity:connectivity-service=$one"
measure "a page of 100 services from the middle (limit, offset)" \
  "data/tapi-common:context/tapi-connectivity:connectivity-service?limit=100&offset=$(( services / 2 ))"
measure "one SIP, RFC 8040 path" \
  "data/tapi-common:context/tapi-common:service-interface-point=${PAIRS%%:*}"
measure "every service, data/context/connectivity-service" "data/context/connectivity-service"
measure "the whole context, data/tapi-common:context" "data/tapi-common:context"
pid=$(cat "$home/karaf.pid" 2>/dev/null || pgrep -f org.apache.karaf.main.Main | head -1)
echo "resident memory of Karaf: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"
