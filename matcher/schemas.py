"""API shapes for suggestions, feedback and the stereotype audit."""

from typing import Literal

from pydantic import BaseModel, Field

Reaction = Literal["interested", "not_interested", "more_info"]


class SuggestionRead(BaseModel):
    placement_ref: str
    score: float = Field(description="0-1, higher fits better")
    stereotype_flag: bool = Field(
        description="The youth's gender is over 60 % in this occupation (SCB); staff only"
    )
    stereotype_basis: str
    reasons: list[str] = Field(description="Short Swedish sentences naming what matched")
    relevance: float = Field(0.0, description="The placement's own fit, before broadening")
    counter_stereotypical: bool = False
    moved_up: bool = Field(False, description="Moved into the top 5 to broaden the choices")
    title: str = ""
    employer: str = ""
    district: str | None = None
    ssyk: str | None = None
    occupation: str | None = None
    reaction: Reaction | None = None
    explorer_led: bool = Field(
        False, description="The youth's interest-explorer answers weighed more than their text"
    )


class SuggestionList(BaseModel):
    youth_ref: str
    suggestions: list[SuggestionRead]
    data_credit: str | None = Field(
        None, description="The O*NET credit line, when a reason rests on its trait table"
    )


class FeedbackCreate(BaseModel):
    reaction: Reaction
    comment: str = Field("", max_length=2000)


class FeedbackRead(FeedbackCreate):
    placement_ref: str
    actor: str


class GroupShare(BaseModel):
    group: str
    name: str
    suggestions: int
    share: float
    skew_at_5: float | None = Field(
        None, description="log(share of the group in top 5 / share among candidates)"
    )


class GenderAudit(BaseModel):
    gender: str
    youths: int
    suggestions: int
    flagged_share: float
    fully_flagged_top5_share: float
    groups: list[GroupShare]
    internships_started: int
    internships_counter_stereotypical: int
    # Suggestions the interest explorer led (its answers weighed more than the text), and the
    # flagged share among them and among the text-led ones.
    explorer_led_suggestions: int = 0
    explorer_led_flagged_share: float = 0.0
    text_led_flagged_share: float = 0.0


class StereotypeAudit(BaseModel):
    catalogue_version: int
    by_gender: list[GenderAudit]
