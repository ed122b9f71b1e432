"""Roles and rights. Services check rights; the UI only mirrors them."""

from __future__ import annotations

from enum import StrEnum

from belbo_desktop.domain.messages import Language


class Right(StrEnum):
    VIEW_CUSTOMERS = "view_customers"
    EDIT_CUSTOMERS = "edit_customers"
    ARCHIVE_CUSTOMERS = "archive_customers"
    MERGE_CUSTOMERS = "merge_customers"
    VIEW_HEALTH_DATA = "view_health_data"
    EDIT_HEALTH_DATA = "edit_health_data"
    EXPORT_CUSTOMERS = "export_customers"
    PRIVACY_SETTINGS = "privacy_settings"
    PRIVACY_REQUESTS = "privacy_requests"
    ERASE_CUSTOMERS = "erase_customers"
    MANAGE_CUSTOM_FIELDS = "manage_custom_fields"
    SELL = "sell"
    CANCEL_SALES = "cancel_sales"
    VOID_VOUCHERS = "void_vouchers"
    MANAGE_CATALOGUE = "manage_catalogue"
    MANAGE_BONUS_PROGRAMS = "manage_bonus_programs"
    STAMP_BONUS_CARDS = "stamp_bonus_cards"
    MANAGE_STAFF = "manage_staff"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_AUDIT_LOG = "view_audit_log"


RIGHT_LABELS: dict[Right, tuple[str, str]] = {
    Right.VIEW_CUSTOMERS: ("Kunden ansehen", "View customers"),
    Right.EDIT_CUSTOMERS: ("Kunden bearbeiten", "Edit customers"),
    Right.ARCHIVE_CUSTOMERS: ("Kunden archivieren", "Archive customers"),
    Right.MERGE_CUSTOMERS: ("Kundenakten zusammenführen", "Merge customer files"),
    Right.VIEW_HEALTH_DATA: ("Gesundheitsdaten ansehen", "View health data"),
    Right.EDIT_HEALTH_DATA: ("Gesundheitsdaten bearbeiten", "Edit health data"),
    Right.EXPORT_CUSTOMERS: ("Kunden exportieren", "Export customers"),
    Right.PRIVACY_SETTINGS: ("Datenschutzeinstellungen", "Privacy settings"),
    Right.PRIVACY_REQUESTS: ("Datenschutz-Ersuchen bearbeiten", "Handle data requests"),
    Right.ERASE_CUSTOMERS: ("Kunden endgültig löschen", "Erase customers"),
    Right.MANAGE_CUSTOM_FIELDS: ("Kundenfelder verwalten", "Manage customer fields"),
    Right.SELL: ("An der Kasse verkaufen", "Sell at the till"),
    Right.CANCEL_SALES: ("Verkäufe stornieren", "Cancel sales"),
    Right.VOID_VOUCHERS: ("Gutscheine stornieren", "Void vouchers"),
    Right.MANAGE_CATALOGUE: ("Leistungen und Produkte verwalten", "Manage catalogue"),
    Right.MANAGE_BONUS_PROGRAMS: ("Bonusprogramme verwalten", "Manage bonus programs"),
    Right.STAMP_BONUS_CARDS: ("Bonuskarten stempeln", "Stamp bonus cards"),
    Right.MANAGE_STAFF: ("Mitarbeiter verwalten", "Manage staff"),
    Right.MANAGE_SETTINGS: ("Einstellungen verwalten", "Manage settings"),
    Right.VIEW_AUDIT_LOG: ("Protokoll ansehen", "View audit log"),
}


def right_label(right: Right, lang: Language = "de") -> str:
    de, en = RIGHT_LABELS[right]
    return en if lang == "en" else de


class Role(StrEnum):
    OWNER = "owner"
    MANAGER = "manager"
    FRONT_DESK = "front_desk"


ROLE_LABELS: dict[Role, tuple[str, str]] = {
    Role.OWNER: ("Inhaber/Admin", "Owner/Admin"),
    Role.MANAGER: ("Manager", "Manager"),
    Role.FRONT_DESK: ("Empfang", "Front desk"),
}


def role_label(role: Role, lang: Language = "de") -> str:
    de, en = ROLE_LABELS[role]
    return en if lang == "en" else de


ROLE_RIGHTS: dict[Role, frozenset[Right]] = {
    Role.OWNER: frozenset(Right),
    Role.MANAGER: frozenset(Right) - {Right.MANAGE_STAFF, Right.PRIVACY_SETTINGS},
    Role.FRONT_DESK: frozenset(
        {Right.VIEW_CUSTOMERS, Right.EDIT_CUSTOMERS, Right.SELL, Right.STAMP_BONUS_CARDS}
    ),
}

#: Roles whose email addresses may receive a customer export ("administrative rights").
ADMINISTRATIVE_ROLES: frozenset[Role] = frozenset({Role.OWNER})


def rights_for(
    role: Role, granted: frozenset[Right] = frozenset(), revoked: frozenset[Right] = frozenset()
) -> frozenset[Right]:
    """A staff member's effective rights: the role's defaults, adjusted per person."""
    return (ROLE_RIGHTS[role] | granted) - revoked
