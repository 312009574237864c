"""API shapes for internships, follow-ups, capability links and assessments."""

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, model_validator

from employers.schemas import Email

Name = Annotated[str, Field(min_length=1, max_length=200)]
Phone = Annotated[str, Field(min_length=3, max_length=40, pattern=r"^[0-9 +()\-]+$")]
StatusField = Literal["planned", "active", "completed", "ended_early"]
TtlDays = Annotated[int, Field(ge=1, le=180, description="Days until the link expires")]


def _check_period(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValueError("end_date is before start_date; the period must end on or after it starts")


class InternshipCreate(BaseModel):
    """Start an internship: one youth at one placement for a period, with a named supervisor.

    Supervisor fields left out are taken from the placement."""

    youth: Annotated[str, Field(min_length=1, max_length=60, description="The youth's ref")]
    placement: Annotated[str, Field(min_length=1, max_length=60, description="Placement ref")]
    start_date: date
    end_date: date
    status: Literal["planned", "active"] = "planned"
    supervisor_name: Name | None = None
    supervisor_email: Email | None = None
    supervisor_phone: Phone | None = None
    supervisor_role: Name | None = None
    contact_user_id: int | None = None

    @model_validator(mode="after")
    def _period(self) -> "InternshipCreate":
        _check_period(self.start_date, self.end_date)
        return self


class InternshipUpdate(BaseModel):
    """Fields to change; those left out stay. Status moves planned → active → completed or
    ended_early (planned may also end early, when it is called off)."""

    status: StatusField | None = None
    start_date: date | None = None
    end_date: date | None = None
    supervisor_name: Name | None = None
    supervisor_email: Email | None = None
    supervisor_phone: Phone | None = None
    supervisor_role: Name | None = None
    contact_user_id: int | None = None
    end_reason: Annotated[str, Field(max_length=1000)] | None = None

    @model_validator(mode="after")
    def _period(self) -> "InternshipUpdate":
        _check_period(self.start_date, self.end_date)
        return self


class FollowUpCreate(BaseModel):
    held_date: date
    note: Annotated[str, Field(max_length=4000)] = ""


class FollowUpRead(FollowUpCreate):
    id: int
    recorded_by: str
    created_at: datetime


class AssessmentSummary(BaseModel):
    id: int
    kind: str
    status: str
    deck_version: str
    submitted_at: datetime | None


class InternshipRead(BaseModel):
    id: int
    youth_ref: str
    placement_ref: str
    placement_title: str
    status: StatusField
    start_date: date
    end_date: date
    supervisor_name: str
    supervisor_email: str | None
    supervisor_phone: str | None
    supervisor_role: str | None
    contact_user_id: int | None
    ssyk_code: str | None
    counter_stereotypical: bool | None
    end_reason: str | None
    created_by: str
    created_at: datetime
    updated_at: datetime
    follow_ups: list[FollowUpRead] = []
    assessments: list[AssessmentSummary] = []


class InternshipList(BaseModel):
    items: list[InternshipRead]
    total: int


class AssessmentLinkCreate(BaseModel):
    kind: Literal["midway", "final"]
    send_email: bool = True
    ttl_days: TtlDays | None = None


class ReviewLinkCreate(BaseModel):
    send_email: bool = False
    ttl_days: TtlDays | None = None


class LinkRead(BaseModel):
    """A link's status for staff. The token is never shown here."""

    id: int
    purpose: str
    subject_id: int
    recipient_name: str | None
    state: Literal["active", "expired", "revoked"]
    send_status: str
    send_error: str | None
    sent_at: datetime | None
    opened_at: datetime | None
    open_count: int
    reminder_number: int
    replaced_by_id: int | None
    created_by: str
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None


class LinkCreated(LinkRead):
    url: str = Field(description="The link, shown only in this response: paste it into a message")


class LinkList(BaseModel):
    items: list[LinkRead]
    total: int


class AssessmentRead(BaseModel):
    id: int
    internship_id: int
    kind: str
    deck_version: str
    status: str
    ratings: dict[str, Any]
    overall_comment: str
    tasks: str
    supervisor_name: str | None
    supervisor_role: str | None
    revision: int
    submitted_at: datetime | None
    reopened_at: datetime | None
    reopened_by: str | None
