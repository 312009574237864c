"""The youths' part of GDPR: consent gating, and the youth's own rows in export and erasure.

app.gdpr runs the whole export (art. 15/20), erasure (art. 17) and retention (art. 5) and calls
each domain's part. Erasure keeps anonymised statistics (gender, team, outcome, card-sort keys)
and removes everything that names, describes or reaches the person.
"""

import secrets
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import set_committed_value

from core.db import utcnow
from core.errors import Conflict
from core.personal_data import Rows, rows
from youths import service as youths_service
from youths.models import CardSort, Consent, ProposedWorkplace, Youth, YouthStatus

SHARING_SCOPE = "share_with_employers"
ERASED_REF_PREFIX = "raderad-"
TABLES = frozenset({"youth", "card_sort", "consent", "proposed_workplace"})


def _load_consents(youth: Youth) -> None:
    if "consents" in youth.__dict__:
        return
    session = object_session(youth)
    rows = [] if session is None else list(
        session.scalars(select(Consent).where(Consent.youth_id == youth.id).order_by(Consent.id))
    )  # fmt: skip
    set_committed_value(youth, "consents", rows)


def require_sharing_consent(youth: Youth, *, today: date | None = None) -> None:
    """Raises Conflict unless the youth, and a guardian while under 18, consent to sharing."""
    _load_consents(youth)
    if youths_service.sharing_allowed(youth, today=today):
        return
    given = {
        c.given_by for c in youth.consents if c.scope == SHARING_SCOPE and not c.withdrawn_date
    }
    missing_sv, missing_en = [], []
    if "youth" not in given:
        missing_sv.append("ungdomens samtycke")
        missing_en.append("the youth's consent")
    age = youths_service.age_in(youth.birth_year, (today or date.today()).year)
    if "guardian" not in given and (age is None or age < 18):
        missing_sv.append("vårdnadshavarens samtycke (under 18 år)")
        missing_en.append("a guardian's consent (under 18)")
    raise Conflict(
        f"Samtycke saknas: {' och '.join(missing_sv)} till att dela uppgifter med arbetsgivare. "
        f"Registrera samtycket först. / Consent missing: {' and '.join(missing_en)} to share "
        "information with employers. Record the consent first.",
        field="consent",
    )


# ---- export and erasure: the youth's own rows --------------------------------------------


def export_youth(*, db_session: Session, youth: Youth) -> dict[str, Rows]:
    """Returns the youth's own row, card sorts, consents and proposed workplaces."""
    return {
        "youth": rows(db_session, Youth.__table__, Youth.id == youth.id),
        **{
            model.__tablename__: rows(db_session, model.__table__, model.youth_id == youth.id)
            for model in (CardSort, Consent, ProposedWorkplace)
        },
    }


def _month(value: date | None) -> date | None:
    return value.replace(day=1) if value else None


def erase_youth(*, db_session: Session, youth: Youth) -> int:
    """Deletes consents and proposals, anonymises the youth's row; returns the rows deleted.

    Card sorts stay: they hold card keys only, which the statistics count.
    """
    deleted = 0
    for model in (ProposedWorkplace, Consent):
        result = db_session.execute(delete(model).where(model.youth_id == youth.id))
        deleted += int(result.rowcount or 0)  # type: ignore[attr-defined]
    youth.ref = ERASED_REF_PREFIX + secrets.token_hex(6)
    youth.first_name = youth.last_name = youth.email = youth.phone = youth.district = None
    youth.birth_year = None
    youth.interests = ""
    youth.recruiter_id = youth.coach_id = None
    youth.enrolled_date = _month(youth.enrolled_date)
    youth.discharged_date = _month(youth.discharged_date)
    youth.erased_at = utcnow()
    return deleted


# ---- retention --------------------------------------------------------------------------


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + (day.month - 1) - months, 12)
    month += 1
    last_day = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30,
                31, 30, 31, 31, 30, 31, 30, 31][month - 1]  # fmt: skip
    return date(year, month, min(day.day, last_day))


def due_for_retention(
    *, db_session: Session, months: int, today: date | None = None
) -> list[Youth]:
    """Youths discharged more than `months` months ago whose data is not yet erased."""
    cutoff = _months_before(today or date.today(), months)
    stmt = (
        select(Youth)
        .where(
            Youth.erased_at.is_(None),
            Youth.status == YouthStatus.discharged.value,
            Youth.discharged_date.is_not(None),
            Youth.discharged_date < cutoff,
        )
        .order_by(Youth.id)
    )
    return list(db_session.scalars(stmt))
