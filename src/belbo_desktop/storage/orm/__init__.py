"""All mapped tables. Import this package to register every model on ``Base.metadata``.

Each module adds its own file here (vouchers, privacy, export, sync, ...).
"""

from belbo_desktop.storage.orm import catalogue, sales, vouchers  # noqa: F401
from belbo_desktop.storage.orm import sync  # noqa: F401
from belbo_desktop.storage.orm.base import Base
from belbo_desktop.storage.orm.core import AuditEntry, Location, Setting, StaffMember
from belbo_desktop.storage.orm.customers import Customer, CustomFieldDefinition, CustomFieldValue
from belbo_desktop.storage.orm.export import ExportRequest  # noqa: F401
from belbo_desktop.storage.orm.privacy import (
    Consent,
    ConsentWording,
    CustomerErasure,
    PrivacyRequest,
)

__all__ = [
    "AuditEntry",
    "Consent",
    "ConsentWording",
    "CustomerErasure",
    "Base",
    "CustomFieldDefinition",
    "CustomFieldValue",
    "Customer",
    "Location",
    "PrivacyRequest",
    "Setting",
    "StaffMember",
]

from belbo_desktop.storage.orm import bonus  # noqa: E402, F401, I001
