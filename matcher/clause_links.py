"""How the clauses of one text point at each other: a refusal that points back ("det var
tråkigt", "inte tvätta dom"), experience in a ruled-out activity, each term once per polarity.

In: clauses (matcher.text) and the lexicon. Out: the lexicon hits of the whole text.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from matcher.contrast_words import (
    ABILITY_WORDS,
    AVERSION_HEADS,
    JUDGEMENT_CUES,
    NEGATION_CUES,
    POSSESSIVES,
    SPEECH_VERBS,
    TOO_AMOUNTS,
    WHEN_WORDS,
    WISH_VERBS,
)
from matcher.lexicon_data import BARE_REFUSAL, REFERRING_WORDS, TermHit
from matcher.text import STOPWORDS, Clause, stem

if TYPE_CHECKING:
    from matcher.lexicon import Lexicon

# Pronouns that stand for the thing named in the clause before ("inte tvätta dom").
OBJECT_PRONOUNS = frozenset(["dom", "de", "dem", "den", "them"])  # "dom" is read as "de"


def told_before(clauses: list[Clause], n: int) -> list[int]:
    """The clauses a refusal without content points back to: the one before it, and further
    back within the sentence while no clause is a wish ("Testade förskola på prao, barnen var
    gulliga men det var för högljutt" rules out the preschool, not only the children). After a
    refusal it only says why ("allt med djur utom hundar, är allergisk": the dogs, not the rest)."""
    out = [n - 1]
    k = n - 1
    while (
        k > 0
        and not clauses[n - 1].negated
        and clauses[k - 1].sentence == clauses[n].sentence
        and not WISH_VERBS.intersection(clauses[k].tokens)
        and not WISH_VERBS.intersection(clauses[k - 1].tokens)
    ):
        k -= 1
        out.append(k)
    return out


def match_clauses(lexicon: Lexicon, clauses: list[Clause]) -> list[TermHit]:
    """Terms found in all clauses, each term once per polarity (first occurrence, but a wish
    before experience).

    A negated clause without terms of its own that points back ("det var tråkigt") or says
    nothing else ("nej tack") rules out the clause before it.
    """
    per_clause: list[list[TermHit]] = []
    for n, clause in enumerate(clauses):
        hits = [
            replace(h, negated=True) if _aversion(h) else h
            for h in lexicon.match_clause(clause)
            if not _adviser(h, clause)
        ]
        if n and clause.negated and not clause.condition:
            hits += _pointing_back(lexicon, clause, clauses[n - 1], hits)
        # "Kök? Nej tack." / "det var tråkigt": a refusal with no content of its own.
        # "inte för mycket folk" names an amount of something: a condition, not a refusal.
        bare = (
            all(t in STOPWORDS or t in NEGATION_CUES or t in BARE_REFUSAL for t in clause.tokens)
            and not _amount_of_something(clause)
            and not _unable(clause)
        )
        # "det var tungt och ensamt": judgement words say how it was, not what is refused.
        content = [h for h in hits if not JUDGEMENT_CUES.issuperset(h.written.split())]
        if (
            clause.negated
            and not clause.condition
            and not clause.contrasted  # "djur mer än människor" refuses only the people
            and not WHEN_WORDS.intersection(clause.tokens)  # "ute, men inte när det regnar"
            and not content
            and per_clause
            and (REFERRING_WORDS.intersection(clause.tokens) or bare)
        ):
            for k in told_before(clauses, n):
                per_clause[k] = [replace(h, negated=True) for h in per_clause[k]]
        per_clause.append(hits)
    # A term the youth ruled out in so many words is not wished for because it shows up
    # again elsewhere ("inte däck ... jobbade på däckfirma").
    # Experience in a ruled-out activity takes its place with it ("inte tvätta dom ... har
    # tvättat bilar hela sommarn på en mack": the petrol station is no wish either).
    refusals = [h for hits in per_clause for h in hits if h.negated]
    ruled_out = {h.term_id for h in refusals}
    # ... also in another form of the same word ("inte kassa ... har stått i kassan").
    ruled_out_words = {_word_key(lexicon, h.term_id) for h in refusals}
    seen: dict[tuple[int, bool], int] = {}
    out: list[TermHit] = []
    for hits in per_clause:
        left = any(
            h.past and not h.negated and _word_key(lexicon, h.term_id) in ruled_out_words
            for h in hits
        )
        for hit in hits:
            key = (hit.term_id, hit.negated)
            if not hit.negated and (hit.term_id in ruled_out or (left and hit.past)):
                continue
            if key not in seen:
                seen[key] = len(out)
                out.append(hit)
            elif out[seen[key]].past and not hit.past:
                # "gick el-programmet ... gillar fortfarande el": the wish, not the experience
                out[seen[key]] = hit
    return out


def _aversion(hit: TermHit) -> bool:
    """'ljudkänslig', 'höjdrädd', 'pälsallergiker': the first part is what the youth cannot
    stand, not a field they want."""
    w = hit.written.lower()
    return hit.kind == "compound" and any(
        w.endswith(h) and len(w) >= len(h) + 3 for h in AVERSION_HEADS
    )


def _unable(clause: Clause) -> bool:
    """'men jag kan inte så mycket', "but I don't know much": modesty, not a refusal."""
    t = clause.tokens
    return any(
        (a in ABILITY_WORDS and b in NEGATION_CUES) or (a, b) == ("dont", "know")
        for a, b in zip(t, t[1:], strict=False)
    )


def _adviser(hit: TermHit, clause: Clause) -> bool:
    """'min kurator sa att jag borde ...': the person who speaks is no wish of the youth's."""
    words = [w.lower() for w in clause.written]
    places = [i for i, w in enumerate(words) if w == hit.written.lower()]
    return bool(places) and all(
        0 < i < len(words) - 1 and words[i - 1] in POSSESSIVES and words[i + 1] in SPEECH_VERBS
        for i in places
    )


# Endings of the definite and plural forms ("kassan", "kassorna", "lagret").
FORM_ENDINGS = ("orna", "arna", "erna", "na", "an", "en", "et", "or", "ar", "er", "n", "a", "t")


def _base(token: str) -> str:
    token = stem(token)
    for ending in FORM_ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 3:
            return token[: -len(ending)]
    return token


def _word_key(lexicon: Lexicon, term_id: int) -> str:
    """The term's words without their form, so 'kassa' and 'kassan' are the same activity."""
    return " ".join(_base(t) for t in lexicon.terms[term_id].tokens)


def _amount_of_something(clause: Clause) -> bool:
    """ "för mycket folk", "too many people": an amount word with a word after it."""
    return any(t in TOO_AMOUNTS for t in clause.tokens[:-1])


def _pointing_back(
    lexicon: Lexicon, clause: Clause, before: Clause, hits: list[TermHit]
) -> list[TermHit]:
    """ "Vill jobba med bilar. Men inte tvätta dom": the pronoun stands for the words of the
    clause before, so "tvätta bilar" is what is ruled out (only whole phrases count)."""
    if not OBJECT_PRONOUNS.intersection(clause.tokens):
        return []
    have = {h.term_id for h in hits}
    out: list[TermHit] = []
    for word in (t for t in before.tokens if t not in STOPWORDS and len(t) >= 3):
        tokens = tuple(word if t in OBJECT_PRONOUNS else t for t in clause.tokens)
        written = tuple(word if t in OBJECT_PRONOUNS else w
                        for t, w in zip(clause.tokens, clause.written, strict=True))  # fmt: skip
        found = lexicon.match_clause(replace(clause, tokens=tokens, written=written))
        out += [
            h for h in found
            if h.kind == "phrase" and word in h.written.split() and h.term_id not in have
        ]  # fmt: skip
    return out
