"""Suggestions over HTTP for one youth at 1,000 / 10,000 / 100,000 placements, beside SQLite FTS5.

A real uvicorn server on loopback serves a fresh SQLite database per size; 300 sequential
GET /api/youths/{ref}/suggestions (after warm-up) give p50/p95; the index build time is the first
request's. FTS5 BM25 runs on the same rows in-process (OR of the youth's words, top 10).
Run: .venv/bin/python bench/matcher_latency_http.py   (writes bench/results/matcher_latency_http.md)
"""

import csv
import os
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.synth import synth_csv, synth_rows  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
YOUTHS = list(csv.DictReader((ROOT / "demo" / "youths.csv").open(encoding="utf-8")))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100)[int(p) - 1] if len(values) > 1 else values[0]


def fts5_times(n: int, rounds: int) -> list[float]:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE p USING fts5(ref UNINDEXED, title, description)")
    con.executemany(
        "INSERT INTO p VALUES (?, ?, ?)",
        [(r["ref"], r["title"], r["description"]) for r in synth_rows(n)],
    )
    times = []
    for i in range(rounds):
        words = re.findall(r"\w+", YOUTHS[i % len(YOUTHS)]["interests"].lower())
        query = " OR ".join(f'"{w}"' for w in words) or '"x"'
        t0 = time.perf_counter()
        con.execute(
            "SELECT ref FROM p WHERE p MATCH ? ORDER BY bm25(p) LIMIT 10", (query,)
        ).fetchall()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def measure(n: int, rounds: int = 300) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PRAKTIKMATCH_DATABASE_URL": f"sqlite:///{tmp}/bench.db"}
        cli = [sys.executable, "-m", "app.cli"]
        (Path(tmp) / "p.csv").write_text(synth_csv(n), encoding="utf-8")
        subprocess.run(
            [*cli, "import", "placements", f"{tmp}/p.csv"],
            env=env,
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        subprocess.run(
            [*cli, "import", "youths", str(ROOT / "demo" / "youths.csv")],
            env=env,
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        token = subprocess.run([*cli, "token", "create", "--name", "bench", "--role", "recruiter"], env=env,
                               check=True, capture_output=True, text=True, cwd=ROOT).stdout.split()[-1]  # fmt: skip
        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "app.main:app",
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=ROOT,
        )
        try:
            client = httpx.Client(
                base_url=f"http://127.0.0.1:{port}",
                headers={"Authorization": f"Bearer {token}"},
                timeout=120,
            )
            for _ in range(100):
                try:
                    client.get("/health")
                    break
                except httpx.TransportError:
                    time.sleep(0.2)
            t0 = time.perf_counter()
            client.get("/api/youths/Y001/suggestions").raise_for_status()
            build = time.perf_counter() - t0
            for i in range(20):
                client.get(f"/api/youths/{YOUTHS[i % len(YOUTHS)]['ref']}/suggestions")
            times = []
            for i in range(rounds):
                t0 = time.perf_counter()
                client.get(
                    f"/api/youths/{YOUTHS[i % len(YOUTHS)]['ref']}/suggestions"
                ).raise_for_status()
                times.append((time.perf_counter() - t0) * 1000)
        finally:
            server.terminate()
            server.wait()
    fts = fts5_times(n, rounds)
    return {"n": n, "build_s": build, "p50": pct(times, 50), "p95": pct(times, 95),
            "fts_p50": pct(fts, 50), "fts_p95": pct(fts, 95)}  # fmt: skip


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1_000, 10_000, 100_000]
    lines = ["# Suggestions latency over HTTP (one youth, top 10)", "",
             "Real uvicorn (1 worker) on loopback, SQLite, 300 sequential requests after warm-up, 2-core machine.",
             "Command: `.venv/bin/python bench/matcher_latency_http.py`. Target: p95 ≤ 50 ms at 100,000.", "",
             "| placements | first request after start-up (s; the index is built in the background at start) | HTTP p50 (ms) | HTTP p95 (ms) | FTS5 BM25 p50 (ms) | FTS5 p95 (ms) |",
             "|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for n in sizes:
        r = measure(n)
        lines.append(
            f"| {r['n']:,} | {r['build_s']:.1f} | {r['p50']:.1f} | {r['p95']:.1f} | {r['fts_p50']:.1f} | {r['fts_p95']:.1f} |"
        )
        print(lines[-1], flush=True)
    (ROOT / "bench" / "results" / "matcher_latency_http.md").write_text(
        "\n".join(lines) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
