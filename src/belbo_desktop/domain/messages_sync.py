"""Messages of sync and the hub (German, English)."""

from __future__ import annotations

SYNC_MESSAGES: dict[str, tuple[str, str]] = {
    "sync_not_enrolled": (
        "Dieser PC ist noch mit keinem Belbo Hub verbunden.",
        "This PC is not connected to a Belbo Hub yet.",
    ),
    "sync_already_enrolled": (
        "Dieser PC ist bereits mit {hub} verbunden.",
        "This PC is already connected to {hub}.",
    ),
    "sync_hub_url_invalid": (
        "Bitte eine Hub-Adresse wie https://hub.example.de angeben.",
        "Please enter a hub address such as https://hub.example.com.",
    ),
    "sync_code_invalid": (
        "Der Anmeldecode ist ungültig, abgelaufen oder wurde schon benutzt. "
        "Bitte am Hub einen neuen Code erzeugen (belbo hub enrol-code).",
        "The enrolment code is invalid, expired or already used. "
        "Please make a new code on the hub (belbo hub enrol-code).",
    ),
    "net_timeout": ("Zeitüberschreitung", "timed out"),
    "net_connect": ("keine Verbindung", "no connection"),
    "net_error": ("Netzwerkfehler", "network error"),
    "sync_offline": (
        "Hub nicht erreichbar ({reason}). Es wird lokal weitergearbeitet; "
        "die Synchronisation wird später wiederholt.",
        "Hub not reachable ({reason}). Work continues locally; sync will retry later.",
    ),
    "sync_revoked": (
        "Der Hub kennt diesen PC nicht mehr (Gerät gesperrt). Bitte mit einem neuen "
        "Anmeldecode erneut verbinden.",
        "The hub no longer accepts this PC (device revoked). Please enrol again with a new code.",
    ),
    "sync_protocol_mismatch": (
        "Hub und App sprechen verschiedene Protokollversionen (Hub {hub}, App {client}). "
        "Bitte App und Hub auf denselben Stand bringen.",
        "Hub and app speak different protocol versions (hub {hub}, app {client}). "
        "Please update app and hub to the same release.",
    ),
    "sync_hub_error": (
        "Der Hub meldet einen Fehler ({status}). Bitte später erneut versuchen oder den "
        "Administrator des Hubs informieren.",
        "The hub reported an error ({status}). Please try again later or tell the hub's "
        "administrator.",
    ),
    "sync_cancelled": ("Synchronisation abgebrochen.", "Sync cancelled."),
    "sync_device_name_invalid": (
        "Bitte einen Gerätenamen mit 1 bis 120 Zeichen angeben.",
        "Please enter a device name of 1 to 120 characters.",
    ),
    "sync_voucher_overdrawn": (
        "Gutschein {code} überzogen um {amount}",
        "Voucher {code} overdrawn by {amount}",
    ),
    "sync_earlier_error": ("{text}", "{text}"),  # saved as text by an earlier version
    "sync_failed_unexpectedly": (
        "Die Synchronisation ist mit einem unerwarteten Fehler abgebrochen ({error}). "
        "Was schon abgeglichen ist, bleibt erhalten; Einzelheiten stehen in der "
        "Protokolldatei. Der nächste Abgleich versucht es erneut.",
        "Sync stopped with an unexpected error ({error}). What was already synced is "
        "kept; the details are in the log file. The next sync tries again.",
    ),
    "sync_cursor_compacted": (
        "Dieser PC war länger nicht abgeglichen, als der Hub sein Änderungsprotokoll "
        "aufbewahrt. Er holt den aktuellen Stand jetzt vollständig neu; eigene Änderungen "
        "sind schon übertragen, nichts geht verloren.",
        "This PC has not synced for longer than the hub keeps its change log. It now "
        "fetches the current state in full; its own changes are already sent, nothing "
        "is lost.",
    ),
}
