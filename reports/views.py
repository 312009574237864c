"""Staff start page and follow-up statistics (HTML, CSV, XLSX)."""

from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from accounts.web_auth import page_router, render_page
from core import audit
from core.db import get_session
from core.i18n import translate
from reports import dashboard, stats

router = page_router()

DbSession = Annotated[Session, Depends(get_session)]


@router.get("/", name="start")
def start(
    request: Request,
    principal: Annotated[Principal, Depends(require("youth:read"))],
    db_session: DbSession,
) -> Response:
    board = dashboard.build(db_session=db_session, principal=principal)
    audit.record(
        db_session, actor=principal.actor, action="youth.list", subject_type="youth",
        subject_id="*", detail={"ids": [y.id for y in board.my_youths], "page": "start"},
    )  # fmt: skip
    return render_page(
        request, "reports/start.html", {"board": board, "youth_name": dashboard.youth_name}
    )


@router.get("/statistics", name="statistics")
def statistics(
    request: Request,
    _: Annotated[Principal, Depends(require("stats:read"))],
    db_session: DbSession,
) -> Response:
    figures = stats.follow_up(db_session=db_session)
    language = request.state.language

    def tr(text: str) -> str:
        return translate(text, language)

    labels = {k: tr(v) for k, v in stats.OUTCOME_LABELS.items()}
    for row in [figures.outcomes_overall, *figures.outcomes_by_gender, *figures.outcomes_by_team]:
        row.label = tr(row.label)
    context = {
        "s": figures,
        "outcome_labels": labels,
        "outcomes": stats.OUTCOMES,
        "internship_labels": stats.INTERNSHIP_LABELS,
        "chart_overall": stats.outcome_chart(
            [figures.outcomes_overall, *figures.outcomes_by_gender],
            title_id="chart-gender-title",
            labels=labels,
        ),
        "chart_team": stats.outcome_chart(
            figures.outcomes_by_team, title_id="chart-team-title", labels=labels
        ),
        "audit_measures": stats.AUDIT_MEASURES,
        "chart_audit": stats.percent_chart(
            [(tr(r["label"]), r["flagged_share"]) for r in figures.stereotype_audit or []],
            title_id="chart-audit-title",
        ),
        "chart_internships": stats.count_chart(
            [(tr(stats.INTERNSHIP_LABELS[k]), v) for k, v in figures.internships.items()],
            title_id="chart-internships-title",
        ),
    }
    return render_page(request, "reports/statistics.html", context)


@router.get("/statistics.csv", name="statistics_csv")
def statistics_csv(
    request: Request,
    _: Annotated[Principal, Depends(require("stats:read"))],
    db_session: DbSession,
) -> Response:
    language = request.state.language
    text = stats.to_csv(stats.follow_up(db_session=db_session), lambda t: translate(t, language))
    return Response(
        text.encode("utf-8-sig"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="praktikmatch-statistik.csv"'},
    )


@router.get("/statistics.xlsx", name="statistics_xlsx")
def statistics_xlsx(
    request: Request,
    _: Annotated[Principal, Depends(require("stats:read"))],
    db_session: DbSession,
) -> Response:
    language = request.state.language
    data = stats.to_xlsx(stats.follow_up(db_session=db_session), lambda t: translate(t, language))
    return Response(
        data,
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": 'attachment; filename="praktikmatch-statistik.xlsx"'},
    )
