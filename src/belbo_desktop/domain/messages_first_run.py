"""Messages of a new PC's first start: a new salon, or joining a hub (German, English)."""

from __future__ import annotations

FIRST_RUN_MESSAGES: dict[str, tuple[str, str]] = {
    "first_owner_exists": (
        "Dieser PC ist bereits eingerichtet (es gibt schon Mitarbeiter oder einen Standort). "
        "Ein neuer Betrieb kann nur in einem leeren Datenordner angelegt werden; weitere "
        "Mitarbeiter legt eine Inhaberin / ein Inhaber unter Einstellungen an.",
        "This PC is already set up (there are staff members or a location). A new business "
        "can only be created in an empty data folder; an owner adds more staff under "
        "Settings.",
    ),
    "first_run_hub_unreachable": (
        "Der Hub unter {url} ist nicht erreichbar ({reason}). Bitte die Adresse prüfen und "
        "ob der Hub läuft und von diesem PC aus im Netzwerk erreichbar ist. Dieser PC "
        "wurde nicht verbunden.",
        "The hub at {url} cannot be reached ({reason}). Please check the address, that the "
        "hub is running and that this PC can reach it over the network. This PC has not "
        "been connected.",
    ),
    "first_run_not_a_hub": (
        "Unter {url} antwortet kein Belbo Hub. Bitte die Adresse prüfen "
        "(z. B. https://hub.mein-salon.de). Dieser PC wurde nicht verbunden.",
        "There is no Belbo Hub answering at {url}. Please check the address "
        "(e.g. https://hub.my-salon.com). This PC has not been connected.",
    ),
}

FIRST_RUN_LABELS: dict[str, tuple[str, str]] = {
    "business_name": ("Name des Betriebs", "Business name"),
    "tax_number": ("Steuernummer", "Tax number"),
}
