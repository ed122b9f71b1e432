"""Audit entries as people read them: one label per action, details as a short text.

Shared by the customer file's Verlauf and the Protokoll viewer. Details are shown only
for keys known here (and never a secret: the log holds none, and unknown keys are left
out rather than shown raw).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from belbo_desktop.domain.messages import label as field_label
from belbo_desktop.domain.rights import Right, Role, right_label, role_label
from belbo_desktop.ui import formatting


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditActions", text)


def _action_texts() -> dict[str, str]:
    return {
        # customers
        "customer_created": _t("Kunde angelegt"),
        "customer_changed": _t("Kundendaten geändert"),
        "customer_archived": _t("Kunde archiviert"),
        "customer_restored": _t("Kunde wiederhergestellt"),
        "customer_erased": _t("Kunde gelöscht (DSGVO)"),
        "customer_merged": _t("Dublette zusammengeführt"),
        "customer_merged_away": _t("Mit anderer Akte zusammengeführt"),
        "bonus_card_activated": _t("Bonusprogramm aktiviert"),
        "bonus_stamped": _t("Stempel gegeben"),
        "bonus_stamp_reversed": _t("Stempel storniert"),
        "bonus_reward_redeemed": _t("Prämie eingelöst"),
        "consent_given": _t("Einwilligung erteilt"),
        "consent_withdrawn": _t("Einwilligung widerrufen"),
        "data_access_report": _t("Datenauskunft erstellt"),
        "health_data_viewed": _t("Gesundheitsdaten angesehen"),
        "health_data_erased": _t("Gesundheitsdaten gelöscht"),
        "privacy_request_registered": _t("Datenschutz-Ersuchen erfasst"),
        "privacy_request_identity_verified": _t("Identität bestätigt"),
        "privacy_request_extended": _t("Frist verlängert"),
        "privacy_request_closed": _t("Datenschutz-Ersuchen abgeschlossen"),
        # logging in and staff
        "login": _t("Angemeldet"),
        "login_failed": _t("Anmeldung fehlgeschlagen"),
        "pin_switch": _t("Per PIN gewechselt"),
        "pin_switch_failed": _t("PIN-Wechsel fehlgeschlagen"),
        "staff_created": _t("Mitarbeiter angelegt"),
        "staff_changed": _t("Mitarbeiter geändert"),
        "staff_deactivated": _t("Mitarbeiter deaktiviert"),
        "staff_reactivated": _t("Mitarbeiter wieder aktiviert"),
        "staff_password_reset": _t("Passwort zurückgesetzt"),
        "password_changed": _t("Eigenes Passwort geändert"),
        "password_change_failed": _t("Passwortänderung: altes Passwort falsch"),
        "staff_pin_set": _t("PIN gesetzt"),
        "staff_pin_cleared": _t("PIN entfernt"),
        "staff_unlocked": _t("Konto entsperrt"),
        # till and vouchers
        "sale_reversed": _t("Verkauf storniert"),
        "till_closed": _t("Kassenabschluss"),
        "voucher_refund": _t("Gutschein erstattet"),
        "vouchers_expired": _t("Gutscheine abgelaufen"),
        "catalogue_item_created": _t("Leistung/Produkt angelegt"),
        "catalogue_item_changed": _t("Leistung/Produkt geändert"),
        # bonus programs
        "bonus_program_created": _t("Bonusprogramm angelegt"),
        "bonus_program_changed": _t("Bonusprogramm geändert"),
        "bonus_program_archived": _t("Bonusprogramm archiviert"),
        "bonus_program_restored": _t("Bonusprogramm wiederhergestellt"),
        "bonus_program_deleted": _t("Bonusprogramm gelöscht"),
        # settings
        "location_created": _t("Standort angelegt"),
        "location_changed": _t("Standortdaten geändert"),
        "setting_changed": _t("Einstellung geändert"),
        "trade_secret_changed": _t("Betriebsgeheimnis geändert"),
        "custom_field_defined": _t("Kundenfeld angelegt"),
        "custom_field_changed": _t("Kundenfeld geändert"),
        "custom_field_archived": _t("Kundenfeld archiviert"),
        "custom_field_restored": _t("Kundenfeld wiederhergestellt"),
        "custom_fields_reordered": _t("Kundenfelder umsortiert"),
        "field_classification_changed": _t("Feldeinstufung geändert"),
        # exports
        "export_requested": _t("Export angefordert"),
        "export_confirmed": _t("Export bestätigt"),
        "export_computing": _t("Export wird erstellt"),
        "export_computed": _t("Export erstellt"),
        "export_downloaded": _t("Export heruntergeladen"),
        "export_cancelled": _t("Export abgebrochen"),
        "export_expired": _t("Export abgelaufen"),
        "export_failed": _t("Export fehlgeschlagen"),
        "export_mail_resent": _t("Export-Mail erneut gesendet"),
    }


def action_text(action: str) -> str:
    """The readable label of an action; an unknown one as its words."""
    text = _action_texts().get(action)
    if text is not None:
        return text
    return action.replace("_", " ").capitalize()


def _rights(value: object, lang: str) -> str:
    names = []
    for item in value if isinstance(value, list) else []:
        try:
            names.append(right_label(Right(str(item)), lang))
        except ValueError:
            names.append(str(item))
    return ", ".join(names)


def _role(value: object, lang: str) -> str:
    try:
        return role_label(Role(str(value)), lang)
    except ValueError:
        return str(value)


def details_text(action: str, details: dict[str, object], summary: str | None, lang: str) -> str:
    """A short readable line from an entry's details (known keys only)."""
    parts: list[str] = []

    def add(key: str, render: Callable[[object], str]) -> None:
        value = details.get(key)
        if value in (None, "", [], False):
            return
        text = render(value)
        if text:
            parts.append(text)

    role_changed = action == "staff_changed" and bool(details.get("role_before"))
    add(
        "fields",
        lambda v: (
            ", ".join(field_label(str(f), lang) for f in v if not (role_changed and f == "role"))
            if isinstance(v, list)
            else ""
        ),
    )
    add(
        "custom_fields",
        lambda v: (
            QCoreApplication.translate("AuditActions", "%n Kundenfeld(er)", "", len(v))
            if isinstance(v, list)
            else ""
        ),
    )
    if role_changed:
        parts.append(
            _t("Rolle: %1 → %2")
            .replace("%1", _role(details["role_before"], lang))
            .replace("%2", _role(details.get("role"), lang))
        )
    elif action == "staff_created":
        add("role", lambda v: _t("Rolle: %1").replace("%1", _role(v, lang)))
    add("granted", lambda v: _t("Rechte dazu: %1").replace("%1", _rights(v, lang)))
    add("revoked", lambda v: _t("Rechte weg: %1").replace("%1", _rights(v, lang)))
    add("number", lambda v: _t("Nr. %1").replace("%1", str(v)))
    add("receipt_no", lambda v: _t("Beleg %1").replace("%1", str(v)))
    add("reversal_receipt_no", lambda v: _t("Stornobeleg %1").replace("%1", str(v)))
    add(
        "amount_cents",
        lambda v: formatting.money(int(v), lang) if isinstance(v, int) else "",
    )
    add("count", lambda v: _t("Anzahl: %1").replace("%1", str(v)))
    add("label", lambda v: str(v))
    add("name", lambda v: str(v))
    add("locked", lambda _v: _t("Konto gesperrt"))
    add("unlocked", lambda _v: _t("Sperre aufgehoben"))
    add("first_owner", lambda _v: _t("beim Einrichten des Betriebs"))
    return "; ".join(parts) or (summary or "")
