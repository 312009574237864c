"""How the demo history plays one internship: consent, reactions, the supervisor's assessments
(through their link), follow-ups and the lifecycle, all through the domain services.

Services stamp "now"; for history the stamps are moved back to the day things happened (see
demo/history.py).
"""

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from accounts.auth import Principal
from demo.history_data import (
    END_EARLY_REASONS,
    FOLLOW_UP_NOTES,
    OVERALL_COMMENTS,
    RATING_COMMENTS,
    REACTION_COMMENTS,
)  # fmt: skip
from internships import assessments
from internships import service as internships
from internships.models import Internship
from internships.schemas import FollowUpCreate, InternshipCreate, InternshipUpdate
from matcher import service as matcher_service
from youths import service as youths_service
from youths.models import Youth
from youths.schemas import ConsentCreate


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


@dataclass
class TeamStaff:
    recruiter: Principal
    coaches: list[Principal]


@dataclass
class Spot:
    """An open placement the demo may use."""

    ref: str
    ssyk: str
    min_age: int
    capacity: int
    start: date | None
    end: date | None
    taken: int = 0

    def fits(self, start: date, end: date, age: int) -> bool:
        in_period = (self.start is None or self.start <= start) and (
            self.end is None or end <= self.end
        )
        return in_period and age >= self.min_age


@dataclass
class Result:
    discharged: int = 0
    current: int = 0
    internships: int = 0
    assessments: int = 0
    certificates: list[str] = field(default_factory=list)
    corrected: tuple[int, str, str, str] | None = None  # internship, youth ref, revoked, new code
    side_by_side: tuple[int, str] | None = None  # a finished internship with both assessments


class InternshipPlayer:
    """Writes one youth's steps; the subclass sets the session, RNG, day and catalogue."""

    db: Session
    rng: random.Random
    today: date
    start_day: date
    deck_keys: list[str]
    spots: list[Spot]
    result: Result
    finished: list[tuple[Internship, Principal]]  # completed, with an approved final

    def day(self, offset: int) -> date:
        return self.start_day + timedelta(days=offset)

    def pick_spot(self, prefixes: tuple[str, ...], start: date, end: date, age: int,
                  seats: bool = False) -> Spot | None:  # fmt: skip
        def usable(s: Spot) -> bool:
            return s.fits(start, end, age) and (not seats or s.taken < s.capacity)

        fitting = [s for s in self.spots if s.ssyk.startswith(prefixes) and usable(s)]
        if not fitting:
            fitting = [s for s in self.spots if usable(s)]
        return self.rng.choice(fitting) if fitting else None

    def consent(self, youth: Youth, given: date, principal: Principal, guardian: bool) -> None:
        for by in ("youth", "guardian") if guardian else ("youth",):
            youths_service.add_consent(
                db_session=self.db, youth=youth, principal=principal,
                data=ConsentCreate(given_by=by, scope="share_with_employers", given_date=given),
            )  # fmt: skip

    def react(self, youth: Youth, refs: list[str], when: date, actor: str) -> None:
        for i, ref in enumerate(refs):
            reaction = "interested" if i == 0 else self.rng.choice(("not_interested", "more_info"))
            feedback = matcher_service.record_feedback(
                db_session=self.db, youth_ref=youth.ref, placement_ref=ref, reaction=reaction,
                comment=self.rng.choice(REACTION_COMMENTS[reaction]), actor=actor,
            )  # fmt: skip
            feedback.created_at = at(when, 14)

    def ratings(self, base: int, growth: int) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for key in self.deck_keys:
            level = max(1, min(4, base + growth + self.rng.choice((-1, 0, 0, 1))))
            entry: dict[str, Any] = {"level": str(level)}
            if growth == 0 and self.rng.random() < 0.08:
                entry["level"] = assessments.NOT_OBSERVED_VALUE
            if self.rng.random() < 0.15:
                entry["comment"] = self.rng.choice(RATING_COMMENTS)
            out[key] = entry
        return out

    def assess(
        self, internship: Internship, kind: str, principal: Principal, sent: date,
        answered: date | None, base: int,
    ) -> None:  # fmt: skip
        """Sends the supervisor's link (as a text message) and, if answered, fills it in."""
        if answered is None and sent < self.today - timedelta(days=30):
            return  # an old request nobody answered: staff gave up on it, nothing to show
        link, _token = internships.create_assessment_link(
            db_session=self.db, internship=internship, kind=kind, send_email=False,
            ttl_days=None, principal=principal,
        )  # fmt: skip
        ttl = link.expires_at - link.created_at
        link.created_at, link.expires_at = at(sent, 9), at(sent, 9) + ttl
        if answered is None:
            return
        link.opened_at, link.open_count = at(answered, 13), 1
        assessment = assessments.get(db_session=self.db, assessment_id=link.subject_id)
        data = {
            "ratings": self.ratings(base, 0 if kind == "midway" else 1),
            "overall_comment": self.rng.choice(OVERALL_COMMENTS) if kind == "final" else "",
            "supervisor_name": internship.supervisor_name,
            "supervisor_role": "Handledare",
        }
        actor = f"link:{link.id}"
        assessments.save_draft(db_session=self.db, assessment=assessment, data=data,
                               revision=assessment.revision, actor=actor)  # fmt: skip
        assessments.submit(db_session=self.db, assessment=assessment,
                           revision=assessment.revision, actor=actor)  # fmt: skip
        assessment.submitted_at = at(answered, 15)
        self.result.assessments += 1

    def run_internship(
        self, youth: Youth, spot: Spot, start: date, end: date, principal: Principal, *,
        status: str, ended_early_on: date | None = None, midway_answered: bool = True,
        final_answered: bool = True,
    ) -> Internship:  # fmt: skip
        """Starts an internship and plays it up to `status` as of today."""
        internship = internships.start_internship(
            db_session=self.db, principal=principal,
            data=InternshipCreate(youth=youth.ref, placement=spot.ref, start_date=start,
                                  end_date=end, status="planned" if status == "planned" else "active"),
        )  # fmt: skip
        self.result.internships += 1
        if status == "planned":
            spot.taken += 1
            return internship
        last_day = min(ended_early_on or end, self.today)
        middle = start + (end - start) / 2
        base = self.rng.choice((2, 2, 3))
        notes = self.rng.sample(FOLLOW_UP_NOTES, 2)
        for i, held in enumerate((start + timedelta(days=7), middle)):
            if held <= last_day:
                internships.add_follow_up(
                    db_session=self.db, internship=internship, principal=principal,
                    data=FollowUpCreate(held_date=held, note=notes[i]),
                )  # fmt: skip
        if middle - timedelta(days=3) <= last_day:
            answered = middle + timedelta(days=2)
            self.assess(
                internship,
                "midway",
                principal,
                middle - timedelta(days=3),
                answered if midway_answered and answered <= self.today else None,
                base,
            )
        if status == "completed" or (status == "active" and end - self.today <= timedelta(days=10)):
            answered = end + timedelta(days=self.rng.randint(1, 6))
            if answered > self.today or not final_answered:
                self.assess(internship, "final", principal, end - timedelta(days=4), None, base)
            else:
                self.assess(internship, "final", principal, end - timedelta(days=4), answered, base)
                if status == "completed":
                    self.finished.append((internship, principal))
        if status == "active":
            spot.taken += 1
            return internship
        update = InternshipUpdate(status=status)
        if status == "ended_early":
            update = InternshipUpdate(
                status=status,
                end_date=ended_early_on,
                end_reason=self.rng.choice(END_EARLY_REASONS),
            )
        internships.update_internship(db_session=self.db, internship=internship, data=update,
                                      principal=principal)  # fmt: skip
        return internship
