"""Three years of a two-team service (Hisingen and Väster) for the demo, written through the services.

Deterministic: one seeded RNG drives every choice, in a fixed order, and every date is a fixed
number of days before the day the demo is loaded ("today"). Each run therefore writes the same
people, internships, assessments, reactions and outcomes, with the timeline ending on the day of
loading, so the start page always has internships starting and ending soon. Only what must be
secret is random: link tokens and certificate codes.

Writes go through the domain services (create/update youth, consent, start/update internship,
follow-up, assessment link, draft, submit, reopen, certificate issue and correct, suggestion
feedback), so the data obeys their rules. Services stamp "now" on a few timestamps; for history
those are moved back to the day they happened, on the ORM objects (assessment `submitted_at`,
link `created_at`/`expires_at`/`opened_at`, feedback `created_at`). The audit log keeps the time
of loading: it records what the demo did.
"""

import csv
import io
import random
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from accounts.auth import Principal
from accounts.models import StaffUser
from certificates import content as certificates_content
from certificates import service as certificates_service
from competences import service as competences_service
from demo.history_data import AREAS, OUTCOME_COUNTS, REACTION_COMMENTS, TEAM_DISTRICTS, names
from demo.history_play import InternshipPlayer, Result, Spot, TeamStaff, at
from employers.models import Placement
from internships import assessments
from internships.models import Internship
from matcher import service as matcher_service
from matcher.models import SuggestionFeedback
from youths import service as youths_service
from youths.importing import import_youths
from youths.models import Youth
from youths.schemas import YouthUpdate

SEED = 20150901  # the final report's project start
SPAN_DAYS = 3 * 365
REF_FORMAT = "D{:04d}"  # the discharged youths: D0001 … D0220, oldest enrolment first
MARKER_REF = REF_FORMAT.format(1)
CERTIFICATE_WINDOW_DAYS = 120  # certificates are issued for internships that ended this recently
CERTIFICATES = 3  # ...the newest few: each is rendered by WeasyPrint (~0.15-0.5 s)
AGE_WEIGHTS = {15: 2, 16: 4, 17: 5, 18: 5, 19: 4, 20: 3, 21: 2, 22: 2, 23: 1, 24: 1}


class HistoryWriter(InternshipPlayer):
    def __init__(self, db_session: Session, today: date) -> None:
        self.db = db_session
        self.today = today
        self.rng = random.Random(SEED)
        self.start_day = today - timedelta(days=SPAN_DAYS)
        self.deck_keys = competences_service.card_keys(
            competences_service.get_current(db_session=db_session)
        )
        self.female, self.male = names("first_female.txt"), names("first_male.txt")
        self.last = names("last.txt")
        self.spots = [
            Spot(p.ref, p.ssyk_code or "", p.min_age or 0, p.capacity, p.start_date, p.end_date)
            for p in db_session.scalars(
                select(Placement).where(Placement.is_open.is_(True)).order_by(Placement.ref)
            )
        ]
        self.result = Result()
        self.teams: dict[str, TeamStaff] = {}
        self.finished: list[tuple[Internship, Principal]] = []  # with an approved final

    # ---- staff -------------------------------------------------------------------------------
    def create_staff(self) -> None:
        """Two teams, each with a recruiter and two coaches (no passwords: they cannot sign in)."""
        used: set[str] = set()
        for team in TEAM_DISTRICTS:
            people = []
            for role in ("recruiter", "coach", "coach"):
                first = self.rng.choice(self.female + self.male)
                last = self.rng.choice(self.last)
                email = f"{first}.{last}".lower()
                while email in used:
                    email += "1"
                used.add(email)
                user = StaffUser(
                    email=f"{email}@exempel.se".translate(str.maketrans("åäöć", "aaoc")),
                    name=f"{first} {last}", role=role, team=team, password_hash=None,
                )  # fmt: skip
                self.db.add(user)
                self.db.flush()
                people.append(Principal(kind="user", id=user.id, role=role, team=team))
            self.teams[team] = TeamStaff(recruiter=people[0], coaches=people[1:])

    # ---- helpers -----------------------------------------------------------------------------
    # ---- the discharged youths ---------------------------------------------------------------
    def plan_discharged(self) -> list[tuple[str, str, str, int]]:
        """(team, gender, outcome, enrolment offset) per youth, oldest enrolment first."""
        plan = []
        for (team, gender), counts in OUTCOME_COUNTS.items():
            for outcome, n in zip(("work", "studies", "other"), counts, strict=True):
                plan += [(team, gender, outcome)] * n
        self.rng.shuffle(plan)
        dated = [(*p, self.rng.randint(0, SPAN_DAYS - 150)) for p in plan]
        return sorted(dated, key=lambda p: p[3])

    def import_discharged(self, plan: list[tuple[str, str, str, int]]) -> list[dict[str, Any]]:
        """Enrols the youths who have left since, through the youths' CSV import (one pass)."""
        rng = self.rng
        rows = []
        for number, (team, gender, outcome, offset) in enumerate(plan, 1):
            enrolled = self.day(offset)
            age = rng.choices(list(AGE_WEIGHTS), weights=list(AGE_WEIGHTS.values()))[0]
            area = rng.randrange(len(AREAS))
            rows.append({
                "ref": REF_FORMAT.format(number),
                "first_name": rng.choice(self.female if gender == "female" else self.male),
                "last_name": rng.choice(self.last), "gender": gender,
                "birth_year": enrolled.year - age, "district": rng.choice(TEAM_DISTRICTS[team]),
                "team": team, "interests": rng.choice(AREAS[area][1]),
                "strengths": ";".join(rng.sample(self.deck_keys, 2)),
                "develop": ";".join(rng.sample(self.deck_keys, 2)),
                "enrolled_date": enrolled.isoformat(),
                # not imported, used below:
                "_outcome": outcome, "_age": age, "_area": area, "_enrolled": enrolled,
            })  # fmt: skip
        out = io.StringIO()
        columns = [k for k in rows[0] if not k.startswith("_")]
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        import_youths(db_session=self.db, text=out.getvalue(), actor="demo")
        return rows

    def write_discharged(self, row: dict[str, Any], youth: Youth) -> None:
        rng, staff = self.rng, self.teams[row["team"]]
        enrolled, prefixes = row["_enrolled"], AREAS[row["_area"]][0]
        coach = rng.choice(staff.coaches)
        youth.recruiter_id, youth.coach_id = staff.recruiter.id, coach.id  # no service assigns
        self.consent(youth, enrolled + timedelta(days=7), coach, guardian=row["_age"] < 18)
        planned_end = enrolled + timedelta(days=rng.randint(90, 420))
        day = enrolled + timedelta(days=rng.randint(21, 60))
        used: list[str] = []
        for _ in range(rng.choices((0, 1, 2), weights=(11, 8, 1))[0]):
            length = timedelta(days=rng.choice((28, 35, 42, 56, 70)))
            if day + length > self.today - timedelta(days=14):
                break
            spot = self.pick_spot(prefixes, day, day + length, day.year - row["birth_year"])
            if spot is None or spot.ref in used:
                break
            if not used:  # what the youth said about the suggestions (written in bulk, see below)
                others = [s.ref for s in self.spots if s.ssyk.startswith(prefixes)][:6]
                extra = [r for r in rng.sample(others, min(2, len(others))) if r != spot.ref]
                self.bulk_reactions(youth, [spot.ref, *extra[:1]], day - timedelta(days=10),
                                    coach.actor)  # fmt: skip
            used.append(spot.ref)
            early = rng.random() < 0.15
            self.run_internship(
                youth, spot, day, day + length, staff.recruiter,
                status="ended_early" if early else "completed",
                ended_early_on=day + length * rng.uniform(0.4, 0.8) if early else None,
                midway_answered=rng.random() < 0.9, final_answered=rng.random() < 0.85,
            )  # fmt: skip
            day += length + timedelta(days=rng.randint(14, 60))
        discharged = max(planned_end, day)
        discharged = min(discharged, self.today - timedelta(days=rng.randint(3, 20)))
        youths_service.update_youth(
            db_session=self.db, youth=youth, principal=coach,
            data=YouthUpdate(status="discharged", outcome=row["_outcome"],
                             discharged_date=discharged),
        )  # fmt: skip
        self.result.discharged += 1

    def bulk_reactions(self, youth: Youth, refs: list[str], when: date, actor: str) -> None:
        """Old reactions as plain rows: record_feedback's lookups per row would double the load
        time, and these refs are known to exist (the same latest-wins rows it writes)."""
        for i, ref in enumerate(refs):
            reaction = "interested" if i == 0 else self.rng.choice(("not_interested", "more_info"))
            self.db.add(SuggestionFeedback(
                youth_id=youth.id, placement_ref=ref, reaction=reaction, actor=actor,
                comment=self.rng.choice(REACTION_COMMENTS[reaction]), created_at=at(when, 14),
            ))  # fmt: skip

    # ---- today's caseload --------------------------------------------------------------------
    def write_current(self) -> None:
        """The imported youths (demo/youths.csv) as today's caseload, at different stages."""
        rng, today = self.rng, self.today
        youths = list(
            self.db.scalars(
                youths_service.visible_youths(None)
                .where(Youth.ref.like("Y%"), Youth.status == "enrolled")
                .order_by(Youth.ref)
            )
        )
        consenting: list[tuple[Youth, TeamStaff, Principal]] = []
        for youth in youths:
            staff = self.teams.get(youth.team or "", self.teams["Väster"])
            coach = rng.choice(staff.coaches)
            enrolled = today - timedelta(days=rng.randint(30, 330))
            youths_service.update_youth(
                db_session=self.db, youth=youth, principal=coach,
                data=YouthUpdate(enrolled_date=enrolled),
            )  # fmt: skip
            youth.recruiter_id, youth.coach_id = staff.recruiter.id, coach.id
            self.result.current += 1
            if rng.random() < 0.13:
                continue  # has not given consent yet: no internship can start
            under_18 = (youths_service.age_in(youth.birth_year, today.year) or 0) < 18
            self.consent(youth, enrolled + timedelta(days=5), coach, guardian=under_18)
            consenting.append((youth, staff, coach))
        rng.shuffle(consenting)
        for i, (youth, staff, coach) in enumerate(consenting[:30]):  # the rest: nothing yet
            full = youths_service.get_youth(db_session=self.db, ref=youth.ref, principal=None)
            suggested = [
                s.placement_ref
                for s in matcher_service.suggest_for_youth(db_session=self.db, youth=full, limit=6)
            ]
            self.react(youth, suggested[:2], today - timedelta(days=rng.randint(5, 25)),
                       coach.actor)  # fmt: skip
            self.current_internship(i, full, staff, suggested)

    def current_internship(
        self, i: int, youth: Youth, staff: TeamStaff, suggested: list[str]
    ) -> None:
        rng, today = self.rng, self.today
        if i < 6:  # finished a few weeks ago
            end = today - timedelta(days=rng.randint(12, 50))
            start, status = end - timedelta(days=rng.choice((42, 49, 56))), "completed"
        elif i < 8:  # called off recently
            start = today - timedelta(days=rng.randint(20, 40))
            end, status = start + timedelta(days=56), "ended_early"
        elif i < 20:  # running now; some end within two weeks
            start = today - timedelta(days=rng.randint(7, 40))  # so it ends after today
            end, status = start + timedelta(days=rng.choice((42, 49, 56))), "active"
        elif i < 25:  # starting within two weeks
            start = today + timedelta(days=rng.randint(1, 13))
            end, status = start + timedelta(days=42), "planned"
        else:
            return
        age = youths_service.age_in(youth.birth_year, start.year) or 18
        spots = {s.ref: s for s in self.spots}
        fitting = [spots[r] for r in suggested if r in spots and spots[r].fits(start, end, age)
                   and spots[r].taken < spots[r].capacity]  # fmt: skip
        spot = fitting[0] if fitting else self.pick_spot((), start, end, age, seats=True)
        if spot is None:
            return
        early = today - timedelta(days=rng.randint(2, 10)) if status == "ended_early" else None
        self.run_internship(youth, spot, start, end, staff.recruiter, status=status,
                            ended_early_on=early)  # fmt: skip

    # ---- certificates ------------------------------------------------------------------------
    def issue_certificates(self) -> None:
        """Certificates for internships that ended recently (each is rendered: ~0.15 s)."""
        window = self.today - timedelta(days=CERTIFICATE_WINDOW_DAYS)
        recent = [(i, p) for i, p in self.finished if i.end_date >= window]
        recent = sorted(recent, key=lambda pair: pair[0].end_date)[-CERTIFICATES - 2 :]
        if len(recent) < 3:
            return
        for internship, principal in recent[:-2]:  # the two newest wait for staff to issue them
            certificate = certificates_service.issue(
                db_session=self.db, internship_id=internship.id, actor=principal.actor
            )
            self.result.certificates.append(certificate.code)
        if not self.result.certificates:
            return
        # The newest certificate is corrected: the supervisor fixed a typo in the final comment.
        internship, principal = recent[-3]
        assessment = certificates_content.final_assessment(
            db_session=self.db, internship_id=internship.id
        )
        old = certificates_service.certificates_of(db_session=self.db, internship_id=internship.id)[
            0
        ]
        assessments.reopen(db_session=self.db, assessment=assessment, actor=principal.actor)
        assessments.save_draft(
            db_session=self.db, assessment=assessment, revision=assessment.revision,
            actor=principal.actor,
            data={"overall_comment": "En ansvarsfull praktikant som har växt under perioden. "
                  "Vi tar gärna emot hen igen."},
        )  # fmt: skip
        assessments.submit(db_session=self.db, assessment=assessment,
                           revision=assessment.revision, actor=principal.actor)  # fmt: skip
        new = certificates_service.correct(
            db_session=self.db, certificate=old, actor=principal.actor,
            reason="Handledaren rättade slutomdömet.",
        )  # fmt: skip
        ref_of = {i.id: self.db.get(Youth, i.youth_id).ref for i in (internship, recent[-1][0])}
        self.result.corrected = (internship.id, ref_of[internship.id], old.code, new.code)
        self.result.certificates.append(new.code)
        self.result.side_by_side = (recent[-1][0].id, ref_of[recent[-1][0].id])

    def run(self) -> Result:
        self.create_staff()
        rows = self.import_discharged(self.plan_discharged())
        youths = {
            y.ref: y
            for y in self.db.scalars(
                select(Youth).where(Youth.ref.like("D%")).options(selectinload(Youth.consents))
            )
        }
        for row in rows:
            self.write_discharged(row, youths[row["ref"]])
        self.write_current()
        self.issue_certificates()
        self.db.flush()
        return self.result


def load_history(*, db_session: Session, today: date | None = None) -> str:
    """Writes the demo's three years of history once; a second run changes nothing."""
    if db_session.scalar(select(Youth.id).where(Youth.ref == MARKER_REF)) is not None:
        return "demo history: already loaded, unchanged"
    result = HistoryWriter(db_session, today or date.today()).run()
    lines = [
        f"demo history: {result.discharged} discharged youths over three years, "
        f"{result.current} youths enrolled today, {result.internships} internships, "
        f"{result.assessments} supervisor assessments, {len(result.certificates)} certificates",
    ]
    if result.side_by_side:
        internship_id, ref = result.side_by_side
        lines.append(
            f"  both assessments side by side: /internships/{internship_id} (youth /youths/{ref})"
        )
    if result.corrected:
        internship_id, ref, old, new = result.corrected
        lines.append(
            f"  revoked and corrected certificate: /internships/{internship_id} (youth "
            f"/youths/{ref}; revoked /verify/{old}, valid /verify/{new})"
        )
    return "\n".join(lines)
