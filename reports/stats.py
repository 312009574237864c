"""Follow-up statistics like the final report's tables, as numbers, SVG charts, CSV and XLSX.

Only counts leave this module: no names, no refs. Erased youths keep counting: erasure
(youths.gdpr) keeps exactly the anonymised facts counted here (gender, team, status, outcome,
enrolment month), and the ESF reporting needs every youth the team ever worked with.
"""

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from core.csvio import safe_cell, write_rows
from internships.models import Internship, InternshipStatus
from youths.models import Outcome, Youth, YouthStatus

log = logging.getLogger("praktikmatch.stats")
GENDER_LABELS = {
    "female": "Flickor/kvinnor",
    "male": "Pojkar/män",
    "other": "Annat",
    None: "Ej angivet",
}
OUTCOMES = (Outcome.work.value, Outcome.studies.value, Outcome.other.value)
OUTCOME_LABELS = {"work": "Arbete", "studies": "Studier", "other": "Annat"}
INTERNSHIP_LABELS = {
    "planned": "Planerade",
    "started": "Påbörjade",
    "completed": "Genomförda",
    "ended_early": "Avbrutna",
    "counter_stereotypical": "Normbrytande",
}
STARTED = (
    InternshipStatus.active.value,
    InternshipStatus.completed.value,
    InternshipStatus.ended_early.value,
)


@dataclass
class OutcomeRow:
    """Discharged youths of one group and where they went."""

    label: str
    work: int = 0
    studies: int = 0
    other: int = 0

    @property
    def discharged(self) -> int:
        return self.work + self.studies + self.other

    def share(self, outcome: str) -> float:
        return getattr(self, outcome) / self.discharged if self.discharged else 0.0


@dataclass
class FollowUpStats:
    enrolled_total: int = 0
    enrolled_now: int = 0
    enrolled_by_gender: list[tuple[str, int]] = field(default_factory=list)
    outcomes_overall: OutcomeRow = field(default_factory=lambda: OutcomeRow("Alla"))
    outcomes_by_gender: list[OutcomeRow] = field(default_factory=list)
    outcomes_by_team: list[OutcomeRow] = field(default_factory=list)
    internships: dict[str, int] = field(default_factory=dict)
    stereotype_audit: list[dict[str, Any]] | None = None


def _outcome_rows(
    db_session: Session, column: Any, labels: dict[Any, str] | None
) -> list[OutcomeRow]:
    stmt = (
        select(column, Youth.outcome, func.count())
        .where(Youth.status == YouthStatus.discharged.value)
        .group_by(column, Youth.outcome)
    )
    rows: dict[Any, OutcomeRow] = {}
    for group, outcome, count in db_session.execute(stmt).tuples():
        label = (labels or {}).get(group, group) if labels else (group or "Inget team")
        row = rows.setdefault(group, OutcomeRow(str(label)))
        if outcome in OUTCOMES:
            setattr(row, outcome, getattr(row, outcome) + count)
        else:  # discharged without a recorded outcome counts as "other"
            row.other += count
    return [rows[k] for k in sorted(rows, key=lambda k: (k is None, str(k)))]


AUDIT_GENDERS = {**GENDER_LABELS, "not_stated": "Ej angivet"}
AUDIT_MEASURES = {
    "youths": "Ungdomar",
    "suggestions": "Förslag",
    "flagged_share": "Andel könsstereotypa förslag",
    "fully_flagged_top5_share": "Andel med bara stereotypa förslag bland de 5 första",
    "internships_started": "Påbörjad praktik",
    "internships_counter_stereotypical": "Normbrytande praktik",
    "explorer_led_suggestions": "Förslag som intresseutforskaren styr",
    "explorer_led_flagged_share": "Andel stereotypa förslag, från intresseutforskaren",
    "text_led_flagged_share": "Andel stereotypa förslag, från ungdomens text",
}


def stereotype_audit(*, db_session: Session) -> list[dict[str, Any]] | None:
    """The matcher's stereotype audit per gender (reports.stereotype_audit), or None without a matcher."""
    try:
        from reports import stereotype_audit as matcher_audit
    except ImportError:
        return None
    from employers.models import Placement

    if not db_session.scalar(select(func.count()).select_from(Placement)):
        return None  # nothing to suggest yet (and the matcher's index needs one placement)
    try:
        with db_session.begin_nested():  # a failing audit must not take the page down with it
            result = matcher_audit.stereotype_audit(db_session=db_session)
    except SQLAlchemyError:
        log.exception("the matcher's stereotype audit failed; the page shows the rest")
        return None
    return [
        {
            "label": AUDIT_GENDERS.get(g.gender, g.gender),
            **{k: getattr(g, k) for k in AUDIT_MEASURES},
        }
        for g in result.by_gender
    ]


def follow_up(*, db_session: Session) -> FollowUpStats:
    """Computes the live follow-up figures for the whole municipality."""
    stats = FollowUpStats()
    stats.enrolled_total = db_session.scalar(select(func.count()).select_from(Youth)) or 0
    # "Enrolled now" is the team's current work: an erased youth is no longer someone they
    # can help, whatever status was left on the row.
    stats.enrolled_now = (
        db_session.scalar(
            select(func.count()).where(
                Youth.erased_at.is_(None), Youth.status == YouthStatus.enrolled.value
            )
        )
        or 0
    )
    by_gender = dict(
        db_session.execute(select(Youth.gender, func.count()).group_by(Youth.gender)).tuples().all()
    )
    stats.enrolled_by_gender = [
        (GENDER_LABELS[g], by_gender.get(g, 0)) for g in ("female", "male", "other", None)
    ]
    stats.outcomes_by_gender = _outcome_rows(db_session, Youth.gender, GENDER_LABELS)
    stats.outcomes_overall = OutcomeRow(
        "Alla", *(sum(getattr(r, o) for r in stats.outcomes_by_gender) for o in OUTCOMES)
    )
    stats.outcomes_by_team = _outcome_rows(db_session, Youth.team, None)
    counts = dict(
        db_session.execute(select(Internship.status, func.count()).group_by(Internship.status))
        .tuples()
        .all()
    )
    counter = db_session.scalar(
        select(func.count()).where(
            Internship.status.in_(STARTED), Internship.counter_stereotypical.is_(True)
        )
    )
    stats.internships = {
        "planned": counts.get(InternshipStatus.planned.value, 0),
        "started": sum(counts.get(s, 0) for s in STARTED),
        "completed": counts.get(InternshipStatus.completed.value, 0),
        "ended_early": counts.get(InternshipStatus.ended_early.value, 0),
        "counter_stereotypical": counter or 0,
    }
    stats.stereotype_audit = stereotype_audit(db_session=db_session)
    return stats


def table_rows(stats: FollowUpStats) -> list[tuple[str, str, str, int | float]]:
    """Every figure as (table, group, measure, value): the export format."""
    rows: list[tuple[str, str, str, int | float]] = [
        ("Inskrivna", "Alla", "antal", stats.enrolled_total),
        ("Inskrivna", "Alla", "inskrivna nu", stats.enrolled_now),
    ]
    rows += [("Inskrivna", label, "antal", n) for label, n in stats.enrolled_by_gender]
    for table, group_rows in (
        ("Utfall vid utskrivning", [stats.outcomes_overall]),
        ("Utfall per kön", stats.outcomes_by_gender),
        ("Utfall per team", stats.outcomes_by_team),
    ):
        for row in group_rows:
            rows.append((table, row.label, "utskrivna", row.discharged))
            for outcome in OUTCOMES:
                rows.append((table, row.label, OUTCOME_LABELS[outcome], getattr(row, outcome)))
                rows.append(
                    (
                        table,
                        row.label,
                        f"{OUTCOME_LABELS[outcome]} %",
                        round(100 * row.share(outcome), 1),
                    )
                )
    rows += [
        ("Praktik", "Alla", INTERNSHIP_LABELS[key], value)
        for key, value in stats.internships.items()
    ]
    for row in stats.stereotype_audit or []:
        rows += [
            ("Stereotypgranskning", row["label"], AUDIT_MEASURES[k], row[k]) for k in AUDIT_MEASURES
        ]
    return rows


EXPORT_COLUMNS = ("tabell", "grupp", "mått", "värde")


def _translated(stats: FollowUpStats, tr: Callable[[str], str]) -> list[list[Any]]:
    return [[tr(a), tr(b), tr(c), v] for a, b, c, v in table_rows(stats)]


def to_csv(stats: FollowUpStats, tr: Callable[[str], str] = str) -> str:
    """The figures as CSV (formula-safe cells)."""
    return write_rows([tr(c) for c in EXPORT_COLUMNS], _translated(stats, tr))


def to_xlsx(stats: FollowUpStats, tr: Callable[[str], str] = str) -> bytes:
    """The figures as an Excel workbook: text cells are formula-safe, numbers stay numbers."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = tr("Uppföljning")
    sheet.append([tr(c) for c in EXPORT_COLUMNS])
    for row in _translated(stats, tr):
        sheet.append([safe_cell(v) if isinstance(v, str) else v for v in row])
    for column, width in zip("ABCD", (26, 22, 22, 10), strict=True):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def outcome_chart(rows: list[OutcomeRow], *, title_id: str, labels: dict[str, str]) -> Markup:
    """A horizontal stacked bar per group: the share in work, studies and other (SVG)."""
    bar_x, bar_w, row_h = 170, 380, 34
    height = 10 + row_h * len(rows)
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="{escape(title_id)}" '
        f'viewBox="0 0 {bar_x + bar_w + 20} {height}" width="{bar_x + bar_w + 20}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, row in enumerate(rows):
        y = 5 + i * row_h
        parts.append(
            f'<text x="{bar_x - 8}" y="{y + 19}" text-anchor="end">{escape(row.label)} '
            f"({row.discharged})</text>"
        )
        x = float(bar_x)
        for outcome in OUTCOMES:
            width = bar_w * row.share(outcome)
            if width > 0:
                parts.append(
                    f'<rect class="bar-{outcome}" x="{x:.1f}" y="{y}" width="{width:.1f}" '
                    f'height="26"><title>{escape(labels[outcome])}: '
                    f"{round(100 * row.share(outcome))} %</title></rect>"
                )
                if width > 38:
                    parts.append(
                        f'<text class="on-bar" x="{x + 5:.1f}" y="{y + 18}">'
                        f"{round(100 * row.share(outcome))} %</text>"
                    )
            x += width
        if not row.discharged:
            parts.append(f'<rect x="{bar_x}" y="{y}" width="{bar_w}" height="26" fill="#eeeeee"/>')
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every interpolated text is escaped above


def count_chart(items: list[tuple[str, int]], *, title_id: str) -> Markup:
    """Horizontal bars for plain counts (SVG)."""
    bar_x, bar_w, row_h = 170, 380, 34
    top = max((n for _, n in items), default=0) or 1
    height = 10 + row_h * len(items)
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="{escape(title_id)}" '
        f'viewBox="0 0 {bar_x + bar_w + 60} {height}" width="{bar_x + bar_w + 60}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, n) in enumerate(items):
        y = 5 + i * row_h
        width = bar_w * n / top
        parts.append(f'<text x="{bar_x - 8}" y="{y + 19}" text-anchor="end">{escape(label)}</text>')
        parts.append(f'<rect class="bar" x="{bar_x}" y="{y}" width="{width:.1f}" height="26"/>')
        parts.append(f'<text x="{bar_x + width + 6:.1f}" y="{y + 19}">{n}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every interpolated text is escaped above


def percent_chart(items: list[tuple[str, float]], *, title_id: str) -> Markup:
    """Horizontal bars for shares between 0 and 1, on a fixed 0-100 % scale (SVG)."""
    bar_x, bar_w, row_h = 170, 380, 34
    height = 10 + row_h * len(items)
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="{escape(title_id)}" '
        f'viewBox="0 0 {bar_x + bar_w + 60} {height}" width="{bar_x + bar_w + 60}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, share) in enumerate(items):
        y = 5 + i * row_h
        width = bar_w * max(0.0, min(1.0, share))
        parts.append(f'<text x="{bar_x - 8}" y="{y + 19}" text-anchor="end">{escape(label)}</text>')
        parts.append(f'<rect x="{bar_x}" y="{y}" width="{bar_w}" height="26" fill="#eeeeee"/>')
        parts.append(f'<rect class="bar" x="{bar_x}" y="{y}" width="{width:.1f}" height="26"/>')
        parts.append(f'<text x="{bar_x + bar_w + 6}" y="{y + 19}">{round(100 * share)} %</text>')
    parts.append("</svg>")
    return Markup("".join(parts))  # noqa: S704 - every interpolated text is escaped above
