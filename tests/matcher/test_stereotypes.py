"""Stereotype flags follow SCB's shares exactly, and never for other/unknown gender."""

import csv

import pytest

from matcher.stereotypes import (
    EMPLOYERS_DATA,
    NO_STATISTICS,
    StereotypeTable,
    default_table,
    load_occupation_shares,
    sni_section,
)


def _latest_complete_shares() -> dict[str, tuple[float, float, int]]:
    """Independent reading of the SCB file: newest year with both shares per code."""
    best: dict[str, tuple[float, float, int]] = {}
    with (EMPLOYERS_DATA / "occupation_gender_scb.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["share_women_percent"] or not row["share_men_percent"]:
                continue
            year = int(row["year"])
            if row["ssyk_code"] not in best or year > best[row["ssyk_code"]][2]:
                best[row["ssyk_code"]] = (
                    float(row["share_women_percent"]),
                    float(row["share_men_percent"]),
                    year,
                )
    return best


SHARES = _latest_complete_shares()


def test_every_scb_code_is_loaded_from_its_newest_complete_year() -> None:
    loaded = load_occupation_shares()
    assert set(loaded) == set(SHARES)
    for code, (women, men, year) in SHARES.items():
        assert (loaded[code].women, loaded[code].men, loaded[code].year) == (women, men, year)


@pytest.mark.parametrize("code", sorted(SHARES))
def test_flag_rule_holds_for_every_occupation_and_both_genders(code: str) -> None:
    women, men, year = SHARES[code]
    table = default_table()
    for gender, own in (("female", women), ("male", men)):
        verdict = table.verdict(code, None, gender)
        assert verdict.flag == (own > 60)
        assert verdict.counter == (own < 40)
        assert f"SCB {year}" in verdict.basis
    for unstated in ("other", None):
        verdict = table.verdict(code, None, unstated)
        assert not verdict.flag and not verdict.counter
        assert verdict.basis == table.verdict(code, None, "female").basis


def test_basis_names_the_majority_share_in_plain_swedish() -> None:
    basis = default_table().verdict("7231", None, "male").basis
    assert basis.startswith("Motorfordonsmekaniker och fordonsreparatörer: 9")
    assert "% män (SCB 20" in basis


def test_occupations_without_statistics_never_flag() -> None:
    table = default_table()
    for gender in ("female", "male", "other", None):
        verdict = table.verdict("6122", None, gender)
        assert not verdict.flag and not verdict.counter
        assert verdict.basis.startswith(NO_STATISTICS)
    assert not table.verdict(None, None, "male").flag


def test_sector_fallback_is_marked_and_never_flags() -> None:
    table = default_table()
    verdict = table.verdict("6122", "F", "female")  # construction sector: ~91 % men
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
