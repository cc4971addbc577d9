"""Latency of the web app under load: the story list, a story page and a search, 20 concurrent clients.

Starts a real `khabar serve` (Uvicorn) process on loopback over a built store, then for each endpoint runs
a closed loop of N clients (each sends its next request when the last one answered) for a fixed time and
reports the median and 95th-percentile latency, requests per second and the server's CPU time per request
(read from /proc: unlike latency, it hardly depends on what else the machine is running). The load comes from `wrk` when it
is installed (Debian: `apt-get install wrk`), otherwise from a Python asyncio + httpx client (which
competes with the server for the CPU on a small machine, so its figures are pessimistic).

Endpoints measured:
  list          /                     the story list, newest first (30 rows with sparklines)
  list_filter   /?outlet=…&sort=largest&min_articles=2   the list filtered and sorted in SQL
  story_large   /stories/ID           the page of one of the largest stories
  story_median  /stories/ID           the page of a median-size story (among stories of 2+ articles)
  search        /search?q=…           full-text search, a few queries in turn
  api_story     /api/stories/ID       the JSON of the largest story

Before the server starts, the briefs of the two stories are made and stored if they are not yet (timed:
for a story of 270 articles this takes minutes, which is why the server makes briefs in the background and
stores them). Then the first and second views of each story page are timed on their own (the first reads
the brief from the store, the second from memory), and only then comes the load.

Build the store first (the full SaudiNewsNet corpus, 28k articles; about 20-40 minutes on 2 cores):

    khabar analyze ../shared/data/saudinewsnet/articles.jsonl.gz --db /tmp/web28k.db --workers 2

then:

    python benchmarks/web_latency.py --db /tmp/web28k.db [--clients 20] [--seconds 15] [--json OUT]
    python benchmarks/web_latency.py --db /tmp/web28k.db --cache-mb 0   # every request rendered

With the default cache, repeated requests for a page are served from memory until the database changes;
`--cache-mb 0` measures the cost of rendering each request.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode
from urllib.request import urlopen

SEARCHES = ["الملك سلمان", "وزير الخارجية", "أمطار", "النفط", "الحوثيين", "مكة المكرمة"]
GOAL_MS = 200.0

WRK_SCRIPT = """
paths = {%s}
i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("KHABAR %%d %%d %%d %%d %%d %%d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency.max, e.status + e.connect + e.read + e.timeout))
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pick_targets(db: Path) -> dict[str, Any]:
    """The stories and outlet the benchmark uses, chosen from the store (read-only)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from khabar.store import Store

    with Store(db) as store:
        total = store.count_stories()
        largest = store.list_stories(sort="largest", limit=1)[0]
        multi = store.count_stories(min_articles=2)
        median = store.list_stories(sort="largest", min_articles=2, limit=1, offset=multi // 2)[0]
        outlet = store.outlets()[0][0]
        articles = store.count_articles()
    return {
        "articles": articles,
        "stories": total,
        "stories_2plus": multi,
        "largest": {"id": largest.id, "articles": largest.articles, "outlets": len(largest.outlets)},
        "median": {"id": median.id, "articles": median.articles, "outlets": len(median.outlets)},
        "outlet": outlet,
    }


def endpoints(targets: dict[str, Any]) -> dict[str, list[str]]:
    short = {k: targets[k]["id"].removeprefix("story:") for k in ("largest", "median")}
    return {
        "list": ["/"],
        "list_filter": [
            "/?" + urlencode({"outlet": targets["outlet"], "sort": "largest", "min_articles": 2})
        ],
        "story_large": [f"/stories/{short['largest']}"],
        "story_median": [f"/stories/{short['median']}"],
        "search": [f"/search?q={quote(q)}" for q in SEARCHES],
        "api_story": [f"/api/stories/{short['largest']}"],
    }


def start_server(db: Path, port: int, cache_mb: int, workers: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "khabar", "serve", "--db", str(db), "--port", str(port)]
    command += ["--cache-mb", str(cache_mb), "--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for _ in range(300):
        try:
            urlopen(f"http://127.0.0.1:{port}/api/outlets", timeout=2).read()
            return server
        except OSError:
            if server.poll() is not None:
                raise SystemExit(f"khabar serve exited: {server.stderr.read().decode()[-2000:]}") from None
            time.sleep(0.1)
    server.kill()
    raise SystemExit("khabar serve did not answer within 30 s")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time so far (Linux /proc) of a process and its live children (the workers of
    `khabar serve --workers N`), all their threads together."""
    total = 0.0
    for member in _process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _process_tree(pid: int) -> list[int]:
    tree, queue = [], [pid]
    while queue:
        current = queue.pop()
        tree.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                queue += [int(child) for child in task.read_text().split()]
            except FileNotFoundError:
                continue
    return tree


def wait_idle(pid: int, limit_s: float = 900.0) -> float:
    """Wait until the server has finished the requests a load run left queued (it uses under 5% of a
    core over half a second); returns the seconds waited."""
    started = time.perf_counter()
    while time.perf_counter() - started < limit_s:
        before = cpu_seconds(pid)
        time.sleep(0.5)
        if cpu_seconds(pid) - before < 0.025:
            break
    return time.perf_counter() - started


def make_briefs(db: Path, story_ids: list[str]) -> dict[str, float]:
    """Make (or find) the stored briefs of the stories measured, before the server starts, so that the
    load measures pages whose brief is stored; returns the seconds each took (~0 when already stored)."""
    from khabar.store import Store
    from khabar.web.export import story_brief

    taken = {}
    with Store(db) as store:
        for story_id in story_ids:
            started = time.perf_counter()
            story_brief(store, story_id)
            taken[story_id] = round(time.perf_counter() - started, 2)
    return taken


def timed_get(url: str) -> float:
    started = time.perf_counter()
    with urlopen(url, timeout=600) as response:
        response.read()
        assert response.status == 200, url
    return (time.perf_counter() - started) * 1000


def run_wrk(base: str, paths: list[str], clients: int, seconds: float) -> dict[str, float]:
    script = WRK_SCRIPT % ", ".join(json.dumps(p) for p in paths)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    try:
        threads = max(1, min(2, clients))
        result = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{clients}",
                f"-d{int(seconds)}s",
                "--timeout",
                "30s",
                "-s",
                handle.name,
                base,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        os.unlink(handle.name)
    line = next(line for line in result.stdout.splitlines() if line.startswith("KHABAR "))
    requests, duration_us, p50, p95, worst, errors = (int(v) for v in line.split()[1:])
    return {
        "requests": requests,
        "rps": requests / (duration_us / 1e6),
        "p50_ms": p50 / 1000,
        "p95_ms": p95 / 1000,
        "max_ms": worst / 1000,
        "errors": errors,
    }


def run_httpx(base: str, paths: list[str], clients: int, seconds: float) -> dict[str, float]:
    import httpx

    latencies: list[float] = []
    errors = 0

    async def client(index: int, deadline: float, http: httpx.AsyncClient) -> None:
        nonlocal errors
        i = index
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            response = await http.get(paths[i % len(paths)])
            latencies.append((time.perf_counter() - started) * 1000)
            errors += response.status_code != 200
            i += 1

    async def main() -> float:
        limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
        async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
            started = time.perf_counter()
            await asyncio.gather(*(client(i, started + seconds, http) for i in range(clients)))
            return time.perf_counter() - started

    elapsed = asyncio.run(main())
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "rps": len(ordered) / elapsed,
        "p50_ms": statistics.median(ordered),
        "p95_ms": ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
        "max_ms": ordered[-1],
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db", type=Path, required=True, help="A store built by `khabar analyze` (see above)."
    )
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=15.0, help="Load time per endpoint.")
    parser.add_argument("--tool", choices=["auto", "wrk", "httpx"], default="auto")
    parser.add_argument("--only", nargs="*", help="Measure only these endpoints (names as listed above).")
    parser.add_argument("--json", type=Path, help="Also write the results to this file.")
    parser.add_argument(
        "--cache-mb",
        type=int,
        default=64,
        help="The server's cache of rendered pages (`khabar serve --cache-mb`); 0 renders every request.",
    )
    parser.add_argument("--workers", type=int, default=1, help="Server processes (`khabar serve --workers`).")
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db}: no such store; build it first (see --help)")
    tool = args.tool if args.tool != "auto" else ("wrk" if shutil.which("wrk") else "httpx")
    targets = pick_targets(args.db)
    paths = endpoints(targets)
    brief_seconds = make_briefs(args.db, [targets["largest"]["id"], targets["median"]["id"]])
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(args.db, port, args.cache_mb, args.workers)
    report: dict[str, Any] = {
        "tool": tool,
        "clients": args.clients,
        "cache_mb": args.cache_mb,
        "workers": args.workers,
        "seconds": args.seconds,
        "targets": targets,
        "brief_make_seconds": brief_seconds,
    }
    try:
        report["first_view_ms"] = {
            name: round(timed_get(base + paths[name][0]), 1) for name in ("story_large", "story_median")
        }
        report["second_view_ms"] = {
            name: round(timed_get(base + paths[name][0]), 1) for name in ("story_large", "story_median")
        }
        for url in {p for group in paths.values() for p in group}:
            timed_get(base + url)  # every URL answers 200 before it is measured
        runner = run_wrk if tool == "wrk" else run_httpx
        results = {}
        for name, group in paths.items():
            if args.only and name not in args.only:
                continue
            cpu_before = cpu_seconds(server.pid)
            measured = runner(base, group, args.clients, args.seconds)
            measured["drain_s"] = wait_idle(server.pid)  # requests still queued when the load stopped
            # server CPU per request: what a request costs whatever else the machine is running
            measured["server_cpu_ms_per_request"] = (
                (cpu_seconds(server.pid) - cpu_before) * 1000 / max(measured["requests"], 1)
            )
            results[name] = {k: round(v, 1) for k, v in measured.items()} | {
                "meets_goal": measured["p95_ms"] < GOAL_MS and not measured["errors"]
            }
            print(
                f"{name:13s} p50 {measured['p50_ms']:7.1f} ms  p95 {measured['p95_ms']:7.1f} ms  "
                f"{measured['rps']:6.1f} req/s  server CPU {measured['server_cpu_ms_per_request']:5.1f} ms/req  "
                f"errors {measured['errors']}",
                file=sys.stderr,
            )
        report["results"] = results
    finally:
        server.terminate()
        server.wait(timeout=30)
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
