"""Reference data shipped in the package: SNI 2007 sections and SSYK occupations with SCB shares."""

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy.orm import Session

from employers.models import Occupation, Sector

DATA_DIR = Path(__file__).parent / "data"
OCCUPATION_NAMES = Path(__file__).parent.parent / "matcher" / "data" / "occupations.csv"


@dataclass(frozen=True)
class GenderShare:
    ssyk_code: str
    name_sv: str
    share_women_percent: int
    share_men_percent: int
    year: int
    source: str


@lru_cache
def occupation_gender_shares() -> dict[str, GenderShare]:
    """Per SSYK code, SCB's most recent year that gives both women's and men's shares."""
    best: dict[str, GenderShare] = {}
    with (DATA_DIR / "occupation_gender_scb.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["share_women_percent"] or not row["share_men_percent"]:
                continue
            share = GenderShare(
                ssyk_code=row["ssyk_code"],
                name_sv=row["occupation_sv"],
                share_women_percent=int(row["share_women_percent"]),
                share_men_percent=int(row["share_men_percent"]),
                year=int(row["year"]),
                source=row["source"],
            )
            if share.ssyk_code not in best or share.year > best[share.ssyk_code].year:
                best[share.ssyk_code] = share
    return best


def occupation_names() -> dict[str, str]:
    """Swedish names of the SSYK codes the service knows (SCB names where SCB has data)."""
    names: dict[str, str] = {}
    if OCCUPATION_NAMES.exists():
        with OCCUPATION_NAMES.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                names[row["ssyk"]] = row["name_sv"]
    names.update({code: s.name_sv for code, s in occupation_gender_shares().items()})
    return names


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
                share_women_percent=share.share_women_percent if share else None,
                share_men_percent=share.share_men_percent if share else None,
                year=share.year if share else None,
                source=share.source if share else "SSYK 2012, https://www.scb.se/ssyk",
            )
        )
    db_session.flush()
