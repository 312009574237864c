"""The benches' check: compares every assessment row with what its client sent and was told.

Shared by bench/load_pg.py and bench/crash_pg.py, and proved by tests/bench/test_checks.py,
which plants each fault this check must find. The client side records every request it made
(`Attempt`: what it sent, when, and what it was told); the database side is read directly, from
the live tables or from a snapshot schema taken while the server was dead.

Faults, one counter each (a row can have several):
- lost: the row is missing, or it lacks the last save its client was told succeeded, or it is
  a draft although its client was told the submit succeeded;
- duplicated: more than one submit event recorded for one assessment;
- changed: the row holds no form its client sent, whole (ratings, comments, overall comment,
  tasks, supervisor name and role), or `submitted_at` is set without a submit in flight then;
- landed_after_failure: the row holds a save, or is submitted, although the client was told
  that request failed and no request that might have succeeded explains it;
- untouched: a row no client sent anything to, yet it was saved or submitted.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

FIELDS = ("overall_comment", "tasks", "supervisor_name", "supervisor_role")
FAULTS = ("lost", "duplicated", "changed", "landed_after_failure", "untouched")
# Server and clients share one clock; the slack only covers the time between the server
# stamping `submitted_at` and the request's end being noted by the client.
SLACK = timedelta(seconds=1)


def now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Attempt:
    """One save or submit request as the client saw it."""

    action: str  # "save" or "submit"
    started: datetime
    form: dict[str, str] | None = None  # what a save sent
    ended: datetime | None = None
    outcome: str = "unknown"  # "ok" (told it worked), "failed" (told it did not), "unknown" (cut)


@dataclass
class ClientRecord:
    """Everything one client did to one assessment link."""

    token: str
    attempts: list[Attempt] = field(default_factory=list)


@dataclass
class Report:
    counts: dict[str, int]
    problems: dict[str, list[str]]  # token (or "row <id>") -> faults found, for the write-up

    def failures(self) -> int:
        return sum(self.counts[k] for k in FAULTS)


def _as_of(attempts: list[Attempt], as_of: datetime | None) -> list[Attempt]:
    """The record as it stood at `as_of`: later requests never happened, open ones are unknown."""
    if as_of is None:
        return attempts
    seen = []
    for a in attempts:
        if a.started > as_of:
            continue
        if a.ended is None or a.ended > as_of:
            a = Attempt(action=a.action, started=a.started, form=a.form, outcome="unknown")
        seen.append(a)
    return seen


def _row_form(row: Any, keys: list[str]) -> dict[str, str | None]:
    ratings = row.ratings or {}
    stored: dict[str, str | None] = {}
    for key in keys:
        level = ratings.get(key, {}).get("level")
        stored[f"level-{key}"] = None if level is None else str(level)
        stored[f"comment-{key}"] = ratings.get(key, {}).get("comment")
    for name in FIELDS:
        stored[name] = getattr(row, name)
    return stored


def _holds(stored: dict[str, str | None], form: dict[str, str], keys: list[str]) -> bool:
    names = [f"level-{k}" for k in keys] + [f"comment-{k}" for k in keys] + list(FIELDS)
    return all((stored[n] or "") == (form.get(n) or "") for n in names)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def check_row(
    row: Any, attempts: list[Attempt], keys: list[str], submit_events: int, as_of: datetime | None
) -> list[str]:
    """The faults of one row against one client's record."""
    faults: list[str] = []
    saves = [a for a in attempts if a.action == "save"]
    submits = [a for a in attempts if a.action == "submit"]
    if not attempts:
        if row.revision != 0 or row.status != "draft" or row.submitted_at is not None:
            faults.append("untouched")
        if submit_events > 0:
            faults.append("duplicated" if submit_events > 1 else "untouched")
        return sorted(set(faults))
    if submit_events > 1:
        faults.append("duplicated")
    stored = _row_form(row, keys)
    pristine = row.revision == 0
    matched = [
        i for i, a in enumerate(saves) if a.form is not None and _holds(stored, a.form, keys)
    ]
    could_have = [i for i in matched if saves[i].outcome != "failed"]
    if not pristine and not matched:
        faults.append("changed")
    elif matched and not could_have:
        faults.append("landed_after_failure")
    acked = [i for i, a in enumerate(saves) if a.outcome == "ok"]
    if acked and (pristine or (matched and max(matched) < acked[-1])):
        faults.append("lost")
    if row.status == "submitted":
        if submit_events == 0:
            faults.append("changed")  # submitted without its event: not the app's submit
        live = [a for a in submits if a.outcome != "failed"]
        if not submits:
            faults.append("changed")
        elif not live:
            faults.append("landed_after_failure")
        else:
            at = None if row.submitted_at is None else _aware(row.submitted_at)
            limit = as_of or now()
            if at is None or not any(
                a.started - SLACK <= at <= (a.ended or limit) + SLACK for a in live
            ):
                faults.append("changed")
    else:
        if row.submitted_at is not None or submit_events > 0:
            faults.append("changed")
        if any(a.outcome == "ok" for a in submits):
            faults.append("lost")
    return sorted(set(faults))


def check(
    engine: Any,
    records: Iterable[ClientRecord],
    keys: list[str],
    *,
    schema: str | None = None,
    as_of: datetime | None = None,
) -> Report:
    """Checks the rows in `schema` (None: the live tables) against the client records.

    `as_of` is the moment a snapshot was taken: requests started later are ignored and requests
    still open then count as unknown (either outcome is allowed for them).
    """
    from sqlalchemy import MetaData, func, select

    from core.audit import AuditEvent
    from core.security import hash_token
    from internships.models import Assessment
    from links.models import CapabilityLink

    meta = MetaData()
    rows_t = Assessment.__table__.to_metadata(meta, schema=schema)  # type: ignore[attr-defined]
    events_t = AuditEvent.__table__.to_metadata(meta, schema=schema)  # type: ignore[attr-defined]
    links_t = CapabilityLink.__table__
    counts = dict.fromkeys(("assessments", "submitted", "drafts", *FAULTS), 0)
    problems: dict[str, list[str]] = {}
    with engine.connect() as conn:
        rows = {r.id: r for r in conn.execute(select(rows_t))}
        events = dict(
            conn.execute(
                select(events_t.c.subject_id, func.count())
                .where(events_t.c.action == "assessment.submit",
                       events_t.c.subject_type == "assessment")
                .group_by(events_t.c.subject_id)
            ).all()
        )  # fmt: skip
        link_of = dict(conn.execute(select(links_t.c.token_hash, links_t.c.subject_id)).all())
    claimed: set[int] = set()
    for record in records:
        counts["assessments"] += 1
        attempts = _as_of(record.attempts, as_of)
        row_id = link_of.get(hash_token(record.token))
        row = rows.get(row_id) if row_id is not None else None
        if row is None:
            faults = ["lost"]
        else:
            claimed.add(row.id)
            counts["submitted" if row.status == "submitted" else "drafts"] += 1
            faults = check_row(row, attempts, keys, events.get(str(row.id), 0), as_of)
        for fault in faults:
            counts[fault] += 1
        if faults:
            problems[record.token[:8]] = faults
    for row_id, row in rows.items():
        if row_id in claimed:
            continue
        faults = check_row(row, [], keys, events.get(str(row_id), 0), as_of)
        for fault in faults:
            counts[fault] += 1
        if faults:
            problems[f"row {row_id}"] = faults
    return Report(counts=counts, problems=problems)


def counts_table(report: Report) -> list[str]:
    """The markdown table of one check."""
    names = ("assessments", "submitted", "drafts", *FAULTS)
    return [
        "| " + " | ".join(n.replace("_", " ") for n in names) + " |",
        "|" + "---|" * len(names),
        "| " + " | ".join(str(report.counts[n]) for n in names) + " |",
    ]
