#!/usr/bin/env bash
# Load run against a running Presto (demo network): N sequential create + delete cycles of an E-Line between
# pe1-uni-1 and pe4-uni-1 (a different CE-VLAN each time), timed per request on the client side with curl.
# Prints the latency distribution of creates and deletes and the cycles per second.
#   usage: bench/create-latency.sh [cycles] [base-url]
set -euo pipefail
cycles=${1:-200}
base=${2:-http://localhost:8181/restconf}
# credentials: PRESTO_AUTH=user:password, else the first administrator of the distribution built here
auth=${PRESTO_AUTH:-admin:$(cat "${KARAF_HOME:-karaf-assembly/target/assembly}/etc/presto-admin.password")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sip() {
  curl -sf -u "$auth" -X POST "$base/operations/get-service-interface-point-list" | python3 -c '
import json, sys
name = sys.argv[1]
print(next(s["uuid"] for s in json.load(sys.stdin)["output"]["sip"] if s["name"][0]["value"] == name))' "$1"
}
a=$(sip pe1-uni-1)
z=$(sip pe4-uni-1)

body() {
  printf '{"input":{"end-point":[
 {"service-interface-point":{"service-interface-point-id":"%s"},"nrp-carrier-eth-connectivity-end-point-resource":{"ce-vlan-id-list-and-untag":{"vlan-id":[{"vlan-id":%d}]}}},
 {"service-interface-point":{"service-interface-point-id":"%s"},"nrp-carrier-eth-connectivity-end-point-resource":{"ce-vlan-id-list-and-untag":{"vlan-id":[{"vlan-id":%d}]}}}]}}' \
    "$a" "$1" "$z" "$1"
}

start=$(date +%s.%N)
for i in $(seq 1 "$cycles"); do
  vlan=$(( (i % 4000) + 10 ))
  out=$(curl -s -u "$auth" -o "$work/resp" -w '%{http_code} %{time_total}' -X POST -H 'Content-Type: application/json' \
        -d "$(body $vlan)" "$base/operations/tapi-connectivity:create-connectivity-service")
  [ "${out%% *}" = 200 ] || { echo "create failed: $out $(cat "$work/resp")" >&2; exit 1; }
  echo "${out#* }" >> "$work/create"
  # an RFC 8040 path answers RFC 7951: the output qualified by its module
  uuid=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print((d.get("output") or d["tapi-connectivity:output"])["service"]["uuid"])' "$work/resp")
  out=$(curl -s -u "$auth" -o /dev/null -w '%{http_code} %{time_total}' -X POST -H 'Content-Type: application/json' \
        -d "{\"input\":{\"service-id-or-name\":\"$uuid\"}}" "$base/operations/delete-connectivity-service")
  [ "${out%% *}" = 200 ] || { echo "delete failed: $out" >&2; exit 1; }
  echo "${out#* }" >> "$work/delete"
done
end=$(date +%s.%N)

report() {
  sort -n "$2" | awk -v name="$1" '
    function at(q,  i) { i = int(NR * q); if (i < 1) i = 1; return v[i] }
    { v[NR] = $1 * 1000 }
    END { printf "%-7s n=%d  p50=%.1f ms  p90=%.1f ms  p99=%.1f ms  max=%.1f ms\n", name, NR, at(0.50), at(0.90), at(0.99), v[NR] }'
}
report create "$work/create"
report delete "$work/delete"
awk -v s="$start" -v e="$end" -v n="$cycles" 'BEGIN { printf "cycles  %.1f create+delete per second (sequential, one client)\n", n / (e - s) }'
