"""Datenschutz: trade-secret fields, data-access reports, requests, erasure, consents.

:class:`PrivacyService` is the entry point (rights, transaction, audit); each module beside
it holds one part of the work. The health-data gate that the customer service passes on
every read and write lives in :mod:`belbo_desktop.services.health_gate`.
"""

from belbo_desktop.services.privacy.consents import ConsentRow, ensure_wording, wording_id
from belbo_desktop.services.privacy.demo import (
    DEMO_HEALTH_FIELDS,
    DEMO_SECRET_FIELDS,
    seed_demo_privacy,
)
from belbo_desktop.services.privacy.erasure import ErasureResult
from belbo_desktop.services.privacy.field_classification import (
    BUILTIN_SECRETS_SETTING,
    FieldPrivacy,
    field_type_label,
)
from belbo_desktop.services.privacy.report_files import ReportFiles
from belbo_desktop.services.privacy.report_format import money as _money  # a test checks it
from belbo_desktop.services.privacy.report_sections import (
    AUDIT_ACTION_LABELS,
    SectionProvider,
    consents_section,
    default_providers,
    history_section,
    requests_section,
)
from belbo_desktop.services.privacy.request_register import (
    DUE_SOON_DAYS,
    RequestRow,
    RequestSummary,
)
from belbo_desktop.services.privacy.sales_sections import (
    bonus_section,
    sales_section,
    vouchers_section,
)
from belbo_desktop.services.privacy.service import PrivacyService

__all__ = [
    "AUDIT_ACTION_LABELS",
    "BUILTIN_SECRETS_SETTING",
    "DEMO_HEALTH_FIELDS",
    "DEMO_SECRET_FIELDS",
    "DUE_SOON_DAYS",
    "ConsentRow",
    "ErasureResult",
    "FieldPrivacy",
    "PrivacyService",
    "ReportFiles",
    "RequestRow",
    "RequestSummary",
    "SectionProvider",
    "_money",
    "bonus_section",
    "consents_section",
    "default_providers",
    "ensure_wording",
    "field_type_label",
    "history_section",
    "requests_section",
    "sales_section",
    "seed_demo_privacy",
    "vouchers_section",
    "wording_id",
]
