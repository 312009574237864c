"""Reference data shipped in the package: SNI 2007 sections and SSYK occupations with SCB shares."""

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy.orm import Session

from employers.models import Occupation, Sector

DATA_DIR = Path(__file__).parent / "data"


SCB_FILE = DATA_DIR / "occupation_gender_scb_ssyk4.csv"
EVEN_LOW, EVEN_HIGH = 40.0, 60.0


def gender_side(share_women: float) -> str:
    """SCB's 40/60 rule: "female" or "male" when that gender is over 60 %, else "even"."""
    if share_women > EVEN_HIGH:
        return "female"
    return "male" if share_women < EVEN_LOW else "even"


@dataclass(frozen=True)
class GenderShare:
    """SCB's shares for one occupation in its latest year, and whether the year before agrees."""

    ssyk_code: str
    name_sv: str
    share_women_percent: float
    share_men_percent: float
    year: int
    source: str
    previous_year: int | None = None
    previous_women_percent: float | None = None

    @property
    def stable(self) -> bool:
        """Whether the year before lies on the same side of 40/60 (SCB's 2023 series adds
        imputed occupations, so some groups jump; a flag then waits for a steadier figure)."""
        if self.previous_women_percent is None:
            return True
        return gender_side(self.previous_women_percent) == gender_side(self.share_women_percent)


@lru_cache
def occupation_gender_shares() -> dict[str, GenderShare]:
    """Per SSYK code, SCB's latest year (women and men employed, 16-64), with the year before."""
    by_code: dict[str, dict[int, dict[str, str]]] = {}
    with SCB_FILE.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["share_women_percent"] and row["share_men_percent"]:
                by_code.setdefault(row["ssyk_code"], {})[int(row["year"])] = row
    out: dict[str, GenderShare] = {}
    for code, years in by_code.items():
        latest = max(years)
        row, before = years[latest], years.get(latest - 1)
        out[code] = GenderShare(
            ssyk_code=code,
            name_sv=row["ssyk_label_sv"].strip(),
            share_women_percent=float(row["share_women_percent"]),
            share_men_percent=float(row["share_men_percent"]),
            year=latest,
            source=row["source"],
            previous_year=latest - 1 if before else None,
            previous_women_percent=float(before["share_women_percent"]) if before else None,
        )
    return out


def occupation_names() -> dict[str, str]:
    """Swedish names of the SSYK codes the service knows: SCB's names of all 429 groups."""
    return {code: s.name_sv for code, s in occupation_gender_shares().items()}


def seed(*, db_session: Session) -> None:
    """Inserts or refreshes sectors and occupations (idempotent)."""
    with (DATA_DIR / "sni2007_sections.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            db_session.merge(
                Sector(
                    code=row["sni2007_section"], name_sv=row["name_sv"], source=row["source_name"]
                )
            )
    shares = occupation_gender_shares()
    for code, name in occupation_names().items():
        share = shares.get(code)
        db_session.merge(
            Occupation(
                ssyk_code=code,
                name_sv=name,
                share_women_percent=round(share.share_women_percent) if share else None,
                share_men_percent=round(share.share_men_percent) if share else None,
                year=share.year if share else None,
                source=share.source if share else "SSYK 2012, https://www.scb.se/ssyk",
            )
        )
    db_session.flush()
