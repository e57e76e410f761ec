#!/usr/bin/env bash
# Load run of creates against a running Presto (demo network) with wrk: CONNECTIONS kept-alive connections post E-Line
# creates for SECONDS, no process started per request (bench/concurrent-creates.sh starts a curl per request, which
# on 2 cores costs more than the create). PAIRS_KIND=five (the default) spreads them over five pairs of SIPs, each SIP in
# one pair; PAIRS_KIND=one puts them all between pe1-uni-1 and pe4-uni-1. Each request has a CE-VLAN of its own, from
# FIRST_VLAN (100) up, so run it on a fresh distribution or raise FIRST_VLAN past what is in place. The services stay.
#   usage: [PAIRS_KIND=one|five] [FIRST_VLAN=100] bench/create-load.sh [seconds] [connections] [base-url]
set -euo pipefail
seconds=${1:-10}
connections=${2:-8}
base=${3:-http://localhost:8181}
home=${KARAF_HOME:-karaf-assembly/target/assembly}
auth=${PRESTO_AUTH:-admin:$(cat "$home/etc/presto-admin.password")}
export AUTH_HEADER="Basic $(printf %s "$auth" | base64 -w0)"
threads=$(( connections < 2 ? 1 : 2 ))
export THREADS=$threads
export PAIRS=$(curl -sf -H "Authorization: $AUTH_HEADER" -X POST \
  "$base/restconf/operations/get-service-interface-point-list" | python3 -c '
import json, sys
uuid = {s["name"][0]["value"]: s["uuid"] for s in json.load(sys.stdin)["output"]["sip"]}
pairs = [("pe1-uni-1", "pe4-uni-1")] if sys.argv[1] == "one" else [("pe2-uni-1", "pe3-uni-1"),
         ("pe5-uni-1", "pe6-uni-1"), ("pe1-uni-2", "pe4-uni-2"), ("pe2-uni-2", "pe3-uni-2"), ("pe5-uni-2", "pe6-uni-2")]
print(" ".join(uuid[a] + ":" + uuid[z] for a, z in pairs))' "${PAIRS_KIND:-five}")
wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout 30s -s "$(dirname "$0")/create-load.lua" "$base" \
  | grep -E "^creates|^[0-9]{3} "
