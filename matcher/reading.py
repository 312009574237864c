"""Stage 1, read the text: what the youth wishes for, rules out, has done, and how they are.

In: the youth's own words (and the lexicons). Out: a `Reading`, plain data. Nothing here reads
the youth's gender: it is not even passed in.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field, replace
from functools import lru_cache

from matcher.clauses import split_clauses
from matcher.contrast_words import (
    AUDIENCE_BEFORE,
    AUDIENCE_SIZE,
    AUDIENCE_WORDS,
    CHANGE_WORDS,
    DIAGNOSIS_WORDS,
    FATIGUE_RE,
    FEELING_CUES,
    OWN_WORDS,
    RATHER_WORDS,
    SAME_WORDS,
    SELF_WORDS,
    WISH_VERBS,
)
from matcher.lexicon import WEAK_NOTE, Lexicon, TermHit
from matcher.lexicon_data import DATA_DIR, parse_terms
from matcher.text import STOPWORDS, Clause, stem

# A wish softened by "kanske"/"maybe" counts a little less; "helst"/"drömmen" a little more.
HEDGE_FACTOR = 0.8
STRONG_FACTOR = 1.5
# Experience counts less than a stated wish ("har jobbat i kassa" is not "vill jobba i kassa"),
# unless the youth asks for the same again ("vill samma jobb här"). Experience next to a wish
# for change ("men vill testa något nytt") is a soft refusal.
PAST_FACTOR = 0.6
PAST_RATHER = 0.35  # experience next to a wish for something "rather" ("hellre")
PAST_REFUSAL = 0.5
WEAK_DECAY = 0.5
# Share of a trait word's weight when the youth also names a real occupation.
TRAIT_NEXT_TO_OCCUPATION = 0.5
# A term founds an area of interest (for covering several areas) from this weight on.
AREA_MIN_WEIGHT = 0.5
# A ruled-out trait ("inte sitta still") points the other way, a little less strongly.
TRAIT_NEGATION = 0.7
TIME_FEATURES = frozenset(["early+", "early-", "evening+", "evening-"])
# Words that make a time of day a working time ("jobba kvällar", "kvällar funkar bäst").
WORKING_TIME_CUES = frozenset(
    ["jobba", "jobbar", "jobb", "jobbet", "arbeta", "arbetar", "pass", "passet", "skift", "funkar",
     "passar", "gärna", "helst", "kan", "vill", "inte", "work", "working", "shift", "shifts", "börjar",
     "prefer", "fine", "best", "bäst", "bra", "okej", "ok", "börja", "start", "grej", "thing"]
)  # fmt: skip
GENERIC_REPAIR = "generic repair word"  # lexicon note of "fixa", "laga", "skruva", "repair"


@dataclass(frozen=True)
class TraitHit:
    """A word about how the youth is or wants to work, with the features it points to."""

    written: str
    label: str  # plain Swedish, e.g. "att vara utomhus"
    features: dict[str, float]  # feature -> signed weight ("outdoors": +1, "indoors": -1)


@dataclass
class Reading:
    """What the matcher understood from a youth's text."""

    clauses: list[Clause]
    hits: list[TermHit]
    code_pos: dict[str, float] = field(default_factory=dict)
    code_neg: dict[str, float] = field(default_factory=dict)
    pw_weights: dict[int, float] = field(default_factory=dict)
    positive_text: str = ""
    expansion_text: str = ""
    # Per wished-for code: the placement words of the terms that point to it, with their
    # specificity (1 = the term's own word, 0.5 = a general word of its group).
    code_words: dict[str, dict[int, float]] = field(default_factory=dict)
    # Per wished-for code: the term that points to it most strongly (its "area"), so the
    # ranking can cover every area the youth names.
    code_area: dict[str, int] = field(default_factory=dict)
    traits: list[TraitHit] = field(default_factory=list)
    names_occupation: bool = False
    # Wished-for codes that only trait and skill words point to ('lugn' -> care work).
    weak_only: set[str] = field(default_factory=set)
    # The refused part of a wished-for area ("djur, men inte hundar"): its own placement
    # words and the weight of the refusal; the placements that name it go down.
    refused_parts: dict[int, float] = field(default_factory=dict)

    @property
    def negative_codes(self) -> set[str]:
        """Occupations the youth ruled out (more strongly than they wished for them)."""
        return {c for c, v in self.code_neg.items() if v > self.code_pos.get(c, 0.0)}

    @property
    def trait_vector(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for t in self.traits:
            for f, v in t.features.items():
                out[f] = out.get(f, 0.0) + v
        return out


def _evidence(weights: list[float]) -> float:
    """Strength of one occupation from its terms' weights (summed, saturating)."""
    return 1.0 - math.exp(-sum(weights))


@lru_cache(maxsize=1)
def trait_lexicon() -> tuple[Lexicon, dict[str, str]]:
    """Trait and working-condition words (data/trait_words.csv) and their plain labels."""
    with (DATA_DIR / "trait_words.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    labels = {r["term"].strip(): r["label_sv"].strip() for r in rows}
    terms = parse_terms([{**r, "ssyk": r["features"], "placement_words": ""} for r in rows])
    return Lexicon(terms, {}), labels


def _features(spec: tuple[str, ...], weight: float) -> dict[str, float]:
    return {s[:-1]: weight if s.endswith("+") else -weight for s in spec}


def read_traits(clauses: list[Clause]) -> list[TraitHit]:
    """Trait words in the text; a ruled-out one points the other way ("inte sitta still")."""
    lexicon, labels = trait_lexicon()
    out: list[TraitHit] = []
    seen: set[tuple[str, str]] = set()
    for hit in lexicon.match([c for c in clauses if not c.tolerated]):
        term = lexicon.terms[hit.term_id]
        # A word that is itself the judgement ('blir stressad av folk') keeps its sense.
        negated = hit.negated and hit.written not in FEELING_CUES
        weight = term.weight * (-TRAIT_NEGATION if negated else 1.0)
        label = labels.get(term.term, term.term)
        if negated:
            label = f"inte {label}"
        if (hit.written, label) in seen:  # 'kvällarna' is 'kväll' and 'kvällar': one word
            continue
        if set(term.codes) <= TIME_FEATURES and not _about_working_time(hit, clauses):
            continue  # "tecknar manga på kvällarna": when the hobby is done, not the work
        seen.add((hit.written, label))
        out.append(TraitHit(hit.written, label, _features(term.codes, weight)))
    return out


def _about_working_time(hit: TermHit, clauses: list[Clause]) -> bool:
    """A time of day says when the youth wants to work ("kvällar funkar bäst", "kan jobba
    natt", "gärna kvällar") unless the clause is about something else they do then
    ("tecknar manga på kvällarna", "tränar varje morgon")."""
    clause = next((c for c in clauses if hit.written.split()[0] in c.written), None)
    if clause is None:
        return True
    rest = [t for t in clause.tokens if t not in STOPWORDS and t not in hit.written.split()]
    return len(rest) <= 1 or bool(WORKING_TIME_CUES.intersection(clause.tokens))


@lru_cache(maxsize=1)
def senses() -> dict[str, list[tuple[frozenset[str], tuple[str, ...]]]]:
    """Words with two senses (data/senses.csv): term -> [(codes, words that rule them out)]."""
    with (DATA_DIR / "senses.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out: dict[str, list[tuple[frozenset[str], tuple[str, ...]]]] = {}
    for r in rows:
        words = tuple(w.strip() for w in r["unless"].split(";") if w.strip())
        out.setdefault(r["term"].strip(), []).append((frozenset(r["codes"].split()), words))
    return out


def _clause_of(hit: TermHit, clauses: list[Clause]) -> Clause | None:
    """The clause the hit was found in."""
    return next((c for c in clauses if hit.written in c.written), None)


def _other_sense(hit: TermHit, lexicon: Lexicon, clauses: list[Clause]) -> bool:
    """True when the sentence shows the word is meant in its other sense ('spelar fotboll' is
    not gaming, 'målar tavlor' is not house painting, 'kör moped' is not a choir)."""
    term = lexicon.terms[hit.term_id]
    rules = senses().get(term.term) or senses().get(stem(term.term))
    if not rules:
        return False
    clause = _clause_of(hit, clauses)
    # The sentence shows the sense: "jag målar jättemycket, mest akvarell"; a clause that says
    # what the youth wants speaks for itself ("bra på svenska, vill jobba med språk").
    own = clause is not None and bool(WISH_VERBS.intersection(clause.tokens))
    tokens = [t for c in clauses if clause and c.sentence == clause.sentence for t in c.tokens]
    tokens = list(clause.tokens) if own and clause else tokens
    return any(
        codes.intersection(term.codes) and any(_names(t, w) for t in tokens for w in words)
        for codes, words in rules
    )


def _names(token: str, word: str) -> bool:
    """The token is the word, a form of it, or a compound that ends in it ('racingspel')."""
    return token.startswith(word) or (
        len(word) >= 4 and len(token) >= len(word) + 3 and token.endswith(word)
    )


def _audience(hit: TermHit, lexicon: Lexicon, clauses: list[Clause], others: set[str]) -> bool:
    """True when the word is who a named job serves ("tränare för små barn", "coach for kids"),
    not a field of its own. `others` are the other wished-for terms' words."""
    term = lexicon.terms[hit.term_id]
    if term.term not in AUDIENCE_WORDS or hit.negated:
        return False
    clause = _clause_of(hit, clauses)
    if clause is None or not others.intersection(clause.written):
        return False
    i = clause.written.index(hit.written)
    before = [t for t in clause.tokens[:i] if t not in AUDIENCE_SIZE]
    return bool(before) and before[-1] in AUDIENCE_BEFORE


def _own_condition(hit: TermHit, clauses: list[Clause]) -> bool:
    """True for the youth's own diagnosis: about them, not a wish."""
    clause = _clause_of(hit, clauses) if hit.written in DIAGNOSIS_WORDS else None
    if clause is None or hit.written not in clause.written:
        return False
    i = clause.written.index(hit.written)
    # "jag har adhd", "har adhd": the youth's; "min bror har autism": somebody else's.
    return any(
        clause.tokens[j] in OWN_WORDS and (j == 0 or clause.tokens[j - 1] in SELF_WORDS)
        for j in range(max(0, i - 3), i)
    )


def _repairs_something_named(
    hit: TermHit, lexicon: Lexicon, clauses: list[Clause], matched: list[TermHit]
) -> bool:
    """A generic repair word ("fixa", "laga", "fixing") next to what is repaired ("fixing
    computers", "laga cyklar"): the thing names the trade, the verb adds no car workshop."""
    if GENERIC_REPAIR not in lexicon.terms[hit.term_id].note or hit.negated:
        return False
    clause = _clause_of(hit, clauses)
    if clause is None:
        return False
    same_sentence = {w for c in clauses if c.sentence == clause.sentence for w in c.written}
    return any(
        other.written in same_sentence
        and not other.negated
        and other.written != hit.written
        and GENERIC_REPAIR not in lexicon.terms[other.term_id].note
        and WEAK_NOTE not in lexicon.terms[other.term_id].note
        for other in matched
    )


def _change_of_mind(clauses: list[Clause]) -> tuple[bool, bool, bool]:
    """(wants change, wants the same, would rather): from the clauses that are wishes, and
    tiredness anywhere ("orkar inte mer, samma sak varje dag": the same is the complaint)."""
    tokens = {t for c in clauses if not c.negated and not c.past for t in c.tokens}
    same = bool(SAME_WORDS.intersection(t for c in clauses if not c.negated for t in c.tokens))
    tired = any(FATIGUE_RE.search(" ".join(c.tokens)) for c in clauses)
    change = tired or bool(CHANGE_WORDS.intersection(tokens))
    return change, same and not tired, bool(RATHER_WORDS.intersection(tokens))


def _areas(
    strongest: dict[str, tuple[float, int]], hits: list[TermHit], lexicon: Lexicon
) -> dict[str, int]:
    """Code -> area: wished-for terms that share an occupation form one area ('bil',
    'skruva', 'motor' are one; 'hundar' and 'datorer' are two). Areas are numbered by the
    first term that founded them."""
    parent: dict[str, str] = {}

    def find(c: str) -> str:
        while parent.setdefault(c, c) != c:
            c = parent[c]
        return c

    # A word is on several rows, one per occupation ('hundar': 6122, 6129, 3240): one area.
    by_word: dict[str, list[str]] = {}
    for hit in hits:
        term = lexicon.terms[hit.term_id]
        if hit.negated or WEAK_NOTE in term.note or term.weight < AREA_MIN_WEIGHT:
            continue
        by_word.setdefault(term.term, []).extend(term.codes)
    for codes in by_word.values():
        first = find(codes[0])
        for code in codes[1:]:
            if find(code) != first:
                parent[find(code)] = first
    roots: dict[str, int] = {}
    out: dict[str, int] = {}
    for code in strongest:
        if code in parent:
            out[code] = roots.setdefault(find(code), len(roots))
    return out


def _exceptions(hits: list[TermHit], lexicon: Lexicon) -> set[int]:
    """Ruled-out terms that are one part of a wished-for area ("djur, men inte hundar", "bygg
    men inte måla"): the wished term lists the refused word among its own words and covers
    all its occupations. Such a refusal lowers the placements that name the part, not the
    whole occupation."""
    # A term is on one row per occupation: per wished term, its words and all its codes.
    words: dict[str, set[str]] = {}
    codes: dict[str, set[str]] = {}
    for hit in hits:
        if not hit.negated and not hit.past:
            term = lexicon.terms[hit.term_id]
            words.setdefault(term.term, set()).update(term.placement_words)
            codes.setdefault(term.term, set()).update(term.codes)
    out: set[int] = set()
    for hit in hits:
        term = lexicon.terms[hit.term_id]
        if not hit.negated or WEAK_NOTE in term.note:
            continue
        if any(
            wished != term.term and term.term in words[wished] and codes[wished] >= set(term.codes)
            for wished in words
        ):
            out.add(hit.term_id)
    return out


def _hit_weight(hit: TermHit, base: float) -> float:
    if hit.negated:
        return base
    factor = HEDGE_FACTOR if hit.hedged else 1.0
    return base * factor * (STRONG_FACTOR if hit.strong else 1.0)


def read_text(interests: str, lexicon: Lexicon) -> Reading:
    """Clauses, lexicon hits, traits and per-occupation evidence of one youth text."""
    clauses = split_clauses(interests)
    change, same, rather = _change_of_mind(clauses)
    hits: list[TermHit] = []
    matched = lexicon.match([c for c in clauses if not c.tolerated])
    # What the youth puts up with names no condition, and its occupations only as a "maybe".
    matched += [
        replace(h, hedged=True)
        for h in lexicon.match([c for c in clauses if c.tolerated])
        if WEAK_NOTE not in lexicon.terms[h.term_id].note
    ]
    named = {
        w
        for h in matched
        if not h.negated
        and WEAK_NOTE not in lexicon.terms[h.term_id].note
        and lexicon.terms[h.term_id].term not in AUDIENCE_WORDS
        for w in h.written.split()
    }
    for hit in matched:
        if _other_sense(hit, lexicon, clauses) or _audience(hit, lexicon, clauses, named):
            continue
        if _repairs_something_named(hit, lexicon, clauses, matched) or _own_condition(hit, clauses):
            continue
        if hit.past and change and not same:
            hit = TermHit(hit.term_id, hit.written, hit.kind, True, past=True)
        hits.append(hit)
    pos: dict[str, list[float]] = {}
    neg: dict[str, list[float]] = {}
    pw_pos: dict[int, float] = {}
    pw_neg: dict[int, float] = {}
    expansion: list[str] = []
    code_words: dict[str, dict[int, float]] = {}
    code_area: dict[str, tuple[float, int]] = {}
    own_pos: set[int] = set()
    own_neg: set[int] = set()
    # Weak signals (trait and skill words: "snabb", "arabiska", "engelska") add up with
    # diminishing returns: per code and polarity each further one counts half as much.
    weak: dict[tuple[bool, str], list[float]] = {}
    # What the youth has done never outweighs what they rule out ("INTE måla. har målat hos
    # morbror hela sommarn"): experience in a refused area adds nothing to it.
    refused = {c for h in hits if h.negated and not h.past for c in lexicon.terms[h.term_id].codes}
    exceptions = _exceptions(hits, lexicon)
    left_behind: set[str] = set()  # words of experience in a refused area
    parts: dict[int, float] = {}
    # Each term counts once per code and polarity; a code's evidence saturates.
    for hit in hits:
        term = lexicon.terms[hit.term_id]
        target, pw_target = (neg, pw_neg) if hit.negated else (pos, pw_pos)
        weight = _hit_weight(hit, term.weight)
        if hit.past:
            past = PAST_RATHER if rather else PAST_FACTOR
            weight *= PAST_REFUSAL if hit.negated else (1.0 if same else past)
        for code in term.codes:
            if hit.past and not hit.negated and code in refused:
                continue
            if hit.term_id in exceptions:
                continue  # "djur, men inte hundar": the dogs go down by their words only
            if WEAK_NOTE in term.note:
                weak.setdefault((hit.negated, code), []).append(weight)
            else:
                target.setdefault(code, []).append(weight)
                if not hit.negated and weight > code_area.get(code, (0.0, -1))[0]:
                    code_area[code] = (weight, hit.term_id)
        if hit.past and not hit.negated and refused.issuperset(term.codes):
            # "har jobbat som diskare ... inte stå vid disken mer": nothing of it counts
            left_behind.update(hit.written.split())
            continue
        for pid, factor in lexicon.term_pw_factor[hit.term_id].items():
            pw_target[pid] = max(pw_target.get(pid, 0.0), weight * factor)
            if factor >= 1.0:
                (own_neg if hit.negated else own_pos).add(pid)
                if hit.term_id in exceptions:
                    parts[pid] = max(parts.get(pid, 0.0), weight)
        if not hit.negated and WEAK_NOTE not in term.note:
            for code in term.codes:
                words = code_words.setdefault(code, {})
                for pid, factor in lexicon.term_pw_factor[hit.term_id].items():
                    words[pid] = max(words.get(pid, 0.0), factor)
        if not hit.negated and term.weight >= 0.5:
            expansion.extend(term.placement_words[:6])
    # Next to a named occupation, traits only colour the choice ("hjälpa människor ... jag
    # pratar arabiska" is care work, not a call centre).
    named = any(
        not h.negated
        and not h.hedged
        and WEAK_NOTE not in lexicon.terms[h.term_id].note
        and lexicon.terms[h.term_id].weight >= 0.5
        for h in hits
    )
    trait_share = TRAIT_NEXT_TO_OCCUPATION if named else 1.0
    strong_pos = set(pos)
    for (negated, code), weights in weak.items():
        decayed = [
            trait_share * w * WEAK_DECAY**i for i, w in enumerate(sorted(weights, reverse=True))
        ]
        (neg if negated else pos).setdefault(code, []).extend(decayed)
    # A word both wished for and ruled out (via different terms) counts as wished for,
    # unless it is the refused term's own word and only a general word of the wished one
    # ("bilar men INTE däck": 'däck' is refused although car terms list it).
    pw = dict(pw_pos)
    for pid, w in pw_neg.items():
        if pid not in pw or (pid in own_neg and pid not in own_pos):
            pw[pid] = -w
    positive = " ".join(
        " ".join(t for t, w in zip(c.tokens, c.written, strict=True) if w not in left_behind)
        for c in clauses
        if not c.negated and not (c.past and (rather or change))  # experience left for a wish
    )
    return Reading(
        clauses=clauses,
        hits=hits,
        code_pos={c: _evidence(v) for c, v in pos.items()},
        code_neg={c: _evidence(v) for c, v in neg.items()},
        pw_weights=pw,
        positive_text=positive,
        expansion_text=" ".join(dict.fromkeys(expansion)),
        code_words=code_words,
        code_area=_areas(code_area, hits, lexicon),
        traits=read_traits(clauses),
        names_occupation=named,
        weak_only={c for (negated, c) in weak if not negated and c not in strong_pos},
        refused_parts=parts,
    )
