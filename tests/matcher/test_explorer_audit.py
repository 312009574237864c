"""The stereotype audit splits, by gender, the flagged share of explorer-led and text-led
suggestions; the statistics page shows both."""

from bench.explorer_personas import persona_answers
from tests.factories import placement_payload, youth_payload
from youths import explorer

PLACEMENTS = (
    ("P-BIL", "Praktik på bilverkstad", "7231", "Byta däck och service av bilar."),
    ("P-BIL2", "Däckverkstad", "7231", "Hjulskifte och däckhotell."),
    ("P-FSK", "Praktik på förskola", "5311", "Lek och omsorg med barnen."),
    ("P-BUT", "Butiksmedarbetare", "5223", "Kassa, kunder och påfyllning i butik."),
    ("P-REC", "Receptionist", "4225", "Ta emot besökare och svara i telefon."),
)


def _explorer_done(ref: str, code: str) -> None:
    from core.db import session_scope
    from youths import explorer_service
    from youths import service as youths_service

    with session_scope() as s:
        youth = youths_service.get_youth(db_session=s, ref=ref, principal=None)
        answers = persona_answers(code)
        for card in explorer.cards():
            explorer_service.record_answer(db_session=s, youth=youth, card_id=card.id,
                                           answer=answers[card.id], actor="test")  # fmt: skip
        s.commit()


def _flagged_share(suggestions: list[dict], led: bool) -> float:
    chosen = [s for s in suggestions if s["explorer_led"] == led]
    return round(sum(s["stereotype_flag"] for s in chosen) / len(chosen), 4) if chosen else 0.0


def test_the_audit_shows_flagged_shares_for_explorer_led_and_text_led_suggestions(
    client, admin_headers, signed_in
):
    for ref, title, ssyk, text in PLACEMENTS:
        client.post("/api/placements", headers=admin_headers,
                    json=placement_payload(ref=ref, title=title, ssyk=ssyk, description=text))  # fmt: skip
    client.post("/api/youths", headers=admin_headers,
                json=youth_payload("Y-F", gender="female", interests="vet inte"))  # fmt: skip
    client.post("/api/youths", headers=admin_headers,
                json=youth_payload("Y-M", gender="male", interests="vill jobba med bilar"))  # fmt: skip
    _explorer_done("Y-F", "5311")
    female = client.get("/api/youths/Y-F/suggestions", headers=admin_headers).json()
    male = client.get("/api/youths/Y-M/suggestions", headers=admin_headers).json()
    assert any(s["explorer_led"] for s in female["suggestions"])
    assert not any(s["explorer_led"] for s in male["suggestions"])
    body = client.get("/api/audit/stereotypes", headers=admin_headers).json()
    by_gender = {g["gender"]: g for g in body["by_gender"]}
    f, m = by_gender["female"], by_gender["male"]
    assert f["explorer_led_suggestions"] == sum(s["explorer_led"] for s in female["suggestions"])
    assert f["explorer_led_flagged_share"] == _flagged_share(female["suggestions"], True)
    assert f["explorer_led_flagged_share"] > 0  # the preschool persona: a female-majority job
    assert m["explorer_led_suggestions"] == 0 and m["text_led_flagged_share"] > 0
    assert m["text_led_flagged_share"] == _flagged_share(male["suggestions"], False)
    signed_in("admin")
    page = client.get("/statistics").text
    assert "Andel stereotypa förslag, från intresseutforskaren" in page
