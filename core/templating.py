"""Jinja2 templates for every package: `<package>/templates/`, autoescaped, translated."""

from datetime import date, datetime
from functools import lru_cache
from typing import Any

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, format_percent
from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape

from core.i18n import translate, translate_validation
from core.registry import DOMAIN_PACKAGES, ROOT

LOCALES = {"sv": "sv_SE", "en": "en_GB"}


@lru_cache
def environment() -> Environment:
    loaders = [
        FileSystemLoader(str(ROOT / p / "templates"))
        for p in DOMAIN_PACKAGES
        if (ROOT / p / "templates").is_dir()
    ]
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def _formatters(language: str) -> dict[str, Any]:
    locale = LOCALES.get(language, "sv_SE")

    def fmt_date(value: date | datetime | None, style: str = "medium") -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            return format_datetime(value, style, locale=locale, tzinfo="Europe/Stockholm")
        return format_date(value, style, locale=locale)

    return {
        "_": lambda message, **kw: (
            translate(message, language).format(**kw) if kw else translate(message, language)
        ),
        "lang": language,
        "tr_validation": lambda message: translate_validation(str(message), language),
        "fmt_date": fmt_date,
        "fmt_number": lambda n: format_decimal(n, locale=locale),
        "fmt_percent": lambda x: format_percent(x, locale=locale),
    }


def render_html(
    template: str, context: dict[str, Any], *, language: str = "sv", **globals_: Any
) -> str:
    """Renders a template to a string in one language (also used for PDFs)."""
    return (
        environment()
        .get_template(template)
        .render({**_formatters(language), **globals_, **context})
    )


def render(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
    language: str = "sv",
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    """Renders a page; `request` is available to templates for url_for."""
    html = render_html(template, {"request": request, **(context or {})}, language=language)
    return HTMLResponse(html, status_code=status_code, headers=headers)
