#!/usr/bin/env python3
"""What authentication costs per request, against a running Presto, over one kept-alive HTTP connection each:
   - reference: GET /restconf/ui (public: a 303 with no body, through the same CXF endpoint and filters, no check)
   - basic:     GET /restconf/yang-library-version (a few bytes of JSON) with HTTP Basic, verified credentials cached
   - bearer:    the same with a bearer token, if BEARER_TOKEN is set (a JWT of the issuer Presto is configured with)
Prints p50 / p99 latency and requests per second of each, and each one's cost as a ratio to the reference.
   usage: bench/auth-cost.py [requests=2000] [host=localhost] [port=8181]
Credentials: PRESTO_AUTH=user:password, else the first administrator of the distribution at KARAF_HOME
(default karaf-assembly/target/assembly)."""
import base64, http.client, os, statistics, sys, time

n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
host = sys.argv[2] if len(sys.argv) > 2 else "localhost"
port = int(sys.argv[3]) if len(sys.argv) > 3 else 8181
auth = os.environ.get("PRESTO_AUTH") or "admin:" + open(os.path.join(os.environ.get(
    "KARAF_HOME", "karaf-assembly/target/assembly"), "etc/presto-admin.password")).read().strip()

def run(label, path, headers, expected):
    conn = http.client.HTTPConnection(host, port)
    times = []
    for i in range(n + 100):
        start = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        if response.status != expected:
            raise SystemExit(f"{label}: {response.status} where {expected} was expected")
        if i >= 100:  # the first hundred warm the JIT and the caches
            times.append(time.perf_counter() - start)
    conn.close()
    p50 = statistics.median(times) * 1e6
    p99 = sorted(times)[int(len(times) * 0.99)] * 1e6
    print(f"{label:10} p50 {p50:7.0f} us   p99 {p99:7.0f} us   {n / sum(times):7.0f} req/s")
    return statistics.median(times)

reference = run("reference", "/restconf/ui", {}, 303)
basic = run("basic", "/restconf/yang-library-version",
            {"Authorization": "Basic " + base64.b64encode(auth.encode()).decode()}, 200)
print(f"basic costs {basic / reference:.2f} x the reference (p50)")
if os.environ.get("BEARER_TOKEN"):
    bearer = run("bearer", "/restconf/yang-library-version",
                 {"Authorization": "Bearer " + os.environ["BEARER_TOKEN"]}, 200)
    print(f"bearer costs {bearer / reference:.2f} x the reference (p50)")
