#!/usr/bin/env bash
# Load run against a running Presto (demo network): TOTAL creates of E-Lines between pe1-uni-1 and pe4-uni-1, each
# on its own CE-VLAN (from 100 up), posted by CLIENTS parallel clients; the services are left in place, so the run
# also shows how creates hold up as services accumulate. Prints creates per second and the client-side latency.
#   usage: bench/concurrent-creates.sh [total] [clients] [base-url]
set -euo pipefail
total=${1:-400}
clients=${2:-8}
base=${3:-http://localhost:8181/restconf}
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
export A=$(sip pe1-uni-1) Z=$(sip pe4-uni-1) B=$base AUTH=$auth

start=$(date +%s.%N)
seq 100 $((99 + total)) | xargs -P "$clients" -I{} sh -c 'curl -s -u "$AUTH" -o /dev/null -w "%{http_code} %{time_total}\n" \
  -X POST -H "Content-Type: application/json" "$B/operations/tapi-connectivity:create-connectivity-service" -d \
  "{\"input\":{\"end-point\":[{\"service-interface-point\":{\"service-interface-point-id\":\"$A\"},
   \"nrp-carrier-eth-connectivity-end-point-resource\":{\"ce-vlan-id-list-and-untag\":{\"vlan-id\":[{\"vlan-id\":{}}]}}},
   {\"service-interface-point\":{\"service-interface-point-id\":\"$Z\"},
   \"nrp-carrier-eth-connectivity-end-point-resource\":{\"ce-vlan-id-list-and-untag\":{\"vlan-id\":[{\"vlan-id\":{}}]}}}]}}"' \
  > "$work/results"
end=$(date +%s.%N)

python3 - "$work/results" "$start" "$end" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
ok = sorted(float(t) * 1000 for code, t in rows if code == "200")
failed = [code for code, t in rows if code != "200"]
seconds = float(sys.argv[3]) - float(sys.argv[2])
pct = lambda p: ok[min(len(ok) - 1, int(p / 100 * len(ok)))]
print(f"creates n={len(rows)} ok={len(ok)} failed={len(failed)} {len(ok) / seconds:.0f}/s "
      f"p50={pct(50):.1f} ms p90={pct(90):.1f} ms p99={pct(99):.1f} ms max={ok[-1]:.1f} ms")
PY
