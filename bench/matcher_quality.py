"""Ranking quality of the matcher against simple baselines, on dev, held-out and blind sets.

Run from the repository root: `python bench/matcher_quality.py`. Writes
bench/results/matcher_quality.md. Only aggregate numbers are printed; a set whose files do not
exist is skipped. Three catalogues: the demo's 221 placements (dev, held-out, held-out 2 and
blind 3), catalogue 2's 160 placements written by another author (demo/catalogue2: dev 2 =
youths C001-C035, blind 4 = C036-C070) and catalogue 3's 150 placements by a third author
(demo/catalogue3: blind 5 = D001-D063), catalogue 4's 120 placements by a fourth author
(demo/catalogue4: blind 6 = E001-E063), catalogue 5's 120 placements by a fifth author
(demo/catalogue5: blind 7 = F001-F063), catalogue 6's 150 placements by a sixth author
(demo/catalogue6: blind 8 = G001-G063), catalogue 7's 150 placements by a seventh author
(demo/catalogue7: blind 9 = H001-H063) and catalogue 8's 150 placements by an eighth author
(demo/catalogue8: the sealed blind 10 = I001-I063, scored once at 22:25 on 2026-12-03). "dev typos" is dev with deterministic typos in
about a third of the longer words. "no codes" scores the same placements as a catalogue imported
without SSYK codes really is: the import infers each code from the placement's text
(employers.occupations.infer_batch, the same call the CSV import makes) and stores it with
ssyk_source "inferred", so flags and the re-rank run on the inferred codes.

Blind 3 was scored once, sealed, on 2026-12-02 at 16:01 and has been a tuning set since 21:10
that day; blind 4 was scored once, sealed, on 2026-12-02 at 22:34 and has been a tuning set
since 2026-12-03 06:15 (demo/README.md); blind 5 was scored once, sealed, on 2026-12-03 at 07:18
and has been a tuning set since 09:10 that day; blind 6 was scored once, sealed, on 2026-12-03 at
10:34 and has been a tuning set since 12:13 that day; blind 7 was scored once, sealed, on 2026-12-03
at 13:10 and has been a tuning set since 14:50 that day; blind 8 was scored sealed at 15:53 and
18:34 that day and has been a tuning set since 18:37; blind 9 was scored sealed at 18:34 and 21:10
that day and has been a tuning set since 21:11. `--tune` skips the sealed blind 10 set and prints
instead of writing the results file: use it while tuning, so blind 10 is scored once, by the
final run.
"""

from __future__ import annotations

import random
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize as l2_normalize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from employers.occupations import PlacementText, infer_batch  # noqa: E402
from matcher.evaluation import (  # noqa: E402
    ndcg_at,
    placement_from_row,
    precision_at,
    read_csv,
    read_gold,
    youth_from_row,
)
from matcher.index import MatchIndex  # noqa: E402
from matcher.stereotypes import default_table  # noqa: E402
from matcher.text import tokenize  # noqa: E402
from matcher.types import PlacementDoc, YouthQuery  # noqa: E402

DEMO = ROOT / "demo"
RESULTS = ROOT / "bench" / "results" / "matcher_quality.md"
REFERENCE_YEAR = 2026
Ranker = Callable[[YouthQuery], list[str]]


def _text(doc: PlacementDoc) -> str:
    return f"{doc.title}. {doc.description}"


def _eligible(docs: Sequence[PlacementDoc], youth: YouthQuery) -> np.ndarray:
    return np.array(
        [
            d.is_open
            and d.open_capacity > 0
            and (youth.age is None or d.min_age is None or d.min_age <= youth.age)
            for d in docs
        ]
    )


def _top(scores: np.ndarray, docs: Sequence[PlacementDoc], youth: YouthQuery) -> list[str]:
    scores = np.where(_eligible(docs, youth), scores, -np.inf)
    order = np.lexsort((np.arange(len(docs)), -scores))
    return [docs[i].ref for i in order[:10] if np.isfinite(scores[i])]


def tfidf_ranker(docs: Sequence[PlacementDoc], **kw: object) -> Ranker:
    vec = TfidfVectorizer(**kw)  # type: ignore[arg-type]
    X = vec.fit_transform([_text(d) for d in docs])

    def rank(youth: YouthQuery) -> list[str]:
        q = vec.transform([youth.interests])
        return _top((X @ q.T).toarray().ravel(), docs, youth)

    return rank


def profile_ranker(docs: Sequence[PlacementDoc]) -> Ranker:
    """Baseline: score each SSYK code by its mean char n-gram vector, rank by code score."""
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    X = vec.fit_transform([_text(d) for d in docs])
    codes = sorted({d.ssyk or "" for d in docs})
    code_of = np.array([codes.index(d.ssyk or "") for d in docs])
    P = l2_normalize(
        np.vstack([np.asarray(X[code_of == i].mean(axis=0)) for i in range(len(codes))])
    )

    def rank(youth: YouthQuery) -> list[str]:
        q = vec.transform([youth.interests])
        code_score = (q @ P.T).ravel()
        direct = (X @ q.T).toarray().ravel()
        return _top(code_score[code_of] + 1e-3 * direct, docs, youth)

    return rank


def fts5_ranker(docs: Sequence[PlacementDoc]) -> Ranker:
    """SQLite FTS5 BM25, query = OR of the youth's tokens."""
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE p USING fts5(ref UNINDEXED, body)")
    con.executemany("INSERT INTO p VALUES (?, ?)", [(d.ref, _text(d)) for d in docs])
    pos = {d.ref: i for i, d in enumerate(docs)}

    def rank(youth: YouthQuery) -> list[str]:
        tokens = sorted({t for t in tokenize(youth.interests) if len(t) > 1})
        scores = np.full(len(docs), -np.inf)
        if tokens:
            query = " OR ".join(f'"{t}"' for t in tokens)
            for ref, score in con.execute(
                "SELECT ref, bm25(p) FROM p WHERE p MATCH ? ORDER BY bm25(p)", (query,)
            ):
                scores[pos[ref]] = -score
        return _top(scores, docs, youth)

    return rank


def typo_copy(youths: Sequence[YouthQuery], seed: int = 7) -> list[YouthQuery]:
    """The youths with typos: in about a third of the longer words one letter is dropped,
    doubled or swapped with its neighbour (never the first letter), deterministically."""
    rng = random.Random(seed)

    def perturb(word: str) -> str:
        if len(word) < 5 or not word.isalpha() or rng.random() > 0.35:
            return word
        i = rng.randrange(1, len(word) - 1)
        kind = rng.choice(("drop", "double", "swap"))
        if kind == "drop":
            return word[:i] + word[i + 1 :]
        if kind == "double":
            return word[: i + 1] + word[i:]
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]

    return [
        replace(y, interests=re.sub(r"\w+", lambda m: perturb(m.group(0)), y.interests))
        for y in youths
    ]


def matcher_ranker(index: MatchIndex, rerank: bool) -> Ranker:
    def rank(youth: YouthQuery) -> list[str]:
        return [s.placement_ref for s in index.suggest(youth, 10, rerank_flagged=rerank)]

    return rank


def evaluate(rank: Ranker, youths: Sequence[YouthQuery], gold: dict[str, dict[str, int]]):
    ndcg, p5 = [], []
    for y in youths:
        if y.ref not in gold:
            continue
        ranked = rank(y)
        ndcg.append(ndcg_at(ranked, gold[y.ref]))
        p5.append(precision_at(ranked, gold[y.ref]))
    return float(np.mean(ndcg)), float(np.mean(p5))


def flag_stats(index: MatchIndex, youths: Sequence[YouthQuery]) -> tuple[float, float, float]:
    """Share of youths with a fully flagged top 5 before/after re-ranking, share moved."""
    before = after = moved = 0
    for y in youths:
        plain = index.suggest(y, 10, rerank_flagged=False)[:5]
        broad = index.suggest(y, 10, rerank_flagged=True)[:5]
        before += len(plain) == 5 and all(s.stereotype_flag for s in plain)
        after += len(broad) == 5 and all(s.stereotype_flag for s in broad)
        moved += any(s.moved_up for s in broad)
    n = max(len(youths), 1)
    return before / n, after / n, moved / n


def inferred_docs(rows: Sequence[dict[str, str]]) -> list[PlacementDoc]:
    """The demo placements as imported without codes: each code inferred from the text."""
    texts = [
        PlacementText(
            title=r.get("title") or "",
            description=r.get("description") or "",
            employer=r.get("employer") or "",
            workplace=r.get("workplace") or "",
            sni=(r.get("sni") or "").strip() or None,
        )
        for r in rows
    ]
    found = infer_batch(texts)
    return [
        replace(
            placement_from_row(r),
            ssyk=f["ssyk_code"],  # type: ignore[arg-type]
            ssyk_source=f["ssyk_source"],  # type: ignore[arg-type]
            alternatives=tuple(str(f.get("ssyk_alternatives") or "").split()),
        )
        for r, f in zip(rows, found, strict=True)
    ]


def inference_agreement(true: Sequence[PlacementDoc], guessed: Sequence[PlacementDoc]) -> str:
    """How often the inferred code, and the flag it gives, agree with the true code's."""
    table = default_table()
    n = len(true)
    same_code = sum(t.ssyk == g.ssyk for t, g in zip(true, guessed, strict=True))
    same_major = sum(
        (t.ssyk or "")[:1] == (g.ssyk or "")[:1] for t, g in zip(true, guessed, strict=True)
    )
    # A flag depends on the youth's gender; compare both genders' verdicts per placement.
    pairs = agree = flagged_true = flagged_both = 0
    for t, g in zip(true, guessed, strict=True):
        for gender in ("female", "male"):
            vt = table.verdict(t.ssyk, t.sni, gender).flag
            vg = table.verdict(g.ssyk, g.sni, gender, inferred=True).flag
            pairs += 1
            agree += vt == vg
            flagged_true += vt
            flagged_both += vt and vg
    flagged_guess = sum(
        table.verdict(g.ssyk, g.sni, gender).flag for g in guessed for gender in ("female", "male")
    )
    return (
        f"Inferred codes ({n} placements, codes hidden): same 4-digit code as the true one "
        f"{same_code / n:.1%}, same major group {same_major / n:.1%}. Flag agreement over "
        f"placement x gender pairs: {agree / pairs:.1%} ({pairs} pairs); of the pairs the true "
        f"code flags ({flagged_true}), the inferred code flags {flagged_both / max(flagged_true, 1):.1%}; "
        f"flags on inferred codes in all {flagged_guess}."
    )


CATALOGUE2 = DEMO / "catalogue2"
BLIND4_FROM = "C036"  # catalogue 2's youths from here on are blind 4 (a tuning set since 12-03)
CATALOGUE3 = DEMO / "catalogue3"
CATALOGUE4 = DEMO / "catalogue4"
CATALOGUE5 = DEMO / "catalogue5"
CATALOGUE6 = DEMO / "catalogue6"
CATALOGUE7 = DEMO / "catalogue7"
CATALOGUE8 = DEMO / "catalogue8"
SEALED = ("blind 10",)


def _methods(docs: list[PlacementDoc], index: MatchIndex, bare: MatchIndex) -> dict[str, Ranker]:
    return {
        "word TF-IDF": tfidf_ranker(docs, analyzer="word"),
        "SQLite FTS5 BM25": fts5_ranker(docs),
        "char n-gram TF-IDF": tfidf_ranker(
            docs, analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True
        ),
        "occupation profile": profile_ranker(docs),
        "matcher (no re-rank)": matcher_ranker(index, rerank=False),
        "matcher (re-rank)": matcher_ranker(index, rerank=True),
        "matcher, no codes (no re-rank)": matcher_ranker(bare, rerank=False),
        "matcher, no codes (re-rank)": matcher_ranker(bare, rerank=True),
    }


def main() -> None:
    tune = "--tune" in sys.argv
    # (catalogue folder, {set: (youth file, gold file, which youths)})
    catalogues = [
        (
            DEMO,
            {
                "dev": ("youths.csv", "gold.csv", None),
                "dev typos": ("youths.csv", "gold.csv", None),
                "held-out": ("heldout_youths.csv", "heldout_gold.csv", None),
                "held-out 2": ("heldout2_youths.csv", "heldout2_gold.csv", None),
                "blind 3": ("blind3_youths.csv", "blind3_gold.csv", None),
            },
        ),
        (
            CATALOGUE2,
            {
                "dev 2": ("youths.csv", "gold.csv", lambda ref: ref < BLIND4_FROM),
                "blind 4": ("youths.csv", "gold.csv", lambda ref: ref >= BLIND4_FROM),
            },
        ),
        (CATALOGUE3, {"blind 5": ("youths.csv", "gold.csv", None)}),
        (CATALOGUE4, {"blind 6": ("youths.csv", "gold.csv", None)}),
        (CATALOGUE5, {"blind 7": ("youths.csv", "gold.csv", None)}),
        (CATALOGUE6, {"blind 8": ("youths.csv", "gold.csv", None)}),
        (CATALOGUE7, {"blind 9": ("youths.csv", "gold.csv", None)}),
        (CATALOGUE8, {"blind 10": ("youths.csv", "gold.csv", None)}),
    ]
    results: dict[str, dict[str, tuple[float, float]]] = {}
    extra: list[str] = []
    sets: list[str] = []
    sizes: list[str] = []
    for folder, catalogue_sets in catalogues:
        if not (folder / "placements.csv").exists():
            continue
        if tune and all(name in SEALED for name in catalogue_sets):
            continue  # not even the sealed catalogue's inference accuracy while tuning
        rows = read_csv(folder / "placements.csv")
        docs = [placement_from_row(r) for r in rows]
        t0 = time.perf_counter()
        index = MatchIndex.build(docs)
        build_s = time.perf_counter() - t0
        guessed = inferred_docs(rows)
        bare = MatchIndex.build(guessed)
        methods = _methods(docs, index, bare)
        sizes.append(f"{folder.name}: {len(docs)} placements, index build {build_s:.2f} s")
        for name, (youth_file, gold_file, keep) in catalogue_sets.items():
            sets.append(name)
            if tune and name in SEALED:
                continue
            if not (folder / youth_file).exists() or not (folder / gold_file).exists():
                continue
            youths = [youth_from_row(r, REFERENCE_YEAR) for r in read_csv(folder / youth_file)]
            youths = [y for y in youths if keep is None or keep(y.ref)]
            if name.endswith("typos"):
                youths = typo_copy(youths)
            gold = read_gold(read_csv(folder / gold_file))
            for method, rank in methods.items():
                results.setdefault(method, {})[name] = evaluate(rank, youths, gold)
            change = (
                results["matcher (re-rank)"][name][0] - results["matcher (no re-rank)"][name][0]
            )
            gendered = [y for y in youths if y.gender in ("female", "male")]
            before, after, moved = flag_stats(index, gendered)
            i_before, i_after, i_moved = flag_stats(bare, gendered)
            extra.append(
                f"- {name} ({len(gendered)} youths with a stated gender): fully flagged top 5 "
                f"before re-ranking {before:.1%}, after {after:.1%}; re-ranking moved a placement "
                f"for {moved:.1%}; NDCG@10 change from re-ranking {change:+.4f}. With inferred "
                f"codes: {i_before:.1%} before, {i_after:.1%} after, moved for {i_moved:.1%}"
            )
        extra += ["", f"{folder.name}: " + inference_agreement(docs, guessed), ""]
    set_names = [s for s in sets if any(s in r for r in results.values())]
    header = "| method | " + " | ".join(f"{s} NDCG@10 | {s} P@5" for s in set_names) + " |"
    lines = [
        "# Matcher quality",
        "",
        "; ".join(sizes) + ". NDCG@10 uses gain 2^g-1 "
        "with the ideal over all labelled placements; P@5 counts grade >= 2. Closed, full and "
        "too-old-for-the-youth placements are excluded for every method.",
        "",
        f"Stereotype flags and the broadening re-rank use SCB gender shares for "
        f"{len(default_table().occupations)} occupations (SCB's latest year; no flag where the "
        "year before lies on the other side of 40/60). The no-codes rows use the codes the "
        "import infers from each placement's text (ssyk_source 'inferred').",
        "",
        header,
        "|---|" + "---|" * (2 * len(set_names)),
    ]
    for method, per_set in results.items():
        cells = " | ".join(f"{per_set[s][0]:.3f} | {per_set[s][1]:.3f}" for s in set_names)
        lines.append(f"| {method} | {cells} |")
    lines += ["", *extra, ""]
    report = "\n".join(lines)
    if not tune:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
