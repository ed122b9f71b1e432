"""All mapped tables. Import this package to register every model on ``Base.metadata``.

Each module adds its own file here (vouchers, privacy, export, sync, ...).
"""

from belbo_desktop.storage.orm import (  # noqa: F401
    bonus,
    catalogue,
    sales,
    sync,
    vouchers,
)
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
]
