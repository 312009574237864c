"""Jinja2 templates for every package: `<package>/templates/`, autoescaped, translated."""

from collections.abc import Callable, Iterator
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, format_percent
from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, select_autoescape
from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream

from core.i18n import CORE_DOMAIN, PACKAGES, ROOT, translate, translate_validation
from core.permissions import allowed

LOCALES = {"sv": "sv_SE", "en": "en_GB"}


@lru_cache
def template_domains() -> dict[str, str]:
    """Template name -> the package that ships it (its translation domain). The first package
    in PACKAGES wins, as in the loader."""
    found: dict[str, str] = {}
    for package in PACKAGES:
        folder = ROOT / package / "templates"
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    found.setdefault(path.relative_to(folder).as_posix(), package)
    return found


class DomainGettext(Extension):
    """Scopes `_()` to the package that ships the template: at compile time each `_` becomes
    `_<package>`, so a layout from core keeps core's words inside an employers page
    (Jinja runs a parent template's code with the child's context, so this cannot be decided
    at render time)."""

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        domain = template_domains().get(stream.name or "", CORE_DOMAIN)
        for token in stream:
            if token.type == "name" and token.value == "_":
                yield Token(token.lineno, "name", f"_{domain}")
            else:
                yield token


@lru_cache
def environment() -> Environment:
    loaders = [
        FileSystemLoader(str(ROOT / p / "templates"))
        for p in PACKAGES
        if (ROOT / p / "templates").is_dir()
    ]
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=[DomainGettext],
    )
    env.globals["may"] = allowed  # may(role, action): offer only what the role may do
    return env


def gettext_for(language: str, domain: str = CORE_DOMAIN) -> Callable[..., str]:
    """`_(message, **values)` for templates: translated in `domain` first, then formatted."""

    def gettext(message: str, ctx: str | None = None, **values: Any) -> str:
        text = translate(message, language, domain=domain, context=ctx)
        return text.format(**values) if values else text

    return gettext


def _formatters(language: str) -> dict[str, Any]:
    locale = LOCALES.get(language, "sv_SE")

    def fmt_date(value: date | datetime | None, style: str = "medium") -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            return format_datetime(value, style, locale=locale, tzinfo="Europe/Stockholm")
        return format_date(value, style, locale=locale)

    return {
        "_": gettext_for(language),
        **{f"_{package}": gettext_for(language, package) for package in PACKAGES},
        "lang": language,
        # Error messages: English domain text in Swedish where known, Swedish page text
        # (form messages) in English from the catalogues.
        "tr_validation": lambda message: translate(
            translate_validation(str(message), language), language
        ),
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
