"""The stereotype audit (the final report's 4R analysis, made continuous): by gender, what the
matcher suggests, how much of it is flagged, and how skewed the top 5 is against the catalogue."""

import math
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from employers import repository as employers_repository
from employers.models import Placement
from employers.reference import occupation_names
from internships.models import Internship
from matcher import service
from matcher.schemas import GenderAudit, GroupShare, StereotypeAudit
from youths.models import Youth

GENDERS = ("female", "male", "other", "not_stated")


def _candidate_shares(db_session: Session) -> dict[str, float]:
    rows = db_session.execute(
        select(Placement.ssyk_code, func.count())
        .where(Placement.is_open.is_(True), Placement.capacity > 0)
        .group_by(Placement.ssyk_code)
    ).tuples()
    counts = {code or "": n for code, n in rows}
    total = sum(counts.values()) or 1
    return {code: n / total for code, n in counts.items()}


def _internships_by_gender(db_session: Session, *, counter_only: bool) -> dict[str, int]:
    stmt = select(Youth.gender, func.count()).join(Internship, Internship.youth_id == Youth.id)
    if counter_only:
        stmt = stmt.where(Internship.counter_stereotypical.is_(True))
    rows = db_session.execute(stmt.group_by(Youth.gender)).tuples().all()
    return {(gender or "not_stated"): n for gender, n in rows}


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def stereotype_audit(*, db_session: Session, limit: int = 10) -> StereotypeAudit:
    """Audits the current suggestions of every enrolled youth, by gender."""
    candidates = _candidate_shares(db_session)
    names = occupation_names()
    youths = service.enrolled_youths(db_session)
    started = _internships_by_gender(db_session, counter_only=False)
    counter = _internships_by_gender(db_session, counter_only=True)
    out: list[GenderAudit] = []
    for gender in GENDERS:
        group = [y for y in youths if (y.gender or "not_stated") == gender]
        all_codes: Counter[str] = Counter()
        top5_codes: Counter[str] = Counter()
        flagged = total = fully_flagged = 0
        led = {True: [0, 0], False: [0, 0]}  # explorer-led? -> [suggestions, flagged]
        for youth in group:
            suggestions = service.suggest_for_youth(db_session=db_session, youth=youth, limit=limit)
            total += len(suggestions)
            flagged += sum(s.stereotype_flag for s in suggestions)
            for s in suggestions:
                led[s.explorer_led][0] += 1
                led[s.explorer_led][1] += int(s.stereotype_flag)
            all_codes.update(s.ssyk or "" for s in suggestions)
            top5 = suggestions[:5]
            top5_codes.update(s.ssyk or "" for s in top5)
            if len(top5) == 5 and all(s.stereotype_flag for s in top5):
                fully_flagged += 1
        n_top5 = sum(top5_codes.values()) or 1
        groups = []
        for code, n in all_codes.most_common():
            share5 = top5_codes.get(code, 0) / n_top5
            base = candidates.get(code, 0.0)
            skew = math.log(share5 / base) if share5 > 0 and base > 0 else None
            groups.append(
                GroupShare(
                    group=code or "-",
                    name=names.get(code, "Okänt yrke"),
                    suggestions=n,
                    share=round(n / (total or 1), 4),
                    skew_at_5=round(skew, 4) if skew is not None else None,
                )
            )
        out.append(
            GenderAudit(
                gender=gender,
                youths=len(group),
                suggestions=total,
                flagged_share=round(flagged / total, 4) if total else 0.0,
                fully_flagged_top5_share=round(fully_flagged / len(group), 4) if group else 0.0,
                groups=groups,
                internships_started=started.get(gender, 0),
                internships_counter_stereotypical=counter.get(gender, 0),
                explorer_led_suggestions=led[True][0],
                explorer_led_flagged_share=_share(*reversed(led[True])),
                text_led_flagged_share=_share(*reversed(led[False])),
            )
        )
    return StereotypeAudit(
        catalogue_version=employers_repository.catalogue_version(db_session), by_gender=out
    )
