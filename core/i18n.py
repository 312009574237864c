"""Swedish first, English second. Source strings are Swedish; English comes from gettext catalogues.

Each package may ship `<package>/locale/en/LC_MESSAGES/messages.po`; all are merged at start-up.
Catalogues are read from .po with Babel, so no compile step is needed.
"""

from functools import lru_cache
from pathlib import Path

from babel.messages.pofile import read_po

from core.registry import DOMAIN_PACKAGES, ROOT

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"


@lru_cache
def _catalogue(language: str) -> dict[str, str]:
    messages: dict[str, str] = {}
    if language == DEFAULT_LANGUAGE:
        return messages
    for package in DOMAIN_PACKAGES:
        po = ROOT / package / "locale" / language / "LC_MESSAGES" / "messages.po"
        if po.exists():
            with Path(po).open("rb") as fh:
                for message in read_po(fh, locale=language):
                    if message.id and message.string and not message.fuzzy:
                        messages[str(message.id)] = str(message.string)
    return messages


def translate(message: str, language: str) -> str:
    """Returns the message in the language (the Swedish source when there is no translation)."""
    return _catalogue(language).get(message, message)


def pick_language(*candidates: str | None) -> str:
    """Returns the first supported language among the candidates (query, cookie, user setting...)."""
    for value in candidates:
        if value:
            code = value.split(",")[0].split("-")[0].strip().lower()
            if code in LANGUAGES:
                return code
    return DEFAULT_LANGUAGE
