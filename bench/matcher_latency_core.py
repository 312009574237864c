"""Latency of the matcher core at 1,000 / 10,000 / 100,000 placements, next to SQLite FTS5.

Placements are synthesised by sampling the demo placements and perturbing them (sentence
order, extra words, district, capacity). Run from the repository root:
`python bench/matcher_latency_core.py [N ...]`. Writes bench/results/matcher_latency_core.md.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matcher.evaluation import placement_from_row, read_csv, youth_from_row  # noqa: E402
from matcher.index import MatchIndex  # noqa: E402
from matcher.text import tokenize  # noqa: E402
from matcher.types import PlacementDoc, YouthQuery  # noqa: E402

DEMO = ROOT / "demo"
RESULTS = ROOT / "bench" / "results" / "matcher_latency_core.md"
SIZES = (1_000, 10_000, 100_000)
QUERIES = 200
DISTRICTS = (
    "Angered",
    "Östra Göteborg",
    "Örgryte-Härlanda",
    "Centrum",
    "Majorna-Linné",
    "Askim-Frölunda-Högsbo",
    "Västra Göteborg",
    "Lundby",
    "Västra Hisingen",
    "Norra Hisingen",
)
FILLER = (
    "Vi är ett litet team.",
    "Handledare finns på plats.",
    "Arbetstid dagtid.",
    "Du får arbetskläder.",
    "Introduktion första veckan.",
    "Nära spårvagn.",
    "Vi söker dig som vill lära dig.",
    "Praktiken kan leda till extrajobb.",
)


def synthesise(base: list[PlacementDoc], n: int, rng: random.Random) -> list[PlacementDoc]:
    """n placements sampled from the demo set with perturbed text and metadata."""
    docs: list[PlacementDoc] = []
    for i in range(n):
        src = rng.choice(base)
        sentences = [s.strip() for s in src.description.split(".") if s.strip()]
        rng.shuffle(sentences)
        sentences += rng.sample(FILLER, k=rng.randint(0, 3))
        docs.append(
            replace(
                src,
                ref=f"S{i:06d}",
                description=". ".join(sentences) + ".",
                district=rng.choice(DISTRICTS),
                employer=f"{src.employer} {rng.randint(1, 999)}",
                open_capacity=rng.randint(0, 4),
            )
        )
    return docs


def perturb(text: str, rng: random.Random) -> str:
    """A new text from a demo one (typo, dropped and extra words): no warm caches."""
    words = text.split()
    if len(words) > 3:
        words.pop(rng.randrange(len(words)))
    i = rng.randrange(len(words))
    word = words[i]
    if len(word) > 4:
        j = rng.randrange(1, len(word) - 1)
        words[i] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    words.append(rng.choice(["typ", "kanske", "asså", "lixom", f"x{rng.randint(0, 10**6)}"]))
    return " ".join(words)


def percentiles(samples: list[float]) -> tuple[float, float]:
    arr = np.array(samples) * 1000
    return float(np.percentile(arr, 50)), float(np.percentile(arr, 95))


def fts5_latency(docs: list[PlacementDoc], queries: list[YouthQuery]) -> tuple[float, float]:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE p USING fts5(ref UNINDEXED, body)")
    con.executemany(
        "INSERT INTO p VALUES (?, ?)", [(d.ref, f"{d.title}. {d.description}") for d in docs]
    )
    times = []
    for q in queries:
        tokens = sorted({t for t in tokenize(q.interests) if len(t) > 1}) or ["praktik"]
        match = " OR ".join(f'"{t}"' for t in tokens)
        start = time.perf_counter()
        con.execute(
            "SELECT ref FROM p WHERE p MATCH ? ORDER BY bm25(p) LIMIT 10", (match,)
        ).fetchall()
        times.append(time.perf_counter() - start)
    return percentiles(times)


def main() -> None:
    sizes = tuple(int(a) for a in sys.argv[1:]) or SIZES
    rng = random.Random(7)
    base = [placement_from_row(r) for r in read_csv(DEMO / "placements.csv")]
    youths = [youth_from_row(r, 2026) for r in read_csv(DEMO / "youths.csv")]
    queries = [
        replace(y, ref=f"Q{i}", interests=perturb(y.interests, rng))
        for i, y in enumerate(rng.choice(youths) for _ in range(QUERIES))
    ]
    lines = [
        "# Matcher core latency",
        "",
        f"Single thread, {QUERIES} distinct queries (demo youth texts with a typo, a dropped and "
        "an added word, so every query text is new; with district and develop keys), "
        "suggest(limit=10) with explanations, flags and re-ranking. FTS5: BM25, OR of tokens, "
        "LIMIT 10, in-memory SQLite.",
        "",
        "| placements | build (s) | suggest p50 (ms) | suggest p95 (ms) | score_all p95 (ms) "
        "| FTS5 p50 (ms) | FTS5 p95 (ms) |",
        "|---|---|---|---|---|---|---|",
    ]
    for n in sizes:
        docs = synthesise(base, n, rng)
        start = time.perf_counter()
        index = MatchIndex.build(docs)
        build_s = time.perf_counter() - start
        index.suggest(queries[0])  # warm caches
        times, raw_times = [], []
        for q in queries:
            t0 = time.perf_counter()
            index.suggest(q, 10)
            times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            index.score_all(q)
            raw_times.append(time.perf_counter() - t0)
        p50, p95 = percentiles(times)
        _, raw95 = percentiles(raw_times)
        f50, f95 = fts5_latency(docs, queries)
        lines.append(
            f"| {n:,} | {build_s:.1f} | {p50:.1f} | {p95:.1f} | {raw95:.1f} | {f50:.1f} "
            f"| {f95:.1f} |"
        )
        print(lines[-1], flush=True)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines += ["", f"Machine: {os.cpu_count()} CPUs, load average {load:.1f} at the end of the run."]
    report = "\n".join(lines) + "\n"
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
