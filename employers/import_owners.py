"""Employers and workplaces of a placement import, written in batches (one statement per kind).

The import used to add and flush each new employer and workplace on its own row, one round trip
each. Here the file's rows are folded first (per employer and per workplace, the values the
row-by-row upsert would have left), then new ones are inserted with one executemany that
returns their ids and changed ones are updated with one executemany. Nothing commits: the
import's transaction stays all-or-nothing.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from employers.models import Employer, Workplace


@dataclass
class _Owner:
    """What the rows of one employer or workplace leave behind, in file order."""

    first: dict[str, Any]
    org_number: str | None = None
    district: str | None = None
    address: str | None = None


def workplace_name(row: dict[str, Any]) -> str:
    """The workplace a row belongs to: its own name, or "employer, district"."""
    return row["workplace"] or f"{row['employer']}, {row['district']}"


def _fold(
    rows: Iterable[dict[str, Any]],
) -> tuple[dict[str, _Owner], dict[tuple[str, str], _Owner]]:
    employers: dict[str, _Owner] = {}
    workplaces: dict[tuple[str, str], _Owner] = {}
    for row in rows:
        e = employers.setdefault(row["employer"], _Owner(first=row))
        if row["org_number"]:
            e.org_number = row["org_number"]  # the last organisation number given wins
        w = workplaces.setdefault((row["employer"], workplace_name(row)), _Owner(first=row))
        w.district = row["district"]  # the last row's district wins
        if row["address"]:
            w.address = row["address"]  # the last address given wins
    return employers, workplaces


def upsert_owners(db_session: Session, rows: list[dict[str, Any]]) -> dict[tuple[str, str], int]:
    """Creates or updates the employers and workplaces the rows name.

    Returns (employer name, workplace name) -> workplace id for every row. The stored values
    are those a row-by-row upsert in file order would leave: a new employer or workplace takes
    its first row's values, then each later row's district, and any later non-empty
    organisation number or address, replaces them."""
    employers, workplaces = _fold(rows)
    stored = {
        name: (eid, org)
        for eid, name, org in db_session.execute(
            select(Employer.id, Employer.name, Employer.org_number)
        )
    }
    new_employers = [
        {"name": name, "org_number": e.org_number or e.first["org_number"]}
        for name, e in employers.items()
        if name not in stored
    ]
    changed_employers = [
        {"id": stored[name][0], "org_number": e.org_number}
        for name, e in employers.items()
        if name in stored and e.org_number and stored[name][1] != e.org_number
    ]
    employer_ids = {name: eid for name, (eid, _) in stored.items()}
    if new_employers:
        returned = db_session.execute(
            insert(Employer).returning(Employer.id, Employer.name), new_employers
        )
        employer_ids.update({name: eid for eid, name in returned})
    if changed_employers:
        db_session.execute(update(Employer), changed_employers)

    stored_wp = {
        (eid, name): (wid, district, address)
        for wid, eid, name, district, address in db_session.execute(
            select(
                Workplace.id,
                Workplace.employer_id,
                Workplace.name,
                Workplace.district,
                Workplace.address,
            )
        )
    }
    new_wp: list[dict[str, Any]] = []
    changed_wp: list[dict[str, Any]] = []
    workplace_ids: dict[tuple[str, str], int] = {}
    for (employer, name), w in workplaces.items():
        key = (employer_ids[employer], name)
        old = stored_wp.get(key)
        if old is None:
            address = w.address or w.first["address"]
            new_wp.append(
                {"employer_id": key[0], "name": name, "address": address, "district": w.district}
            )
            continue
        workplace_ids[(employer, name)] = old[0]
        change: dict[str, Any] = {}
        if old[1] != w.district:
            change["district"] = w.district
        if w.address and old[2] != w.address:
            change["address"] = w.address
        if change:
            changed_wp.append(
                {"id": old[0], "district": w.district, "address": w.address or old[2]}
            )
    if new_wp:
        names = {eid: n for n, eid in employer_ids.items()}
        returned = db_session.execute(
            insert(Workplace).returning(Workplace.id, Workplace.employer_id, Workplace.name),
            new_wp,
        )
        workplace_ids.update({(names[eid], name): wid for wid, eid, name in returned})
    if changed_wp:
        db_session.execute(update(Workplace), changed_wp)
    return workplace_ids
