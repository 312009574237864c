"""A success is only answered for data that is stored."""

import threading

from tests.factories import placement_payload


def test_a_created_placement_is_readable_by_the_very_next_request(client, admin_headers):
    for i in range(20):
        r = client.post("/api/placements", json=placement_payload(f"RW{i}"), headers=admin_headers)
        assert r.status_code == 201
        assert client.get(f"/api/placements/RW{i}", headers=admin_headers).status_code == 200


def test_a_commit_that_fails_answers_an_error_not_a_success(app, admin_headers, prepared_database):
    """A unique clash found only at commit time turns the success into a 409, storing nothing."""
    from fastapi import APIRouter, Depends
    from fastapi.testclient import TestClient
    from sqlalchemy.orm import Session

    from core.db import get_session
    from employers.models import Employer

    router = APIRouter()

    @router.post("/_test/employer-twice")
    def add_twice(db_session: Session = Depends(get_session)) -> dict[str, str]:  # noqa: B008
        # Not flushed here, so the clash only shows when the request's commit runs.
        db_session.add(Employer(name="Samma AB"))
        db_session.add(Employer(name="Samma AB"))
        return {"status": "ok"}

    app.include_router(router)
    with TestClient(app) as c:
        r = c.post("/_test/employer-twice")
        assert r.status_code == 409, r.text
        listing = c.get("/api/employers", headers=admin_headers).json()
    assert all(e["name"] != "Samma AB" for e in listing["items"])


def test_concurrent_creates_of_one_ref_give_one_success(client, admin_headers):
    results: list[int] = []

    def create() -> None:
        results.append(
            client.post(
                "/api/placements", json=placement_payload("SAME"), headers=admin_headers
            ).status_code
        )

    threads = [threading.Thread(target=create) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results).count(201) == 1
    assert (
        client.get("/api/placements", params={"q": ""}, headers=admin_headers).json()["total"] == 1
    )
