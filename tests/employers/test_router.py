from tests.factories import placement_payload


def test_placement_crud(client, admin_headers):
    h = admin_headers
    created = client.post("/api/placements", json=placement_payload(), headers=h)
    assert created.status_code == 201, created.text
    assert created.json()["open_capacity"] == 2
    assert client.post("/api/placements", json=placement_payload(), headers=h).status_code == 409
    updated = client.patch("/api/placements/P-T1", json={"capacity": 3, "open": False}, headers=h)
    assert updated.json()["capacity"] == 3 and updated.json()["open"] is False
    assert (
        client.get("/api/placements/P-T1", headers=h).json()["title"] == "Praktik i cykelverkstad"
    )
    assert client.delete("/api/placements/P-T1", headers=h).status_code == 204
    assert client.get("/api/placements/P-T1", headers=h).status_code == 404


def test_list_shape_and_filters(client, admin_headers):
    h = admin_headers
    client.post("/api/placements", json=placement_payload("A1"), headers=h)
    client.post(
        "/api/placements", json=placement_payload("A2", district="Angered", ssyk="9111"), headers=h
    )
    body = client.get("/api/placements", params={"district": "angered"}, headers=h).json()
    assert body["total"] == 1 and [i["ref"] for i in body["items"]] == ["A2"]
    assert client.get("/api/placements", params={"ssyk": "7231"}, headers=h).json()["total"] == 1
    assert client.get("/api/placements", params={"limit": 501}, headers=h).status_code == 422
    page = client.get("/api/placements", params={"limit": 1, "offset": 1}, headers=h).json()
    assert page["total"] == 2 and len(page["items"]) == 1


def test_typo_tolerant_search_finds_cykelverkstad(client, admin_headers):
    h = admin_headers
    client.post("/api/placements", json=placement_payload("C1", title="Cykelverkstad"), headers=h)
    client.post(
        "/api/placements",
        json=placement_payload(
            "L1", title="Lagerarbete", description="Plock och pack", ssyk="4322"
        ),
        headers=h,
    )
    for query in ("cykelverkstan", "cykel verkstad", "Cykelverkstad"):
        refs = [
            i["ref"]
            for i in client.get("/api/placements", params={"q": query}, headers=h).json()["items"]
        ]
        assert refs[:1] == ["C1"], query
        assert "L1" not in refs, query


def test_validation_errors_are_actionable(client, admin_headers):
    bad = placement_payload(capacity=-1, ssyk="72", sni="Ö")
    response = client.post("/api/placements", json=bad, headers=admin_headers)
    assert response.status_code == 422
    body = response.json()
    fields = {e["field"] for e in body["detail"]}
    assert {"capacity", "ssyk", "sni"} <= fields
    assert "4 digits" in body["message"]


def test_employer_org_number_check_digit(client, admin_headers):
    h = admin_headers
    bad = client.post("/api/employers", json={"name": "A", "org_number": "556677-8891"}, headers=h)
    assert bad.status_code == 422 and "check digit" in bad.json()["message"]
    good = client.post("/api/employers", json={"name": "A", "org_number": "5566778899"}, headers=h)
    assert good.status_code == 201 and good.json()["org_number"] == "556677-8899"
    listing = client.get("/api/employers", headers=h).json()
    assert listing["total"] == 1
    emp_id = good.json()["id"]
    assert (
        client.patch(f"/api/employers/{emp_id}", json={"name": "B"}, headers=h).json()["name"]
        == "B"
    )
    assert client.delete(f"/api/employers/{emp_id}", headers=h).status_code == 204
