"""Normalisation of Swedish as young people write it: chat spelling, typos, clauses, negation.

Everything here is pure string work, so the lexicon, the index and the tests share one
definition of what a "token" is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# A few emoji carry an interest on their own ("🐶🐶🐶"); the rest are dropped.
EMOJI_WORDS: dict[str, str] = {
    "🐶": "hund",
    "🐕": "hund",
    "🐱": "katt",
    "🐈": "katt",
    "🐴": "häst",
    "🐎": "häst",
    "🐰": "kanin",
    "🐮": "ko",
    "🚗": "bil",
    "🏎": "bil",
    "🚙": "bil",
    "🚲": "cykel",
    "🛵": "moped",
    "🏍": "motorcykel",
    "🚚": "lastbil",
    "🍳": "laga mat",
    "🍕": "pizza",
    "🍔": "mat",
    "🧁": "baka",
    "🍰": "baka",
    "🎂": "baka",
    "☕": "kaffe",
    "💇": "frisör",
    "💅": "naglar",
    "💄": "smink",
    "🎮": "gaming",
    "💻": "dator",
    "🖥": "dator",
    "🔧": "skruva",
    "🔨": "bygga",
    "🛠": "skruva",
    "🪚": "snickra",
    "🎨": "måla",
    "⚽": "fotboll",
    "🏀": "basket",
    "🏋": "gym",
    "🎵": "musik",
    "🎶": "musik",
    "🎸": "musik",
    "🎧": "musik",
    "📷": "foto",
    "📸": "foto",
    "🎥": "film",
    "🌱": "odla",
    "🌸": "blommor",
    "🌳": "träd",
    "👶": "barn",
    "🧒": "barn",
    "📦": "lager",
    "🧹": "städa",
    "🧽": "städa",
    "💪": "stark",
    "👗": "kläder",
    "👕": "kläder",
    "📚": "böcker",
}

# Chat and spoken spellings mapped to the written form (token level, so alignment is kept).
CHAT_SPELLINGS: dict[str, str] = {
    "me": "med",
    "mé": "med",
    "o": "och",
    "å": "och",
    "nån": "någon",
    "nåt": "något",
    "nåra": "några",
    "nånting": "någonting",
    "nånstans": "någonstans",
    "ba": "bara",
    "e": "är",
    "ä": "är",
    "mkt": "mycket",
    "mkt.": "mycket",
    "dom": "de",
    "mej": "mig",
    "dej": "dig",
    "sej": "sig",
    "sån": "sådan",
    "sånt": "sådant",
    "såna": "sådana",
    "int": "inte",
    "ine": "inte",
    "inge": "inget",
    "kmr": "kommer",
    "tkr": "tycker",
    "lr": "eller",
    "oxå": "också",
    "okså": "också",
    "ocks": "också",
    "lixom": "liksom",
    "asså": "alltså",
    "iaf": "ialla",
    "sku": "skulle",
    "ska": "skall",
    "va": "vara",
    "bruka": "brukar",
    "hemma": "hemma",
    "ngn": "någon",
    "ngt": "något",
    "ngr": "några",
    "vill": "vill",
    "ja": "jag",
    "jaa": "jag",
    "d": "det",
    "de": "det",
    "nt": "inte",
    "pallar": "orkar",
    "fatt": "fått",
    "gör": "gör",
    "gillr": "gillar",
    "gilar": "gillar",
    "kanske": "kanske",
    "kansk": "kanske",
    "dont": "dont",
    "don't": "dont",
    "cant": "cant",
    "wont": "wont",
    "im": "im",
}

# Function words and fillers: never lexicon hits, never fuzzy-matched.
STOPWORDS: frozenset[str] = frozenset(
    [
        "jag",
        "du",
        "han",
        "hon",
        "vi",
        "ni",
        "de",
        "det",
        "den",
        "dem",
        "mig",
        "dig",
        "sig",
        "oss",
        "er",
        "min",
        "mitt",
        "mina",
        "din",
        "ditt",
        "dina",
        "sin",
        "sitt",
        "och",
        "eller",
        "att",
        "som",
        "i",
        "på",
        "med",
        "av",
        "för",
        "till",
        "från",
        "om",
        "under",
        "över",
        "efter",
        "innan",
        "hos",
        "mot",
        "vid",
        "utan",
        "men",
        "är",
        "var",
        "vara",
        "bli",
        "blir",
        "blev",
        "har",
        "hade",
        "ha",
        "kan",
        "kunde",
        "skall",
        "skulle",
        "vill",
        "ville",
        "måste",
        "får",
        "fick",
        "få",
        "gör",
        "göra",
        "gjorde",
        "gjort",
        "jobba",
        "jobbar",
        "jobbat",
        "arbeta",
        "arbetar",
        "jobb",
        "jobbet",
        "arbete",
        "arbetet",
        "gillar",
        "gilla",
        "gillade",
        "tycker",
        "tyckte",
        "tycka",
        "mycket",
        "lite",
        "bara",
        "också",
        "så",
        "då",
        "när",
        "där",
        "här",
        "nu",
        "sen",
        "sedan",
        "typ",
        "liksom",
        "alltså",
        "ialla",
        "ju",
        "väl",
        "nog",
        "kanske",
        "gärna",
        "något",
        "någon",
        "några",
        "någonting",
        "sådant",
        "sådan",
        "sådana",
        "saker",
        "sak",
        "grejer",
        "grej",
        "grejen",
        "allt",
        "alla",
        "annat",
        "andra",
        "kul",
        "roligt",
        "rolig",
        "bra",
        "bäst",
        "bättre",
        "mer",
        "mest",
        "mest",
        "lika",
        "helt",
        "själv",
        "själva",
        "ett",
        "en",
        "någonstans",
        "vad",
        "hur",
        "varför",
        "vem",
        "vilken",
        "vilket",
        "hemma",
        "igen",
        "också",
        "än",
        "ännu",
        "redan",
        "alltid",
        "ofta",
        "ibland",
        "aldrig",
        "inte",
        "ej",
        "ingen",
        "inget",
        "inga",
        "ingenting",
        "nej",
        "ja",
        "not",
        "no",
        "dont",
        "never",
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "of",
        "in",
        "on",
        "at",
        "with",
        "i",
        "im",
        "my",
        "me",
        "like",
        "love",
        "want",
        "would",
        "really",
        "very",
        "lot",
        "lots",
        "thing",
        "things",
        "do",
        "work",
        "job",
        "kommer",
        "komma",
        "kom",
        "tror",
        "vet",
        "veta",
        "mamma",
        "pappa",
        "min",
        "mitt",
        "sitt",
        "hem",
        "hemland",
        "land",
        "förut",
        "innan",
        "tidigare",
        "år",
        "gammal",
        "ung",
        "människor",
        "människa",
        "folk",
        "person",
        "personer",
        "säger",
        "sa",
        "sagt",
        "låter",
        "lät",
        "känns",
        "verkar",
        "vecka",
        "veckan",
        "dag",
        "dagen",
        "dagar",
        "varje",
        "många",
        "fler",
        "flera",
        "nice",
        "najs",
        "cool",
        "coolt",
    ]
)

NEGATION_CUES: frozenset[str] = frozenset(
    [
        "inte",
        "ej",
        "aldrig",
        "ingen",
        "inget",
        "inga",
        "ingenting",
        "nej",
        "hatar",
        "hata",
        "avskyr",
        "avsky",
        "slippa",
        "slipper",
        "tråkigt",
        "tråkig",
        "tråkiga",
        "suger",
        "usch",
        "äckligt",
        "äcklig",
        "not",
        "no",
        "dont",
        "never",
        "hate",
        "hates",
        "nope",
    ]
)

# Patterns that contain a cue word but do not rule an area out ("vet inte vad jag vill",
# "har aldrig jobbat med barn men ..."): (cue, neighbour) pairs read as hedges.
_HEDGE_NEXT: dict[str, frozenset[str]] = {
    "inte": frozenset(
        [
            "bara",
            "säker",
            "säkert",
            "rädd",
            "jobbat",
            "provat",
            "testat",
            "prövat",
            "gjort",
            "varit",
            "haft",
            "hunnit",
        ]
    ),
    "aldrig": frozenset(["jobbat", "provat", "testat", "prövat", "gjort", "varit", "haft"]),
    "ingen": frozenset(["aning", "erfarenhet", "koll"]),
    "inga": frozenset(["problem"]),
    "inget": frozenset(["problem", "emot"]),
    "not": frozenset(["sure", "only"]),
    "dont": frozenset(["know", "mind"]),
    "never": frozenset(["tried", "worked", "done", "been"]),
    "no": frozenset(["problem", "idea", "experience"]),
}
_HEDGE_PREV: dict[str, frozenset[str]] = {
    "inte": frozenset(["vet", "vette", "vetat"]),
    "ej": frozenset(["vet"]),
    "aldrig": frozenset(),
}

# Clause boundaries inside a sentence. "utom" also starts a ruled-out clause ("allt utom X").
CLAUSE_SPLITTERS: frozenset[str] = frozenset(["men", "utan", "but", "fast", "however", "although"])
EXCEPT_WORDS: frozenset[str] = frozenset(["utom", "except"])

SUFFIXES: tuple[str, ...] = ("arna", "orna", "erna", "en", "et", "na", "ar", "or", "er")

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_CLAUSE_PUNCT_RE = re.compile(r"[.!?;:,()\[\]\n\r\t/|–—•]+|\s-\s|\.\.+")


@dataclass(frozen=True)
class Clause:
    """A stretch of text between punctuation or contrast words, with its polarity."""

    tokens: tuple[str, ...]
    written: tuple[str, ...]
    negated: bool


def strip_accents_keep_swedish(text: str) -> str:
    """Drops accents except on å, ä, ö (so 'café' -> 'cafe', 'kör' stays 'kör')."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "åäöÅÄÖ":
            out.append(ch)
            continue
        decomposed = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


def replace_emoji(text: str) -> str:
    """Turns the few meaningful emoji into words, separated by spaces."""
    for emoji, word in EMOJI_WORDS.items():
        if emoji in text:
            text = text.replace(emoji, f" {word} ")
    return text


@lru_cache(maxsize=65536)
def collapse_repeats(token: str) -> str:
    """Shortens stretched letters: 'sjuuukt' -> 'sjukt', 'snabbbb' -> 'snabb'."""
    vowels = "aeiouyåäöé"
    return re.sub(
        r"(.)\1{2,}", lambda m: m.group(1) if m.group(1) in vowels else m.group(1) * 2, token
    )


@lru_cache(maxsize=65536)
def normalize_token(token: str) -> str:
    """One written token to its canonical form (lowercase, no apostrophe, chat spelling)."""
    token = token.lower().replace("’", "'")
    token = strip_accents_keep_swedish(token)
    token = collapse_repeats(token)
    if token in CHAT_SPELLINGS:
        return CHAT_SPELLINGS[token]
    return token.replace("'", "")


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Light Swedish stemming: strips one inflection suffix, keeping at least 3 letters."""
    for suffix in SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)]
    return token


def written_tokens(text: str) -> list[str]:
    """The tokens as the person wrote them (lowercased), emoji turned into words."""
    return [t.lower() for t in _TOKEN_RE.findall(replace_emoji(text))]


def tokenize(text: str) -> list[str]:
    """Normalised tokens of a text; chat spellings resolved, punctuation and emoji dropped."""
    return [normalize_token(t) for t in written_tokens(text)]


def normalize(text: str) -> str:
    """The whole text as one normalised, space-separated string."""
    return " ".join(tokenize(text))


def _is_hedged(tokens: list[str], i: int) -> bool:
    cue = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    prev = tokens[i - 1] if i > 0 else ""
    if nxt in _HEDGE_NEXT.get(cue, frozenset()) or after in _HEDGE_NEXT.get(cue, frozenset()):
        return True
    return prev in _HEDGE_PREV.get(cue, frozenset())


def is_negated(tokens: list[str]) -> bool:
    """True when a clause rules its content out ('vill inte städa', 'kassa suger')."""
    return any(tok in NEGATION_CUES and not _is_hedged(tokens, i) for i, tok in enumerate(tokens))


def split_clauses(text: str) -> list[Clause]:
    """Splits at punctuation and contrast words; marks each clause negated or not.

    "inte kassa igen!! men lager kanske" -> [("inte kassa igen", negated), ("lager kanske", ok)]
    """
    clauses: list[Clause] = []
    for chunk in _CLAUSE_PUNCT_RE.split(replace_emoji(text)):
        written = written_tokens(chunk)
        current_w: list[str] = []
        current_n: list[str] = []
        forced_negative = False
        for w in written:
            n = normalize_token(w)
            if n in CLAUSE_SPLITTERS or n in EXCEPT_WORDS:
                if current_n:
                    neg = forced_negative or is_negated(current_n)
                    clauses.append(Clause(tuple(current_n), tuple(current_w), neg))
                current_w, current_n = [], []
                forced_negative = n in EXCEPT_WORDS
                continue
            current_w.append(w)
            current_n.append(n)
        if current_n:
            neg = forced_negative or is_negated(current_n)
            clauses.append(Clause(tuple(current_n), tuple(current_w), neg))
    return clauses


def positive_text(text: str) -> str:
    """Only the clauses that are not ruled out, normalised (used for text similarity)."""
    return " ".join(" ".join(c.tokens) for c in split_clauses(text) if not c.negated)


def competence_key(value: str) -> str:
    """Comparable form of a competence key ('Planera_och-organisera' -> 'planera och organisera')."""
    return " ".join(value.lower().replace("_", " ").replace("-", " ").split())
