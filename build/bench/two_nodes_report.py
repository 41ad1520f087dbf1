"""Writes the "Two nodes" section from two-nodes.sh's figures and puts it into docs/performance.md.

argv[1]: one JSON line per route and setup (wrk_figures.py, the setup as its kind); argv[2]: the section's
file (build/bench/two-nodes.md, which report.py includes); argv[3]: the page whose section is replaced.
stdin: the run's facts as JSON.
"""
import json
import re
import statistics
import sys

ONE, PROXIED, TWO = "one node", "one node behind nginx", "two nodes behind nginx"
results = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
facts = json.load(sys.stdin)
by = {(r["kind"], r["name"]): r for r in results}
names = list(dict.fromkeys(r["name"] for r in results))


def cell(r):
    if r is None:
        return "-"
    text = f"{r['rps']:,.0f} ({r['p50']} / {r['p99']})"
    if r["non2xx"] or r["socket_errors"]:
        text += f" **errors**: {r['non2xx']} non-2xx {r['socket_errors']}"
    return text


def ratio(a, b):
    return f"{a['rps'] / b['rps']:.2f}" if a and b and b["rps"] else "-"


rows = []
for name in names:
    one, proxied, two = by.get((ONE, name)), by.get((PROXIED, name)), by.get((TWO, name))
    rows.append(f"| {name} | {cell(one)} | {cell(proxied)} | {cell(two)} | {ratio(two, proxied)} | {ratio(two, one)} |")

def median_ratio(setup, against):
    pairs = [(by.get((setup, n)), by.get((against, n))) for n in names if n != "/health/live"]
    ratios = [a["rps"] / b["rps"] for a, b in pairs if a and b and b["rps"]]
    return f"{statistics.median(ratios):.2f}" if ratios else "-"


section = "\n".join([
    "Written by `build/bench/two-nodes.sh` (`run.sh` calls it when PostgreSQL and RabbitMQ answer). Release app",
    "processes over one PostgreSQL database and one RabbitMQ virtual host (`Database:Provider=Postgres`,",
    "`Hangfire:Storage=Postgres`, `Messaging:Transport=RabbitMq`), with the same scaled demo data (`Seed:Scale`,",
    "seeded by the first node), PostgreSQL and RabbitMQ on the same machine. The same JSON routes as above,",
    "measured three ways: one node reached directly, the same node behind nginx, and two nodes behind nginx",
    "(round robin, keep-alive connections to the nodes). Each cell: requests/s (p50 / p99 ms). Everything",
    "(wrk, nginx, both nodes, PostgreSQL, RabbitMQ) shares the machine's cores, so a second node adds no CPU:",
    "it shows what the second process and the proxy cost, not what a second machine would add.",
    "",
    f"Run {facts['date']}, {facts['cores']} cores, wrk 2 threads × {facts['connections']} connections, "
    f"{facts['seconds']} s a route after a 2 s warm-up, nginx {facts['nginx']}. Load average (1, 5, 15 min) "
    f"before: {facts['load_before']}; at the start of each setup: {facts['loads'].strip().rstrip(';')}; after: "
    f"{facts['load_after']} (other work on the machine makes absolute figures noisy).",
    "",
    "| route | one node | one node behind nginx | two nodes behind nginx | two ÷ one, both behind nginx | two behind nginx ÷ one direct |",
    "|---|---|---|---|---|---|",
    *rows,
    "",
    f"Over the JSON routes (not `/health/live`), two nodes behind nginx served {median_ratio(TWO, PROXIED)}× what one node",
    f"behind nginx served and {median_ratio(TWO, ONE)}× what one node served directly (medians of the ratios). wrk counts",
    "non-2xx answers without their status; the step completion's are most likely 409s, which the assignment's",
    "concurrency check answers when two completions of one client's assignment race (32 connections over one",
    "client's steps); on SQLite such writes wait for one another instead.",
    f"Requests each node served in the two-node run (nginx's log, by upstream address): {facts['split'].strip().rstrip(';')}.",
    f"Node A, migrating and seeding an empty PostgreSQL database: {facts['seed_ms']} ms to ready; then, after",
    f"`VACUUM ANALYZE`, started again over the seeded database: {facts['first_ms']} ms; node B: {facts['second_ms']} ms.",
    "These figures run on PostgreSQL and RabbitMQ, the ones above on the embedded SQLite database, so the two",
    "tables compare setups, not runs.",
])
open(sys.argv[2], "w").write(section + "\n")

page = open(sys.argv[3]).read()
heading = "## Two nodes\n"
if heading not in page:
    raise SystemExit(f"{sys.argv[3]} has no '## Two nodes' section")
before, after = page.split(heading, 1)
rest = re.search(r"^## ", after, re.M)
page = before + heading + "\n" + section + "\n\n" + (after[rest.start():] if rest else "")
open(sys.argv[3], "w").write(page)
print("\n".join(["| route | one node | one node behind nginx | two nodes behind nginx | two ÷ one (nginx) | two ÷ one direct |", *rows]))
