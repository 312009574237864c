"""The suggestions API inside the service: JSON contract, CLI parity, freshness, feedback, audit."""

import json
import subprocess
import sys

from tests.factories import placement_payload

KEYS = {"placement_ref", "score", "stereotype_flag", "stereotype_basis", "reasons"}


def _suggest(client, headers, ref="Y001", limit=10):
    r = client.get(f"/api/youths/{ref}/suggestions", params={"limit": limit}, headers=headers)
    assert r.status_code == 200, r.text
    return r.json()


def test_suggestions_json_contract(client, admin_headers, demo_loaded):
    body = _suggest(client, admin_headers, limit=7)
    assert body["youth_ref"] == "Y001"
    assert len(body["suggestions"]) == 7
    for s in body["suggestions"]:
        assert s.keys() >= KEYS
        assert isinstance(s["score"], float) and 0.0 <= s["score"] <= 1.0
        assert isinstance(s["stereotype_flag"], bool)
        assert isinstance(s["stereotype_basis"], str) and s["stereotype_basis"]
        assert s["reasons"] and all(isinstance(r, str) and r for r in s["reasons"])
    scores = [s["score"] for s in body["suggestions"]]
    assert scores == sorted(scores, reverse=True)
    assert len({s["placement_ref"] for s in body["suggestions"]}) == 7


def test_unknown_youth_is_404_and_limit_is_bounded(client, admin_headers, demo_loaded):
    assert client.get("/api/youths/NOPE/suggestions", headers=admin_headers).status_code == 404
    r = client.get("/api/youths/Y001/suggestions", params={"limit": 0}, headers=admin_headers)
    assert r.status_code == 422


def test_cli_gives_the_same_list_as_the_api(client, admin_headers, demo_loaded):
    api = _suggest(client, admin_headers, "Y002", 5)
    out = subprocess.run(
        [sys.executable, "-m", "app.cli", "suggest", "Y002", "--limit", "5", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    cli = json.loads(out.stdout)
    assert [s["placement_ref"] for s in cli["suggestions"]] == [
        s["placement_ref"] for s in api["suggestions"]
    ]
    assert [s["score"] for s in cli["suggestions"]] == [s["score"] for s in api["suggestions"]]


def test_new_changed_and_closed_placements_show_at_once(client, admin_headers, demo_loaded):
    h = admin_headers
    client.post(
        "/api/youths",
        headers=h,
        json={
            "ref": "F1",
            "interests": "vill laga cyklar i en cykelverkstad",
            "district": "Lundby",
        },
    )
    before = [s["placement_ref"] for s in _suggest(client, h, "F1")["suggestions"]]
    new = placement_payload(
        "NEW-1",
        title="Cykelverkstad: laga cyklar",
        description="Laga cyklar, byta slang och däck på cyklar.",
        district="Lundby",
        ssyk="7231",
    )
    assert client.post("/api/placements", json=new, headers=h).status_code == 201
    after = [s["placement_ref"] for s in _suggest(client, h, "F1")["suggestions"]]
    assert "NEW-1" not in before and "NEW-1" in after[:3]

    client.patch("/api/placements/NEW-1", json={"open": False}, headers=h)
    assert "NEW-1" not in [s["placement_ref"] for s in _suggest(client, h, "F1")["suggestions"]]
    client.patch("/api/placements/NEW-1", json={"open": True}, headers=h)
    assert "NEW-1" in [s["placement_ref"] for s in _suggest(client, h, "F1")["suggestions"]]
    client.delete("/api/placements/NEW-1", headers=h)
    assert "NEW-1" not in [s["placement_ref"] for s in _suggest(client, h, "F1")["suggestions"]]


def test_a_change_committed_by_another_process_is_noticed(
    client, admin_headers, demo_loaded, tmp_csv
):
    """Worker processes share only the database: another process's import must show up here."""
    h = admin_headers
    client.post(
        "/api/youths", headers=h, json={"ref": "F2", "interests": "jobba med hästar i stall"}
    )
    _suggest(client, h, "F2")  # builds this process's index
    csv_text = (
        "ref,employer,title,description,district,capacity,ssyk\n"
        "HORSE-1,Ridklubben Häst,Stallpraktik,Mocka boxar och sköta hästar i stallet,Angered,1,6121\n"
    )
    subprocess.run(
        [sys.executable, "-m", "app.cli", "import", "placements", str(tmp_csv(csv_text))],
        check=True,
        capture_output=True,
    )
    assert "HORSE-1" in [s["placement_ref"] for s in _suggest(client, h, "F2")["suggestions"]]


def test_full_placements_are_not_suggested(client, admin_headers, demo_loaded, db_session):
    from datetime import date

    from employers.models import Placement
    from internships.models import Internship
    from youths.models import Youth

    h = admin_headers
    client.post(
        "/api/youths",
        headers=h,
        json={"ref": "F3", "interests": "cyklar cykelverkstad laga cyklar"},
    )
    top = _suggest(client, h, "F3")["suggestions"][0]["placement_ref"]
    placement = db_session.query(Placement).filter_by(ref=top).one()
    youth = db_session.query(Youth).filter_by(ref="Y002").one()
    for _ in range(placement.capacity):
        db_session.add(
            Internship(youth_id=youth.id, placement_id=placement.id, status="active",
                       start_date=date(2026, 1, 1), end_date=date(2026, 2, 1), supervisor_name="S",
                       created_by="test")
        )  # fmt: skip
    db_session.commit()
    assert top not in [s["placement_ref"] for s in _suggest(client, h, "F3")["suggestions"]]


def test_feedback_is_stored_and_a_no_goes_last(client, admin_headers, demo_loaded):
    h = admin_headers
    first = _suggest(client, h, "Y002", 10)["suggestions"][0]["placement_ref"]
    url = f"/api/youths/Y002/suggestions/{first}/feedback"
    r = client.post(
        url, json={"reaction": "not_interested", "comment": "för långt bort"}, headers=h
    )
    assert r.status_code == 201 and r.json()["reaction"] == "not_interested"
    client.post(url, json={"reaction": "not_interested", "comment": "för långt bort"}, headers=h)
    after = _suggest(client, h, "Y002", 10)["suggestions"]
    assert after[0]["placement_ref"] != first
    marked = [s for s in after if s["placement_ref"] == first]
    assert not marked or (
        marked[0]["reaction"] == "not_interested" and after[-1]["placement_ref"] == first
    )
    bad = client.post(url, json={"reaction": "maybe"}, headers=h)
    assert bad.status_code == 422


def test_stereotype_audit_by_gender(client, admin_headers, demo_loaded):
    body = client.get("/api/audit/stereotypes", headers=admin_headers).json()
    by_gender = {g["gender"]: g for g in body["by_gender"]}
    assert {"female", "male"} <= by_gender.keys()
    for gender in ("female", "male"):
        g = by_gender[gender]
        assert g["youths"] > 0 and g["suggestions"] == 10 * g["youths"]
        assert 0.0 <= g["flagged_share"] <= 1.0
        assert abs(sum(x["share"] for x in g["groups"]) - 1.0) < 0.01
    assert by_gender["other"]["flagged_share"] == 0.0
    assert by_gender["not_stated"]["flagged_share"] == 0.0


def test_profiles_differing_only_in_gender_get_identical_suggestions(
    client, admin_headers, demo_loaded
):
    h = admin_headers
    texts = [
        "vill jobba me bilar o motorer",
        "barn eller förskola kanske",
        "inte städa!! men kök funkar",
    ]
    for i, text in enumerate(texts):
        lists = []
        for gender in ("female", "male", "other", None):
            ref = f"G{i}-{gender}"
            client.post("/api/youths", headers=h, json={"ref": ref, "interests": text, "gender": gender,
                                                        "birth_year": 2007, "district": "Angered"})  # fmt: skip
            lists.append(_suggest(client, h, ref)["suggestions"])
        shape = [[(s["placement_ref"], s["score"], s["reasons"]) for s in sug] for sug in lists]
        assert all(x == shape[0] for x in shape), text
        assert not any(s["stereotype_flag"] for s in lists[2] + lists[3])


def test_a_no_generalises_to_the_occupation_with_a_reason(client, admin_headers, demo_loaded):
    h = admin_headers
    before = _suggest(client, h, "Y002", 30)["suggestions"]
    first = before[0]
    same = [s for s in before[1:] if s["ssyk"] == first["ssyk"]]
    assert same, "the demo youth needs two placements of one occupation"
    url = f"/api/youths/Y002/suggestions/{first['placement_ref']}/feedback"
    assert client.post(url, json={"reaction": "not_interested"}, headers=h).status_code == 201
    after = {s["placement_ref"]: s for s in _suggest(client, h, "Y002", 30)["suggestions"]}
    sibling = same[0]["placement_ref"]
    if sibling in after:
        assert after[sibling]["relevance"] < same[0]["relevance"]
        assert any("nej tack till en liknande plats" in r for r in after[sibling]["reasons"])


def test_trait_reasons_carry_the_onet_credit(client, admin_headers, demo_loaded):
    h = admin_headers
    text = "jag vill vara ute i friska luften och röra på mig"
    client.post("/api/youths", headers=h, json={"ref": "T1", "interests": text})
    body = _suggest(client, h, "T1")
    assert any("(O*NET)" in r for s in body["suggestions"] for r in s["reasons"])
    assert "CC BY 4.0" in body["data_credit"]
    assert _suggest(client, h, "Y001")["data_credit"] is None
