"""Staff pages for the catalogue: placement search, employers, workplaces and placements."""

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, Query, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from accounts.web_auth import CheckedForm, field_errors, page_router, redirect, render_page
from competences import service as competences_service
from core.db import get_session
from core.errors import AppError
from employers import occupations, repository, service
from employers.models import Employer, Occupation, Placement, Sector, Workplace
from employers.occupation_views import occupation_context
from employers.schemas import EmployerCreate, PlacementCreate, PlacementRead, PlacementUpdate

router = page_router()

DbSession = Annotated[Session, Depends(get_session)]
CanRead = Annotated[Principal, Depends(require("catalogue:read"))]
CanWrite = Annotated[Principal, Depends(require("catalogue:write"))]
PAGE_SIZE = 25
PLACEMENT_FIELDS = (
    "ref", "title", "description", "employer", "workplace", "address", "district", "ssyk", "sni",
    "capacity", "min_age", "start_date", "end_date", "supervisor_name", "supervisor_email",
    "supervisor_phone",
)  # fmt: skip


def _choices(db_session: Session) -> dict[str, Any]:
    districts = db_session.scalars(
        select(Workplace.district).where(Workplace.district.is_not(None)).distinct()
    ).all()
    used = select(Placement.ssyk_code).distinct()
    occupations = db_session.execute(
        select(Occupation.ssyk_code, Occupation.name_sv)
        .where(Occupation.ssyk_code.in_(used))
        .order_by(Occupation.name_sv)
    ).tuples()
    sectors = db_session.execute(select(Sector.code, Sector.name_sv).order_by(Sector.code)).tuples()
    deck = competences_service.get_current(db_session=db_session)
    return {
        "districts": [(d, d) for d in sorted(districts)],
        "occupations": [(code, f"{name} ({code})") for code, name in occupations],
        "sectors": [(code, f"{code} – {name}") for code, name in sectors],
        "cards": [(c.key, c.name_sv, c.name_en) for c in competences_service.cards_of(deck)],
    }


def _why(item: PlacementRead, filters: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Why a result is listed: the text match and each filter it passed (Swedish sources)."""
    why: list[tuple[str, dict[str, Any]]] = []
    if item.match:
        why.append(
            ("Texten liknar din sökning ({score})", {"score": item.match.rsplit("(", 1)[-1][:-1]})
        )
    if filters.get("district"):
        why.append(("Ligger i {district}", {"district": item.district}))
    if filters.get("ssyk"):
        why.append(("Yrke: {name}", {"name": item.occupation or item.ssyk}))
    if filters.get("sni"):
        why.append(("Bransch {sni}", {"sni": item.sni}))
    if filters.get("free"):
        why.append(
            ("{n} av {total} platser lediga", {"n": item.open_capacity, "total": item.capacity})
        )
    if filters.get("start") or filters.get("end"):
        why.append(("Perioden passar", {}))
    if filters.get("age"):
        why.append(("Tar emot från {age} år", {"age": item.min_age or 13}))
    return why


def _page_url(request: Request, page: int) -> str:
    params = {k: v for k, v in request.query_params.items() if k != "page"}
    return "/placements?" + urlencode({**params, "page": page})


@router.get("/placements", name="placement_search")
def placement_search(
    request: Request,
    _: CanRead,
    db_session: DbSession,
    q: Annotated[str, Query(max_length=200)] = "",
    district: Annotated[str, Query(max_length=100)] = "",
    ssyk: Annotated[str, Query(pattern=r"^(\d{4})?$")] = "",
    sni: Annotated[str, Query(pattern=r"^[A-U]?$")] = "",
    free: bool = False,
    # Read as text: the browser sends every field of the form, empty ones as `age=`; a value
    # that is not a number or date is shown next to its field, not as a validation error.
    start: Annotated[str, Query(max_length=40)] = "",
    end: Annotated[str, Query(max_length=40)] = "",
    age: Annotated[str, Query(max_length=40)] = "",
    page: Annotated[int, Query(ge=1)] = 1,
) -> Response:
    errors: dict[str, str] = {}
    start_day, end_day = _day(start, "start", errors), _day(end, "end", errors)
    if start_day and end_day and end_day < start_day:
        errors["end"] = "Slutdatum kan inte vara före startdatum."
    age_years = _age(age, errors)
    filters = {"q": q, "district": district, "ssyk": ssyk, "sni": sni, "free": free,
               "start": start.strip(), "end": end.strip(), "age": age.strip()}  # fmt: skip
    items, total = [], 0
    if not errors:
        items, total = service.search_placements(
            db_session=db_session, q=q or None, district=district or None, ssyk=ssyk or None,
            is_open=True, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, sni=sni or None,
            age=age_years, period=(start_day, end_day), seat_free=free,
        )  # fmt: skip
    results = [(item, _why(item, {**filters, "age": age_years})) for item in items]
    pages = max(1, -(-total // PAGE_SIZE))
    context = {"filters": filters, "results": results, "total": total, "page": page,
               "pages": pages, **_choices(db_session),
               "prev_url": _page_url(request, page - 1) if page > 1 else None,
               "next_url": _page_url(request, page + 1) if page < pages else None,
               "errors": errors}  # fmt: skip
    status = 422 if errors else 200
    return render_page(request, "employers/search.html", context, status_code=status)


def _day(value: str, name: str, errors: dict[str, str]) -> date | None:
    try:
        return date.fromisoformat(value.strip()) if value.strip() else None
    except ValueError:
        errors[name] = "Skriv datumet som ÅÅÅÅ-MM-DD."
        return None


def _age(value: str, errors: dict[str, str]) -> int | None:
    text = value.strip()
    if not text:
        return None
    if not text.isdigit() or not 10 <= int(text) <= 40:
        errors["age"] = "Skriv en ålder mellan 10 och 40 år."
        return None
    return int(text)


@router.get("/employers", name="employer_list")
def employer_list(
    request: Request, _: CanRead, db_session: DbSession, page: Annotated[int, Query(ge=1)] = 1
) -> Response:
    rows, total = service.list_employers(db_session=db_session, limit=50, offset=(page - 1) * 50)
    return render_page(
        request, "employers/employers.html",
        {"employers": rows, "total": total, "page": page, "pages": max(1, -(-total // 50))},
    )  # fmt: skip


@router.get("/employers/new", name="employer_new")
def employer_new(request: Request, _: CanWrite) -> Response:
    return render_page(request, "employers/employer_form.html", {"values": {}, "errors": {}})


@router.post("/employers/new")
def employer_create(
    request: Request, _: CanWrite, form: CheckedForm, db_session: DbSession
) -> Response:
    values = {k: str(form.get(k) or "").strip() for k in ("name", "org_number")}
    try:
        data = EmployerCreate(name=values["name"], org_number=values["org_number"] or None)
        employer = service.create_employer(db_session=db_session, data=data)
    except (ValidationError, AppError) as exc:
        context = {"values": values, "errors": field_errors(exc)}
        return render_page(request, "employers/employer_form.html", context, status_code=422)
    return redirect(f"/employers/{employer.id}?notice=saved")


def _employer_page(
    request: Request, db_session: Session, employer: Employer, **extra: Any
) -> Response:
    workplaces = db_session.scalars(
        select(Workplace).where(Workplace.employer_id == employer.id).order_by(Workplace.name)
    ).all()
    placements = (
        db_session.scalars(
            repository.placements_query()
            .join(Workplace, Workplace.id == Placement.workplace_id)
            .where(Workplace.employer_id == employer.id)
            .order_by(Placement.ref)
        )
        .unique()
        .all()
    )
    context = {"employer": employer, "workplaces": workplaces, "placements": placements,
               "values": {}, "errors": {}, "wp_values": {}, "wp_errors": {}, **extra}  # fmt: skip
    status = 422 if extra.get("errors") or extra.get("wp_errors") else 200
    return render_page(request, "employers/employer.html", context, status_code=status)


@router.get("/employers/{employer_id}", name="employer_page")
def employer_page(
    request: Request, employer_id: int, _: CanRead, db_session: DbSession, notice: str = ""
) -> Response:
    employer = service.get_employer(db_session=db_session, employer_id=employer_id)
    return _employer_page(request, db_session, employer, notice=_notice(notice))


@router.post("/employers/{employer_id}")
def employer_update(
    request: Request, employer_id: int, _: CanWrite, form: CheckedForm, db_session: DbSession
) -> Response:
    from employers.schemas import EmployerUpdate

    employer = service.get_employer(db_session=db_session, employer_id=employer_id)
    values = {k: str(form.get(k) or "").strip() for k in ("name", "org_number")}
    try:
        data = EmployerUpdate(name=values["name"], org_number=values["org_number"] or None)
        with db_session.begin_nested():
            service.update_employer(db_session=db_session, employer=employer, data=data)
    except (ValidationError, AppError) as exc:
        db_session.refresh(employer)
        return _employer_page(
            request, db_session, employer, values=values, errors=field_errors(exc)
        )
    return redirect(f"/employers/{employer.id}?notice=saved")


@router.post("/employers/{employer_id}/workplaces")
def workplace_save(
    request: Request, employer_id: int, _: CanWrite, form: CheckedForm, db_session: DbSession
) -> Response:
    employer = service.get_employer(db_session=db_session, employer_id=employer_id)
    values = {
        k: str(form.get(k) or "").strip() for k in ("workplace_id", "name", "address", "district")
    }
    workplace = None
    if values["workplace_id"].isdigit():
        workplace = db_session.get(Workplace, int(values["workplace_id"]))
        if workplace is None or workplace.employer_id != employer.id:
            workplace = None
    if not values["name"]:
        return _employer_page(request, db_session, employer, wp_values=values,
                              wp_errors={"name": "Fyll i det här fältet."})  # fmt: skip
    try:
        with db_session.begin_nested():
            service.save_workplace(
                db_session=db_session, employer=employer, workplace=workplace,
                name=values["name"], address=values["address"] or None,
                district=values["district"] or None,
            )  # fmt: skip
    except AppError as exc:
        return _employer_page(request, db_session, employer, wp_values=values,
                              wp_errors=field_errors(exc))  # fmt: skip
    return redirect(f"/employers/{employer.id}?notice=saved")


def _placement_values(form: Any, db_session: Session) -> dict[str, Any]:
    values: dict[str, Any] = {k: str(form.get(k) or "").strip() for k in PLACEMENT_FIELDS}
    values["deck"] = competences_service.get_current(db_session=db_session)
    values["trains"] = [str(v) for v in form.getlist("trains")]
    values["open"] = form.get("open") == "on"
    return values


def _placement_data(values: dict[str, Any], *, create: bool) -> PlacementCreate | PlacementUpdate:
    data = {k: v for k, v in values.items() if v not in ("", None)}
    data["open"] = values["open"]
    data["trains"] = values["trains"]
    if values["trains"]:
        # Checkbox values come from the deck, but a forged form could send anything.
        data["trains"] = competences_service.validate_keys(
            deck=values["deck"], keys=values["trains"], field="trains"
        )
    data.pop("deck", None)
    if not create:
        data.pop("ref", None)
        for key in (
            "description",
            "workplace",
            "address",
            "sni",
            "min_age",
            "start_date",
            "end_date",
            "supervisor_name",
            "supervisor_email",
            "supervisor_phone",
        ):
            data.setdefault(key, None)  # an emptied field clears the value
    return PlacementCreate(**data) if create else PlacementUpdate(**data)


def _placement_form(request: Request, db_session: Session, **context: Any) -> Response:
    status = 422 if context.get("errors") else 200
    return render_page(
        request, "employers/placement_form.html", {**_choices(db_session), **context},
        status_code=status,
    )  # fmt: skip


@router.get("/placements/new", name="placement_new")
def placement_new(
    request: Request, _: CanWrite, db_session: DbSession, employer: str = ""
) -> Response:
    values = {"open": True, "capacity": "1", "trains": [], "employer": employer}
    return _placement_form(request, db_session, values=values, errors={}, placement=None)


@router.post("/placements/new")
def placement_create(
    request: Request, _: CanWrite, form: CheckedForm, db_session: DbSession
) -> Response:
    values = _placement_values(form, db_session)
    try:
        data = _placement_data(values, create=True)
        with db_session.begin_nested():
            placement = service.create_placement(db_session=db_session, data=data)  # type: ignore[arg-type]
    except (ValidationError, AppError) as exc:
        return _placement_form(
            request, db_session, values=values, errors=field_errors(exc), placement=None
        )
    return redirect(f"/placements/{placement.ref}?notice=saved")


@router.get("/placements/{ref}", name="placement_page")
def placement_page(
    request: Request, ref: str, _: CanRead, db_session: DbSession, notice: str = ""
) -> Response:
    placement = service.get_placement(db_session=db_session, ref=ref)
    read = service.to_read(placement, taken=service.seats_taken(db_session, [placement.id]).get(placement.id, 0),
                           occupations=repository.occupation_names(db_session))  # fmt: skip
    values = {
        **read.model_dump(),
        "start_date": read.start_date or "",
        "end_date": read.end_date or "",
    }
    if read.ssyk_source == occupations.INFERRED:
        values["ssyk"] = ""  # the form keeps an estimate unconfirmed unless staff type a code
    return _placement_form(request, db_session, values=values, errors={}, placement=read,
                           notice=_notice(notice), **occupation_context(db_session, read))  # fmt: skip


@router.post("/placements/{ref}")
def placement_update(
    request: Request, ref: str, _: CanWrite, form: CheckedForm, db_session: DbSession
) -> Response:
    placement = service.get_placement(db_session=db_session, ref=ref)
    values = {**_placement_values(form, db_session), "ref": ref}
    try:
        data = _placement_data(values, create=False)
        with db_session.begin_nested():
            service.update_placement(db_session=db_session, placement=placement, data=data)  # type: ignore[arg-type]
    except (ValidationError, AppError) as exc:
        read = service.to_read(service.get_placement(db_session=db_session, ref=ref))
        return _placement_form(
            request, db_session, values=values, errors=field_errors(exc), placement=read,
            **occupation_context(db_session, read),
        )  # fmt: skip
    return redirect(f"/placements/{ref}?notice=saved")


NOTICES = {"saved": "Ändringarna är sparade.", "imported": "Filen är importerad.",
           "occupation": "Yrket är bekräftat."}  # fmt: skip


def _notice(key: str) -> str:
    return NOTICES.get(key, "")
