"""Card deck file format and API shapes."""

from pydantic import BaseModel, Field, field_validator, model_validator


class Card(BaseModel):
    key: str = Field(pattern=r"^[a-z][a-z0-9_]{1,39}$")
    name_sv: str = Field(min_length=1, max_length=120)
    name_en: str = Field(min_length=1, max_length=120)
    youth_text_sv: str = Field(min_length=1, max_length=300)
    youth_text_en: str = Field(min_length=1, max_length=300)
    behaviours_sv: list[str] = Field(min_length=3, max_length=5)
    behaviours_en: list[str] = Field(min_length=3, max_length=5)
    supervisor_tips_sv: list[str] = Field(min_length=2, max_length=3)
    supervisor_tips_en: list[str] = Field(min_length=2, max_length=3)
    frameworks: list[str] = []
    placement_keywords: list[str] = []

    @model_validator(mode="after")
    def _languages_match(self) -> "Card":
        if len(self.behaviours_sv) != len(self.behaviours_en):
            raise ValueError(f"card {self.key}: behaviours_sv and behaviours_en differ in count")
        if len(self.supervisor_tips_sv) != len(self.supervisor_tips_en):
            raise ValueError(f"card {self.key}: supervisor tips differ in count between languages")
        return self


class DeckFile(BaseModel):
    version: str = Field(min_length=1, max_length=40)
    name_sv: str
    name_en: str
    source: str = Field(min_length=1)
    cards: list[Card]

    @field_validator("cards")
    @classmethod
    def _thirteen_unique(cls, cards: list[Card]) -> list[Card]:
        if len(cards) != 13:
            raise ValueError(f"a deck has 13 cards, this one has {len(cards)}")
        keys = [c.key for c in cards]
        if len(set(keys)) != len(keys):
            raise ValueError("card keys must be unique")
        return cards


class DeckRead(DeckFile):
    is_current: bool
