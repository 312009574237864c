"""Small hand-written tables of general Swedish working life that help the occupation inference
read placement texts (employers.occupation_inference). None of them is tuned to a catalogue."""

from collections.abc import Sequence
from functools import lru_cache

# Words that say nothing about the occupation (placement jargon and function words).
_STOP_WORDS = (
    "praktik praktikant praktikplats praktikplatser praktiken feriepraktik sommarpraktik "
    "sommarjobb sommar extra i på vår vårt våra och med för hos till av inom en ett som du vi "
    "det den de är att om eller samt under från man kan får ska vill blir där här hela alla "
    "mycket lite enklare enkla enkel olika både också även bland annat m fl mfl ab hb kb ek "
    "förening ekonomisk aktiebolag kommun kommunen centrum city väst öst nord syd ingår minst "
    "år krävs dig din ditt dina oss nya nytt ny"
)
STOP = frozenset(_STOP_WORDS.split())

# SNI 2007 section -> SSYK two-digit groups that commonly work there (domain knowledge, kept
# coarse on purpose: it only breaks near-ties, it never overrides a clear name match).
SNI_GROUPS: dict[str, tuple[str, ...]] = {
    "A": ("61", "62", "83", "92"),
    "B": ("81", "83", "71", "93"),
    "C": ("75", "72", "73", "81", "82", "93", "31"),
    "D": ("31", "74", "71"),
    "E": ("96", "83", "81", "31"),
    "F": ("71", "93", "74", "31", "83"),
    "G": ("52", "43", "72", "91", "93", "75", "33"),
    "H": ("83", "43", "93", "42", "51"),
    "I": ("51", "94", "91", "41", "42"),
    "J": ("25", "35", "26", "34", "42"),
    "K": ("33", "24", "41", "42"),
    "L": ("51", "41", "33", "91", "71"),
    "M": ("24", "21", "34", "41", "33", "26"),
    "N": ("91", "61", "54", "42", "43", "34", "93"),
    "O": ("33", "41", "54", "24"),
    "P": ("53", "23", "34", "42", "91", "94"),
    "Q": ("53", "22", "32", "34", "91", "94"),
    "R": ("34", "26", "42", "54", "35", "51"),
    "S": ("51", "34", "72", "91", "61", "33"),
    "T": ("91", "53"),
    "U": ("24", "33"),
}

# Workplaces named in titles ("cykelverkstad", "matbutik", "stallet") -> the occupation words of
# the people who work there. Joined with the compound's first part they form JobTech names
# ("cykel" + "mekaniker" = "Cykelmekaniker", 7231); alone they are weaker hints. General Swedish,
# not tuned to any catalogue.
WORKPLACE_ROLES: dict[str, tuple[str, ...]] = {
    "verkstad": ("mekaniker", "reparatör"),
    "butik": ("butikssäljare", "säljare"),
    "affär": ("butikssäljare", "säljare"),
    "kök": ("kock", "köksbiträde"),
    "restaurang": ("restaurangbiträde", "servitör"),
    "kafé": ("kafébiträde",),
    "café": ("kafébiträde",),
    "glassbar": ("kafébiträde",),
    "glasskiosk": ("kafébiträde",),
    "bageri": ("bagare",),
    "konditori": ("konditor",),
    "stall": ("hästskötare",),
    "lager": ("lagerarbetare",),
    "förskola": ("barnskötare",),
    "bibliotek": ("biblioteksassistent",),
    "arkiv": ("arkivassistent",),
    "loppis": ("marknadsförsäljare",),
    "kostymateljé": ("kostymassistent",),
    "salong": ("frisör",),
    "städ": ("lokalvårdare",),
    "reception": ("receptionist",),
    "skola": ("elevassistent",),
    "fritidsgård": ("fritidsledare",),
    "vårdboende": ("vårdbiträde",),
    "äldreboende": ("vårdbiträde",),
    "trädgård": ("trädgårdsarbetare",),
    "gym": ("personlig tränare", "träningsinstruktör"),
    "simskola": ("idrottstränare",),
    "klätterhall": ("träningsinstruktör",),
    "sporthall": ("idrottstränare",),
    "foodtruck": ("gatuköksbiträde", "kock"),
    "gatukök": ("gatuköksbiträde",),
    "grill": ("gatuköksbiträde",),
    "kebab": ("gatuköksbiträde",),
    "burgare": ("gatuköksbiträde",),
    "burger": ("gatuköksbiträde",),
    "snabbmat": ("gatuköksbiträde",),
    "pizzeria": ("pizzabagare",),
    "bio": ("biografmedarbetare",),
    # A shop's counter ("fiskdisken", "ostdisk"); "disk" alone is the dishes.
    "disk": ("diskare",),
    "fiskdisk": ("butikssäljare",),
    "köttdisk": ("butikssäljare",),
    "ostdisk": ("butikssäljare",),
    "bröddisk": ("butikssäljare",),
    "chark": ("butikssäljare",),
    "delikatessdisk": ("butikssäljare",),
    "biograf": ("biografmedarbetare",),
    # Work areas that titles join with a helper's role ("Kassabiträde", "Serveringspersonal").
    "kassa": ("kassapersonal",),
    "servering": ("servitör",),
    # A trade ("bygghandel", "järnhandel") is a shop; e-commerce is a warehouse.
    "handel": ("butikssäljare",),
    "ehandel": ("lagerarbetare",),
}

# SSYK major group -> factor: 0 armed forces, 1 managers, 2 jobs needing a degree.
MAJOR_GROUP_FACTOR = {"0": 0.5, "1": 0.5, "2": 0.8}

# Helper roles that name no occupation of their own: in "Ridlärarassistent", "Konstnärsassistent"
# or "instruktör-assistent" the field is the first part's. Never match terms on their own.
HELPER_ROLES: tuple[str, ...] = (
    "assistent", "biträde", "medarbetare", "medhjälpare", "personal", "praktikant", "lärling",
    "hjälpreda",
)  # fmt: skip

# Groups that SSYK 2012 defines by what is sold or done, so a placement of the group names it:
# 5222 sells groceries (dagligvaror); a shop that names none is specialised retail (5223).
# 7532 sews home textiles, sails and other textile goods; sewing that names none is clothes (7531).
# Without one of these words the group's score is damped (employers.occupation_inference).
DEFINING_WORDS: dict[str, tuple[str, ...]] = {
    "5222": (
        "mat", "livsmedel", "dagligvaru", "frukt", "grönt", "grönsak", "mejeri", "kolonial", "kyl",
        "frys", "närlivs", "fisk", "kött", "ost", "närbutik", "bröd", "chark", "delikatess", "supermarket", "livs",
        "ica", "coop", "willys", "hemköp", "lidl", "grocer",
    ),
    "7532": (
        "gardin", "kudd", "segel", "segla", "hemtextil", "textil", "duk", "linne", "sängkläd",
        "madrass", "tält", "presenning", "flagg", "väsk", "möbeltyg", "filt", "handduk",
    ),
}  # fmt: skip

# JobTech gives most manager groups one code ending in 0 (1720 "Restaurang- och kökschefer");
# SSYK 2012, and SCB's statistics, split them into level 1 and level 2 (1721, 1722). A
# placement shadows a first-line manager: level 2. 1120, 1230, 1380 and 1540 are whole groups.
WHOLE_MANAGER_GROUPS = frozenset(["1120", "1230", "1380", "1540"])


def ssyk_group(code: str) -> str:
    """The SSYK 2012 group SCB counts for a JobTech code ("1720" -> "1722")."""
    if code[:1] == "1" and code.endswith("0") and code not in WHOLE_MANAGER_GROUPS:
        return code[:3] + "2"
    return code


def agent_title(title: str) -> str:
    """The title with its work named by its worker: "Grafisk formgivning" -> "grafisk
    formgivare", "Möbelrenovering" -> "möbelrenoverare"; "" when no word is such work."""
    words = title.split()
    out = [
        w[:-5] + "erare" if w.endswith("ering") else w[:-4] + "are" if w.endswith("ning") else w
        for w in words
    ]
    return " ".join(out) if out != words and all(len(w) >= 6 for w in out if w not in words) else ""


def workplace_terms(words: Sequence[str]) -> list[str]:
    """Occupation words implied by workplaces in the words: "cykelverkstad" -> "cykelmekaniker",
    "mekaniker", "cykelreparatör", "reparatör"."""
    return [t for w in words for t in _workplace_terms(w)]


# Longest first, so the longest workplace a word ends in decides ("fiskdisk" before "disk").
_PLACES_LONGEST_FIRST = sorted(WORKPLACE_ROLES.items(), key=lambda kv: -len(kv[0]))


@lru_cache(maxsize=65536)
def _workplace_terms(w: str) -> tuple[str, ...]:
    terms: list[str] = []
    found: list[str] = []
    for place, roles in _PLACES_LONGEST_FIRST:
        if not w.endswith((place, place + "en", place + "et")) and w != place + "n":
            continue
        if any(longer.endswith(place) for longer in found):
            continue  # "fiskdisken" is a counter, not the dishes ("disk")
        found.append(place)
        first = w[: w.rfind(place)]
        first = first[:-1] if first.endswith("s") and len(first) > 3 else first
        for role in roles:
            terms += [first + role, role] if first else [role]
    return tuple(terms)
