"""Translation domains: each package's catalogue stays its own (issue 10, defect 13)."""

from core.i18n import translate, translate_validation
from core.templating import render_html


def test_the_same_words_keep_each_packages_meaning() -> None:
    assert translate("Arbetsgivare", "en", domain="core") == "Employers"
    assert translate("Arbetsgivare", "en", domain="certificates") == "Employer"
    assert translate("Arbetsgivare", "en", domain="employers", context="one") == "Employer"
    assert translate("Arbetsgivare", "sv", domain="certificates") == "Arbetsgivare"


def test_a_template_translates_in_the_package_that_ships_it() -> None:
    # core's layout inside an employers page keeps core's words; the page keeps its own.
    html = render_html("employers/employers.html", {"employers": [], "total": 0, "page": 1,
                       "pages": 1, "staff_user": {"name": "X"}, "path": "/employers",
                       "principal": None, "csrf": ""}, language="en")  # fmt: skip
    nav = html.split('<ul class="nav">', 1)[1].split("</ul>", 1)[0]
    assert '<a href="/employers" aria-current="page">Employers</a>' in nav


def test_text_formatted_elsewhere_is_translated_through_its_template() -> None:
    reason = "Platsen liknar det du skrev: Praktik på förskola"
    assert (
        translate(reason, "en", domain="youths") == "Similar to what you wrote: Praktik på förskola"
    )


def test_a_message_for_both_audiences_is_shown_in_one_language() -> None:
    both = "Samtycke saknas: ungdomens samtycke. Registrera samtycket först. / Consent missing: the youth's consent. Record the consent first."
    assert (
        translate_validation(both, "sv")
        == "Samtycke saknas: ungdomens samtycke. Registrera samtycket först."
    )
    assert translate_validation(both, "en").startswith("Consent missing")
