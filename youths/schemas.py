"""API shapes for youth profiles."""

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, model_validator

GenderField = Literal["female", "male", "other"] | None
Ref = Annotated[str, Field(min_length=1, max_length=60, pattern=r"^[A-Za-z0-9._-]+$")]
BirthYear = Annotated[int, Field(ge=1990, le=2030)]


class ConsentCreate(BaseModel):
    given_by: Literal["youth", "guardian"]
    scope: Literal["share_with_employers", "contact_by_email", "statistics"] = (
        "share_with_employers"
    )
    given_date: date


class ConsentRead(ConsentCreate):
    id: int
    withdrawn_date: date | None
    recorded_by: str


class YouthFields(BaseModel):
    first_name: Annotated[str, Field(max_length=100)] | None = None
    last_name: Annotated[str, Field(max_length=100)] | None = None
    birth_year: BirthYear | None = None
    gender: GenderField = None
    district: Annotated[str, Field(max_length=100)] | None = None
    team: Annotated[str, Field(max_length=100)] | None = None
    interests: Annotated[str, Field(max_length=4000)] | None = None
    language: Literal["sv", "en"] | None = None
    email: Annotated[str, Field(max_length=254)] | None = None
    phone: Annotated[str, Field(max_length=40)] | None = None
    strengths: list[str] | None = None
    develop: list[str] | None = None
    proposed_workplaces: list[Annotated[str, Field(min_length=1, max_length=500)]] | None = None
    enrolled_date: date | None = None


class YouthCreate(YouthFields):
    ref: Ref
    interests: Annotated[str, Field(max_length=4000)] = ""


class YouthUpdate(YouthFields):
    """Fields to change; those left out stay as they are. Discharge by setting status and outcome."""

    status: Literal["enrolled", "discharged"] | None = None
    outcome: Literal["work", "studies", "other"] | None = None
    discharged_date: date | None = None

    @model_validator(mode="after")
    def _discharge_needs_outcome(self) -> "YouthUpdate":
        if self.status == "discharged" and self.outcome is None:
            raise ValueError("a discharge needs an outcome: work, studies or other")
        return self


class YouthRead(BaseModel):
    ref: str
    first_name: str | None
    last_name: str | None
    birth_year: int | None
    gender: GenderField
    district: str | None
    team: str | None
    interests: str
    language: str
    email: str | None
    phone: str | None
    strengths: list[str]
    develop: list[str]
    deck_version: str | None
    proposed_workplaces: list[str]
    consents: list[ConsentRead]
    sharing_allowed: bool = Field(description="Consent lets staff share the profile with employers")
    status: str
    outcome: str | None
    enrolled_date: date | None
    discharged_date: date | None
    created_at: datetime
    updated_at: datetime


class YouthList(BaseModel):
    items: list[YouthRead]
    total: int
