"""The public verify pages: genuine, revoked, unknown; and the byte-for-byte file check."""

from certificates import service
from certificates.documents import group_code


def _upload(client, data: bytes, name: str = "intyg.pdf", lang: str = ""):  # type: ignore[no-untyped-def]
    return client.post(f"/verify/file{lang}", files={"file": (name, data, "application/pdf")})


def test_verify_page_says_genuine_with_key_facts_only(client, issued):
    page = client.get(f"/verify/{issued.code}")
    assert page.status_code == 200
    html = page.text
    assert "Intyget är äkta" in html and '<html lang="sv">' in html
    for fact in ("Åsa Öberg", "Fiskhallen Ärlig AB 1", "Butiken på Öckerö 1", "3 mars 2025",
                 "30 maj 2025", group_code(issued.code)):  # fmt: skip
        assert fact in html, fact
    for private in ("Kommentar om", "Ta emot varor", "Örjan Ek", "Hisingen", "pålitlig"):
        assert private not in html, private
    assert page.headers["cache-control"] == "no-store"
    assert "noindex" in page.headers["x-robots-tag"]


def test_verify_page_says_revoked_and_points_to_the_correction(client, db_session, issued):
    new = service.correct(db_session=db_session, certificate=issued, actor="user:1", reason="x")
    db_session.commit()
    page = client.get(f"/verify/{issued.code}")
    assert page.status_code == 200
    assert "Intyget är återkallat" in page.text and "Intyget är äkta" not in page.text
    assert f'href="/verify/{new.code}"' in page.text
    status = client.get(f"/verify/{issued.code}/status").json()
    assert status["status"] == "revoked" and status["revoked"] is True
    assert status["revokedCredentials"] == [{"id": issued_url(issued.code)}]


def issued_url(code: str) -> str:
    from certificates.signing import verify_url

    return verify_url(code)


def test_verify_page_says_unknown_for_a_code_never_issued(client, issued):
    other = "0000000000" if issued.code != "0000000000" else "1111111111"
    page = client.get(f"/verify/{other}")
    assert page.status_code == 404 and "Okänt intyg" in page.text
    assert "Åsa" not in page.text
    assert client.get(f"/verify/{other}/status").json()["status"] == "unknown"
    assert client.get("/verify/nonsense").status_code == 404


def test_status_endpoint_says_genuine_for_a_valid_credential(client, issued):
    body = client.get(f"/verify/{issued.code}/status").json()
    assert body["status"] == "genuine" and body["revoked"] is False
    assert body["type"] == "1EdTechRevocationList" and body["revokedCredentials"] == []


def test_code_form_accepts_typed_codes_and_keeps_a_wrong_one(client, issued):
    typed = f"{issued.code[:5].lower()}-{issued.code[5:]}"
    found = client.get("/verify", params={"code": typed}, follow_redirects=False)
    assert found.status_code == 303 and found.headers["location"] == f"/verify/{issued.code}"
    wrong = client.get("/verify", params={"code": "ABC"})
    assert wrong.status_code == 422
    assert 'value="ABC"' in wrong.text and 'aria-invalid="true"' in wrong.text


def test_uploaded_issued_pdf_is_genuine_and_a_changed_byte_fails(client, issued):
    ok = _upload(client, issued.pdf)
    assert ok.status_code == 200 and "Intyget är äkta" in ok.text and "byte för byte" in ok.text
    changed = bytearray(issued.pdf)
    changed[len(changed) // 3] ^= 0x20
    bad = _upload(client, bytes(changed))
    assert bad.status_code == 200 and "Okänt intyg" in bad.text
    assert "Filen stämmer inte" in bad.text and "Åsa" not in bad.text


def test_uploaded_revoked_pdf_says_revoked(client, db_session, issued):
    service.revoke(db_session=db_session, certificate=issued, actor="user:1", reason="Fel")
    db_session.commit()
    page = _upload(client, issued.pdf, lang="?lang=en")
    assert page.status_code == 200 and "The certificate has been revoked" in page.text


def test_upload_refuses_big_empty_and_non_pdf_files_clearly(client):
    from certificates.views import MAX_UPLOAD_BYTES

    big = _upload(client, b"%PDF-" + b"0" * MAX_UPLOAD_BYTES)
    assert big.status_code == 413 and "Filen är för stor" in big.text
    assert "Filen är inte en PDF" in _upload(client, b"hello").text
    assert "Filen är tom" in _upload(client, b"").text
    missing = client.post("/verify/file", data={"nothing": "here"})
    assert missing.status_code == 422 and "Välj en PDF-fil" in missing.text


def test_verify_start_page_in_english(client):
    page = client.get("/verify?lang=en")
    assert page.status_code == 200 and '<html lang="en">' in page.text
    assert "Check an internship certificate" in page.text and 'href="/verify?lang=sv"' in page.text
