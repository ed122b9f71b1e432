"""Messages of the Datenschutz module, merged into ``messages.CATALOG``."""

from __future__ import annotations

PRIVACY_MESSAGES: dict[str, tuple[str, str]] = {
    "secret_block_identifying": (
        "Dieses Feld identifiziert die Kundin bzw. den Kunden und kann kein "
        "Betriebsgeheimnis sein.",
        "This field identifies the customer and cannot be a trade secret.",
    ),
    "secret_block_declared_identifying": (
        "Dieses Kundenfeld ist als identifizierend eingestuft und kann kein "
        "Betriebsgeheimnis sein.",
        "This customer field is classed as identifying and cannot be a trade secret.",
    ),
    "secret_block_record": (
        "Dieses Feld beschreibt den Datensatz selbst und kann kein Betriebsgeheimnis sein.",
        "This field describes the record itself and cannot be a trade secret.",
    ),
    "secret_block_health": (
        "Gesundheitsangaben gehören der Kundin bzw. dem Kunden und können kein "
        "Betriebsgeheimnis sein.",
        "Health data belongs to the customer and cannot be a trade secret.",
    ),
    "secret_then_identifying": (
        "Das Feld ist als Betriebsgeheimnis markiert. Bitte zuerst die Markierung entfernen.",
        "The field is marked as a trade secret. Please remove that mark first.",
    ),
    "request_received_future": (
        "Das Eingangsdatum darf nicht in der Zukunft liegen.",
        "The date received cannot be in the future.",
    ),
    "request_received_too_old": (
        "Das Eingangsdatum liegt mehr als drei Jahre zurück.",
        "The date received is more than three years ago.",
    ),
    "privacy_reason_required": (
        "Bitte einen Grund angeben.",
        "Please give a reason.",
    ),
    "request_closed": (
        "Dieses Ersuchen ist bereits abgeschlossen.",
        "This request is already closed.",
    ),
    "request_already_extended": (
        "Die Frist wurde bereits verlängert; eine weitere Verlängerung ist nicht zulässig.",
        "The deadline has already been extended; it cannot be extended again.",
    ),
    "identity_not_verified": (
        "Bitte zuerst die Identität der anfragenden Person prüfen und bestätigen.",
        "Please verify and confirm the requester's identity first.",
    ),
    "health_consent_missing": (
        "„{label}“ ist eine Gesundheitsangabe. Sie darf erst gespeichert werden, wenn die "
        "ausdrückliche Einwilligung der Kundin bzw. des Kunden erfasst ist "
        "(Register Datenschutz).",
        "“{label}” is health data. It can only be stored once the customer's explicit "
        "consent has been recorded (Privacy tab).",
    ),
    "consent_already_given": (
        "Diese Einwilligung liegt bereits vor.",
        "This consent has already been given.",
    ),
    "consent_withdrawn_already": (
        "Diese Einwilligung wurde bereits widerrufen.",
        "This consent has already been withdrawn.",
    ),
    "erase_confirm_mismatch": (
        "Zur Bestätigung bitte die Kundennummer {number} eingeben.",
        "To confirm, please type the customer number {number}.",
    ),
    "report_merged_file": (
        "Die Akte Nr. {number} wurde mit der Akte Nr. {into} zusammengeführt. Die "
        "Datenauskunft der Akte Nr. {into} enthält sie vollständig; bitte dort erstellen.",
        "File no. {number} was merged into file no. {into}. The data access report of "
        "file no. {into} contains it in full; please create it there.",
    ),
    "erase_merged_file": (
        "Die Akte Nr. {number} wurde mit der Akte Nr. {into} zusammengeführt. Bitte die "
        "Akte Nr. {into} löschen; dabei wird auch diese Akte anonymisiert.",
        "File no. {number} was merged into file no. {into}. Please erase file no. {into}; "
        "this file is anonymised with it.",
    ),
}

PRIVACY_LABELS: dict[str, tuple[str, str]] = {
    "received_on": ("Eingangsdatum", "Date received"),
    "note": ("Notiz", "Note"),
    "reason": ("Grund", "Reason"),
    "confirmation": ("Bestätigung", "Confirmation"),
    "request": ("Auskunftsersuchen", "Data request"),
    "consent": ("Einwilligung", "Consent"),
}
