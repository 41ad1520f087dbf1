"""Signs in the bench users and finds the ids the load routes need; prints them as shell assignments."""
import json
import os
import shlex
import urllib.request

BASE = os.environ["BENCH_BASE"]
PASSWORD = "Trust-2026!"


def call(method, path, token=None, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", "Bearer " + token)
    with urllib.request.urlopen(request) as response:
        text = response.read()
        return json.loads(text) if text else None


def items_of(page):
    return page["items"] if isinstance(page, dict) else page


def sign_in(email):
    return call("POST", "/api/auth/login", body={"email": email, "password": PASSWORD})["accessToken"]


# Bench coach 0 has 40 clients; bench client 6 is six steps into the built-in program.
coach = sign_in("bench-coach0@example.com")
client = sign_in("bench-client6@example.com")
admin = sign_in("admin@example.com")
assignment = call("GET", "/api/me/assignments", client)[0]
done = [s["id"] for s in assignment["steps"] if s["status"] == "completed"]
steps = " ".join(f"/api/me/assignments/{assignment['id']}/steps/{s}/completion" for s in done)
clients = call("GET", "/api/clients", coach)
items = items_of(clients)
slug = next(a["slug"] for a in items_of(call("GET", "/api/articles?pageSize=50")) if a["slug"].startswith("bench-article-0-"))
areas = call("GET", "/api/assessments/wheel-of-life")
keys = [a["key"] for a in (areas["areas"] if isinstance(areas, dict) else areas)]
wheel = json.dumps({"scores": {k: 3 + i % 7 for i, k in enumerate(keys)}})

for name, value in [("coach", coach), ("client", client), ("admin", admin), ("client_steps", steps),
                    ("coach_client", items[0]["clientId"] if "clientId" in items[0] else items[0]["id"]),
                    ("slug", slug), ("wheel_body", wheel)]:
    print(f"{name}={shlex.quote(value)}")
