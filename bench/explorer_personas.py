"""Interest-explorer personas: can the explorer alone find an occupation's placements?

For each of 20 occupations of the demo catalogue, a persona answers every activity card the way
the occupation's O*NET profile predicts (the card's tags against the occupation's standardised
features: like above +THRESHOLD, dislike below -THRESHOLD, else "vet inte"). The persona writes
no text. A hit: one of the occupation's placements is in the persona's top 5.

Information per card: the entropy of its predicted answer over every occupation in the O*NET
table (a card everyone would like, or no one, tells the matcher little).

Run from the repository root: `python bench/explorer_personas.py`. Writes
bench/results/explorer_personas.md.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matcher.evaluation import placement_from_row, read_csv  # noqa: E402
from matcher.index import MatchIndex  # noqa: E402
from matcher.occupations import FEATURES, trait_table  # noqa: E402
from matcher.types import ExplorerProfile, YouthQuery  # noqa: E402
from youths import explorer  # noqa: E402

THRESHOLD = 0.3
TOP = 5
RESULTS = ROOT / "bench" / "results" / "explorer_personas.md"
# 20 occupations of the demo catalogue, across the six interest types and the SSYK major groups.
PERSONA_CODES = (
    "7231", "5223", "9412", "6122", "5120", "5311", "9111", "3423", "5152", "3522",
    "6129", "3512", "7111", "5321", "4410", "7411", "9332", "2514", "5141", "4225",
)  # fmt: skip


def card_affinity(card: explorer.Card, code: str) -> float:
    """How much an occupation's O*NET profile speaks for a card (its tags against z)."""
    table = trait_table()
    z = dict(zip(FEATURES, table.z[table.codes[code]], strict=True))
    total = sum(abs(w) for w in card.tags.values()) or 1.0
    return sum(w * z.get(f, 0.0) for f, w in card.tags.items()) / total


def persona_answers(code: str) -> dict[str, str]:
    """The answers the occupation's profile predicts, card by card."""
    out = {}
    for card in explorer.cards():
        a = card_affinity(card, code)
        out[card.id] = "like" if a > THRESHOLD else "dislike" if a < -THRESHOLD else "unsure"
    return out


def explorer_profile(answers: dict[str, str]) -> ExplorerProfile:
    """The matcher's view of a set of answers (what matcher.service builds from the database)."""
    features = explorer.profile_from_answers(answers)
    liked = tuple((c.text_sv, tuple(sorted(c.tags.items()))) for c in explorer.liked_cards(answers))
    return ExplorerProfile(tuple(sorted(features.items())), liked)


def demo_index() -> MatchIndex:
    rows = read_csv(ROOT / "demo" / "placements.csv")
    return MatchIndex.build([placement_from_row(r) for r in rows])


def run(index: MatchIndex, codes: tuple[str, ...] = PERSONA_CODES) -> list[tuple[str, int | None]]:
    """Per persona: its occupation and the rank (1-based) of its first placement, or None."""
    out = []
    for code in codes:
        query = YouthQuery(f"persona-{code}", "", explorer=explorer_profile(persona_answers(code)))
        ranked = [s.ssyk for s in index.suggest(query, limit=50, rerank_flagged=False)]
        out.append((code, ranked.index(code) + 1 if code in ranked else None))
    return out


def card_information() -> list[tuple[str, float]]:
    """Per card, the spread (standard deviation) of its affinity over all O*NET occupations: a
    card that every occupation speaks for alike tells the matcher little."""
    table = trait_table()
    codes = [c for c, i in table.codes.items() if any(table.z[i])]
    out = []
    for card in explorer.cards():
        values = [card_affinity(card, c) for c in codes]
        mean = sum(values) / len(values)
        out.append((card.id, math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))))
    return sorted(out, key=lambda row: -row[1])


def leave_one_out(index: MatchIndex) -> list[tuple[str, float]]:
    """Per card, how much the personas' mean rank worsens when they skip it (ranks cut at 51)."""

    def mean_rank(skip: str | None) -> float:
        total = 0
        for code in PERSONA_CODES:
            answers = persona_answers(code)
            if skip:
                answers[skip] = "skip"
            query = YouthQuery(code, "", explorer=explorer_profile(answers))
            ranked = [s.ssyk for s in index.suggest(query, limit=50, rerank_flagged=False)]
            total += ranked.index(code) + 1 if code in ranked else 51
        return total / len(PERSONA_CODES)

    base = mean_rank(None)
    return sorted(((c.id, mean_rank(c.id) - base) for c in explorer.cards()), key=lambda r: -r[1])


def _flagged(suggestions: list, led: bool | None) -> tuple[int, int]:  # type: ignore[type-arg]
    chosen = [s for s in suggestions if led is None or s.explorer_led == led]
    return sum(s.stereotype_flag for s in chosen), len(chosen)


def fairness(index: MatchIndex, n_random: int = 50) -> dict[str, dict[str, tuple[int, int]]]:
    """Flagged suggestions / suggestions in the top 10, by gender: explorer-led (the 20 personas
    and n_random random answer sets, no text, each run as every gender) and text-led (the demo
    youths' own words and genders). Scores never read gender; only the flags do."""
    import random

    rng = random.Random(13)
    answer_sets = [persona_answers(c) for c in PERSONA_CODES] + [
        {c.id: rng.choice(explorer.ANSWERS) for c in explorer.cards()} for _ in range(n_random)
    ]
    out: dict[str, dict[str, tuple[int, int]]] = {"explorer-led": {}, "text-led": {}}
    for gender in ("female", "male"):
        flagged = total = 0
        for i, answers in enumerate(answer_sets):
            query = YouthQuery(f"E{i}", "", gender=gender, explorer=explorer_profile(answers))
            f, t = _flagged(index.suggest(query, limit=10), True)
            flagged, total = flagged + f, total + t
        out["explorer-led"][gender] = (flagged, total)
    from matcher.evaluation import youth_from_row

    for gender in ("female", "male"):
        flagged = total = 0
        for row in read_csv(ROOT / "demo" / "youths.csv"):
            query = youth_from_row(row, 2026)
            if query.gender == gender:
                f, t = _flagged(index.suggest(query, limit=10), None)
                flagged, total = flagged + f, total + t
        out["text-led"][gender] = (flagged, total)
    return out


def main() -> None:
    index = demo_index()
    results = run(index)
    hits = sum(1 for _, r in results if r is not None and r <= TOP)
    names = {d.ssyk: d.title for d in index.docs}
    info = card_information()
    dropped = leave_one_out(index)
    fair = fairness(index)
    by_id = explorer.cards_by_id()
    lines = [
        "# Interest explorer: occupation personas",
        "",
        f"Command: `python bench/explorer_personas.py` (demo catalogue, {len(index)} placements, "
        f"{len({d.ssyk for d in index.docs})} occupations; no text, explorer answers only).",
        "",
        f"**Hit rate: {hits}/{len(results)}** personas find a placement of their occupation in "
        f"their top {TOP}.",
        "",
        "| SSYK | a placement of it | rank of its first placement |",
        "|---|---|---|",
        *[f"| {c} | {names.get(c, '')} | {r if r is not None else '> 50'} |" for c, r in results],
        "",
        "## Fairness: flagged (gender-stereotyped) share of the top 10, by gender",
        "",
        "Explorer-led: the 20 personas plus 50 random answer sets, no text, each run as a woman and",
        "as a man (the scores are identical; only the flags and the broadening re-rank read gender). Text-led: the demo youths'",
        "own words, with their own genders.",
        "",
        "| suggestions | gender | flagged / suggestions | share |",
        "|---|---|---|---|",
        *[
            f"| {kind} | {g} | {f} / {t} | {f / t:.1%} |" if t else f"| {kind} | {g} | 0 / 0 | - |"
            for kind, by_gender in fair.items()
            for g, (f, t) in by_gender.items()
        ],
        "",
        "## Which cards carry information",
        "",
        "Spread: standard deviation of the card's O*NET affinity over all 424 occupations with a",
        "profile (how differently occupations speak for it). Leave-one-out: how many places the",
        "20 personas' mean rank worsens when they skip the card (negative: the card misleads).",
        "",
        "| | card | spread | leave-one-out |",
        "|---|---|---|---|",
        *[
            f"| most | {by_id[i].text_sv} | {h:.2f} | {dict(dropped)[i]:+.2f} |"
            for i, h in info[:6]
        ],
        *[
            f"| least | {by_id[i].text_sv} | {h:.2f} | {dict(dropped)[i]:+.2f} |"
            for i, h in info[-6:]
        ],
        "",
        "Leave-one-out, most useful: "
        + ", ".join(f"{by_id[i].text_sv} ({d:+.2f})" for i, d in dropped[:5])
        + ". Least: "
        + ", ".join(f"{by_id[i].text_sv} ({d:+.2f})" for i, d in dropped[-5:])
        + ".",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
