"""Accuracy of occupation inference: the demo placements with their SSYK codes hidden.

Run: .venv/bin/python bench/occupation_inference.py [--misses]   (writes bench/results/occupation_inference.md)
The title, description, employer, workplace and SNI section are read; the code is only compared.
"""

import csv
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from employers.occupation_inference import (  # noqa: E402
    REVIEW_BELOW,
    PlacementText,
    reference_model,
)

DEMO = ROOT / "demo" / "placements.csv"


CATALOGUE2 = ROOT / "demo" / "catalogue2" / "placements.csv"


def main() -> None:
    # --catalogue2: the 160 placements of another author (not tuned on; misses read 2026-12-03).
    other = "--catalogue2" in sys.argv
    source = CATALOGUE2 if other else DEMO
    rows = list(csv.DictReader(source.open(encoding="utf-8")))
    t0 = time.perf_counter()
    model = reference_model()
    fit = time.perf_counter() - t0
    items = [PlacementText(r["title"], r["description"], r["employer"], r["workplace"] or "",
                           r["sni"] or None) for r in rows]  # fmt: skip
    t0 = time.perf_counter()
    got = model.infer(items)
    infer = time.perf_counter() - t0
    n = len(rows)
    at4 = sum(g.ssyk == r["ssyk"] for g, r in zip(got, rows, strict=True))
    at3 = sum(g.ssyk[:3] == r["ssyk"][:3] for g, r in zip(got, rows, strict=True))
    at2 = sum(g.ssyk[:2] == r["ssyk"][:2] for g, r in zip(got, rows, strict=True))
    top3 = sum(r["ssyk"] in g.top for g, r in zip(got, rows, strict=True))
    low = [(g, r) for g, r in zip(got, rows, strict=True) if g.confidence < REVIEW_BELOW]
    high = [(g, r) for g, r in zip(got, rows, strict=True) if g.confidence >= REVIEW_BELOW]
    hi_ok = sum(g.ssyk == r["ssyk"] for g, r in high)
    lo_ok = sum(g.ssyk == r["ssyk"] for g, r in low)
    pct = lambda k, m: f"{100 * k / m:.1f} %" if m else "-"  # noqa: E731
    lines = [
        "# Occupation inference on the demo placements (codes hidden)", "",
        "Command: `.venv/bin/python bench/occupation_inference.py`. Reads title, description, employer,",
        "workplace and SNI section; compares the suggested SSYK 2012 code with the demo's own code.",
        "Reference data: JobTech Taxonomy names, synonyms and skills (employers/data/jobtech) and the",
        "interest lexicon's sure words per group (employers/data/lexicon.csv).", "",
        "| measure | value |", "|---|---|",
        f"| placements | {n} ({len({r['ssyk'] for r in rows})} distinct codes) |",
        f"| exact 4-digit code | {pct(at4, n)} ({at4}/{n}) |",
        f"| right 3-digit group | {pct(at3, n)} ({at3}/{n}) |",
        f"| right 2-digit group | {pct(at2, n)} ({at2}/{n}) |",
        f"| 4-digit code among the top 3 | {pct(top3, n)} ({top3}/{n}) |",
        f"| confidence ≥ {REVIEW_BELOW} (not listed for review) | {len(high)} placements, {pct(hi_ok, len(high))} right |",
        f"| confidence < {REVIEW_BELOW} (listed for review) | {len(low)} placements, {pct(lo_ok, len(low))} right |",
        f"| fit (once per process) / inference of {n} | {fit:.2f} s / {infer:.2f} s "
        f"(load average {os.getloadavg()[0]:.0f} on 2 cores) |",
        "",
        "Tuning: the signal weights, the confidence scales and the workplace table were set on",
        "this demo catalogue (no demo titles are written into the code), so expect a few points",
        "less on another catalogue; the later catalogues' figures are in matcher_quality.md.",
        "Part of the misses are codes where the demo and the JobTech Taxonomy disagree: JobTech",
        "files Barista under 5132 and Däckmontör under 8213, the demo under 9413 and 7231 (the",
        "demo's stables were corrected to JobTech's 6121 on 2026-12-03).",
        "",
    ]  # fmt: skip
    misses = Counter(
        (r["ssyk"], g.ssyk) for g, r in zip(got, rows, strict=True) if g.ssyk != r["ssyk"]
    )
    lines += ["Most frequent confusions (demo code → suggested):", ""]
    lines += [f"- {a} → {b}: {k}" for (a, b), k in misses.most_common(10)]
    text = "\n".join(lines) + "\n"
    print(text)
    if "--misses" in sys.argv:
        for g, r in zip(got, rows, strict=True):
            if g.ssyk != r["ssyk"]:
                print(r["ssyk"], g.ssyk, g.top, g.confidence, "|", r["title"], "|", g.evidence)
    elif other:
        text = text.replace(
            "# Occupation inference on the demo placements (codes hidden)",
            "## Out of sample: catalogue 2 (codes hidden)",
        )
        text = text.replace(
            "`.venv/bin/python bench/occupation_inference.py`",
            "`.venv/bin/python bench/occupation_inference.py --catalogue2`",
        )
        text = re.sub(
            r"Tuning:.*?\n\n",
            "These 160 placements (demo/catalogue2, written by another author for issue 14) were\n"
            "never used to tune the inference until 2026-12-02. On 2026-12-03 their misses were\n"
            "read to find general defects (a joined code, helper roles, employers' legal names);\n"
            "no weight was set on them, but the figure is no longer strictly out of sample.\n\n",
            text,
            flags=re.S,
        )
        text = text.replace("(demo code → suggested)", "(catalogue code → suggested)")
        text = text.replace("with the demo's own code", "with the catalogue's own code")
        results = ROOT / "bench" / "results" / "occupation_inference.md"
        kept = results.read_text(encoding="utf-8").split("\n## Out of sample")[0].rstrip("\n")
        results.write_text(kept + "\n\n" + text, encoding="utf-8")
    else:
        (ROOT / "bench" / "results" / "occupation_inference.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
