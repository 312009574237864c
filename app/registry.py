"""What the application is made of, listed by hand: tables, routers, link purposes, CLI commands.

Nothing here is found by file name or loaded by a string: each entry is an import, so a reader
and import-linter see every arrow. A new domain adds its modules to these lists.
"""

import argparse
from collections.abc import Callable

from fastapi import APIRouter
from sqlalchemy import MetaData

import accounts.models
import accounts.oidc_models
import accounts.web_auth_models
import certificates.models
import competences.models
import core.audit
import employers.models
import internships.models
import links.models
import matcher.models
import youths.explorer_models
import youths.models
from accounts import audit_page_views, audit_views, oidc_views, user_views, web_auth_views
from app import gdpr_router, retention_cli
from certificates import cli_commands as certificates_cli
from certificates import router as certificates_router
from certificates import staff_views as certificates_staff_views
from certificates import views as certificates_views
from competences import router as competences_router
from core import asset_views, health, i18n
from core import cli_commands as core_cli
from core.db import Base
from employers import occupation_views
from employers import router as employers_router
from employers import seats as employers_seats
from employers import views as employers_views
from internships import assessment_views, profile_views
from internships import cli_commands as internships_cli
from internships import router as internships_router
from internships import seats as internships_seats
from internships import views as internships_views
from links import service as links_service
from links import views as links_views
from links.models import LinkPurpose
from matcher import explorer_views, interest_profile, review_views
from matcher import router as matcher_router
from reports import router as reports_router
from reports import views as reports_views
from youths import explorer, import_views
from youths import router as youths_router
from youths import views as youths_views

# Every module that declares tables (imported above for their side effect on Base.metadata).
MODEL_MODULES = (
    core.audit, accounts.models, accounts.web_auth_models, accounts.oidc_models, links.models,
    competences.models, employers.models, youths.models, youths.explorer_models, matcher.models,
    internships.models, certificates.models,
)  # fmt: skip

# In this order: where two routes could match one path, the earlier router wins.
ROUTERS: tuple[APIRouter, ...] = (
    health.router,
    asset_views.router,
    audit_page_views.router,
    audit_views.router,
    user_views.router,
    links_views.router,
    oidc_views.router,
    web_auth_views.router,
    reports_views.router,
    assessment_views.router,
    competences_router.router,
    import_views.router,
    occupation_views.router,
    employers_router.router,
    employers_views.router,
    gdpr_router.router,
    internships_router.router,
    internships_views.router,
    review_views.router,
    explorer_views.router,
    youths_router.router,
    youths_views.router,
    profile_views.router,
    matcher_router.router,
    reports_router.router,
    certificates_router.router,
    certificates_views.router,
    certificates_staff_views.router,
)

# Link purposes and the domain page that serves each (see links.service.register_purpose).
LINK_PURPOSES = {
    LinkPurpose.assessment: assessment_views,
    LinkPurpose.youth_review: review_views,
}

CLI_COMMANDS: tuple[Callable[[argparse._SubParsersAction], None], ...] = (  # type: ignore[type-arg]
    core_cli.register,
    internships_cli.register,
    retention_cli.register,
    certificates_cli.register,
)


def load_models() -> MetaData:
    """Returns the metadata of every table (all model modules are imported by this module)."""
    return Base.metadata


def register_link_purposes() -> None:
    """Tells the links package which domain page serves each purpose (idempotent)."""
    for purpose, handler in LINK_PURPOSES.items():
        links_service.register_purpose(purpose, handler)


def wire() -> None:
    """Start-up: hands the lower packages what only a higher one can answer (idempotent)."""
    register_link_purposes()
    employers_seats.use(internships_seats)
    internships_views.add_section(certificates_staff_views.internship_section)
    i18n.add_data_words("en", {card.text_sv: card.text_en for card in explorer.cards()})
    i18n.add_data_words("en", interest_profile.english_area_names())
    i18n.add_data_words("en", interest_profile.english_trait_labels())
