"""Offline evaluation helpers: CSV rows -> matcher types, and ranking metrics.

Used by the benchmarks in bench/ (the service itself never imports this module).
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from matcher.types import PlacementDoc, YouthQuery

RELEVANT_GRADE = 2


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def read_csv(path: Path) -> list[dict[str, str]]:
    """All rows of a UTF-8 CSV file with a header."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def placement_from_row(row: Mapping[str, str]) -> PlacementDoc:
    """A demo/import placement row -> PlacementDoc."""
    capacity = _int(row.get("capacity"))
    return PlacementDoc(
        ref=row["ref"],
        title=row.get("title") or "",
        description=row.get("description") or "",
        ssyk=(row.get("ssyk") or "").strip() or None,
        sni=(row.get("sni") or "").strip() or None,
        district=(row.get("district") or "").strip() or None,
        employer=row.get("employer") or "",
        is_open=(row.get("open") or "true").strip().lower() in ("true", "1", "yes", "ja"),
        open_capacity=capacity if capacity is not None else 1,
        min_age=_int(row.get("min_age")),
        trains=tuple(t.strip() for t in (row.get("trains") or "").split(";") if t.strip()),
        ssyk_source=(row.get("ssyk_source") or "").strip() or None,
    )


def youth_from_row(row: Mapping[str, str], reference_year: int) -> YouthQuery:
    """A demo youth row -> YouthQuery (age from birth year at the reference year)."""
    birth = _int(row.get("birth_year"))
    return YouthQuery(
        ref=row["ref"],
        interests=row.get("interests") or "",
        gender=(row.get("gender") or "").strip() or None,
        age=reference_year - birth if birth else None,
        district=(row.get("district") or "").strip() or None,
        develop=tuple(t.strip() for t in (row.get("develop") or "").split(";") if t.strip()),
    )


def read_gold(rows: Iterable[Mapping[str, str]]) -> dict[str, dict[str, int]]:
    """youth_ref -> {placement_ref: grade} (unlisted placements have grade 0)."""
    gold: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows:
        gold[row["youth_ref"]][row["placement_ref"]] = int(row["grade"])
    return dict(gold)


def ndcg_at(ranked: Sequence[str], grades: Mapping[str, int], k: int = 10) -> float:
    """NDCG@k with gain 2^grade - 1; the ideal ranking is over all labelled placements."""
    dcg = sum((2 ** grades.get(ref, 0) - 1) / math.log2(i + 2) for i, ref in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg > 0 else 0.0


def precision_at(ranked: Sequence[str], grades: Mapping[str, int], k: int = 5) -> float:
    """Share of the top k with grade >= 2."""
    return sum(grades.get(ref, 0) >= RELEVANT_GRADE for ref in ranked[:k]) / k
