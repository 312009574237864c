"""Finds text of the other language on a rendered page (used by the language and form walks).

Two detectors, both working on the page's visible text (lines and table cells), after the
parts marked as another language (`lang="en"` on "In English") or as data (`translate="no"`)
are hidden and the seeded data (names, titles, districts, SSYK/SNI titles) is masked:
- catalogue: on an English page, a segment that is exactly a Swedish msgid whose English
  differs (an untranslated or wrongly scoped message); on a Swedish page, a segment that is
  exactly an English translation;
- words: a segment with two or more function words of the other language (catches text that
  never went through a catalogue, such as raw validation messages).
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from babel.messages.pofile import read_po

from core.i18n import PACKAGES as DOMAIN_PACKAGES
from core.i18n import catalogue_path

SV_WORDS = frozenset(
    [
        "och",
        "att",
        "det",
        "är",
        "för",
        "på",
        "med",
        "som",
        "inte",
        "till",
        "av",
        "har",
        "kan",
        "eller",
        "ska",
        "från",
        "när",
        "här",
        "du",
        "din",
        "ditt",
        "dina",
        "vi",
        "vår",
        "alla",
        "finns",
        "inga",
        "ingen",
        "inget",
        "måste",
        "skriv",
        "fyll",
        "välj",
        "sparade",
        "saknas",
        "eller",
        "ännu",
        "också",
        "efter",
        "innan",
        "under",
        "mellan",
        "utan",
        "vad",
        "vem",
        "vilka",
        "varje",
        "sidan",
        "intyget",
        "länken",
        "ungdomen",
        "praktiken",
        "handledaren",
        "samtycke",
        "uppgifter",
    ]
)
EN_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "are",
        "with",
        "your",
        "you",
        "this",
        "that",
        "not",
        "must",
        "has",
        "have",
        "was",
        "should",
        "be",
        "an",
        "or",
        "it",
        "on",
        "at",
        "by",
        "from",
        "can",
        "will",
        "which",
        "please",
        "there",
        "been",
        "does",
        "no",
        "yet",
    ]
)
WORD = re.compile(r"[A-Za-zÅÄÖåäöÉé]+")

VISIBLE_TEXT_JS = """() => {
  const lang = document.documentElement.lang;
  const hide = [...document.querySelectorAll('[lang]:not(html), [translate=no]')]
    .filter(el => el.getAttribute('translate') === 'no' || el.getAttribute('lang') !== lang);
  const saved = hide.map(el => el.style.display);
  hide.forEach(el => { el.style.display = 'none'; });
  const text = document.body.innerText;
  const attrs = [...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')]
    .filter(el => !hide.some(h => h.contains(el)))
    .flatMap(el => ['aria-label', 'placeholder', 'title', 'alt'].map(a => el.getAttribute(a)))
    .filter(Boolean);
  hide.forEach((el, i) => { el.style.display = saved[i]; });
  return {lang, title: document.title, text, attrs};
}"""


@lru_cache
def catalogue() -> tuple[tuple[str, str, str], ...]:
    """(domain, Swedish msgid, English msgstr) for every translated message."""
    rows = []
    for package in DOMAIN_PACKAGES:
        path = catalogue_path(package, "en")
        if path.exists():
            with path.open("rb") as fh:
                for message in read_po(fh, locale="en"):
                    if message.id and message.string and not message.fuzzy:
                        rows.append((package, str(message.id), str(message.string)))
    return tuple(rows)


def _pattern(text: str) -> re.Pattern[str]:
    """A message with {placeholders} as a full-segment pattern."""
    parts = re.split(r"\{[a-z_]+\}", text)
    return re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$")


@lru_cache
def _segments_of(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Full-segment patterns of the *other* language's messages for a page in `language`."""
    rows = catalogue()
    swedish = {sv for _, sv, _ in rows}
    english = {en for _, _, en in rows}
    found = []
    for _, sv, en in rows:
        if sv == en or not WORD.search(sv):
            continue
        if language == "en" and sv not in english:
            found.append((_pattern(sv), sv))
        if language == "sv" and en not in swedish:
            found.append((_pattern(en), en))
    return tuple(found)


@dataclass
class Detector:
    data: tuple[str, ...]  # seeded values and reference names, masked before checking

    def __post_init__(self) -> None:
        words = (" ".join(WORD.findall(v.lower())) for v in self.data)
        self._corpus = " " + " | ".join(words) + " "

    def mask(self, text: str) -> str:
        """Drops data: seeded values, quoted words (the youth's own), and any run of three or
        more words found in the data (a snippet of a placement's description)."""
        for value in self.data:
            if value and value in text:
                text = text.replace(value, " ")
        text = re.sub(r"'[^']*'|”[^”]*”|\"[^\"]*\"", " ", text)
        words = WORD.findall(text.lower())
        kept, i = [], 0
        while i < len(words):
            j = i + 3
            while j <= len(words) and f" {' '.join(words[i:j])} " in self._corpus:
                j += 1
            if j > i + 3:
                i = j - 1
            else:
                kept.append(words[i])
                i += 1
        return " ".join(kept)

    def segments(self, page_text: dict) -> list[str]:  # type: ignore[type-arg]
        raw = [page_text["title"].rsplit(" – ", 1)[0], *page_text["attrs"]]
        for line in page_text["text"].splitlines():
            raw.extend(line.split("\t"))
        return [s.strip() for s in raw if s and s.strip()]

    def foreign(self, page_text: dict, language: str) -> list[str]:  # type: ignore[type-arg]
        """The segments of a page in `language` that are in the other language."""
        other_words = SV_WORDS if language == "en" else EN_WORDS
        bad: list[str] = []
        for segment in self.segments(page_text):
            for pattern, message in _segments_of(language):
                if pattern.match(segment):
                    bad.append(f"{segment!r} (catalogue: {message!r})")
                    break
            else:
                words = [w.lower() for w in WORD.findall(self.mask(segment))]
                hits = [w for w in words if w in other_words]
                if len(hits) >= 2:
                    bad.append(f"{segment!r} (words: {', '.join(hits)})")
        return bad


def reference_names() -> tuple[str, ...]:
    """Official Swedish titles shown as data: SSYK occupations and SNI sectors."""
    from sqlalchemy import select

    from core.db import session_scope
    from employers.models import Occupation, Sector

    with session_scope() as s:
        names = [*s.scalars(select(Occupation.name_sv)), *s.scalars(select(Sector.name_sv))]
    return tuple(sorted(set(names), key=len, reverse=True))
