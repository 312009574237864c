"""HTML templates -> PDF/A-3b with WeasyPrint. Pure rendering: no database, picklable inputs.

Every document is tagged (real text for screen readers), has a <title> and a language, and
embeds its fonts (DejaVu, which covers åäö). The certificate carries its credential as a PDF/A-3
attachment.
"""

import base64
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import segno
import weasyprint
from markupsafe import Markup
from weasyprint.text.fonts import FontConfiguration

from core.settings import get_settings
from core.templating import render_html

PDF_VARIANT = "pdf/a-3b"
CREDENTIAL_MEDIA_TYPE = "application/vc+jwt"


@dataclass(frozen=True)
class RatedCompetence:
    key: str
    name: str
    level: int
    words: str
    comment: str


@dataclass(frozen=True)
class CertificateDoc:
    """Everything printed on a certificate, gathered from the database by the service."""

    language: str
    holder_name: str
    title: str
    employer_name: str
    workplace_name: str
    start_date: date
    end_date: date
    tasks: str
    competences: list[RatedCompetence]
    overall_comment: str
    supervisor_name: str
    supervisor_role: str
    approved_at: datetime
    team: str
    issuer_name: str
    code: str | None = None  # None for a preview
    ended_early: bool = False  # printed next to the period, so no one reads it as completed
    issued_at: datetime | None = None


@dataclass(frozen=True)
class GuideCompetence:
    name: str
    youth_text: str
    tips: list[str]


@dataclass(frozen=True)
class SupervisorGuideDoc:
    """What the supervisor of one internship needs to know, in one language."""

    language: str
    first_name: str
    title: str
    workplace_name: str
    start_date: date
    end_date: date
    supervisor_name: str
    contact_name: str | None
    contact_email: str | None
    team: str
    team_contact: str
    develop: list[GuideCompetence] = field(default_factory=list)
    strengths: list[str] = field(default_factory=list)
    midway_date: date | None = None
    link_url: str | None = None


@dataclass(frozen=True)
class DeckCard:
    number: int
    name: str
    youth_text: str
    behaviours: list[str]


@lru_cache
def _font_config() -> FontConfiguration:
    return FontConfiguration()


QR_QUIET_ZONE = 4  # modules of white around the code, as ISO/IEC 18004 asks; readers need it


def qr_data_uri(url: str) -> str:
    """Returns a QR code for the URL as an SVG data URI (vector, so it prints sharply).

    The image carries its own white quiet zone, so no border, rule or tinted box drawn next to
    it can touch the code.
    """
    code = segno.make(url, error="m", micro=False)
    return str(code.svg_data_uri(scale=4, border=QR_QUIET_ZONE, light="#ffffff"))


def render_pdf(html: str, *, attachments: list[weasyprint.Attachment] | None = None) -> bytes:
    """Renders HTML to a tagged PDF/A-3b document."""
    pdf = weasyprint.HTML(string=html, base_url=None).write_pdf(
        pdf_variant=PDF_VARIANT,
        pdf_tags=True,
        attachments=attachments or None,
        font_config=_font_config(),
    )
    if pdf is None:
        raise RuntimeError("WeasyPrint produced no PDF")
    return bytes(pdf)


def credential_attachment(code: str, credential_jwt: str) -> weasyprint.Attachment:
    """The signed credential as a PDF/A-3 associated file (relationship: Data)."""
    encoded = base64.b64encode(credential_jwt.encode("ascii")).decode("ascii")
    return weasyprint.Attachment(
        url=f"data:{CREDENTIAL_MEDIA_TYPE};base64,{encoded}",
        name=f"praktikintyg-{code}.jwt",
        description="Open Badges 3.0 / W3C Verifiable Credential (VC-JWT, EdDSA)",
        relationship="Data",
    )


def css_string(text: str) -> Markup:
    """Quotes text as a CSS string for a <style> block (e.g. a page footer)."""
    escaped = (
        str(text).replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3C ")
        .replace("\n", "\\A ")
    )  # fmt: skip
    return Markup(f'"{escaped}"')  # noqa: S704 - every special character is escaped above


def _common() -> dict[str, Any]:
    settings = get_settings()
    return {
        "issuer_name": settings.issuer_name,
        "base_url": settings.base_url.rstrip("/"),
        "css_string": css_string,
    }


def group_code(code: str) -> str:
    """Prints a code as two groups of five for reading aloud: ABCDE-FGHJK."""
    return f"{code[:5]}-{code[5:]}" if len(code) == 10 else code


def certificate_html(doc: CertificateDoc) -> str:
    """Renders the certificate (or its preview when it has no code) to HTML."""
    verify = f"{_common()['base_url']}/verify/{doc.code}" if doc.code else None
    return render_html(
        "certificates/certificate.html",
        {
            **_common(),
            "doc": doc,
            "verify_url": verify,
            "qr": qr_data_uri(verify) if verify else None,
            "grouped_code": group_code(doc.code) if doc.code else None,
        },
        language=doc.language,
    )


def certificate_pdf(doc: CertificateDoc, credential_jwt: str | None) -> bytes:
    """Renders a certificate; an issued one embeds its signed credential."""
    attachments = (
        [credential_attachment(doc.code, credential_jwt)] if doc.code and credential_jwt else None
    )
    return render_pdf(certificate_html(doc), attachments=attachments)


def supervisor_guide_pdf(doc: SupervisorGuideDoc) -> bytes:
    """Renders the supervisor guide of one internship."""
    html = render_html(
        "certificates/supervisor_guide.html",
        {**_common(), "doc": doc, "qr": qr_data_uri(doc.link_url) if doc.link_url else None},
        language=doc.language,
    )
    return render_pdf(html)


def employer_guide_pdf(*, language: str, team_contact: str) -> bytes:
    """Renders the general guide for employers (names no youth)."""
    verify = f"{_common()['base_url']}/verify"
    html = render_html(
        "certificates/employer_guide.html",
        {**_common(), "team_contact": team_contact, "verify_url": verify},
        language=language,
    )
    return render_pdf(html)


def deck_pdf(*, language: str, deck_name: str, version: str, cards: list[DeckCard]) -> bytes:
    """Renders the card deck, four cards to an A4 sheet, for printing and cutting."""
    sheets = [cards[i : i + 4] for i in range(0, len(cards), 4)]
    html = render_html(
        "certificates/deck.html",
        {**_common(), "deck_name": deck_name, "version": version, "sheets": sheets,
         "total": len(cards)},
        language=language,
    )  # fmt: skip
    return render_pdf(html)
