"""The links' part of a youth's export and erasure.

A link names its subject by purpose and id (a youth for a review link, an assessment for a
supervisor's link); the caller says which subjects are the youth's.
"""

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.personal_data import Rows, rows
from links import service
from links.models import CapabilityLink

TABLES = frozenset({"capability_link"})


def _about(subjects: dict[str, list[int]]):  # type: ignore[no-untyped-def]
    return or_(
        *(
            (CapabilityLink.purpose == purpose) & CapabilityLink.subject_id.in_(ids)
            for purpose, ids in subjects.items()
        )
    )


def export_youth(*, db_session: Session, subjects: dict[str, list[int]]) -> dict[str, Rows]:
    """Returns the links about these subjects (their token hashes left out)."""
    return {"capability_link": rows(db_session, CapabilityLink.__table__, _about(subjects))}


def erase_youth(*, db_session: Session, subjects: dict[str, list[int]], actor: str) -> int:
    """Revokes the links about these subjects and forgets their recipients; returns how many
    were still usable."""
    revoked = 0
    for link in db_session.scalars(select(CapabilityLink).where(_about(subjects))):
        revoked += link.revoked_at is None
        service.revoke(db_session=db_session, link=link, actor=actor)
        link.recipient_name = link.recipient_email = link.recipient_phone = None
        link.send_error = None  # a mail server's refusal may quote the address
    return revoked
