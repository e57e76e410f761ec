#!/usr/bin/env python3
"""Makes a bench issuer of OAuth 2.0 access tokens for a Presto distribution, and prints one token of it.
   usage: bench/bearer-token.py [KARAF_HOME=karaf-assembly/target/assembly] [subject=bench] [scope=presto:admin]
Makes an RSA key pair with openssl (once, in KARAF_HOME/etc/presto-bench-issuer.pem), writes its public key as a
JWK set (etc/presto-bench-jwks.json) and points etc/org.presto.security.cfg at it (issuer
https://bench-issuer.presto.invalid, audience presto, jwksFile): Presto reads the change within seconds. Then prints
an RS256 access token (RFC 9068: typ at+jwt) of that issuer for the subject and scope, valid one hour, e.g. for
   BEARER_TOKEN=$(bench/bearer-token.py) bench/auth-cost.py 5000
Only for a bench or lab instance: it replaces the issuer an operator configured."""
import base64, json, os, re, subprocess, sys, time

home = sys.argv[1] if len(sys.argv) > 1 else "karaf-assembly/target/assembly"
subject = sys.argv[2] if len(sys.argv) > 2 else "bench"
scope = sys.argv[3] if len(sys.argv) > 3 else "presto:admin"
etc = os.path.join(home, "etc")
key = os.path.join(etc, "presto-bench-issuer.pem")
jwks = os.path.abspath(os.path.join(etc, "presto-bench-jwks.json"))
issuer = "https://bench-issuer.presto.invalid"

def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

if not os.path.exists(key):
    subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", key],
                   check=True, capture_output=True)
    os.chmod(key, 0o600)
modulus = subprocess.run(["openssl", "rsa", "-in", key, "-noout", "-modulus"], check=True, capture_output=True,
                         text=True).stdout.strip().split("=", 1)[1]
with open(jwks, "w") as out:
    json.dump({"keys": [{"kty": "RSA", "kid": "bench", "use": "sig", "alg": "RS256",
                         "n": b64url(bytes.fromhex(modulus)), "e": b64url((65537).to_bytes(3, "big"))}]}, out)

cfg = os.path.join(etc, "org.presto.security.cfg")
settings = {"issuer": issuer, "audience": "presto", "jwksFile": jwks}
# a JWKS URL of another issuer would take precedence over the file: out
lines = [line for line in open(cfg).read().splitlines() if not re.match(r"^\s*jwksUrl\s*[=:]", line)]
for name, value in settings.items():
    pattern = re.compile(r"^\s*" + name + r"\s*[=:]")
    replaced = [i for i, line in enumerate(lines) if pattern.match(line)]
    for i in replaced:
        lines[i] = f"{name} = {value}"
    if not replaced:
        lines.append(f"{name} = {value}")
open(cfg, "w").write("\n".join(lines) + "\n")

now = int(time.time())
header = b64url(json.dumps({"alg": "RS256", "typ": "at+jwt", "kid": "bench"}).encode())
claims = b64url(json.dumps({"iss": issuer, "aud": "presto", "sub": subject, "scope": scope, "iat": now,
                            "nbf": now, "exp": now + 3600, "jti": b64url(os.urandom(12))}).encode())
signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=f"{header}.{claims}".encode(),
                           check=True, capture_output=True).stdout
print(f"{header}.{claims}.{b64url(signature)}")
