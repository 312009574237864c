"""Test data builders (real objects through the real service functions)."""

from typing import Any

PLACEMENT_HEADER = "ref,employer,title,description,district,capacity,ssyk"


def placement_payload(ref: str = "P-T1", **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ref": ref,
        "employer": "Testverkstan AB",
        "title": "Praktik i cykelverkstad",
        "description": "Service och reparation av cyklar.",
        "district": "Lundby",
        "capacity": 2,
        "ssyk": "7231",
    }
    data.update(overrides)
    return data


def youth_payload(ref: str = "Y-T1", **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ref": ref,
        "first_name": "Alva",
        "birth_year": 2008,
        "gender": "female",
        "district": "Lundby",
        "team": "Hisingen",
        "interests": "vill jobba me hundar",
    }
    data.update(overrides)
    return data


def placements_csv(rows: list[str]) -> str:
    return PLACEMENT_HEADER + "\n" + "\n".join(rows) + "\n"


def internship_payload(
    youth: str = "Y-T1", placement: str = "P-T1", **overrides: Any
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "youth": youth,
        "placement": placement,
        "start_date": "2026-09-01",
        "end_date": "2026-10-31",
        "supervisor_name": "Sara Handledare",
        "supervisor_email": "sara@testverkstan.example",
        "supervisor_phone": "031-123 45 67",
        "supervisor_role": "Verkstadschef",
    }
    data.update(overrides)
    return data


def record_consent(
    client: Any,
    headers: dict[str, str],
    ref: str = "Y-T1",
    given_by: tuple[str, ...] = ("youth", "guardian"),
) -> None:
    """Records consent to share with employers through the API (the youth's and a guardian's)."""
    for who in given_by:
        answer = client.post(f"/api/youths/{ref}/consents", headers=headers,
                             json={"given_by": who, "given_date": "2026-01-15"})  # fmt: skip
        assert answer.status_code == 201, answer.text


def create_youth(
    client: Any,
    headers: dict[str, str],
    ref: str = "Y-T1",
    *,
    consent: bool = True,
    **overrides: Any,
) -> dict[str, Any]:
    """Creates a youth through the API, with consent to share with employers unless told not to."""
    created = client.post("/api/youths", json=youth_payload(ref, **overrides), headers=headers)
    assert created.status_code == 201, created.text
    if consent:
        record_consent(client, headers, ref)
    return created.json()


def start_internship(
    client: Any,
    headers: dict[str, str],
    *,
    capacity: int = 2,
    youth: dict[str, Any] | None = None,
    consent: bool = True,
    **overrides: Any,
) -> dict[str, Any]:
    """Creates a placement and a youth (with consent unless told not to) through the API and
    starts an internship; returns it."""
    placement = client.post("/api/placements", json=placement_payload(capacity=capacity),
                            headers=headers)  # fmt: skip
    assert placement.status_code == 201, placement.text
    created = client.post("/api/youths", json=youth or youth_payload(), headers=headers)
    assert created.status_code == 201, created.text
    if consent:
        record_consent(client, headers, created.json()["ref"])
    answer = client.post("/api/internships", json=internship_payload(**overrides), headers=headers)
    assert answer.status_code == 201, answer.text
    return answer.json()


def link_path(url: str) -> str:
    """The path of a link URL (/l/<token>), for test clients on any host."""
    from urllib.parse import urlsplit

    return urlsplit(url).path


def hidden_fields(html: str) -> dict[str, str]:
    """The hidden inputs of the first form on a page (csrf, revision, lang...)."""
    import re

    form = html.split("<form", 1)[1].split("</form>", 1)[0] if "<form" in html else ""
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))


def assessment_form(keys: list[str], level: str = "3", **fields: str) -> dict[str, str]:
    """A filled-in assessment form: every competence at `level`, plus the given fields."""
    data = {f"level-{k}": level for k in keys}
    data.update({f"comment-{k}": "" for k in keys})
    data.update({"tasks": "", "overall_comment": "", "supervisor_name": "", "supervisor_role": ""})
    data.update(fields)
    return data


def assessment_link(
    client: Any, headers: dict[str, str], *, kind: str = "midway", send_email: bool = False
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Starts an internship and creates its supervisor link; returns (internship, link answer)."""
    internship = start_internship(client, headers)
    answer = client.post(
        f"/api/internships/{internship['id']}/assessment-links",
        json={"kind": kind, "send_email": send_email},
        headers=headers,
    )
    assert answer.status_code == 201, answer.text
    return internship, answer.json()
