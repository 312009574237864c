"""Two teams' worth of real rows for the scope walk, and a column-by-column look at team B's.

Team data is built through the certificates' model builder and the admin API; every value
that could identify B's youth or supervisor is kept in `Team.secrets`.
"""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select

from tests.certificates.conftest import make_internship

TEAM_A, TEAM_B = "Hisingen", "Väster"


@dataclass
class Team:
    name: str
    ref: str
    youth_id: int
    internship_id: int
    final_assessment_id: int
    placement_ref: str
    assessment_link_id: int = 0
    review_link_id: int = 0
    midway_assessment_id: int = 0
    code: str = ""
    secrets: list[str] = field(default_factory=list)  # B's personal data, never to be shown

    def ids(self) -> dict[str, list[Any]]:
        return {
            "ref": [self.ref],
            "internship_id": [self.internship_id],
            "link_id": [self.assessment_link_id, self.review_link_id],
            "assessment_id": [self.final_assessment_id, self.midway_assessment_id],
            "code": [self.code],
            "placement_ref": [self.placement_ref],
        }


def build_team(client, admin, db_session, n: int, team: str, person: dict[str, str]) -> Team:
    made = make_internship(
        db_session, n=n, team=team, first_name=person["first_name"], last_name=person["last_name"]
    )
    ref, placement_ref = f"Y-C{n}", f"P-C{n}"
    profile = {k: person[k] for k in ("email", "phone", "interests")}
    assert client.patch(f"/api/youths/{ref}", json=profile, headers=admin).status_code == 200
    supervisor = {k: person[k] for k in ("supervisor_name", "supervisor_email", "supervisor_phone")}
    url = f"/api/internships/{made.internship_id}"
    assert client.patch(url, json=supervisor, headers=admin).status_code == 200
    certificate = client.post(f"{url}/certificate", json={"language": "sv"}, headers=admin)
    assert certificate.status_code == 201, certificate.text
    link = client.post(f"{url}/assessment-links", json={"kind": "midway", "send_email": False},
                       headers=admin)  # fmt: skip
    review = client.post(f"/api/youths/{ref}/review-link", json={"send_email": False},
                         headers=admin)  # fmt: skip
    assert link.status_code == review.status_code == 201, link.text + review.text
    midway = next(
        a["id"] for a in client.get(url, headers=admin).json()["assessments"]
        if a["kind"] == "midway"
    )  # fmt: skip
    return Team(
        name=team, ref=ref, youth_id=made.youth_id, internship_id=made.internship_id,
        final_assessment_id=made.assessment_id, placement_ref=placement_ref,
        assessment_link_id=link.json()["id"], review_link_id=review.json()["id"],
        midway_assessment_id=midway, code=certificate.json()["code"],
        secrets=[v for k, v in person.items() if k != "interests"] + [person["interests"][:20]],
    )  # fmt: skip


PEOPLE = {
    TEAM_A: dict(first_name="Alfons", last_name="Hisingsson", email="alfons@hising.example",
                 phone="070-111 11 11", interests="fotboll och datorspel",
                 supervisor_name="Sture Hisingberg", supervisor_email="sture@a-verkstad.example",
                 supervisor_phone="031-111 00 00"),
    TEAM_B: dict(first_name="Bettan", last_name="Västerlund", email="bettan@vaster.example",
                 phone="070-222 22 22", interests="hästar och stallarbete i Västra",
                 supervisor_name="Bertil Västergren", supervisor_email="bertil@b-stall.example",
                 supervisor_phone="031-222 00 00"),
}  # fmt: skip


def snapshot(team: Team) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    """Every row that belongs to team B, column by column, read fresh from the database."""
    from core.db import session_scope

    # Its own short transaction: on SQLite every transaction holds the write lock.
    with session_scope() as db_session:
        try:
            return _snapshot(db_session, team)
        finally:
            db_session.rollback()


def _snapshot(db_session, team: Team) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    from certificates.models import Certificate
    from internships.models import Assessment, FollowUp, Internship
    from links.models import CapabilityLink
    from matcher.models import SuggestionFeedback
    from youths.models import CardSort, Consent, ProposedWorkplace, Youth

    youth_ids = list(
        db_session.scalars(
            select(Youth.id).where(or_(Youth.team == team.name, Youth.id == team.youth_id))
        )
    )
    internship_ids = list(
        db_session.scalars(select(Internship.id).where(Internship.youth_id.in_(youth_ids)))
    )
    assessment_ids = list(
        db_session.scalars(
            select(Assessment.id).where(Assessment.internship_id.in_(internship_ids))
        )
    )

    def rows(model, where) -> list[tuple]:  # type: ignore[no-untyped-def,type-arg]
        table = model.__table__
        found = db_session.execute(select(table).where(where)).all()
        # Large bytes (a certificate's PDF) are compared by their hash.
        out = [tuple(hash(v) if isinstance(v, bytes) else v for v in r) for r in found]
        return sorted(out, key=repr)

    return {
        "youth": rows(Youth, Youth.id.in_(youth_ids)),
        "consent": rows(Consent, Consent.youth_id.in_(youth_ids)),
        "card_sort": rows(CardSort, CardSort.youth_id.in_(youth_ids)),
        "proposed": rows(ProposedWorkplace, ProposedWorkplace.youth_id.in_(youth_ids)),
        "feedback": rows(SuggestionFeedback, SuggestionFeedback.youth_id.in_(youth_ids)),
        "internship": rows(Internship, Internship.id.in_(internship_ids)),
        "follow_up": rows(FollowUp, FollowUp.internship_id.in_(internship_ids)),
        "assessment": rows(Assessment, Assessment.id.in_(assessment_ids)),
        "certificate": rows(Certificate, Certificate.internship_id.in_(internship_ids)),
        "link": rows(
            CapabilityLink,
            or_(
                (CapabilityLink.purpose == "assessment")
                & CapabilityLink.subject_id.in_(assessment_ids),
                (CapabilityLink.purpose == "youth_review")
                & CapabilityLink.subject_id.in_(youth_ids),
            ),
        ),
    }
