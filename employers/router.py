"""Catalogue API: employers and placements."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from competences import service as competences_service
from core.db import get_session
from employers import repository, service
from employers.models import Employer, Placement
from employers.schemas import (
    EmployerCreate,
    EmployerList,
    EmployerRead,
    EmployerUpdate,
    PlacementCreate,
    PlacementList,
    PlacementRead,
    PlacementUpdate,
)

router = APIRouter(prefix="/api", tags=["catalogue"])

DbSession = Annotated[Session, Depends(get_session)]
CanRead = Annotated[Principal, Depends(require("catalogue:read"))]
CanWrite = Annotated[Principal, Depends(require("catalogue:write"))]


def current_placement(ref: str, db_session: DbSession) -> Placement:
    return service.get_placement(db_session=db_session, ref=ref)


def current_employer(employer_id: int, db_session: DbSession) -> Employer:
    return service.get_employer(db_session=db_session, employer_id=employer_id)


CurrentPlacement = Annotated[Placement, Depends(current_placement)]
CurrentEmployer = Annotated[Employer, Depends(current_employer)]


def _read_one(db_session: Session, placement: Placement) -> PlacementRead:
    taken = service.seats_taken(db_session, [placement.id]).get(placement.id, 0)
    return service.to_read(
        placement, taken=taken, occupations=repository.occupation_names(db_session)
    )


def _check_trains(db_session: Session, trains: list[str] | None) -> list[str] | None:
    if trains is None:
        return None
    deck = competences_service.get_current(db_session=db_session)
    return competences_service.validate_keys(deck=deck, keys=trains, field="trains")


@router.get("/placements", response_model=PlacementList, summary="Search the catalogue")
def list_placements(
    db_session: DbSession,
    _: CanRead,
    q: Annotated[
        str | None, Query(max_length=200, description="Free text; typos are tolerated")
    ] = None,
    district: Annotated[str | None, Query(max_length=100)] = None,
    ssyk: Annotated[str | None, Query(pattern=r"^\d{4}$")] = None,
    open: Annotated[bool | None, Query(description="Only open (true) or closed (false)")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> PlacementList:
    items, total = service.search_placements(
        db_session=db_session,
        q=q,
        district=district,
        ssyk=ssyk,
        is_open=open,
        limit=limit,
        offset=offset,
    )
    return PlacementList(items=items, total=total)


@router.post("/placements", response_model=PlacementRead, status_code=201)
def create_placement(_: CanWrite, data: PlacementCreate, db_session: DbSession) -> PlacementRead:
    data.trains = _check_trains(db_session, data.trains)
    return _read_one(db_session, service.create_placement(db_session=db_session, data=data))


@router.get("/placements/{ref}", response_model=PlacementRead)
def read_placement(_: CanRead, placement: CurrentPlacement, db_session: DbSession) -> PlacementRead:
    return _read_one(db_session, placement)


@router.put("/placements/{ref}", response_model=PlacementRead)
@router.patch("/placements/{ref}", response_model=PlacementRead)
def update_placement(
    _: CanWrite, data: PlacementUpdate, placement: CurrentPlacement, db_session: DbSession
) -> PlacementRead:
    data.trains = _check_trains(db_session, data.trains)
    updated = service.update_placement(db_session=db_session, placement=placement, data=data)
    return _read_one(db_session, updated)


@router.delete("/placements/{ref}", status_code=204)
def delete_placement(_: CanWrite, placement: CurrentPlacement, db_session: DbSession) -> Response:
    service.delete_placement(db_session=db_session, placement=placement)
    return Response(status_code=204)


@router.get("/employers", response_model=EmployerList)
def list_employers(
    db_session: DbSession,
    _: CanRead,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> EmployerList:
    rows, total = service.list_employers(db_session=db_session, limit=limit, offset=offset)
    return EmployerList(items=[EmployerRead.model_validate(e) for e in rows], total=total)


@router.post("/employers", response_model=EmployerRead, status_code=201)
def create_employer(_: CanWrite, data: EmployerCreate, db_session: DbSession) -> EmployerRead:
    return EmployerRead.model_validate(service.create_employer(db_session=db_session, data=data))


@router.get("/employers/{employer_id}", response_model=EmployerRead)
def read_employer(_: CanRead, employer: CurrentEmployer) -> EmployerRead:
    return EmployerRead.model_validate(employer)


@router.put("/employers/{employer_id}", response_model=EmployerRead)
@router.patch("/employers/{employer_id}", response_model=EmployerRead)
def update_employer(
    _: CanWrite, data: EmployerUpdate, employer: CurrentEmployer, db_session: DbSession
) -> EmployerRead:
    updated = service.update_employer(db_session=db_session, employer=employer, data=data)
    return EmployerRead.model_validate(updated)


@router.delete("/employers/{employer_id}", status_code=204)
def delete_employer(_: CanWrite, employer: CurrentEmployer, db_session: DbSession) -> Response:
    service.delete_employer(db_session=db_session, employer=employer)
    return Response(status_code=204)
