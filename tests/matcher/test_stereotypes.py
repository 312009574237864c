"""Stereotype flags follow SCB's shares exactly, and never for other/unknown gender."""

import csv

import pytest

from matcher.stereotypes import (
    EMPLOYERS_DATA,
    INFERRED_NOTE,
    NO_STATISTICS,
    StereotypeTable,
    default_table,
    load_occupation_shares,
    sni_section,
)


def _side(women: float) -> str:
    return "female" if women > 60 else ("male" if women < 40 else "even")


def _latest_shares() -> dict[str, tuple[float, float, int, float]]:
    """Independent reading of the SCB file: latest year per code, and the year before's women %."""
    years: dict[str, dict[int, tuple[float, float]]] = {}
    with (EMPLOYERS_DATA / "occupation_gender_scb_ssyk4.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            years.setdefault(row["ssyk_code"], {})[int(row["year"])] = (
                float(row["share_women_percent"]),
                float(row["share_men_percent"]),
            )
    out = {}
    for code, by_year in years.items():
        latest = max(by_year)
        women, men = by_year[latest]
        out[code] = (women, men, latest, by_year[latest - 1][0])
    return out


SHARES = _latest_shares()
UNSTABLE = sorted(c for c, (w, _, _, before) in SHARES.items() if _side(w) != _side(before))


def test_every_scb_occupation_is_loaded_from_the_latest_year() -> None:
    loaded = load_occupation_shares()
    assert len(SHARES) == 429 and set(loaded) == set(SHARES)
    for code, (women, men, year, before) in SHARES.items():
        got = loaded[code]
        assert (got.women, got.men, got.year, got.previous_women) == (women, men, year, before)
    assert {year for _, _, year, _ in SHARES.values()} == {2023}
    assert UNSTABLE, "the 2023 series break moves some groups across 40/60"


@pytest.mark.parametrize("code", sorted(SHARES))
def test_flag_rule_holds_for_every_occupation_and_both_genders(code: str) -> None:
    women, men, year, before = SHARES[code]
    table = default_table()
    stable = _side(women) == _side(before)
    for gender, own in (("female", women), ("male", men)):
        verdict = table.verdict(code, None, gender)
        assert verdict.flag == (stable and own > 60)
        assert verdict.counter == (stable and own < 40)
        assert f"SCB {year}" in verdict.basis or f"% {year}" in verdict.basis
        inferred = table.verdict(code, None, gender, inferred=True)
        assert (inferred.flag, inferred.counter) == (verdict.flag, verdict.counter)
        assert inferred.basis == f"{verdict.basis}; {INFERRED_NOTE}"
    for unstated in ("other", None):
        verdict = table.verdict(code, None, unstated)
        assert not verdict.flag and not verdict.counter
        assert verdict.basis == table.verdict(code, None, "female").basis


@pytest.mark.parametrize("code", UNSTABLE)
def test_occupations_that_cross_40_60_between_2022_and_2023_say_so_instead_of_flagging(
    code: str,
) -> None:
    table = default_table()
    for gender in ("female", "male"):
        verdict = table.verdict(code, None, gender)
        assert not verdict.flag and not verdict.counter
        assert "skiftar" in verdict.basis and "2022" in verdict.basis and "2023" in verdict.basis
        assert "markeras inte" in verdict.basis
    assert table.majority(code) is None


def test_basis_names_the_year_and_the_majority_share_in_plain_swedish() -> None:
    women, men, year, _ = SHARES["7231"]
    basis = default_table().verdict("7231", None, "male").basis
    assert basis == f"Motorfordonsmekaniker och fordonsreparatörer (SCB {year}: {men:.0f} % män)"
    assert default_table().verdict("7231", None, "male").flag


def test_occupations_without_statistics_never_flag() -> None:
    table = default_table()
    for gender in ("female", "male", "other", None):
        verdict = table.verdict("0000", None, gender)
        assert not verdict.flag and not verdict.counter
        assert verdict.basis.startswith(NO_STATISTICS)
    assert not table.verdict(None, None, "male").flag


def test_sector_fallback_is_marked_and_never_flags() -> None:
    table = default_table()
    verdict = table.verdict(None, "F", "female")  # construction sector: ~91 % men
    assert verdict.basis.endswith("(SCB AKU 2019) (branschnivå, reserv)")
    assert not verdict.flag and not verdict.counter


def test_empty_table_gives_no_flags() -> None:
    verdict = StereotypeTable({}).verdict("7231", "45200", "male")
    assert not verdict.flag and verdict.basis == NO_STATISTICS


def test_sni_codes_map_to_sections() -> None:
    assert sni_section("45200") == "G"
    assert sni_section("F") == "F"
    assert sni_section("86.10") == "Q"
    assert sni_section(None) is None
