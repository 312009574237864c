"""What each document says, in which language, and that it is a sound PDF/A-3b file."""

import io

from pypdf import PdfReader

from certificates import guides, service
from competences.levels import NOT_OBSERVED
from tests.certificates.conftest import NOT_OBSERVED_COMMENT, NOT_OBSERVED_KEY, deck_cards


def _catalog(data: bytes):  # type: ignore[no-untyped-def]
    return PdfReader(io.BytesIO(data)).trailer["/Root"]


def test_certificate_prints_names_period_tasks_and_every_rated_competence(
    db_session, issued, read_pdf, assert_qpdf_ok
):
    text = read_pdf(issued.pdf)
    for expected in (
        "Åsa Öberg", "Fiskhallen Ärlig AB 1", "Butiken på Öckerö 1", "Praktik i fiskbutik",
        "3 mars 2025 – 30 maj 2025", "Ta emot varor på lagret och sortera dem.",
        "Hjälpa kunder i butiken.", "Örjan Ek", "Butikschef", "28 maj 2025", "team Hisingen",
        "Göteborgs Stad, ungdomsteamet", service.documents.group_code(issued.code),
    ):  # fmt: skip
        assert expected in text, expected
    rated = [c for c in deck_cards(db_session) if c["key"] != NOT_OBSERVED_KEY]
    assert len(rated) == 12
    for card in rated:
        assert card["name_sv"] in text, card["name_sv"]
        assert f"Kommentar om {card['name_sv'].lower()}" in text
    for words in (
        "Behöver mycket stöd",
        "Behöver lite stöd",
        "Klarar det själv",
        "Klarar det mycket bra",
    ):
        assert words in text
    assert_qpdf_ok(issued.pdf)


def test_not_observed_competences_are_left_out_of_the_certificate(db_session, issued, read_pdf):
    text = read_pdf(issued.pdf)
    left_out = next(c for c in deck_cards(db_session) if c["key"] == NOT_OBSERVED_KEY)
    assert left_out["name_sv"] not in text
    assert NOT_OBSERVED_COMMENT not in text
    assert NOT_OBSERVED[0] not in text


def test_certificate_is_pdf_a3b_tagged_titled_and_carries_its_credential(issued):
    reader = PdfReader(io.BytesIO(issued.pdf))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp
    assert "Praktikintyg för Åsa Öberg" in xmp  # dc:title
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "sv"
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root
    assert reader.metadata.title == "Praktikintyg för Åsa Öberg"
    name = f"praktikintyg-{issued.code}.jwt"
    assert reader.attachments[name] == [issued.credential.encode("ascii")]
    # WeasyPrint lists the one file spec twice in /AF; it is the same object.
    associated = [r.get_object() for r in {ref.idnum: ref for ref in root["/AF"]}.values()]
    assert [(f["/F"], f["/AFRelationship"]) for f in associated] == [(name, "/Data")]
    embedded = associated[0]["/EF"]["/F"].get_object()
    assert embedded["/Subtype"] == "/application/vc+jwt"


def test_preview_is_marked_and_has_no_code_or_credential(
    db_session, ready_internship, read_pdf, assert_qpdf_ok
):
    from accounts.auth import Principal

    pdf = service.preview(
        db_session=db_session, internship_id=ready_internship.internship_id, language="sv",
        principal=Principal(kind="user", id=1, role="admin"),
    )  # fmt: skip
    text = read_pdf(pdf)
    assert "FÖRHANDSVISNING" in text and "Åsa Öberg" in text
    assert "/verify/" not in text
    assert not PdfReader(io.BytesIO(pdf)).attachments
    assert_qpdf_ok(pdf)


def test_english_certificate_uses_english_names_and_levels(db_session, ready_internship, read_pdf):
    certificate = service.issue(
        db_session=db_session, internship_id=ready_internship.internship_id, actor="user:1",
        language="en",
    )  # fmt: skip
    text = read_pdf(certificate.pdf)
    assert "Internship certificate" in text and "Åsa Öberg" in text
    assert "Planning and organising" in text and "Manages on their own" in text
    assert _catalog(certificate.pdf)["/Lang"] == "en"


def _guide(db_session, internship_id, language="sv", link_url=None):  # type: ignore[no-untyped-def]
    from accounts.auth import Principal

    return guides.supervisor_guide(
        db_session=db_session, internship_id=internship_id, language=language,
        link_url=link_url, principal=Principal(kind="user", id=1, role="admin"),
    )  # fmt: skip


def test_supervisor_guide_in_swedish_names_the_youth_contact_goals_and_link(
    db_session, ready_internship, read_pdf, assert_qpdf_ok
):
    link = "http://127.0.0.1:8000/a/EXAMPLE-TOKEN-abc"
    pdf = _guide(db_session, ready_internship.internship_id, link_url=link)
    text = read_pdf(pdf)
    flat = text
    for expected in (
        "Välkommen som handledare för Åsa", "3 mars 2025 – 30 maj 2025", "Karin Lind",
        "karin1@example.se", "Planera och organisera", "Ta initiativ", "Den första dagen",
        "Uppföljning", "Bedömning", link,
    ):  # fmt: skip
        assert expected in flat, expected
    cards = {c["key"]: c for c in deck_cards(db_session)}
    assert cards["planning"]["supervisor_tips_sv"][0] in flat
    assert "Öberg" not in text  # the supervisor needs the first name only
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "sv"
    assert reader.metadata.title == "Handledarguide: praktik för Åsa"
    assert any("/XObject" in p["/Resources"] for p in reader.pages)  # the QR code
    assert_qpdf_ok(pdf)


def test_supervisor_guide_in_english(db_session, ready_internship, read_pdf, assert_qpdf_ok):
    pdf = _guide(db_session, ready_internship.internship_id, language="en")
    text = read_pdf(pdf)
    assert "Welcome as supervisor for Åsa" in text and "Planning and organising" in text
    assert "The first day" in text and "by e-mail" in text
    assert _catalog(pdf)["/Lang"] == "en"
    assert_qpdf_ok(pdf)


def test_supervisor_guide_shares_the_card_sort_only_with_consent(
    db_session, internship_factory, read_pdf
):
    made = internship_factory(consent=False)
    text = read_pdf(_guide(db_session, made.internship_id))
    assert "Planera och organisera" not in text and "Samarbete" not in text
    assert "Fråga Åsa vad hen vill bli bättre på" in text


def test_employer_guide_names_no_youth_in_both_languages(
    db_session, ready_internship, read_pdf, assert_qpdf_ok
):
    for language, heading in (("sv", "Ta emot en ungdom på praktik"),
                              ("en", "Taking a young person on an internship")):  # fmt: skip
        pdf = guides.employer_guide(language=language)
        text = read_pdf(pdf)
        assert heading in text and "/verify" in text
        assert "Åsa" not in text and "Öberg" not in text
        assert _catalog(pdf)["/Lang"] == language
        assert_qpdf_ok(pdf)


def test_deck_prints_all_13_cards_on_a4_sheets(db_session, read_pdf, assert_qpdf_ok):
    pdf = guides.deck(db_session=db_session, version=None, language="sv")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 4  # four cards to a sheet
    assert all(
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) == (595, 842)
        for p in reader.pages
    )
    text = read_pdf(pdf)
    for card in deck_cards(db_session):
        assert card["name_sv"] in text
        assert card["behaviours_sv"][0][:30] in text
    assert "Kort 13 av 13" in text and "åäö" not in text  # real letters, not a test string
    assert all(ch in text for ch in "åäö")
    assert_qpdf_ok(pdf)


def test_deck_is_printed_in_the_chosen_version(db_session, read_pdf):
    import json

    from competences import service as competences_service

    data = json.loads(competences_service.DEFAULT_DECK_PATH.read_text(encoding="utf-8"))
    data["version"] = "test-2"
    data["cards"][0]["name_sv"] = "Kommunicera tydligt"
    data["cards"][0]["name_en"] = "Clear communication"
    competences_service.load_deck(
        db_session=db_session, deck=competences_service.parse_deck(json.dumps(data)),
        make_current=False,
    )  # fmt: skip
    chosen = read_pdf(guides.deck(db_session=db_session, version="test-2", language="en"))
    assert "Clear communication" in chosen and "version test-2" in chosen
    current = read_pdf(guides.deck(db_session=db_session, version=None, language="en"))
    assert "Clear communication" not in current and "Communication" in current


def test_a_youth_without_a_team_gets_no_empty_team_line(db_session, internship_factory, read_pdf):
    made = internship_factory(team=None)
    certificate = service.issue(
        db_session=db_session, internship_id=made.internship_id, actor="user:1"
    )
    text = read_pdf(certificate.pdf)
    assert "team –" not in text and "team ," not in text and "team ." not in text
    assert "Utfärdat av Göteborgs Stad, ungdomsteamet, " in text
    english = read_pdf(service.issue(
        db_session=db_session, internship_id=internship_factory(team=None).internship_id,
        actor="user:1", language="en",
    ).pdf)  # fmt: skip
    assert "Issued by Göteborgs Stad, ungdomsteamet, " in english and "team –" not in english
    guide = read_pdf(_guide(db_session, made.internship_id))
    assert "Karin Lind" in guide and "team –" not in guide


def test_deck_title_names_the_deck_once(db_session):
    for language, title in (
        ("sv", "Kortlek: 13 generella arbetslivskompetenser (version 2026.1)"),
        ("en", "Card deck: 13 general work-life competences (version 2026.1)"),
    ):
        pdf = guides.deck(db_session=db_session, version=None, language=language)
        assert PdfReader(io.BytesIO(pdf)).metadata.title == title
