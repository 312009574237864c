"""The placement import writes employers and workplaces in batches, with row-by-row results."""

import pytest
from sqlalchemy import func, select

from core.csvio import ImportFailed
from employers.importing import ImportResult, import_placements
from employers.models import Employer, Placement, Workplace

HEADER = "ref,employer,title,description,district,capacity,ssyk,org_number,workplace,address\n"


def _import(db_session, body: str) -> ImportResult:
    result = import_placements(db_session=db_session, text=HEADER + body)
    db_session.expire_all()  # read back what the statements stored, not cached objects
    return result


def _employer(db_session, name: str) -> Employer:
    return db_session.scalars(select(Employer).where(Employer.name == name)).one()


def _workplace(db_session, employer: str, name: str) -> Workplace:
    return db_session.scalars(
        select(Workplace)
        .join(Employer, Employer.id == Workplace.employer_id)
        .where(Employer.name == employer, Workplace.name == name)
    ).one()


def test_rows_sharing_an_employer_and_workplace_create_each_once(db_session):
    body = "".join(
        f"P{i},Cykel AB,Mekaniker {i},Service,Lundby,1,7231,,Verkstan,\n" for i in range(30)
    )
    body += "Q1,Cykel AB,Butik,Försäljning,Centrum,1,5223,,,\n"
    _import(db_session, body)
    assert db_session.scalar(select(func.count()).select_from(Employer)) == 1
    names = set(db_session.scalars(select(Workplace.name)))
    assert names == {"Verkstan", "Cykel AB, Centrum"}
    workplace_ids = set(db_session.scalars(select(Placement.workplace_id)))
    assert len(workplace_ids) == 2


def test_the_last_organisation_number_district_and_address_in_the_file_win(db_session):
    body = (
        "P1,Däck AB,Däckbyte,D,Lundby,1,7231,556036-0793,Hallen,Gata 1\n"
        "P2,Däck AB,Hjul,D,Angered,1,7231,,Hallen,\n"
        "P3,Däck AB,Lager,D,Angered,1,4321,556016-0680,Hallen,Gata 3\n"
        "P4,Däck AB,Kassa,D,Angered,1,5230,,Hallen,\n"
    )
    _import(db_session, body)
    assert _employer(db_session, "Däck AB").org_number == "556016-0680"
    hall = _workplace(db_session, "Däck AB", "Hallen")
    assert (hall.district, hall.address) == ("Angered", "Gata 3")


def test_a_new_workplace_keeps_its_first_address_when_later_rows_give_none(db_session):
    body = (
        "P1,Städ AB,Städ,D,Lundby,1,9111,556677-8899,Kontoret,Gata 9\n"
        "P2,Städ AB,Städ 2,D,Lundby,1,9111,,Kontoret,\n"
    )
    _import(db_session, body)
    assert _employer(db_session, "Städ AB").org_number == "556677-8899"
    assert _workplace(db_session, "Städ AB", "Kontoret").address == "Gata 9"


def test_a_second_import_updates_stored_employers_and_workplaces(db_session):
    _import(db_session, "P1,Bageri AB,Bagare,D,Lundby,1,7611,556036-0793,Bageriet,Gata 1\n")
    first = _employer(db_session, "Bageri AB").id
    result = _import(
        db_session,
        "P1,Bageri AB,Bagare,D,Lundby,1,7611,556016-0680,Bageriet,Gata 2\n"
        "P2,Bageri AB,Kafé,D,Centrum,1,5120,,Kaféet,\n",
    )
    assert (result.created, result.updated, result.unchanged) == (1, 0, 1)
    employer = _employer(db_session, "Bageri AB")
    assert (employer.id, employer.org_number) == (first, "556016-0680")
    assert _workplace(db_session, "Bageri AB", "Bageriet").address == "Gata 2"
    assert db_session.scalar(select(func.count()).select_from(Workplace)) == 2


def test_a_file_with_an_error_creates_no_employer_or_workplace(db_session):
    body = "P1,Ny AB,Jobb,D,Lundby,1,7231,,Ny plats,\nP2,Ny AB,Jobb,D,Lundby,många,7231,,,\n"
    with pytest.raises(ImportFailed) as failed:
        import_placements(db_session=db_session, text=HEADER + body)
    assert [(e.line, e.column) for e in failed.value.errors] == [(3, "capacity")]
    assert db_session.scalar(select(func.count()).select_from(Employer)) == 0
    assert db_session.scalar(select(func.count()).select_from(Workplace)) == 0
