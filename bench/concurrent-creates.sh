#!/usr/bin/env bash
# Load run against a running Presto (demo network): TOTAL creates of E-Lines posted by CLIENTS parallel clients; the
# services are left in place, so the run also shows how creates hold up as services accumulate. Prints creates per
# second and the client-side latency. PAIRS=one (the default) puts every service between pe1-uni-1 and pe4-uni-1,
# each on its own CE-VLAN from 100 up, so that all of them configure the same two devices, one after another;
# PAIRS=five spreads them round-robin over five pairs of SIPs, each SIP in one pair (pe2-pe3, pe5-pe6, ...), so
# that creates on different devices can proceed side by side.
#   usage: [PAIRS=one|five] bench/concurrent-creates.sh [total] [clients] [base-url]
set -euo pipefail
total=${1:-400}
clients=${2:-8}
base=${3:-http://localhost:8181/restconf}
# credentials: PRESTO_AUTH=user:password, else the first administrator of the distribution built here
auth=${PRESTO_AUTH:-admin:$(cat "${KARAF_HOME:-karaf-assembly/target/assembly}/etc/presto-admin.password")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export B=$base AUTH=$auth
export PAIRS_UUID=$(curl -sf -u "$auth" -X POST "$base/operations/get-service-interface-point-list" | python3 -c '
import json, sys
uuid = {s["name"][0]["value"]: s["uuid"] for s in json.load(sys.stdin)["output"]["sip"]}
pairs = [("pe1-uni-1", "pe4-uni-1")] if sys.argv[1] == "one" else [("pe2-uni-1", "pe3-uni-1"),
         ("pe5-uni-1", "pe6-uni-1"), ("pe1-uni-2", "pe4-uni-2"), ("pe2-uni-2", "pe3-uni-2"), ("pe5-uni-2", "pe6-uni-2")]
print(" ".join(uuid[a] + ":" + uuid[z] for a, z in pairs))' "${PAIRS:-one}")

start=$(date +%s.%N)
# job i: pair i mod n, CE-VLAN 100 + i / n on both ends
seq 0 $((total - 1)) | xargs -P "$clients" -I{} sh -c '
  i={}; set -- $PAIRS_UUID; n=$#; shift $((i % n)); a=${1%%:*}; z=${1##*:}; v=$((100 + i / n))
  ep() { echo "{\"service-interface-point\":{\"service-interface-point-id\":\"$1\"},\"nrp-carrier-eth-connectivity-end-point-resource\":{\"ce-vlan-id-list-and-untag\":{\"vlan-id\":[{\"vlan-id\":$v}]}}}"; }
  curl -s -u "$AUTH" -o /dev/null -w "%{http_code} %{time_total}\n" -X POST -H "Content-Type: application/json" \
    "$B/operations/tapi-connectivity:create-connectivity-service" -d "{\"input\":{\"end-point\":[$(ep $a),$(ep $z)]}}"' \
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
