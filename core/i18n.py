"""Swedish first, English second. Source strings are Swedish; English comes from gettext catalogues.

Each package may ship `<package>/locale/en/LC_MESSAGES/messages.po`; all are merged at start-up.
Catalogues are read from .po with Babel, so no compile step is needed.
"""

import re
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


# Validation messages come from the domain code in English (the API's language). Pages show
# them in Swedish: fixed phrases from this table, the few with values through patterns.
VALIDATION_SV: dict[str, str] = {
    "is empty but required": "är tom men måste fyllas i",
    "required column is missing from the header": "kolumnen saknas i rubrikraden",
    "column appears twice in the header": "kolumnen finns två gånger i rubrikraden",
    "the file is empty; it needs a header row": "filen är tom; den behöver en rubrikrad",
    "the file is neither UTF-8 nor Windows-1252 (Excel's 'CSV (semikolonavgränsad)'); save it as 'CSV UTF-8' or as an Excel workbook (.xlsx)": "filen är varken UTF-8 eller Windows-1252 (Excels 'CSV (semikolonavgränsad)'); spara den som 'CSV UTF-8' eller som Excel-arbetsbok (.xlsx)",
    "the file is not a readable Excel workbook (.xlsx)": "filen är inte en Excel-arbetsbok (.xlsx) som går att läsa",
    "old Excel files (.xls) cannot be read; save it as .xlsx or CSV UTF-8": "gamla Excel-filer (.xls) går inte att läsa; spara den som .xlsx eller 'CSV UTF-8'",
    "the uploaded workbook was damaged; upload it again": "den uppladdade arbetsboken skadades; ladda upp den igen",
    "write true or false": "skriv true eller false (ja eller nej)",
    "must be a whole number, e.g. 2": "måste vara ett heltal, till exempel 2",
    "an organisation number has 10 digits, e.g. 556677-8899": "ett organisationsnummer har 10 siffror, till exempel 556677-8899",
    "the organisation number's check digit is wrong; check for a typo": "organisationsnumrets kontrollsiffra stämmer inte; kontrollera om något är felskrivet",
    "an SSYK 2012 code has 4 digits, e.g. 7231": "en SSYK 2012-kod har 4 siffror, till exempel 7231",
    "an SNI 2007 section is one letter A-U": "en SNI 2007-avdelning är en bokstav A–U",
    "not an e-mail address, e.g. namn@exempel.se": "inte en e-postadress, till exempel namn@exempel.se",
    "is before start_date": "är före startdatum",
    "must be between 0 and 100": "måste vara mellan 0 och 100",
    "must be between 13 and 30": "måste vara mellan 13 och 30",
    "write the date as YYYY-MM-DD": "skriv datumet som ÅÅÅÅ-MM-DD",
    "write female, male, other, or leave it empty (not stated)": "skriv female, male, other eller lämna tomt (ej angivet)",
    "write sv or en": "skriv sv eller en",
}  # fmt: skip
VALIDATION_SV_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^at most (\d+) characters \(this has (\d+)\)$"), "högst {0} tecken (här finns {1})"),
    (re.compile(r"^unknown competence (.+)$"), "okänd kompetens: {0}"),
    (re.compile(r"^gives age (\d+); the programme is for young people 13-24$"), "ger åldern {0}; programmet är för unga 13–24 år"),
    (re.compile(r"^(.+) already appears on line (\d+)$"), "{0} finns redan på rad {1}"),
    (re.compile(r"^(\d+) fields but the header has (\d+); check quoting$"), "{0} fält men rubrikraden har {1}; kontrollera citattecknen"),
    (re.compile(r"^broken CSV: (.+)$"), "trasig CSV: {0}"),
    (re.compile(r"^cannot read the header: (.+)$"), "rubrikraden går inte att läsa: {0}"),
)  # fmt: skip
_VALUE_PREFIX = re.compile(r"^('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"): ")


def translate_validation(message: str, language: str) -> str:
    """A validation message from the domain code, in the page's language."""
    if language != "sv":
        return message
    prefix = ""
    match = _VALUE_PREFIX.match(message)
    if match:
        prefix, message = match.group(0), message[match.end() :]
    if message in VALIDATION_SV:
        return prefix + VALIDATION_SV[message]
    for pattern, template in VALIDATION_SV_PATTERNS:
        found = pattern.match(message)
        if found:
            return prefix + template.format(*found.groups())
    return prefix + message


def pick_language(*candidates: str | None) -> str:
    """Returns the first supported language among the candidates (query, cookie, user setting...)."""
    for value in candidates:
        if value:
            code = value.split(",")[0].split("-")[0].strip().lower()
            if code in LANGUAGES:
                return code
    return DEFAULT_LANGUAGE
