"""Builders for certificate tests: real rows for an internship with an approved final assessment.

Issue 3 owns the pages that normally create these rows; here they are made through the models.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

NOT_OBSERVED_KEY = "numeracy"
NOT_OBSERVED_COMMENT = "Syntes aldrig under praktiken"


@dataclass(frozen=True)
class Made:
    internship_id: int
    youth_id: int
    assessment_id: int


def default_ratings(deck_cards: list[dict[str, Any]]) -> dict[str, Any]:
    ratings: dict[str, Any] = {}
    for i, card in enumerate(deck_cards):
        if card["key"] == NOT_OBSERVED_KEY:
            ratings[card["key"]] = {"level": None, "comment": NOT_OBSERVED_COMMENT}
        else:
            ratings[card["key"]] = {
                "level": i % 4 + 1,
                "comment": f"Kommentar om {card['name_sv'].lower()}: växer för varje dag.",
            }
    return ratings


def make_internship(
    db_session: Session,
    *,
    n: int = 1,
    first_name: str | None = "Åsa",
    last_name: str | None = "Öberg",
    team: str = "Hisingen",
    consent: bool = True,
    develop: tuple[str, ...] = ("planning", "initiative"),
    strengths: tuple[str, ...] = ("cooperation",),
    final_status: str | None = "submitted",
    status: str = "completed",
    ratings: dict[str, Any] | None = None,
    tasks: str = "Ta emot varor på lagret och sortera dem.\nHjälpa kunder i butiken.",
) -> Made:
    """Creates employer, workplace, placement, youth (with card sort and consent), contact
    person, internship and, unless final_status is None, a final assessment."""
    from accounts.models import StaffUser
    from competences import service as competences_service
    from employers.models import Employer, Placement, Workplace
    from internships.models import Assessment, Internship
    from youths.models import CardSort, Consent, Youth

    deck = competences_service.get_current(db_session=db_session)
    employer = Employer(name=f"Fiskhallen Ärlig AB {n}")
    db_session.add(employer)
    db_session.flush()
    workplace = Workplace(employer_id=employer.id, name=f"Butiken på Öckerö {n}", district="Lundby")
    db_session.add(workplace)
    db_session.flush()
    placement = Placement(
        ref=f"P-C{n}", workplace_id=workplace.id, title="Praktik i fiskbutik",
        description="Butik och lager.", ssyk_code="5223",
    )  # fmt: skip
    contact = StaffUser(
        email=f"karin{n}@example.se", name="Karin Lind", role="recruiter", team=team
    )
    db_session.add_all([placement, contact])
    db_session.flush()
    youth = Youth(
        ref=f"Y-C{n}", first_name=first_name, last_name=last_name, birth_year=2006, team=team
    )
    db_session.add(youth)
    db_session.flush()
    db_session.add(
        CardSort(youth_id=youth.id, deck_version=deck.version, strengths=list(strengths),
                 develop=list(develop), sorted_by="user:1")
    )  # fmt: skip
    if consent:
        db_session.add(
            Consent(youth_id=youth.id, given_by="youth", scope="share_with_employers",
                    given_date=date(2025, 1, 10), recorded_by="user:1")
        )  # fmt: skip
    internship = Internship(
        youth_id=youth.id, placement_id=placement.id, status=status,
        start_date=date(2025, 3, 3), end_date=date(2025, 5, 30), supervisor_name="Örjan Ek",
        supervisor_email="orjan@example.se", supervisor_role="Butikschef",
        contact_user_id=contact.id, created_by="user:1",
    )  # fmt: skip
    db_session.add(internship)
    db_session.flush()
    assessment_id = 0
    if final_status is not None:
        assessment = Assessment(
            internship_id=internship.id, kind="final", deck_version=deck.version,
            status=final_status,
            ratings=ratings if ratings is not None else default_ratings(deck.cards),
            overall_comment="Åsa har varit pålitlig och glad.", tasks=tasks,
            supervisor_name="Örjan Ek", supervisor_role="Butikschef",
            submitted_at=datetime(2025, 5, 28, 14, 0, tzinfo=UTC)
            if final_status == "submitted" else None,
        )  # fmt: skip
        db_session.add(assessment)
        db_session.flush()
        assessment_id = assessment.id
    db_session.commit()
    return Made(internship.id, youth.id, assessment_id)


@pytest.fixture
def internship_factory(db_session: Session) -> Callable[..., Made]:
    counter = iter(range(1, 10_000))

    def make(**kwargs: Any) -> Made:
        return make_internship(db_session, n=next(counter), **kwargs)

    return make


@pytest.fixture
def ready_internship(internship_factory: Callable[..., Made]) -> Made:
    return internship_factory()


@pytest.fixture
def issued(db_session: Session, ready_internship: Made):  # type: ignore[no-untyped-def]
    """A certificate issued through the service and committed."""
    from certificates import service

    certificate = service.issue(
        db_session=db_session, internship_id=ready_internship.internship_id, actor="user:1"
    )
    db_session.commit()
    return certificate


def deck_cards(db_session: Session) -> list[dict[str, Any]]:
    from competences import service as competences_service

    return competences_service.get_current(db_session=db_session).cards


def pdf_text(data: bytes) -> str:
    """All text of a PDF as a reader (or a screen reader) gets it; line breaks become spaces."""
    import io

    from pypdf import PdfReader

    pages = (page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(" ".join(pages).split())


def qpdf_check(data: bytes, tmp_path: Any) -> None:
    """Asserts that qpdf finds no structural error in the PDF."""
    import shutil
    import subprocess

    qpdf = shutil.which("qpdf")
    assert qpdf, "qpdf is not installed (apt-get install qpdf)"
    path = tmp_path / f"check-{abs(hash(data))}.pdf"
    path.write_bytes(data)
    run = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "No syntax or stream encoding errors found" in run.stdout


@pytest.fixture
def read_pdf() -> Callable[[bytes], str]:
    return pdf_text


@pytest.fixture
def assert_qpdf_ok(tmp_path: Any) -> Callable[[bytes], None]:
    return lambda data: qpdf_check(data, tmp_path)
