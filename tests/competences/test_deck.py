import json
import subprocess
import sys

import pytest

from competences import service


def test_default_deck_has_13_cards_in_both_languages(client, admin_headers):
    deck = client.get("/api/competences", headers=admin_headers).json()
    assert len(deck["cards"]) == 13
    assert len({c["key"] for c in deck["cards"]}) == 13
    for card in deck["cards"]:
        for field in ("name_sv", "name_en", "youth_text_sv", "youth_text_en"):
            assert card[field].strip(), (card["key"], field)
        assert 3 <= len(card["behaviours_sv"]) == len(card["behaviours_en"]) <= 5
        assert 2 <= len(card["supervisor_tips_sv"]) == len(card["supervisor_tips_en"]) <= 3
        assert card["youth_text_sv"].count(".") <= 2
    assert "TRANSVAL" in deck["source"] and "2018" in deck["source"]


@pytest.fixture
def restore_default_deck():
    yield
    from sqlalchemy import delete, update

    from competences.models import CompetenceDeck
    from core.db import session_scope

    with session_scope() as s:
        s.execute(update(CompetenceDeck).values(is_current=False))
        s.execute(delete(CompetenceDeck).where(CompetenceDeck.version != "2026.1"))
        s.execute(
            update(CompetenceDeck).where(CompetenceDeck.version == "2026.1").values(is_current=True)
        )
        s.commit()


def test_loading_a_deck_creates_a_new_version_and_records_keep_theirs(
    client, admin_headers, tmp_path, restore_default_deck
):
    created = client.post(
        "/api/youths",
        headers=admin_headers,
        json={"ref": "Y1", "strengths": ["communication"], "develop": ["planning"]},
    ).json()
    assert created["deck_version"] == "2026.1"

    deck = json.loads(service.DEFAULT_DECK_PATH.read_text(encoding="utf-8"))
    deck["version"] = "kommun-2027"
    deck["cards"][0]["name_sv"] = "Kommunikation (kommunens lista)"
    path = tmp_path / "deck.json"
    path.write_text(json.dumps(deck, ensure_ascii=False), encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "app.cli", "deck", "load", str(path)],
        check=True,
        capture_output=True,
    )

    current = client.get("/api/competences", headers=admin_headers).json()
    assert current["version"] == "kommun-2027"
    assert current["cards"][0]["name_sv"] == "Kommunikation (kommunens lista)"
    assert client.get("/api/youths/Y1", headers=admin_headers).json()["deck_version"] == "2026.1"
    old = client.get("/api/competences/versions/2026.1", headers=admin_headers).json()
    assert old["cards"][0]["name_sv"] == "Kommunikation"


def test_a_deck_without_13_cards_is_refused(tmp_path):
    deck = json.loads(service.DEFAULT_DECK_PATH.read_text(encoding="utf-8"))
    deck["cards"] = deck["cards"][:12]
    deck["version"] = "bad"
    path = tmp_path / "deck.json"
    path.write_text(json.dumps(deck), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "app.cli", "deck", "load", str(path)],
        capture_output=True,
        text=True,
    )
    assert out.returncode != 0
    assert "13 cards" in out.stderr
