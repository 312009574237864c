"""The youth data export as a readable PDF (WeasyPrint), with the same content as the JSON."""

import json
from typing import Any

import weasyprint

from core.templating import render_html

# Headings for the tables an export holds; unknown tables are shown under their own name.
SECTION_TITLES = {
    "youth": "Profil / Profile",
    "card_sort": "Kortsortering / Card sort",
    "consent": "Samtycken / Consents",
    "proposed_workplace": "Egna förslag på arbetsplatser / Proposed workplaces",
    "internship": "Praktik / Internships",
    "follow_up": "Uppföljning / Follow-up",
    "assessment": "Bedömningar / Assessments",
    "certificate": "Intyg / Certificates",
    "capability_link": "Personliga länkar / Personal links",
    "suggestion_feedback": "Reaktioner på förslag / Reactions to suggestions",
}


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render(data: dict[str, Any]) -> bytes:
    """Renders an export (from youths.gdpr.export_youth) to PDF bytes."""
    sections = [
        {
            "title": SECTION_TITLES.get(name, name),
            "rows": [[(k, _cell(v)) for k, v in row.items()] for row in rows],
        }
        for name, rows in data["data"].items()
    ]
    html = render_html(
        "gdpr/export.html",
        {"export": data, "sections": sections, "cell": _cell},
        language="sv",
    )
    return bytes(weasyprint.HTML(string=html, base_url=None).write_pdf())
