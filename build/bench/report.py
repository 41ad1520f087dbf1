"""Writes docs/performance.md from the run's figures (argv[1]: one JSON line per route; stdin: the run's facts)."""
import json
import os
import sys

results = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
facts = json.load(sys.stdin)
ceiling = next(r for r in results if r["kind"] == "ceiling")
TARGETS = {
    "read": ("≥ 25% and p99 < 20 ms", lambda ratio, p99: ratio >= 0.25 and p99 is not None and p99 < 20),
    "page": ("≥ 50%", lambda ratio, p99: ratio >= 0.5),
}


def row(r):
    ratio = r["rps"] / ceiling["rps"] if ceiling["rps"] else 0
    target, met = "-", "-"
    if r["kind"] in TARGETS:
        target, check = TARGETS[r["kind"]]
        met = "met" if check(ratio, r["p99"]) else "**not met**"
    if r["non2xx"] or r["socket_errors"]:
        met = f"**errors**: {r['non2xx']} non-2xx {r['socket_errors']}"
    return (f"| {r['name']} | {r['rps']:,.0f} | {r['p50']} | {r['p99']} | {ceiling['rps']:,.0f} | "
            f"{ratio:.2f} | {target} | {met} |")


ready_met = "met" if facts["ready_ms"] < 3000 else "**not met**"
lines = [
    "# Performance",
    "",
    "Written by `build/bench/run.sh` (one command). The app runs in Release on the embedded default (SQLite)",
    "with the scaled demo data (`Seed:Scale`: 50 coaches, 2,000 clients part-way through the built-in program,",
    "20 articles with 5,000 approved comments and 200 waiting for moderation, 100,000 confirmed subscribers),",
    "seeded through the modules' own DbContexts into a fresh database. The load generator shares the",
    "machine's cores with the app, so the ceiling is what the framework serves on this machine:",
    "`/health/live`, measured in the same run. Ratios to it are what carry over between runs and machines.",
    "",
    f"Run {facts['date']}, {facts['cores']} cores, wrk 2 threads × {facts['connections']} connections, "
    f"{facts['seconds']} s a route after {facts.get('warmup', 0)} s of the same load, not measured, once the app's start-up work had settled, with its precompiled code off (`DOTNET_ReadyToRun=0`: the JIT's tiered code a long-running node runs on; start-up below is measured with it on). Load average (1, 5, 15 min) before: {facts['load_before']}; after the load: "
    f"{facts['load_after']} (other work on the machine makes absolute figures noisy).",
    "",
    "## HTTP load",
    "",
    "| scenario | requests/s | p50 ms | p99 ms | ceiling (/health/live) | ratio | target | result |",
    "|---|---|---|---|---|---|---|---|",
    *[row(r) for r in results],
    "",
    "Targets apply to the JSON reads and the public article page; the writes and the coach's signed-in page",
    "are measured for reference. A row with errors did not measure what it names. The public page is asked",
    "for as a browser asks, accepting Brotli or gzip.",
    "",
    "## Start-up",
    "",
    "| scenario | figure | target | result |",
    "|---|---|---|---|",
    f"| process start to `/health/ready` 200 (median of 5, seeded database) | {facts['ready_ms']} ms | < 3 s | {ready_met} |",
    f"| memory (RSS) right after ready (median of 5) | {facts['rss_mb']} MB | - | - |",
    f"| first start: migrations and the scaled seeding | {facts['seed_ms']} ms | - | - |",
    "",
    f"The five runs (ms, MB): {facts['startup_runs'].strip(';').replace(';', '; ')}.",
    "",
    "## In-process (BenchmarkDotNet, `build/bench/CoachingPlatform.Benchmarks`, short job)",
    "",
    facts["micro"].strip() or "Not run (BENCH_MICRO=0).",
    "",
    "## Digest",
    "",
    ("```\n" + facts["digest"].strip() + "\n```") if facts["digest"].strip()
    else "Not run (BENCH_DIGEST=0); `build/bench/digest-bench.sh` runs it alone, and docs/architecture.md (\"Digest throughput\") has its latest figures.",
    "",
    "## Two nodes",
    "",
    # The latest figures of build/bench/two-nodes.sh, which run.sh calls after this when PostgreSQL and RabbitMQ answer.
    open("build/bench/two-nodes.md").read().strip() if os.path.exists("build/bench/two-nodes.md")
    else "Not run yet: `build/bench/two-nodes.sh` needs PostgreSQL and RabbitMQ (`build/postgres.sh`, `build/rabbitmq.sh`).",
    "",
    open("build/bench/changes.md").read().strip(),
    "",
]
open(sys.argv[2], "w").write("\n".join(lines))
