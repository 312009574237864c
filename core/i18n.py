"""Swedish first, English second. Source strings are Swedish; English comes from gettext catalogues.

Each package may ship `<package>/locale/en/LC_MESSAGES/messages.po`. Catalogues are read from .po
with Babel, so no compile step is needed.

Each package's catalogue stays its own domain: the same Swedish words may mean different things
in different places ("Arbetsgivare" is the nav's "Employers" and a certificate's "Employer"). A
message is looked up in its own domain first (a template's domain is the package that ships it,
see core.templating), then in core's, then in the other packages' in PACKAGES order, so a
message handed from one package to another's template (a notice, an error) still finds its
translation. Never merged into one table, where the last catalogue read would win.
"""

import re
from functools import lru_cache
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
CORE_DOMAIN = "core"


def _packages_with_resources() -> tuple[str, ...]:
    """The project's packages that ship templates or catalogues, core first, then by name.

    Found as folders on disk (the kernel imports no package above it, and loads none by name):
    templates and catalogues are data files, not modules.
    """
    found = sorted(
        p.name
        for p in ROOT.iterdir()
        if (p / "__init__.py").is_file() and ((p / "templates").is_dir() or (p / "locale").is_dir())
    )
    return (CORE_DOMAIN, *(name for name in found if name != CORE_DOMAIN))


PACKAGES = _packages_with_resources()

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"


def catalogue_path(package: str, language: str) -> Path:
    return ROOT / package / "locale" / language / "LC_MESSAGES" / "messages.po"


@lru_cache
def _domain(package: str, language: str) -> dict[str, str]:
    messages: dict[str, str] = {}
    po = catalogue_path(package, language)
    if language != DEFAULT_LANGUAGE and po.exists():
        with Path(po).open("rb") as fh:
            for message in read_po(fh, locale=language):
                if message.id and message.string and not message.fuzzy:
                    messages[_key(str(message.id), message.context)] = str(message.string)
    return messages


def _key(message: str, context: str | None) -> str:
    # gettext's own convention for msgctxt: "context\x04msgid".
    return f"{context}\x04{message}" if context else message


@lru_cache
def _lookup_order(domain: str) -> tuple[str, ...]:
    order = [domain, CORE_DOMAIN, *PACKAGES]
    return tuple(dict.fromkeys(d for d in order if d in PACKAGES))


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@lru_cache
def _patterns(
    package: str, language: str
) -> tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...]:
    """Messages with {placeholders} as patterns, most specific (longest literal text) first, so
    text already formatted in Swedish elsewhere (the matcher's reasons) can be translated."""
    found = []
    for source, target in _domain(package, language).items():
        names = tuple(_PLACEHOLDER.findall(source))
        if not names:
            continue
        parts = _PLACEHOLDER.split(source)[::2]
        regex = re.compile("^" + "(.+?)".join(re.escape(p) for p in parts) + "$", re.S)
        found.append((len("".join(parts)), regex, target, names))
    found.sort(key=lambda row: -row[0])
    return tuple((regex, target, names) for _, regex, target, names in found)


# Words from data files (the explorer's card phrases, occupation names) by language: shown on
# their own or inside formatted messages, where a pattern's placeholder values go through them. The package that owns
# the data hands them over at start-up (app.registry.wire), so the kernel reads no domain's data.
_DATA_WORDS: dict[str, dict[str, str]] = {}


def add_data_words(language: str, words: dict[str, str]) -> None:
    """Adds translations of data words (Swedish -> `language`) used inside formatted messages."""
    _DATA_WORDS.setdefault(language, {}).update(words)


def translate(
    message: str, language: str, *, domain: str = CORE_DOMAIN, context: str | None = None
) -> str:
    """Returns the message in the language (the Swedish source when there is no translation),
    looked up in `domain`'s catalogue first. `context` is the .po msgctxt, for the same words
    meaning two things in one package ("Arbetsgivare": the list, or one employer). A message
    already formatted from a catalogued template ("Nära dig: Lundby") is translated through
    that template."""
    if language == DEFAULT_LANGUAGE or not message:
        return message
    order = _lookup_order(domain)
    for package in order:
        found = _domain(package, language).get(_key(message, context))
        if found:
            return found
    if context is None and message in _DATA_WORDS.get(language, {}):
        return _DATA_WORDS[language][message]
    for package in order:
        for regex, target, names in _patterns(package, language):
            match = regex.match(message)
            if match:
                words = _DATA_WORDS.get(language, {})
                values = [words.get(value, value) for value in match.groups()]
                return target.format(**dict(zip(names, values, strict=True)))
    return message


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
    "you may not import this ref: import only youths of your own team": "du får inte importera den här referensen: importera bara ungdomar i ditt eget team",
    "only an administrator moves a youth to another team": "bara en administratör flyttar en ungdom till ett annat team",
    # Rules the staff pages run into (youths, internships, certificates, catalogue).
    "end_date is before start_date": "Slutdatum kan inte vara före startdatum.",
    "the supervisor needs a name": "Skriv handledarens namn.",
    "name the supervisor (the placement has none on file)": "Skriv handledarens namn (platsen har ingen handledare sparad).",
    "the supervisor has no e-mail address: add one, or create the link with send_email false and send it by text message": "Handledaren har ingen e-postadress. Lägg till en, eller skicka länken som sms.",
    "the youth has not consented to contact by e-mail (consent scope contact_by_email); send the link by text message instead": "Ungdomen har inte samtyckt till kontakt med e-post. Skicka länken som sms i stället.",
    "the youth has no e-mail address": "Ungdomen har ingen e-postadress.",
    "the supervisor has not approved the final assessment yet; a certificate is written from the approved final assessment": "Handledaren har inte skickat in slutbedömningen än. Intyget skrivs utifrån den.",
    "the youth has no name on record; add it before issuing a certificate": "Ungdomens namn saknas. Lägg till det innan intyget utfärdas.",
    "say why the certificate is revoked": "Skriv varför intyget återkallas.",
    "an employer needs a name": "Skriv arbetsgivarens namn.",
    "the employer still has placements; delete or move them first": "Arbetsgivaren har fortfarande praktikplatser. Ta bort eller flytta dem först.",
    "the assessment is not submitted, so there is nothing to reopen": "Bedömningen är inte inskickad, så det finns inget att öppna igen.",
    "the file is empty": "Filen är tom.",
}  # fmt: skip
VALIDATION_SV_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^at most (\d+) characters \(this has (\d+)\)$"), "högst {0} tecken (här finns {1})"),
    (re.compile(r"^unknown competence (.+)$"), "okänd kompetens: {0}"),
    (re.compile(r"^gives age (\d+); the programme is for young people 13-24$"), "ger åldern {0}; programmet är för unga 13–24 år"),
    (re.compile(r"^(.+) already appears on line (\d+)$"), "{0} finns redan på rad {1}"),
    (re.compile(r"^(\d+) fields but the header has (\d+); check quoting$"), "{0} fält men rubrikraden har {1}; kontrollera citattecknen"),
    (re.compile(r"^broken CSV: (.+)$"), "trasig CSV: {0}"),
    (re.compile(r"^cannot read the header: (.+)$"), "rubrikraden går inte att läsa: {0}"),
    (re.compile(r"^Your role \((\w+)\) may not do this \((.+)\)\.$"), "Din roll ({0}) får inte göra det här."),
    (re.compile(r"^the youth already has internship (\d+) at this placement$"), "Ungdomen har redan en praktik här (nummer {0})."),
    (re.compile(r"^the midway assessment is already submitted; reopen it .*$"), "Halvtidsbedömningen är redan inskickad. Öppna den igen innan du skickar en ny länk."),
    (re.compile(r"^the final assessment is already submitted; reopen it .*$"), "Slutbedömningen är redan inskickad. Öppna den igen innan du skickar en ny länk."),
    (re.compile(r"^internship (\d+) already has a valid certificate(?:; .*)?$"), "Praktiken har redan ett giltigt intyg. Utfärda ett rättat intyg för att ersätta det."),
    (re.compile(r"^placement (.+) is full: (\d+) of (\d+) seats are taken$"), "Platsen {0} är full: {1} av {2} platser är tagna."),
    (re.compile(r"^placement (.+) is closed$"), "Platsen {0} är stängd."),
    (re.compile(r"^placement (.+) needs age (\d+); the youth is (\d+)$"), "Platsen {0} kräver att man är {1} år; ungdomen är {2}."),
    (re.compile(r"^youth (.+) is discharged; enrol them again first$"), "Ungdomen {0} är utskriven. Skriv in hen igen först."),
    (re.compile(r"^an internship that is (\w+) cannot become (\w+); allowed: .*$"), "Praktiken kan inte byta status från {0} till {1}."),
    (re.compile(r"^an employer named (.+) already exists$"), "Det finns redan en arbetsgivare som heter {0}."),
    (re.compile(r"^a placement with ref (.+) already exists$"), "Det finns redan en praktikplats med referensen {0}."),
    (re.compile(r"^a youth with ref (.+) already exists$"), "Det finns redan en ungdom med referensen {0}."),
    (re.compile(r"^(.+) already has a workplace named (.+)$"), "{0} har redan en arbetsplats som heter {1}."),
    (re.compile(r"^certificate (.+) is revoked; only a valid one is corrected$"), "Intyget {0} är återkallat; bara ett giltigt intyg kan rättas."),
)  # fmt: skip
_BILINGUAL = re.compile(r"^(.+?[.!?]) / ([A-Z].+)$", re.S)
_VALUE_PREFIX = re.compile(r"^('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"): ")


def translate_validation(message: str, language: str) -> str:
    """A validation message from the domain code, in the page's language."""
    both = _BILINGUAL.match(message)
    if both:  # "Svensk text. / English text." from rules that speak to both audiences
        return both.group(1) if language == "sv" else both.group(2)
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
