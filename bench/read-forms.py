#!/usr/bin/env python3
"""Reads of the context and the service list in the swagger's form and in RFC 7951, side by side, against a
running Presto on the demo network: first creates SERVICES E-Lines (deleted at the end), then times N reads of each
form over one kept-alive HTTP connection. Prints p50 / p90 / p99 latency, reads per second and reply size.
   usage: bench/read-forms.py [reads=200] [services=100] [host=localhost] [port=8181]"""
import base64, http.client, json, os, statistics, sys, time

reads = int(sys.argv[1]) if len(sys.argv) > 1 else 200
services = int(sys.argv[2]) if len(sys.argv) > 2 else 100
host = sys.argv[3] if len(sys.argv) > 3 else "localhost"
port = int(sys.argv[4]) if len(sys.argv) > 4 else 8181
conn = http.client.HTTPConnection(host, port)
# credentials: PRESTO_AUTH=user:password, else the first administrator of the distribution built here
auth = os.environ.get("PRESTO_AUTH") or "admin:" + open(os.path.join(os.environ.get(
    "KARAF_HOME", "karaf-assembly/target/assembly"), "etc/presto-admin.password")).read().strip()
authorization = "Basic " + base64.b64encode(auth.encode()).decode()

def call(method, path, body=None):
    conn.request(method, "/restconf/" + path, body=None if body is None else json.dumps(body),
                 headers={"Content-Type": "application/json", "Authorization": authorization})
    response = conn.getresponse()
    data = response.read()
    if response.status >= 300:
        raise SystemExit(f"{method} {path}: {response.status} {data[:300]!r}")
    return data

sips = {s["name"][0]["value"]: s["uuid"] for s in
        json.loads(call("POST", "operations/get-service-interface-point-list"))["output"]["sip"]}
created = []
for i in range(services):
    a, z = ("pe1-uni-1", "pe4-uni-1") if i % 2 == 0 else ("pe2-uni-2", "pe5-uni-2")
    ep = lambda sip, vlan: {"service-interface-point": {"service-interface-point-id": sips[sip]},
                            "nrp-carrier-eth-connectivity-end-point-resource":
                                {"ce-vlan-id-list-and-untag": {"vlan-id": [{"vlan-id": vlan}]}}}
    vlan = 100 + i // 2
    out = json.loads(call("POST", "operations/create-connectivity-service",
                          {"input": {"end-point": [ep(a, vlan), ep(z, vlan)]}}))
    created.append(out["output"]["service"]["uuid"])

def measure(label, method, path):
    times, size = [], 0
    for _ in range(reads):
        start = time.perf_counter()
        size = len(call(method, path))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    q = lambda p: times[min(len(times) - 1, int(p * len(times)))]
    print(f"{label:58s} p50 {q(0.5):7.2f} ms  p90 {q(0.9):7.2f} ms  p99 {q(0.99):7.2f} ms  "
          f"{1000 / statistics.mean(times):7.1f} reads/s  {size / 1024:8.1f} KiB")

try:
    print(f"{services} E-Lines in place, {reads} reads each, one client, kept-alive connection")
    measure("GET data/context (swagger form)", "GET", "data/context")
    measure("GET data/tapi-common:context (RFC 7951)", "GET", "data/tapi-common:context")
    measure("POST get-connectivity-service-list (swagger form)", "POST", "operations/get-connectivity-service-list")
    measure("POST tapi-connectivity:get-connectivity-service-list (7951)", "POST",
            "operations/tapi-connectivity:get-connectivity-service-list")
    one = created[0]
    measure("GET one service (swagger form)", "GET", f"data/context/connectivity-service={one}")
    measure("GET one service (RFC 7951)", "GET",
            f"data/tapi-common:context/tapi-connectivity:connectivity-service={one}")
finally:
    for uuid in created:
        call("POST", "operations/delete-connectivity-service", {"input": {"service-id-or-name": uuid}})
