"""The mapped tables. Importing this package registers the tables every screen needs
(staff, locations, customers, consents, sync state); the module tables (till, vouchers,
bonus, export) register when their services import them, so the app starts faster.

Anything that needs the whole schema (migrations, sync, schema tests) calls
``all_metadata()``. A module that adds a file here adds it to ``MODULE_MODELS`` too.
"""

import importlib

from sqlalchemy import MetaData

from belbo_desktop.storage.orm import sync  # noqa: F401  (change capture needs it at once)
from belbo_desktop.storage.orm.base import Base
from belbo_desktop.storage.orm.core import AuditEntry, Location, Setting, StaffMember
from belbo_desktop.storage.orm.customers import Customer, CustomFieldDefinition, CustomFieldValue
from belbo_desktop.storage.orm.privacy import (
    Consent,
    ConsentWording,
    CustomerErasure,
    PrivacyRequest,
)

MODULE_MODELS = (
    "belbo_desktop.storage.orm.bonus",
    "belbo_desktop.storage.orm.catalogue",
    "belbo_desktop.storage.orm.export",
    "belbo_desktop.storage.orm.sales",
    "belbo_desktop.storage.orm.vouchers",
)


def all_metadata() -> MetaData:
    """``Base.metadata`` with every table of every module registered."""
    for name in MODULE_MODELS:
        importlib.import_module(name)
    return Base.metadata


__all__ = [
    "AuditEntry",
    "Base",
    "Consent",
    "ConsentWording",
    "CustomFieldDefinition",
    "CustomFieldValue",
    "Customer",
    "CustomerErasure",
    "Location",
    "PrivacyRequest",
    "Setting",
    "StaffMember",
    "all_metadata",
]
