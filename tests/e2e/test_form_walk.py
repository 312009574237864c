"""Every form on every page, submitted in real Chromium exactly as rendered, as each role.

Each form is submitted twice with each of its submit buttons: first with the values it was
rendered with, then with a typical valid entry (inputs filled by their type and name; a small
override map for forms that need a particular value). No answer may be a 5xx, and no answer may
be a 4xx unless the page ties an error message to a field (aria-describedby or an error summary
whose links point at fields) in the page's language. Forms the browser's own validation stops
(empty required fields) are also sent with validation off, as a browser without it would.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.language import Detector, reference_names
from tests.e2e.pages import ROLES, Site, seeded_values, sign_in

pytestmark = pytest.mark.skipif(
    not Path("/usr/bin/chromium").exists(), reason="Debian's chromium is not installed"
)

# Forms the walk leaves alone: signing out ends the walk's session, and the language switch is
# the language walk's (it changes every later page).
SKIP_ACTIONS = ("/sign-out", "/language")
IMPORT_CSV = (
    "ref,employer,title,description,district,capacity,ssyk\n"
    "W-IMP-1,Walk Import AB,Praktik i lager,Plocka och packa varor,Lundby,1,9332\n"
)
# action pattern -> {field name: value} for a typical valid entry
VALID = {
    r"^/import$": {"text": IMPORT_CSV, "kind": "placements"},
    r"^/placements/new$": {"ref": "W-NEW-1", "ssyk": "7231", "sni": "G"},
    r"^/employers/new$": {"org_number": "556036-0793"},
    r"/workplaces$": {"name": "Walk verkstad", "district": "Lundby"},
    r"^/certificates/.+/revoke$": {"reason": "Fel datum på intyget"},
}
TEXT_BY_NAME = {
    "email": "walk@example.se", "phone": "031-123 45 67", "org_number": "556036-0793",
    "ssyk": "7231", "sni": "G", "ref": "W-NEW-2", "capacity": "2", "min_age": "16", "age": "16",
    "q": "bil", "district": "Lundby", "name": "Walk Testsson", "code": "ABCD-EFGH-JK",
}  # fmt: skip
DATES = {"start": "2027-01-11", "end": "2027-02-05", "since": "2026-01-01", "until": "2026-12-31",
         "given": "2026-11-30"}  # fmt: skip

FORMS_JS = """() => [...document.forms].map((f, i) => ({
  index: i,
  action: new URL(f.action, location.href).pathname,
  method: (f.getAttribute('method') || 'get').toLowerCase(),
  names: [...f.elements].map(e => e.name).filter(Boolean).sort().join(','),
  fields: [...f.elements].filter(e => e.name && !['hidden', 'submit', 'button'].includes(e.type)
    && e.tagName !== 'BUTTON').length,
  buttons: [...f.querySelectorAll('button:not([type=button]):not([type=reset]), input[type=submit]')]
    .map(b => (b.name || '') + '=' + (b.value || '') + ':' + (b.innerText || b.value || '').trim()),
}))"""

FIELD_ERROR_JS = """(withFields) => {
  const texts = [];
  for (const el of document.querySelectorAll('[aria-invalid=true][aria-describedby]')) {
    for (const id of el.getAttribute('aria-describedby').split(/\\s+/)) {
      const d = document.getElementById(id);
      if (d && d.innerText.trim()) texts.push(d.innerText.trim());
    }
  }
  for (const s of document.querySelectorAll('.error-summary, [role=alert]')) {
    const linked = [...s.querySelectorAll('a[href^="#"]')]
      .filter(a => document.getElementById(a.getAttribute('href').slice(1)));
    if (linked.length || !withFields) texts.push(s.innerText.trim());
  }
  return texts;
}"""
SHOWN_ERRORS_JS = """() => [...document.querySelectorAll('.error, .error-summary, [role=alert], main p')]
  .map(e => e.innerText.trim()).filter(Boolean).slice(0, 4).join(' / ')"""


@dataclass(frozen=True)
class FormKey:
    action: str
    method: str
    names: str
    button: str
    fields: int  # inputs a person fills in; a form of buttons alone may answer with a summary

    def label(self) -> str:
        return f"{self.method.upper()} {self.action} [{self.button.split(':', 1)[-1]}]"


def _forms(page) -> list[FormKey]:  # type: ignore[no-untyped-def]
    keys: list[FormKey] = []
    for form in page.evaluate(FORMS_JS):
        if form["action"] in SKIP_ACTIONS:
            continue
        for button in form["buttons"] or [""]:
            key = FormKey(form["action"], form["method"], form["names"], button, form["fields"])
            if key not in keys:
                keys.append(key)
    return keys


def _locate(page, key: FormKey):  # type: ignore[no-untyped-def]
    """The form and submit button on a freshly loaded page, or None when it is gone."""
    for form in page.evaluate(FORMS_JS):
        if (form["action"], form["method"], form["names"]) == (key.action, key.method, key.names):
            if key.button and key.button not in form["buttons"]:
                continue
            locator = page.locator("form").nth(form["index"])
            if not key.button:
                return locator, None
            index = form["buttons"].index(key.button)
            return locator, locator.locator(
                "button:not([type=button]):not([type=reset]), input[type=submit]"
            ).nth(index)
    return None


def _fill_valid(form, action: str) -> None:  # type: ignore[no-untyped-def]
    override: dict[str, str] = {}
    for pattern, values in VALID.items():
        if re.search(pattern, action):
            override.update(values)
    for field in form.locator("input, textarea, select").all():
        name = field.get_attribute("name") or ""
        kind = (field.get_attribute("type") or "text").lower()
        tag = field.evaluate("e => e.tagName.toLowerCase()")
        if not name or kind in ("hidden", "submit", "button", "file") or not field.is_enabled():
            continue
        if not field.is_visible():
            continue
        if tag == "select":
            options = field.locator("option").evaluate_all("os => os.map(o => o.value)")
            wanted = override.get(name)
            if wanted in options:
                field.select_option(wanted)
            elif not field.input_value() and [o for o in options if o]:
                field.select_option([o for o in options if o][0])
            continue
        if kind == "radio":
            group = form.locator(f"input[type=radio][name='{name}']")
            if not group.evaluate_all("rs => rs.some(r => r.checked)"):
                values = group.evaluate_all("rs => rs.map(r => r.value)")
                choice = override.get(name) or ("3" if "3" in values else values[0])
                form.locator(f"input[type=radio][name='{name}'][value='{choice}']").check()
            continue
        if kind == "checkbox":
            continue  # a typical entry leaves choices as offered
        if name in override:
            field.fill(override[name])
        elif field.input_value():
            continue
        elif kind == "date" or "date" in name or name in DATES:
            key = next((k for k in DATES if k in name), "start")
            field.fill(DATES[key])
        elif kind == "email" or "email" in name:
            field.fill("walk@example.se")
        elif kind == "number":
            field.fill(field.get_attribute("min") or "2")
        elif kind == "tel" or "phone" in name:
            field.fill("031-123 45 67")
        elif tag == "textarea":
            field.fill("Ett exempel på en vanlig text.")
        else:
            key = next((k for k in TEXT_BY_NAME if k in name), None)
            field.fill(TEXT_BY_NAME[key] if key else "Exempel")


def _submit(page, form, button):  # type: ignore[no-untyped-def]
    """Submits like a click would; returns (status, content type, blocked by the browser)."""
    if not form.evaluate("f => f.checkValidity()"):
        form.evaluate("f => { f.noValidate = true; }")
        blocked = True
    else:
        blocked = False

    def is_document(response) -> bool:  # type: ignore[no-untyped-def]
        return (
            response.request.is_navigation_request()
            and response.frame == page.main_frame
            and not 300 <= response.status < 400
        )

    page.evaluate("() => { window.__walkOld = true; }")
    with page.expect_response(is_document, timeout=30_000) as answer:
        if button is not None:
            button.click(no_wait_after=True)
        else:
            form.evaluate("f => f.requestSubmit()")
    response = answer.value
    content_type = response.headers.get("content-type", "")
    if "text/html" in content_type:  # wait until the answer's document replaced the form's
        page.wait_for_function(
            "() => !window.__walkOld && document.readyState !== 'loading'", timeout=30_000
        )
    return response.status, content_type, blocked


def _judge(page, status: int, content_type: str, detector: Detector, key: FormKey) -> str | None:  # type: ignore[no-untyped-def]
    if status >= 500:
        return f"answered {status}"
    if status < 400:
        return None
    if "text/html" not in content_type:
        return f"answered {status} with {content_type}, not a page"
    language = page.locator("html").get_attribute("lang") or "sv"
    errors = page.evaluate(FIELD_ERROR_JS, key.fields > 0)
    if not errors:
        shown = page.evaluate(SHOWN_ERRORS_JS)
        return f"answered {status} without an error tied to a field (shows: {shown!r})"
    page_text = {"title": "", "attrs": [], "text": "\n".join(errors)}
    foreign = detector.foreign(page_text, language)
    if foreign:
        return f"answered {status}; its error is not in the page's language ({language}): {foreign}"
    return None


def _walk(page, site: Site, paths: list[str], who: str, detector: Detector) -> list[str]:  # type: ignore[no-untyped-def]
    findings: list[str] = []
    seen: set[FormKey] = set()
    for path in paths:
        url = site.base_url + path
        page.goto(url)
        for key in _forms(page):
            # The same form on many pages (or many suggestions) is walked once per role.
            generic = FormKey(re.sub(r"/[^/]*\d[^/]*", "/…", key.action), key.method, key.names,
                              key.button.split(":", 1)[0], key.fields)  # fmt: skip
            if generic in seen:
                continue
            seen.add(generic)
            # A form of buttons alone has no other entry than the one it was rendered with.
            modes = ("as rendered", "valid entry") if key.fields else ("as rendered",)
            for mode in modes:
                page.goto(url)
                found = _locate(page, key)
                if found is None:
                    break  # an earlier submit changed the page (the form is done)
                form, button = found
                if mode == "valid entry":
                    _fill_valid(form, key.action)
                try:
                    status, content_type, blocked = _submit(page, form, button)
                except Exception as exc:  # noqa: BLE001 - a walk reports, it does not stop
                    findings.append(f"{who} {path} {key.label()} {mode}: no answer ({exc})")
                    continue
                problem = _judge(page, status, content_type, detector, key)
                if problem:
                    note = " (the browser itself would block it)" if blocked else ""
                    findings.append(f"{who} {path} {key.label()} {mode}{note}: {problem}")
    return findings


def test_every_form_answers_well(site: Site, chromium_browser, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    detector = Detector(data=seeded_values(site) + reference_names())
    findings: list[str] = []
    for role in ROLES:
        context = chromium_browser.new_context(locale="sv-SE")
        page = context.new_page()
        page.on("dialog", lambda dialog: dialog.accept())
        sign_in(page, site, role)
        findings += _walk(page, site, site.staff_pages[role], role, detector)
        context.close()
    context = chromium_browser.new_context(locale="sv-SE")
    page = context.new_page()
    findings += _walk(page, site, site.public_pages, "visitor", detector)
    context.close()
    assert not findings, f"{len(findings)} problems:\n" + "\n".join(findings)
