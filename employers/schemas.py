"""API shapes for employers and placements."""

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from employers import validation

OrgNumber = Annotated[str, AfterValidator(validation.normalise_org_number)]
Ssyk = Annotated[str, AfterValidator(validation.check_ssyk)]
Sni = Annotated[str, AfterValidator(validation.check_sni)]
Email = Annotated[str, AfterValidator(validation.check_email)]
Text200 = Annotated[str, Field(min_length=1, max_length=200)]


class EmployerCreate(BaseModel):
    name: Text200
    org_number: OrgNumber | None = None


class EmployerUpdate(BaseModel):
    name: Text200 | None = None
    org_number: OrgNumber | None = None


class WorkplaceRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    name: str
    address: str | None
    district: str | None


class EmployerRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    name: str
    org_number: str | None
    created_at: datetime


class EmployerList(BaseModel):
    items: list[EmployerRead]
    total: int


class PlacementFields(BaseModel):
    title: Text200 | None = None
    description: Annotated[str, Field(max_length=5000)] | None = None
    employer: Text200 | None = None
    workplace: Text200 | None = None
    address: Annotated[str, Field(max_length=300)] | None = None
    district: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    ssyk: Ssyk | None = None
    sni: Sni | None = None
    capacity: Annotated[int, Field(ge=0, le=100)] | None = None
    min_age: Annotated[int, Field(ge=13, le=30)] | None = None
    start_date: date | None = None
    end_date: date | None = None
    supervisor_name: Annotated[str, Field(max_length=200)] | None = None
    supervisor_email: Email | None = None
    supervisor_phone: Annotated[str, Field(max_length=40)] | None = None
    trains: list[str] | None = None
    open: bool | None = None

    @model_validator(mode="after")
    def _period_in_order(self) -> "PlacementFields":
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValueError("end_date is before start_date")
        return self


class PlacementCreate(PlacementFields):
    ref: Annotated[str, Field(min_length=1, max_length=60, pattern=r"^[A-Za-z0-9._-]+$")]
    title: Text200
    employer: Text200
    district: Annotated[str, Field(min_length=1, max_length=100)]
    capacity: Annotated[int, Field(ge=0, le=100)] = 1
    description: Annotated[str, Field(max_length=5000)] = ""
    open: bool = True


class PlacementUpdate(PlacementFields):
    """Fields to change; those left out stay as they are."""


class PlacementRead(BaseModel):
    ref: str
    title: str
    description: str
    employer: str
    employer_id: int
    workplace: str
    address: str | None
    district: str | None
    ssyk: str | None
    ssyk_source: Literal["given", "inferred", "confirmed"] | None = Field(
        None, description="given: typed in a file, the API or the form; inferred: estimated from "
        "the placement's text; confirmed: an inferred code checked by staff"
    )  # fmt: skip
    ssyk_confidence: float | None = Field(
        None, ge=0, le=1, description="How sure an inferred code is (0-1); null otherwise"
    )
    ssyk_evidence: str | None = Field(None, description="Why an inferred code was chosen")
    occupation: str | None = None
    sni: str | None
    capacity: int
    open_capacity: int | None = None
    min_age: int | None
    start_date: date | None
    end_date: date | None
    supervisor_name: str | None
    supervisor_email: str | None
    supervisor_phone: str | None
    trains: list[str]
    open: bool
    updated_at: datetime
    match: str | None = Field(None, description="Why a free-text search matched this placement")


class PlacementList(BaseModel):
    items: list[PlacementRead]
    total: int
