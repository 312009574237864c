"""Normalisation of Swedish as young people write it: chat spelling, typos, tokens, stems.

Everything here is pure string work, so the lexicon, the index and the tests share one
definition of what a "token" is. How a text splits into clauses is matcher.clauses.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from matcher.types import PlacementDoc

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

DATA_DIR = Path(__file__).parent / "data"


def _load_words(name: str) -> frozenset[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return frozenset(w for w in text.split() if w)


def _load_spellings(name: str) -> dict[str, str]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        return {r["written"]: r["normal"] for r in csv.DictReader(fh)}


# Chat and spoken spellings mapped to the written form (token level, so alignment is kept).
CHAT_SPELLINGS: dict[str, str] = _load_spellings("chat_spellings.csv")

# Function words and fillers: never lexicon hits, never fuzzy-matched.
# Place names (countries, cities, Göteborg's districts) are never work: 'Portugal' is no port.
STOPWORDS: frozenset[str] = _load_words("stopwords.txt") | _load_words("place_names.txt")

SUFFIXES: tuple[str, ...] = ("arna", "orna", "erna", "en", "et", "na", "ar", "or", "er")

# Phrases that carry no interest: "spelar ingen roll", school as the youth's past ("hoppade
# av skolan") rather than a workplace, and "på fritiden" (a hobby, not a leisure centre).
_FILLER_RE = re.compile(
    r"\bspelar\s+(?:ingen|ingen\s+större|nån|någon)\s+roll\b|\bvad\s+som\s+helst\b"
    r"|(?<!eller )(?<!typ )(?<!jobba )(?<!och )(?<!barn )(?<!barnen )(?<!elever )(?<!eleverna )"
    r"\b(?:i|på|efter|från|av|ut|ur|slutade"
    r"|tröttnat\s+på|hoppade\s+av|gick\s+ut)\s+skolan\b|\b(?:på|i)\s+(?:min\s+)?fritiden?\b|\bin\s+my\s+free\s+time\b",
    re.IGNORECASE,
)
CAPITAL_IT = "IT"  # the field; lowercase "it" is usually the English pronoun
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_CLAUSE_PUNCT_RE = re.compile(r"[.!?;:,()\[\]\n\r\t/|–—•]+|\s-\s|\.\.+")
_SENTENCE_END_RE = re.compile(r"[.!?\n]")


@dataclass(frozen=True)
class Clause:
    """A stretch of text between punctuation or contrast words, with its polarity.

    `past` marks what the youth has done rather than wishes ("har jobbat i kassa"); `strong`
    marks an emphasised wish ("helst", "drömmen"); `tolerated` marks what the youth only puts
    up with ("tunga lyft är inga problem"); `sentence` numbers the sentence it is in.
    """

    tokens: tuple[str, ...]
    written: tuple[str, ...]
    negated: bool
    past: bool = False
    strong: bool = False
    sentence: int = 0
    tolerated: bool = False
    condition: bool = False  # "om det inte är för stressigt": a condition, no refusal
    contrasted: bool = False  # ruled out by the contrast word before it ("mer än människor")


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


_EMOJI_RE = re.compile("|".join(re.escape(e) for e in sorted(EMOJI_WORDS, key=len, reverse=True)))
_OTHER_EMOJI_RE = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf]+")


# After an emoji, a capital or one of these words starts a new thought ("dogs especially 🐶 my
# swedish is not so good yet": the dogs are no part of the "not").
_NEW_THOUGHT_RE = re.compile(r"\s*(?:[A-ZÅÄÖ]|(?:my|jag|i|im|i'm|min|mitt|mina)\b)")


def replace_emoji(text: str) -> str:
    """Turns the few meaningful emoji into words, separated by spaces; one that stands between
    two thoughts also ends the first."""

    def word(m: re.Match[str]) -> str:
        end = " . " if _NEW_THOUGHT_RE.match(text, m.end()) else " "
        return f" {EMOJI_WORDS[m.group(0)]}{end}"

    return _EMOJI_RE.sub(word, text)


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
    if token == CAPITAL_IT:
        return "itbranschen"
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
    """The tokens as the person wrote them (lowercased), emoji turned into words.

    "IT" in capitals keeps its case: it is the field, while "it" is usually English.
    """
    return [t if t == CAPITAL_IT else t.lower() for t in _TOKEN_RE.findall(replace_emoji(text))]


def tokenize(text: str) -> list[str]:
    """Normalised tokens of a text; chat spellings resolved, punctuation and emoji dropped."""
    return [normalize_token(t) for t in written_tokens(text)]


def normalize(text: str) -> str:
    """The whole text as one normalised, space-separated string."""
    return " ".join(tokenize(text))


def competence_key(value: str) -> str:
    """Comparable form of a competence key ('Planera_och-organisera' -> 'planera och organisera')."""
    return " ".join(value.lower().replace("_", " ").replace("-", " ").split())


def condition_text(doc: PlacementDoc) -> str:
    """The placement's own words, digits kept, that its working conditions are read from
    ("Start 05.30", "Pass 17-21"); `placement_text` drops the digits."""
    return f"{doc.title}. {doc.description}"


def placement_text(doc: PlacementDoc) -> str:
    """The text a placement is matched on (title counted twice: it is the most precise).

    Employers write without emoji, so this skips the emoji pass (it matters at 100,000).
    """
    text = f"{doc.title}. {doc.title}. {doc.description}".lower()
    return " ".join(normalize_token(t) for t in _TOKEN_RE.findall(text))
