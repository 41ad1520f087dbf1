"""Reads wrk --latency output on stdin; prints one JSON line: requests/s, p50 and p99 in ms, errors."""
import json
import re
import sys

name, kind = sys.argv[1], sys.argv[2]
text = sys.stdin.read()
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def latency(percent):
    match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M)
    return round(float(match.group(1)) * UNITS[match.group(2)], 2) if match else None


rate = re.search(r"Requests/sec:\s+([\d.]+)", text)
requests = re.search(r"(\d+) requests in", text)
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = re.search(r"Socket errors: (.*)", text)
print(json.dumps({
    "name": name, "kind": kind,
    "rps": float(rate.group(1)) if rate else 0.0,
    "p50": latency(50), "p99": latency(99),
    "requests": int(requests.group(1)) if requests else 0,
    "non2xx": int(bad.group(1)) if bad else 0,
    "socket_errors": errors.group(1).strip() if errors else "",
}))
