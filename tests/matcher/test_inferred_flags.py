"""Stereotype flags on placements whose occupation was inferred from the text (issue 14).

Driven from outside: a recruiter imports a CSV without SSYK codes through the import form, then
the suggestions API is asked for a youth whose interests point at that placement.
"""

import re

from tests.factories import placements_csv

CSV = placements_csv(
    [
        "CYKEL-1,Cykelverkstan Lundby,Praktik i vår cykelverkstad,"
        "Laga cyklar: byta slang och däck och justera växlar och bromsar,Lundby,2,",
        "BIBL-1,Stadsbiblioteket,Praktik på biblioteket,"
        "Ställa upp böcker och hjälpa besökare att hitta,Lundby,1,",
    ]
)


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def _import(signed_in) -> None:  # type: ignore[no-untyped-def]
    client, csrf = signed_in("recruiter")
    preview = client.post("/import", data={"csrf": csrf, "kind": "placements", "text": CSV})
    assert preview.status_code == 200, preview.text
    done = client.post(
        "/import/confirm", data={"csrf": _csrf(preview.text), "kind": "placements", "text": CSV}
    )
    assert "2 nya" in done.text


def _bike_suggestion(client, headers, ref: str, gender: str) -> dict:  # type: ignore[no-untyped-def]
    made = client.post(
        "/api/youths",
        headers=headers,
        json={
            "ref": ref,
            "interests": "vill laga cyklar och skruva i en verkstad",
            "gender": gender,
        },
    )
    assert made.status_code == 201, made.text
    r = client.get(f"/api/youths/{ref}/suggestions", headers=headers)
    assert r.status_code == 200, r.text
    suggestions = r.json()["suggestions"]
    assert suggestions[0]["placement_ref"] == "CYKEL-1"
    return suggestions[0]


def test_flags_on_an_inferred_occupation_say_it_was_estimated(client, signed_in, admin_headers):
    from core.db import session_scope
    from employers.models import Placement
    from matcher.stereotypes import INFERRED_NOTE, default_table

    _import(signed_in)
    with session_scope() as s:
        bike = s.query(Placement).filter_by(ref="CYKEL-1").one()
        code, source = bike.ssyk_code, bike.ssyk_source
    assert source == "inferred" and code
    share = default_table().occupations[code]
    assert share.men > 60 and share.stable  # the inference found a male-dominated trade

    he = _bike_suggestion(client, admin_headers, "INF-M", "male")
    she = _bike_suggestion(client, admin_headers, "INF-F", "female")
    assert he["stereotype_flag"] and not he["counter_stereotypical"]
    assert not she["stereotype_flag"] and she["counter_stereotypical"]
    for s in (he, she):
        assert f"SCB {share.year}" in s["stereotype_basis"]
        assert s["stereotype_basis"].endswith(INFERRED_NOTE)
    assert he["stereotype_basis"] == she["stereotype_basis"]  # describes the job, not the youth

    # Once staff confirm the code through the form, it is no longer called an estimate.
    page = client.get("/placements/CYKEL-1/occupation")
    done = client.post(
        "/placements/CYKEL-1/occupation", data={"csrf": _csrf(page.text), "ssyk": code}
    )
    assert done.status_code in (200, 303), done.text
    r = client.get("/api/youths/INF-M/suggestions", headers=admin_headers).json()
    top = r["suggestions"][0]
    assert top["placement_ref"] == "CYKEL-1" and top["stereotype_flag"]
    assert INFERRED_NOTE not in top["stereotype_basis"]
