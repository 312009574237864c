"""Value types of the matcher: what goes in (placements, a youth) and what comes out."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PlacementDoc:
    """A placement (praktikplats) as the matcher sees it: text, codes and availability."""

    ref: str
    title: str
    description: str
    ssyk: str | None
    sni: str | None
    district: str | None
    employer: str
    is_open: bool = True
    open_capacity: int = 1
    min_age: int | None = None
    trains: tuple[str, ...] = ()
    # "given" | "inferred" | "confirmed" (employers.Placement.ssyk_source); an inferred code
    # still sets stereotype flags, but their basis says the occupation was estimated.
    ssyk_source: str | None = None
    # For an inferred code: the inference's runners-up, best first ("3422 5152"). The
    # matcher lets them speak, a little weaker, when the youth's words point to them.
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExplorerProfile:
    """What the youth answered in the interest explorer, as plain data.

    `features`: (feature, -1..1) for RIASEC and the working conditions; `liked`: the cards the
    youth liked, as (Swedish phrase, ((feature, weight), ...)), so reasons can cite them."""

    features: tuple[tuple[str, float], ...]
    liked: tuple[tuple[str, tuple[tuple[str, float], ...]], ...] = ()


@dataclass(frozen=True)
class YouthQuery:
    """A youth's own words plus the few facts the matcher may use.

    `gender` ("female", "male", "other" or None) never affects scores; it is read
    only after ranking, for stereotype flags and the broadening re-rank.
    """

    ref: str
    interests: str
    gender: str | None = None
    age: int | None = None
    district: str | None = None
    develop: tuple[str, ...] = ()
    # The youth's latest reaction per placement: (placement_ref, "interested" | "not_interested"
    # | "more_info"). A reaction also moves the other placements of that occupation.
    reactions: tuple[tuple[str, str], ...] = ()
    # The latest interest-explorer profile, if the youth has done it (never holds gender).
    explorer: ExplorerProfile | None = None


@dataclass(frozen=True)
class Suggestion:
    """One suggested placement with its score in [0, 1] and Swedish reasons."""

    placement_ref: str
    score: float
    reasons: list[str] = field(default_factory=list)
    stereotype_flag: bool = False
    stereotype_basis: str = ""
    counter_stereotypical: bool = False
    moved_up: bool = False
    ssyk: str | None = None
    occupation_name: str | None = None
    # The explorer's answers weighed more than the youth's text for this suggestion.
    explorer_led: bool = False
