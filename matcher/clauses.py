"""A youth's text as clauses: where one thought ends, what it rules out, what is experience.

"inte kassa igen!! men lager kanske" -> ("inte kassa igen", ruled out), ("lager kanske", a wish).
Pure string work on the tokens of matcher.text.
"""

from __future__ import annotations

from dataclasses import replace

from matcher.contrast_words import (
    _CAUSE_RE,
    _INSTEAD_RE,
    CAUSE_MARK,
    CLAUSE_SPLITTERS,
    COMPARATIVES,
    CONDITION_SUBJECTS,
    CONDITION_WORDS,
    EXCEPT_WORDS,
    FAST_ENGLISH,
    GENERIC_HEADS,
    HEDGE_NEXT,
    HEDGE_PREV,
    INSTEAD_MARK,
    JUDGEMENT_CUES,
    JUDGEMENT_PREV,
    NEGATION_CUES,
    NOTHING_MORE,
    OM_PARTICLE_VERBS,
    OTHER_PEOPLE,
    OTHER_PEOPLE_OWNERS,
    OTHER_PEOPLE_VERBS,
    PAST_MARKERS,
    PAST_VERB_STEMS,
    REFUSING_VERBS,
    RELATIVE_WORDS,
    RESUME_WORDS,
    SELF_WORDS,
    STRESSES,
    STRONG_WORDS,
    THAN_WORDS,
    TOLERANCE_PHRASES,
    TOO_AMOUNTS,
    TOO_INTENSIFIERS,
    TOO_WORDS,
    WAS_WORDS,
    WISH_VERBS,
    WITHOUT_WORDS,
    mark_early_times,
    mark_fed_up,
)
from matcher.text import (
    _CLAUSE_PUNCT_RE,
    _FILLER_RE,
    _OTHER_EMOJI_RE,
    _SENTENCE_END_RE,
    STOPWORDS,
    Clause,
    normalize_token,
    replace_emoji,
    written_tokens,
)


def _is_hedged(tokens: list[str], i: int) -> bool:
    cue = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    prev = tokens[i - 1] if i > 0 else ""
    if prev in ("är", "e", "blir") and i > 1:
        prev = tokens[i - 2]  # "kanske är svårt"
    if nxt in HEDGE_NEXT.get(cue, frozenset()) or after in HEDGE_NEXT.get(cue, frozenset()):
        return True
    return prev in HEDGE_PREV.get(cue, frozenset())


def is_negated(tokens: list[str]) -> bool:
    """True when a clause rules its content out ('vill inte städa', 'kassa suger')."""
    if any(tok in NEGATION_CUES and not _is_hedged(tokens, i) for i, tok in enumerate(tokens)):
        return True
    if any(a in STRESSES and b in ("mig", "me") for a, b in zip(tokens, tokens[1:], strict=False)):
        return True  # "kunderna stressar mig": what stresses the youth is ruled out
    return any(_judged(tokens, i) for i, tok in enumerate(tokens) if tok in JUDGEMENT_CUES) or any(
        _too_much(tokens, i) for i, tok in enumerate(tokens) if tok in TOO_WORDS
    )


def _judged(tokens: list[str], i: int) -> bool:
    """Whether the word at i follows 'var'/'är'/'mår', intensifiers between ('det va sååå
    segt', 'det var alldeles för högljutt'): then it is a judgement."""
    j = i - 1
    while j >= 0 and tokens[j] in TOO_INTENSIFIERS:
        j -= 1
    return j >= 0 and tokens[j] in JUDGEMENT_PREV


def _too_much(tokens: list[str], i: int) -> bool:
    """'det var alldeles för högljutt', 'way too loud': a judgement after 'var'/'är'."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if not nxt or (nxt in STOPWORDS and nxt not in TOO_AMOUNTS):
        return False
    return _judged(tokens, i)


def _resolve_el(tokens: list[str]) -> None:
    """Chat 'el' between two content words means 'eller' ('design el foto'), not electricity."""
    for i in range(1, len(tokens) - 1):
        if tokens[i] == "el" and tokens[i - 1] not in STOPWORDS and tokens[i + 1] not in STOPWORDS:
            tokens[i] = "eller"


SUPINE_ENDINGS = ("at", "it")  # Swedish supine: 'målat', 'städat', 'skrivit'
# Supines of common strong and irregular verbs ("har stått i kassan", "har kört truck").
SUPINES = frozenset(
    ["stått", "gått", "fått", "sett", "haft", "hjälpt", "kört", "sålt", "lärt", "byggt", "lekt",
     "läst", "sytt", "skött", "passat", "tagit", "gjort", "varit", "brukat", "fixat", "hållit"]
)  # fmt: skip
# "i två år", "for 2 yrs": how long the youth did something, so it is experience.
DURATION_UNITS = frozenset(
    ["år", "månader", "månad", "veckor", "somrar", "years", "yrs", "year", "months", "summers"]
)


def _duration(tokens: list[str], i: int) -> bool:
    """ "i två år", "i 2 år", "for 3 years" starting at token i."""
    return (
        tokens[i] in ("i", "for")
        and i + 2 < len(tokens)
        and tokens[i + 2] in DURATION_UNITS
        and tokens[i + 1] not in NEGATION_CUES
    )


# "hade varit nice": a wish in the conditional, not experience.
WOULD_BE_NICE = frozenset(
    ["nice", "najs", "kul", "roligt", "bra", "gött", "skönt", "coolt", "fett", "perfekt",
     "intressant", "spännande", "drömmen", "toppen", "grymt", "asbra", "jättekul", "mysigt"]
)  # fmt: skip


def _would_be_nice(tokens: list[str], start: int) -> bool:
    return any(t in WOULD_BE_NICE for t in tokens[start : start + 2])


def _is_past(tokens: list[str]) -> bool:
    """The clause tells what the youth has done ("har jobbat i kassa", "förut lager").

    A negated experience ("har aldrig jobbat med barn") is no experience: not past. Somebody
    else's job ("mamma är undersköterska") is context the youth knows, counted like experience."""
    start = 1 if tokens and tokens[0] in OTHER_PEOPLE_OWNERS else 0
    if (
        len(tokens) > start + 1
        and tokens[start] in OTHER_PEOPLE
        and tokens[start + 1] in OTHER_PEOPLE_VERBS
    ):
        return True
    for i, tok in enumerate(tokens):
        if tok in PAST_MARKERS and not (i > 0 and tokens[i - 1] in NEGATION_CUES):
            return True
        if tok == "hade" and tokens[i + 1 : i + 2] == ["varit"] and _would_be_nice(tokens, i + 2):
            return False  # "köra truck hade varit nice" is a wish
        if tok == "hade" and i + 1 < len(tokens) and tokens[i + 1].endswith(("jobb", "praktik")):
            return True  # "hade feriejobb på ett lager", "hade praktik i en butik"
        if tok in ("har", "hade") and i + 1 < len(tokens) and tokens[i + 1] in PAST_VERB_STEMS:
            return True  # newcomers' "har jobba bilverkstad"
        if tok in ("har", "hade") and any(
            (len(t) >= 5 and t.endswith(SUPINE_ENDINGS) and t not in STOPWORDS) or t in SUPINES
            for t in tokens[i + 1 : i + 3]
        ):
            return True  # "har målat hos morbror", "hade städat på hotell", "har stått i kassan"
        if tok in WAS_WORDS and i > 0 and tokens[i - 1] in SELF_WORDS:
            return True  # "jag var frisör i Afghanistan", "I was a cook back home"
        if _duration(tokens, i):
            return True
    return False


def _finish(
    tokens: list[str], written: list[str], forced: bool, sentence: int, condition: bool = False
) -> Clause:
    _resolve_el(tokens)
    tolerated = not forced and _tolerates(tokens)
    negated = not tolerated and (forced or is_negated(tokens))
    return Clause(
        tuple(tokens),
        tuple(written),
        negated,
        past=not negated and _is_past(tokens),
        strong=any(t in STRONG_WORDS for t in tokens),
        sentence=sentence,
        tolerated=tolerated,
        condition=condition,
        contrasted=forced,
    )


def _tolerates(tokens: list[str]) -> bool:
    """'tunga lyft är inga problem', 'regn gör inget', "don't mind the cold": put up with."""
    return any(
        tuple(tokens[i : i + len(p)]) == p for p in TOLERANCE_PHRASES for i in range(len(tokens))
    )


# Words whose neighbour shows they are not the work word: word -> (the words before it, the
# words after it, the reading used instead). "när det händer grejer" is things happening, not
# hands; "care a lot about the environment" is no care work.
OTHER_SENSE_NEXT_TO: dict[str, tuple[frozenset[str], frozenset[str], str]] = {
    "händer": (
        frozenset(["det", "som", "vad", "nåt", "något", "allt", "mycket", "saker", "grejer"]),
        frozenset(),
        "sker",
    ),
    "care": (
        frozenset(),
        frozenset(["about", "a", "so", "much", "more", "less", "deeply"]),
        "bryr",
    ),
    # "vi hade får och äppelträd": after "hade"/"har" or a number the animals, not "gets".
    "får": (
        frozenset(["hade", "har", "våra", "många", "några", "med", "två", "tre", "fem", "tio"]),
        frozenset(),
        "fåren",
    ),
}


# "gamla"/"äldre" alone are the elderly ("jobba med äldre"); before a thing they are its age
# ("äldre bilar", "mormors gamla maskin"), so they are read as the plain adjective. Before
# people they keep their sense ("äldre människor"; "äldre barn" is a phrase of its own).
AGE_WORDS = frozenset(["gamla", "äldre"])
AGED_PEOPLE = frozenset(
    ["människor", "människa", "personer", "person", "damer", "tanter", "gubbar", "farbröder",
     "pensionärer", "folk", "barn", "barnen", "elever", "ungdomar", "kids", "tonåringar"]
)  # fmt: skip


def _sense_next_to(token: str, before: str, after: str) -> str:
    """The token, or its other reading when a neighbour shows that sense (OTHER_SENSE_NEXT_TO)."""
    sense = OTHER_SENSE_NEXT_TO.get(token)
    if sense and (before in sense[0] or after in sense[1]):
        return sense[2]
    if token in AGE_WORDS and after and after not in AGED_PEOPLE and after not in STOPWORDS:
        return "gammal"
    return token


def _refusal_ahead(written: list[str], start: int) -> bool:
    """The youth's own refusal starts here: "jag är inte ...", "I'm not a morning person", and
    a verb of the same subject: "(blyg) och gillar inte att prata i telefon"."""
    ahead = [normalize_token(t) for t in written[start : start + 3]]
    if ahead[:1] and ahead[0] in REFUSING_VERBS:
        # "... o orkar inte mer" has nothing of its own: it judges what came before.
        return len(ahead) == 3 and ahead[1] in NEGATION_CUES and ahead[2] not in NOTHING_MORE
    return bool(ahead) and ahead[0] in ("jag", "i", "im") and is_negated(ahead)


def _after_refusal(current: list[str], forced: bool, clauses: list[Clause]) -> bool:
    """Whether "utan" follows a refusal ("inte kök utan butik"), so it means "but rather"."""
    if current:
        return forced or is_negated(current)
    return bool(clauses) and clauses[-1].negated


def split_clauses(text: str) -> list[Clause]:
    """Splits at punctuation and contrast words; marks each clause negated or not.

    "inte kassa igen!! men lager kanske" -> [("inte kassa igen", negated), ("lager kanske", ok)]
    Contrast inside a sentence: "hellre lager än kassa", "något annat än kassa", "lager
    istället för kassa" and "djur och inte barn" rule out what follows the contrast word.
    """
    clauses: list[Clause] = []
    # An emoji without a word of its own ends a thought ("aldrig mer kassa 😩 vill ...").
    text = _FILLER_RE.sub(" ", _OTHER_EMOJI_RE.sub(" . ", replace_emoji(text)))
    text = _CAUSE_RE.sub(f" {CAUSE_MARK} ", _INSTEAD_RE.sub(f" {INSTEAD_MARK} ", text))
    text = mark_early_times(mark_fed_up(text))
    ends = [_SENTENCE_END_RE.search(sep) is not None for sep in _CLAUSE_PUNCT_RE.findall(text)]
    sentence = 0
    for n_chunk, chunk in enumerate(_CLAUSE_PUNCT_RE.split(text)):
        sentence += n_chunk > 0 and ends[n_chunk - 1]
        written = written_tokens(chunk)
        current_w: list[str] = []
        current_n: list[str] = []
        forced_negative = False
        condition = False  # the clause is a condition ("om det inte är för stressigt")
        skipping = False  # inside a negated description of somebody else
        for i, w in enumerate(written):
            n = normalize_token(w)
            if skipping:  # a negated description of somebody else, until the youth speaks again
                if n not in RESUME_WORDS and n not in CLAUSE_SPLITTERS:
                    continue
                skipping = False
            nxt = normalize_token(written[i + 1]) if i + 1 < len(written) else ""
            if n == CAUSE_MARK:  # a cause is context: skipped until the youth speaks again
                if current_n:
                    clauses.append(
                        _finish(current_n, current_w, forced_negative, sentence, condition)
                    )
                current_w, current_n, forced_negative, skipping = [], [], False, True
                condition = False
                continue
            if (
                n in CONDITION_WORDS
                and nxt in CONDITION_SUBJECTS
                and current_n
                and current_n[-1] not in OM_PARTICLE_VERBS
                and not is_negated(current_n)  # "blir uttråkad om det är lugnt": calm is refused
            ):
                clauses.append(_finish(current_n, current_w, forced_negative, sentence, condition))
                current_w, current_n, forced_negative, condition = [], [], False, True
                continue
            rules_out_next = (
                n in EXCEPT_WORDS
                or (n == "but" and current_n[-1:] in (["anything"], ["everything"], ["all"]))
                or n == INSTEAD_MARK
                or bool(n in THAN_WORDS and COMPARATIVES.intersection(current_n))
                or (n in WITHOUT_WORDS and not _after_refusal(current_n, forced_negative, clauses))
            )
            # "istället för kök vill jag bygga", "aldrig mer kassa vill jobba med djur": the
            # ruled-out part ends at a wish verb (not at "vill inte").
            ends_refusal = (
                bool(current_n)
                and n in WISH_VERBS
                and (forced_negative or is_negated(current_n))
                and current_n[-1] not in NEGATION_CUES
                and nxt not in NEGATION_CUES
            )
            # "djur och inte barn", "ute och jag är inte morgonmänniska": the negation starts
            # a clause of its own.
            starts_refusal = (
                n in ("och", "eller", "samt", "and", "or")
                and (nxt in NEGATION_CUES or _refusal_ahead(written, i + 1))
                and current_n
                and not is_negated(current_n)
            )
            # "hjälpa folk som inte kan svenska": the negation belongs to the relative clause,
            # not to the wish before it; it describes those people, so none of it is read.
            starts_relative = (
                n in RELATIVE_WORDS
                and bool(current_n)
                and any(normalize_token(t) in NEGATION_CUES for t in written[i + 1 : i + 1 + 3])
            )
            if starts_relative and current_n[-1] not in GENERIC_HEADS:
                skipping = True
                continue
            if (
                (n in CLAUSE_SPLITTERS and not (n == "fast" and nxt in FAST_ENGLISH))
                or rules_out_next
                or starts_refusal
                or ends_refusal
                or starts_relative
            ):
                if current_n:
                    clauses.append(
                        _finish(current_n, current_w, forced_negative, sentence, condition)
                    )
                current_w, current_n, condition = [], [], False
                forced_negative = rules_out_next
                if not (ends_refusal or starts_relative):
                    continue
            n = _sense_next_to(n, current_n[-1] if current_n else "", nxt)
            current_w.append(w)
            current_n.append(n)
        if current_n:
            clauses.append(_finish(current_n, current_w, forced_negative, sentence, condition))
    return _experience_continues(clauses)


def _experience_continues(clauses: list[Clause]) -> list[Clause]:
    """'Jobbade på ett lager i somras, plocka plocka plocka hela dagarna': what follows a clause
    of experience in the same sentence, without a wish of its own, tells of it too."""
    out = list(clauses)
    for k in range(1, len(out)):
        before, c = out[k - 1], out[k]
        if (
            before.past
            and c.sentence == before.sentence
            and not (c.past or c.negated or c.tolerated or c.condition)
            and not WISH_VERBS.intersection(c.tokens)
            and not STRONG_WORDS.intersection(c.tokens)
        ):
            out[k] = replace(c, past=True)
    return out
