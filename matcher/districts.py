"""Göteborg's districts and which ones border each other (for the proximity signal)."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


def canonical(name: str | None) -> str:
    """Comparable form of a district name ('västra  göteborg ' -> 'västra göteborg')."""
    return " ".join((name or "").lower().replace("–", "-").split())


@lru_cache(maxsize=1)
def neighbours() -> dict[str, frozenset[str]]:
    """District -> neighbouring districts (symmetric, canonical names)."""
    out: dict[str, set[str]] = {}
    with (DATA_DIR / "districts.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            here = canonical(row["district"])
            out.setdefault(here, set())
            for other in (row.get("neighbours") or "").split(";"):
                if other.strip():
                    out[here].add(canonical(other))
                    out.setdefault(canonical(other), set()).add(here)
    return {k: frozenset(v) for k, v in out.items()}


def proximity(youth_district: str | None, placement_district: str | None) -> int:
    """2 = same district, 1 = neighbouring, 0 = elsewhere or unknown."""
    a, b = canonical(youth_district), canonical(placement_district)
    if not a or not b:
        return 0
    if a == b:
        return 2
    return 1 if b in neighbours().get(a, frozenset()) else 0
