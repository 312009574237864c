"""Youth CSV import (all-or-nothing upsert by ref) and export in the same format."""

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from accounts.auth import Principal
from accounts.models import Role
from competences import service as competences_service
from core import audit
from core.csvio import (
    ImportFailed,
    RowError,
    Table,
    parse_fields,
    parse_list,
    read_rows,
    write_rows,
)
from core.csvio import parse_whole as _whole
from core.errors import Forbidden
from employers.importing import ImportResult
from youths import service as youths_service
from youths.models import CardSort, ProposedWorkplace, Youth

REQUIRED = ("ref", "gender", "birth_year", "district", "interests")
OPTIONAL = (
    "first_name", "last_name", "team", "strengths", "develop", "proposed_workplaces",
    "email", "phone", "language", "enrolled_date",
)  # fmt: skip
COLUMNS = REQUIRED + OPTIONAL
PROFILE = ("gender", "birth_year", "district", "interests", "first_name", "last_name", "team",
           "email", "phone", "language", "enrolled_date")  # fmt: skip

GENDER_WORDS = {
    "female": "female", "f": "female", "kvinna": "female", "tjej": "female", "flicka": "female",
    "k": "female", "woman": "female", "girl": "female",
    "male": "male", "m": "male", "man": "male", "kille": "male", "pojke": "male", "boy": "male",
    "other": "other", "annat": "other", "annan": "other", "icke-binär": "other", "ickebinär": "other",
    "non-binary": "other",
    "": None, "-": None, "ej angivet": None, "vill inte uppge": None, "not stated": None, "unknown": None,
}  # fmt: skip


def _gender(s: str) -> str | None:
    key = s.strip().lower()
    if key not in GENDER_WORDS:
        raise ValueError("write female, male, other, or leave it empty (not stated)")
    return GENDER_WORDS[key]


def _birth_year(s: str) -> int:
    year = _whole(s)
    age = date.today().year - year
    if not 10 <= age <= 35:
        raise ValueError(f"gives age {age}; the programme is for young people 13-24")
    return year


def _limit(n: int) -> Any:
    def check(s: str) -> str:
        if len(s) > n:
            raise ValueError(f"at most {n} characters (this has {len(s)})")
        return s

    return check


def parse_youth_rows(
    text: str | Table, *, card_keys: set[str]
) -> tuple[list[dict[str, Any]], list[str]]:
    """Validates every row; raises ImportFailed listing each error with its line and column."""
    rows, ignored = read_rows(text, required=REQUIRED, optional=OPTIONAL)
    errors: list[RowError] = []
    parsed: list[dict[str, Any]] = []
    seen: dict[str, int] = {}

    def keys(s: str) -> list[str]:
        found = parse_list(s)
        unknown = [k for k in found if k not in card_keys]
        if unknown:
            raise ValueError(f"unknown competence {', '.join(unknown)}")
        return list(dict.fromkeys(found))

    def language(s: str) -> str:
        if s not in ("sv", "en"):
            raise ValueError("write sv or en")
        return s

    checks: dict[str, Any] = {
        "ref": _limit(60), "gender": _gender, "birth_year": _birth_year, "district": _limit(100),
        "interests": _limit(4000), "first_name": _limit(100), "last_name": _limit(100),
        "team": _limit(100), "strengths": keys, "develop": keys, "proposed_workplaces": parse_list,
        "email": _limit(254), "phone": _limit(40), "language": language, "enrolled_date": date.fromisoformat,
    }  # fmt: skip
    defaults: dict[str, Any] = {"strengths": [], "develop": [], "proposed_workplaces": []}
    for row in rows:
        out, row_errors = parse_fields(row, checks, required=("ref",), defaults=defaults)
        ref = out.get("ref")
        if ref and ref in seen:
            row_errors.append(
                RowError(row.line, "ref", f"{ref!r} already appears on line {seen[ref]}")
            )
        elif ref:
            seen[ref] = row.line
        errors.extend(row_errors)
        if not row_errors:
            out["interests"] = out["interests"] or ""
            out["language"] = out["language"] or "sv"
            parsed.append({"line": row.line, **out})
    if errors:
        raise ImportFailed(errors)
    return parsed, ignored


# One message, on the ref column, for every row the caller may not write: another team's youth,
# an erased one, or a new youth for a team the caller may not add to. A refused row therefore
# tells nothing about who has the ref (see README, "Trust: access").
NOT_YOURS = "you may not import this ref: import only youths of your own team"
NO_MOVE = "only an administrator moves a youth to another team"


def check_may_import(principal: Principal | None) -> None:
    """Raises Forbidden unless the caller may import youths at all.

    Admins (and the CLI's operator) import into any team; coaches and recruiters only into their
    own team, so a caller without a team has nowhere to import to.
    """
    if not (youths_service.municipality_wide(principal) or (principal and principal.team)):
        raise Forbidden("Your account has no team, so it may not import youths.")


def _scope_errors(
    parsed: list[dict[str, Any]],
    existing: dict[str, Youth],
    visible: set[str] | None,
    principal: Principal | None,
) -> list[RowError]:
    """Rows the caller may not write, each an error on its line; `visible` None: every ref."""
    errors: list[RowError] = []
    for row in parsed:
        line, ref = row["line"], row["ref"]
        youth = existing.get(ref)
        hidden = visible is not None and ref not in visible
        if youth is not None and (youth.erased_at is not None or hidden):
            errors.append(RowError(line, "ref", NOT_YOURS))
            continue
        if principal is None:
            continue
        if row["team"] is None:
            if youth is not None:
                continue  # an empty cell leaves the youth's team as it is
            row["team"] = principal.team
        try:
            youths_service.check_team(principal, row["team"], youth=youth)
        except Forbidden:
            # The youth is the caller's own (or new): saying why reveals nothing.
            errors.append(
                RowError(line, "team", NO_MOVE) if youth else RowError(line, "ref", NOT_YOURS)
            )
    return errors


def import_youths(
    *,
    db_session: Session,
    text: str | Table,
    actor: str,
    filename: str = "",
    principal: Principal | None = None,
) -> ImportResult:
    """Upserts youths by ref in one transaction; a file with any error stores nothing.

    Runs with the caller's scope: a row for a youth the caller may not see, or for a team the
    caller may not write to, is an error on its line. `principal` None is the operator (CLI).
    """
    check_may_import(principal)
    deck = competences_service.get_current(db_session=db_session)
    try:
        parsed, ignored = parse_youth_rows(text, card_keys=set(competences_service.card_keys(deck)))
    except ImportFailed as exc:
        raise ImportFailed(exc.errors, filename) from None
    result = ImportResult(ignored_columns=tuple(ignored))
    existing = {
        y.ref: y
        for y in db_session.scalars(
            select(Youth).options(
                selectinload(Youth.card_sorts), selectinload(Youth.proposed_workplaces)
            )
        )
    }
    visible = None
    if not youths_service.municipality_wide(principal):
        visible = set(
            db_session.scalars(
                youths_service.visible_youths(principal).with_only_columns(Youth.ref)
            )
        )
    errors = _scope_errors(parsed, existing, visible, principal)
    if errors:
        raise ImportFailed(errors, filename)
    recruiter_id = (
        principal.id
        if principal is not None and principal.kind == "user" and principal.role == Role.recruiter
        else None
    )
    for row in parsed:
        youth = existing.get(row["ref"])
        changed = False
        if youth is None:
            youth = Youth(ref=row["ref"], recruiter_id=recruiter_id, **{k: row[k] for k in PROFILE})
            db_session.add(youth)
            db_session.flush()
            youth_sorts: list[CardSort] = []
            youth_proposals: set[str] = set()
            result.created += 1
            action = "youth.import.create"
        else:
            for k in PROFILE:
                if row[k] is not None and getattr(youth, k) != row[k]:
                    setattr(youth, k, row[k])
                    changed = True
            youth_sorts = list(youth.card_sorts)
            youth_proposals = {p.text for p in youth.proposed_workplaces}
            action = "youth.import.update"
        current = youth_sorts[-1] if youth_sorts else None
        if (row["strengths"] or row["develop"]) and (
            current is None
            or current.strengths != row["strengths"]
            or current.develop != row["develop"]
        ):
            db_session.add(
                CardSort(youth_id=youth.id, deck_version=deck.version, strengths=row["strengths"],
                         develop=row["develop"], sorted_by=actor)
            )  # fmt: skip
            changed = True
        for text_ in row["proposed_workplaces"]:
            if text_ not in youth_proposals:
                db_session.add(ProposedWorkplace(youth_id=youth.id, text=text_, proposed_by=actor))
                youth_proposals.add(text_)
                changed = True
        if action == "youth.import.update":
            if changed:
                result.updated += 1
            else:
                result.unchanged += 1
                continue
        audit.record(
            db_session, actor=actor, action=action, subject_type="youth", subject_id=youth.id
        )
    db_session.flush()
    return result


def export_youths(*, db_session: Session, principal: Principal | None = None) -> str:
    """Writes the (non-erased) youths the caller may see in the import format; None: every one."""
    rows = []
    stmt = (
        youths_service.visible_youths(principal)
        .options(selectinload(Youth.card_sorts), selectinload(Youth.proposed_workplaces))
        .order_by(Youth.ref)
    )
    for y in db_session.scalars(stmt):
        sort = y.card_sorts[-1] if y.card_sorts else None
        rows.append(
            [
                y.ref, y.gender or "", y.birth_year or "", y.district or "", y.interests,
                y.first_name or "", y.last_name or "", y.team or "",
                ";".join(sort.strengths) if sort else "", ";".join(sort.develop) if sort else "",
                ";".join(p.text for p in y.proposed_workplaces), y.email or "", y.phone or "",
                y.language, y.enrolled_date or "",
            ]
        )  # fmt: skip
    return write_rows(COLUMNS, rows)
