"""Gender-stereotype flags from SCB's occupation statistics (read after ranking, never scored).

Rule: `stereotype_flag` is true iff the youth's gender is "female" or "male" and that gender's
share in the placement's SSYK occupation is over 60 % in SCB's latest year. `counter_stereotypical`
is true when that share is under 40 %. Where the year before lies on the other side of 40/60 (SCB's
2023 series adds imputed occupations, so some groups jump), the basis says so and nothing is
flagged. The basis text describes the occupation only (same text whatever the youth's gender,
and also for "other"/None, who never get a flag), so it can be shown to staff and youth alike;
it names the year, and says when the placement's code was inferred from its text rather than
given. Sector statistics (AKU 2019) are only a fallback line in the basis, clearly marked, and
never set a flag.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from employers.reference import EVEN_HIGH, EVEN_LOW, gender_side, occupation_gender_shares

EMPLOYERS_DATA = Path(__file__).parent.parent / "employers" / "data"
FLAG_OVER = EVEN_HIGH  # SCB's 40/60 rule (employers.reference)
COUNTER_UNDER = EVEN_LOW
NO_STATISTICS = "SCB har ingen statistik om könsfördelningen för det här yrket"
INFERRED_NOTE = "yrket är uppskattat från annonsens text"

# SNI 2007 section -> AKU 2019 "näringsgren" group in sector_gender_scb_aku2019.csv.
SECTION_TO_AKU: dict[str, str] = {
    "A": "jordbruk, skogsbruk och fiske",
    "B": "tillverknings- och utvinningsindustri",
    "C": "tillverknings- och utvinningsindustri",
    "D": "företag inom energi och miljö",
    "E": "företag inom energi och miljö",
    "F": "byggindustri",
    "G": "handel",
    "H": "transportföretag",
    "I": "hotell och restauranger",
    "J": "informations- och kommunikationsföretag",
    "K": "kreditinstitut och försäkringsbolag",
    "L": "fastighetsbolag",
    "M": "företagstjänster",
    "N": "företagstjänster",
    "O": "civila myndigheter och försvaret",
    "P": "utbildningsväsendet",
    "Q": "enheter för vård och omsorg",
    "R": "personliga och kulturella tjänster m.m",
    "S": "personliga och kulturella tjänster m.m",
}
_DIVISION_SECTIONS: tuple[tuple[int, int, str], ...] = (
    (1, 3, "A"),
    (5, 9, "B"),
    (10, 33, "C"),
    (35, 35, "D"),
    (36, 39, "E"),
    (41, 43, "F"),
    (45, 47, "G"),
    (49, 53, "H"),
    (55, 56, "I"),
    (58, 63, "J"),
    (64, 66, "K"),
    (68, 68, "L"),
    (69, 75, "M"),
    (77, 82, "N"),
    (84, 84, "O"),
    (85, 85, "P"),
    (86, 88, "Q"),
    (90, 93, "R"),
    (94, 96, "S"),
    (97, 98, "T"),
    (99, 99, "U"),
)


@dataclass(frozen=True)
class GenderShare:
    """Women's and men's share (percent) in one occupation or sector, with its year."""

    name: str
    women: float
    men: float
    year: int
    previous_year: int | None = None
    previous_women: float | None = None

    @property
    def stable(self) -> bool:
        """Whether the year before lies on the same side of 40/60 as the latest year."""
        if self.previous_women is None:
            return True
        return gender_side(self.previous_women) == gender_side(self.women)


@dataclass(frozen=True)
class StereotypeVerdict:
    """What the statistics say about one placement for one youth."""

    flag: bool
    basis: str
    counter: bool


def _num(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def load_occupation_shares() -> dict[str, GenderShare]:
    """SSYK code -> SCB's latest year, with the year before (read by employers.reference)."""
    return {
        code: GenderShare(
            s.name_sv.strip(),
            float(s.share_women_percent),
            float(s.share_men_percent),
            s.year,
            s.previous_year,
            s.previous_women_percent,
        )  # fmt: skip
        for code, s in occupation_gender_shares().items()
    }


def load_sector_shares(path: Path | None = None) -> dict[str, GenderShare]:
    """AKU 2019 sector group name -> shares (fallback text only)."""
    out: dict[str, GenderShare] = {}
    file = path or EMPLOYERS_DATA / "sector_gender_scb_aku2019.csv"
    if not file.exists():
        return out
    with file.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            women, men = _num(row.get("share_women_percent")), _num(row.get("share_men_percent"))
            year = _num(row.get("year"))
            if row.get("dimension") != "näringsgren" or None in (women, men, year):
                continue
            out[row["group_sv"].strip()] = GenderShare(
                row["group_sv"].strip(), float(women or 0), float(men or 0), int(year or 0)
            )
    return out


def sni_section(sni: str | None) -> str | None:
    """SNI 2007 code or section letter -> section letter ('47111' -> 'G')."""
    if not sni:
        return None
    sni = sni.strip().upper()
    if sni[:1].isalpha():
        return sni[:1]
    digits = "".join(ch for ch in sni if ch.isdigit())
    if len(digits) < 2:
        return None
    division = int(digits[:2])
    for low, high, section in _DIVISION_SECTIONS:
        if low <= division <= high:
            return section
    return None


def _pct(value: float) -> str:
    return f"{value:.0f}"


def describe(share: GenderShare) -> str:
    """Plain-Swedish balance line naming SCB's year, the same for every reader."""
    if not share.stable:
        return (
            f"{share.name}: SCB:s siffror skiftar mellan åren, {_pct(share.previous_women or 0)} % "
            f"kvinnor {share.previous_year} men {_pct(share.women)} % {share.year} (från 2023 "
            "räknar SCB även skattade yrken), så platsen markeras inte"
        )
    if share.women > FLAG_OVER:
        return f"{share.name} (SCB {share.year}: {_pct(share.women)} % kvinnor)"
    if share.men > FLAG_OVER:
        return f"{share.name} (SCB {share.year}: {_pct(share.men)} % män)"
    return (
        f"{share.name} (SCB {share.year}: jämn könsfördelning, {_pct(share.women)} % kvinnor "
        f"och {_pct(share.men)} % män)"
    )


class StereotypeTable:
    """Occupation (and fallback sector) statistics with the flag rule."""

    def __init__(
        self, occupations: dict[str, GenderShare], sectors: dict[str, GenderShare] | None = None
    ) -> None:
        self.occupations = occupations
        self.sectors = sectors or {}

    def basis(self, ssyk: str | None, sni: str | None = None, *, inferred: bool = False) -> str:
        """The statistics line for a placement (never depends on the youth)."""
        share = self.occupations.get(ssyk or "")
        if share is not None:
            text = describe(share)
            return f"{text}; {INFERRED_NOTE}" if inferred else text
        text = NO_STATISTICS
        section = sni_section(sni)
        group = SECTION_TO_AKU.get(section or "")
        sector = self.sectors.get(group or "")
        if sector is not None:
            text += (
                f". Branschen ({sector.name}): {_pct(sector.women)} % kvinnor och "
                f"{_pct(sector.men)} % män (SCB AKU {sector.year}) (branschnivå, reserv)"
            )
        return text

    def verdict(
        self, ssyk: str | None, sni: str | None, gender: str | None, *, inferred: bool = False
    ) -> StereotypeVerdict:
        """Flag and counter-stereotype marks for one youth gender and one placement.

        `inferred`: the placement's code was estimated from its text (ssyk_source "inferred").
        """
        basis = self.basis(ssyk, sni, inferred=inferred)
        share = self.occupations.get(ssyk or "")
        if share is None or not share.stable or gender not in ("female", "male"):
            return StereotypeVerdict(False, basis, False)
        own = share.women if gender == "female" else share.men
        return StereotypeVerdict(own > FLAG_OVER, basis, own < COUNTER_UNDER)

    def majority(self, ssyk: str | None) -> str | None:
        """The gender over 60 % in the occupation ("female"/"male"), or None; youth-independent."""
        share = self.occupations.get(ssyk or "")
        if share is None or not share.stable:
            return None
        if share.women > FLAG_OVER:
            return "female"
        return "male" if share.men > FLAG_OVER else None

    def has_statistics(self, ssyk: str | None) -> bool:
        return (ssyk or "") in self.occupations

    def share_name(self, ssyk: str | None) -> str | None:
        """SCB's occupation name for a code, when SCB has it."""
        share = self.occupations.get(ssyk or "")
        return share.name if share else None


@lru_cache(maxsize=1)
def default_table() -> StereotypeTable:
    """The table built from the packaged SCB files (loaded once per process)."""
    return StereotypeTable(load_occupation_shares(), load_sector_shares())
