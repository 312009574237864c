"""Synthetic catalogues for benchmarks: demo placements varied into N rows (deterministic)."""

import csv
import io
import random
from pathlib import Path

DEMO = Path(__file__).resolve().parent.parent / "demo" / "placements.csv"
EXTRA_WORDS = ["med kollegor", "i team", "dagtid", "vardagar", "nära kollektivtrafik", "för nybörjare",
               "med handledare", "i vår butik", "på vårt lager", "i vårt kök", "utomhus", "inomhus"]  # fmt: skip


def synth_rows(n: int, seed: int = 7) -> list[dict[str, str]]:
    """Returns n placement rows with unique refs, based on the demo catalogue."""
    rng = random.Random(seed)
    base = list(csv.DictReader(DEMO.open(encoding="utf-8")))
    rows = []
    for i in range(n):
        src = dict(base[i % len(base)])
        src["ref"] = f"S{i:06d}"
        src["employer"] = f"{src['employer']} {i // len(base)}"
        src["workplace"] = ""
        src["org_number"] = ""
        src["description"] = f"{src['description']} {rng.choice(EXTRA_WORDS)}."
        src["open"] = "true"
        src["capacity"] = str(rng.randint(1, 4))
        rows.append(src)
    return rows


def synth_csv(n: int, seed: int = 7) -> str:
    rows = synth_rows(n, seed)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0].keys()), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
