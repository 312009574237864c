"""Placement CSV import (all-or-nothing upsert by ref) and export in the same format."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from competences import service as competences_service
from core.csvio import (
    ImportFailed,
    RowError,
    Table,
    parse_bool,
    parse_fields,
    parse_list,
    read_rows,
    write_rows,
)
from core.csvio import parse_whole as _whole
from employers import import_owners, occupations, repository, validation
from employers.models import Placement

REQUIRED = ("ref", "employer", "title", "description", "district", "capacity")
# Without `ssyk` the code is inferred from the placement's text (employers.occupations).
OPTIONAL = (
    "ssyk", "org_number", "workplace", "address", "sni", "min_age", "start_date", "end_date",
    "supervisor_name", "supervisor_email", "supervisor_phone", "trains", "open",
)  # fmt: skip
COLUMNS = REQUIRED + OPTIONAL
# Columns whose values live on the placement row itself.
PLACEMENT_ATTRS = (
    "title", "description", "ssyk_code", "sni_section", "capacity", "min_age", "start_date",
    "end_date", "supervisor_name", "supervisor_email", "supervisor_phone", "trains", "is_open",
    "ssyk_source", "ssyk_confidence", "ssyk_evidence", "ssyk_alternatives",
)  # fmt: skip
# Fields an inferred code was read from: when one changes, the code is inferred again.
INFERENCE_INPUTS = ("title", "description", "sni_section", "workplace_id")


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    ignored_columns: tuple[str, ...] = ()
    inferred: int = 0  # occupation codes inferred from the placements' text
    to_review: int = 0  # of those, how many are unsure (listed at /placements/review)

    def summary(self) -> str:
        text = f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged"
        if self.inferred:
            text += f"; {self.inferred} occupation codes inferred ({self.to_review} to review)"
        if self.ignored_columns:
            text += f"; ignored columns: {', '.join(self.ignored_columns)}"
        return text


def _text(v: str, limit: int) -> str:
    if len(v) > limit:
        raise ValueError(f"at most {limit} characters (this has {len(v)})")
    return v


def parse_placement_rows(
    text: str | Table, *, card_keys: set[str]
) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    """Validates every row; raises ImportFailed listing each error with its line and column."""
    rows, ignored = read_rows(text, required=REQUIRED, optional=OPTIONAL)
    errors: list[RowError] = []
    parsed: list[tuple[int, dict[str, Any]]] = []
    seen: dict[str, int] = {}

    checks: dict[str, Any] = {
        "ref": lambda s: _text(s, 60), "employer": lambda s: _text(s, 200),
        "title": lambda s: _text(s, 200), "description": lambda s: _text(s, 5000),
        "district": lambda s: _text(s, 100), "capacity": _capacity, "ssyk": validation.check_ssyk,
        "org_number": validation.normalise_org_number, "workplace": lambda s: _text(s, 200),
        "address": lambda s: _text(s, 300), "sni": validation.check_sni, "min_age": _min_age,
        "start_date": _date, "end_date": _date, "supervisor_name": lambda s: _text(s, 200),
        "supervisor_email": validation.check_email, "supervisor_phone": lambda s: _text(s, 40),
        "trains": lambda s: _trains(s, card_keys), "open": parse_bool,
    }  # fmt: skip
    required = ("ref", "employer", "title", "district", "capacity")
    defaults = {"description": "", "trains": [], "open": True}
    for row in rows:
        out, row_errors = parse_fields(row, checks, required=required, defaults=defaults)
        if out.get("start_date") and out.get("end_date") and out["end_date"] < out["start_date"]:
            row_errors.append(RowError(row.line, "end_date", "is before start_date"))
        ref = out.get("ref")
        if ref and ref in seen:
            row_errors.append(
                RowError(row.line, "ref", f"{ref!r} already appears on line {seen[ref]}")
            )
        elif ref:
            seen[ref] = row.line
        errors.extend(row_errors)
        if not row_errors:
            parsed.append((row.line, out))
    if errors:
        raise ImportFailed(errors)
    return parsed, ignored


def _capacity(s: str) -> int:
    n = _whole(s)
    if not 0 <= n <= 100:
        raise ValueError("must be between 0 and 100")
    return n


def _min_age(s: str) -> int:
    n = _whole(s)
    if not 13 <= n <= 30:
        raise ValueError("must be between 13 and 30")
    return n


def _date(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise ValueError("write the date as YYYY-MM-DD") from None


def _trains(s: str, card_keys: set[str]) -> list[str]:
    keys = parse_list(s)
    unknown = [k for k in keys if k not in card_keys]
    if unknown:
        raise ValueError(f"unknown competence {', '.join(unknown)}")
    return list(dict.fromkeys(keys))


def import_placements(
    *, db_session: Session, text: str | Table, filename: str = ""
) -> ImportResult:
    """Upserts placements by ref in one transaction; a file with any error stores nothing."""
    deck = competences_service.get_current(db_session=db_session)
    try:
        parsed, ignored = parse_placement_rows(
            text, card_keys=set(competences_service.card_keys(deck))
        )
    except ImportFailed as exc:
        raise ImportFailed(exc.errors, filename) from None
    result = ImportResult(ignored_columns=tuple(ignored))
    existing = {
        p.ref: p
        for p in db_session.execute(
            select(
                Placement.id,
                Placement.ref,
                Placement.workplace_id,
                *[getattr(Placement, a) for a in PLACEMENT_ATTRS],
            )
        ).all()
    }
    version = repository.catalogue_version(db_session) + 1
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    staged: list[tuple[dict[str, Any], Any, dict[str, Any]]] = []
    to_infer: list[tuple[dict[str, Any], occupations.PlacementText]] = []
    # Employers and workplaces in one batch each (employers.import_owners), not row by row.
    workplace_ids = import_owners.upsert_owners(db_session, [row for _, row in parsed])
    for _line, row in parsed:
        wp_name = import_owners.workplace_name(row)
        workplace_id = workplace_ids[(row["employer"], wp_name)]
        values = {
            "workplace_id": workplace_id, "title": row["title"], "description": row["description"] or "",
            "sni_section": row["sni"], "capacity": row["capacity"],
            "min_age": row["min_age"], "start_date": row["start_date"], "end_date": row["end_date"],
            "supervisor_name": row["supervisor_name"], "supervisor_email": row["supervisor_email"],
            "supervisor_phone": row["supervisor_phone"], "trains": row["trains"], "is_open": row["open"],
        }  # fmt: skip
        old = existing.get(row["ref"])
        if _occupation(values, row["ssyk"], old):
            text = occupations.PlacementText(
                title=row["title"], description=row["description"] or "", employer=row["employer"],
                workplace=wp_name, sni=row["sni"],
            )  # fmt: skip
            to_infer.append((values, text))
        staged.append((row, old, values))
    # One vectorised pass for every row that needs an inferred code.
    inferred = occupations.infer_batch([text for _, text in to_infer])
    for (values, _), found in zip(to_infer, inferred, strict=True):
        values.update(found)
    result.inferred = sum(1 for f in inferred if f["ssyk_source"] == occupations.INFERRED)
    result.to_review = sum(
        1 for f in inferred
        if f["ssyk_code"] is None or (f["ssyk_confidence"] or 0) < occupations.REVIEW_BELOW
    )  # fmt: skip
    for row, old, values in staged:
        if old is None:
            inserts.append({"ref": row["ref"], "catalogue_version": version, **values})
        elif any(getattr(old, k) != val for k, val in values.items()):
            updates.append({"id": old.id, "catalogue_version": version, **values})
        else:
            result.unchanged += 1
    if inserts or updates:
        repository.bump_catalogue_version(db_session)
    if inserts:
        db_session.execute(insert(Placement), inserts)
    if updates:
        db_session.execute(update(Placement), updates)
    db_session.flush()
    result.created, result.updated = len(inserts), len(updates)
    return result


def _occupation(values: dict[str, Any], code: str | None, old: Any) -> bool:
    """Fills the row's SSYK columns; returns True when the code must be inferred.

    A code in the file is "given", unless it is the code already stored from an inference or a
    confirmation (an export re-imports unchanged). Without a code, a confirmed code stays, an
    inferred one stays while its text is unchanged, and otherwise the code is inferred.
    """
    kept = {k: getattr(old, k) for k in ("ssyk_code", "ssyk_source", "ssyk_confidence",
                                         "ssyk_evidence", "ssyk_alternatives")
            } if old is not None else {}  # fmt: skip
    if code:
        if kept.get("ssyk_code") == code and kept["ssyk_source"] in (
            occupations.INFERRED,
            occupations.CONFIRMED,
        ):
            values.update(kept)
        else:
            values.update(ssyk_code=code, ssyk_source=occupations.GIVEN, ssyk_confidence=None,
                          ssyk_evidence=None, ssyk_alternatives=None)  # fmt: skip
        return False
    if kept.get("ssyk_source") == occupations.CONFIRMED or (
        kept.get("ssyk_source") == occupations.INFERRED
        and all(getattr(old, k) == values[k] for k in INFERENCE_INPUTS)
    ):
        values.update(kept)
        return False
    return True


def export_placements(*, db_session: Session) -> str:
    """Writes the whole catalogue in the import format."""
    rows = []
    for p in db_session.scalars(repository.placements_query().order_by(Placement.ref)).unique():
        wp = p.workplace
        rows.append(
            [
                p.ref, wp.employer.name, p.title, p.description, wp.district or "", p.capacity,
                p.ssyk_code or "", wp.employer.org_number or "", wp.name, wp.address or "",
                p.sni_section or "", p.min_age or "", p.start_date or "", p.end_date or "",
                p.supervisor_name or "", p.supervisor_email or "", p.supervisor_phone or "",
                ";".join(p.trains or []), "true" if p.is_open else "false",
            ]
        )  # fmt: skip
    return write_rows(COLUMNS, rows)
