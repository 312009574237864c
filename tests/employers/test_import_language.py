"""Import errors on the staff pages speak the page's language; the API and CLI keep English."""

from tests.factories import placements_csv

BAD = "P-X,Cykel AB,Cykelverkstad,Laga cyklar,Lundby,två,7231"


def _errors(answer) -> str:
    return answer.text[answer.text.index('id="import-errors"') :]


def test_import_errors_are_swedish_on_the_swedish_page(signed_in):
    client, csrf = signed_in("recruiter")
    answer = client.post(
        "/import", data={"csrf": csrf, "kind": "placements", "text": placements_csv([BAD])}
    )
    table = _errors(answer)
    assert "måste vara ett heltal" in table and "must be a whole number" not in table


def test_import_errors_are_english_on_the_english_page(signed_in):
    client, csrf = signed_in("recruiter")
    client.post("/language", data={"csrf": csrf, "language": "en", "next": "/import"})
    answer = client.post(
        "/import", data={"csrf": csrf, "kind": "placements", "text": placements_csv([BAD])}
    )
    assert "must be a whole number" in _errors(answer)
