"""Messages of the customer export, the mail settings and the export web pages."""

from __future__ import annotations

EXPORT_MESSAGES: dict[str, tuple[str, str]] = {
    "export_recipient_not_admin": (
        "Ein Kundenexport darf nur an die E-Mail-Adresse eines Mitarbeiters mit "
        "administrativen Rechten gehen.",
        "A customer export may only be sent to the email address of a staff member "
        "with administrative rights.",
    ),
    "export_no_fields": (
        "Bitte wählen Sie mindestens ein Kundenfeld aus.",
        "Please choose at least one customer field.",
    ),
    "export_unknown_field": (
        "Das Kundenfeld „{value}“ gibt es nicht (mehr).",
        "The customer field “{value}” does not exist (any more).",
    ),
    "export_not_found": (
        "Diese Export-Anforderung wurde nicht gefunden.",
        "This export request was not found.",
    ),
    "export_link_invalid": (
        "Dieser Link ist ungültig oder wurde bereits verwendet.",
        "This link is invalid or has already been used.",
    ),
    "export_link_expired": (
        "Dieser Link ist abgelaufen. Bitte fordern Sie den Export in Belbo neu an.",
        "This link has expired. Please request the export again in Belbo.",
    ),
    "export_link_locked": (
        "Nach {max} falschen Passwörtern wurde dieser Link gesperrt. "
        "Bitte fordern Sie den Export in Belbo neu an.",
        "After {max} wrong passwords this link has been blocked. "
        "Please request the export again in Belbo.",
    ),
    "export_password_wrong": (
        "Das Passwort ist falsch. Noch {left} Versuch(e), dann wird der Link gesperrt.",
        "The password is wrong. {left} attempt(s) left before the link is blocked.",
    ),
    "export_link_cancelled": (
        "Dieser Export wurde in Belbo zurückgezogen.",
        "This export has been withdrawn in Belbo.",
    ),
    "export_not_ready": (
        "Der Export wird noch berechnet. Bitte versuchen Sie es in einer Minute erneut.",
        "The export is still being computed. Please try again in a minute.",
    ),
    "export_mail_failed": (
        "Die E-Mail an {to} konnte nicht gesendet werden ({reason}). Die Anforderung ist "
        "gespeichert; Belbo versucht den Versand automatisch erneut.",
        "The email to {to} could not be sent ({reason}). The request is saved; Belbo "
        "will try sending it again automatically.",
    ),
    "smtp_host_required": (
        "Bitte den SMTP-Server angeben.",
        "Please enter the SMTP server.",
    ),
    "smtp_port_invalid": (
        "Der Port muss eine Zahl zwischen 1 und 65535 sein.",
        "The port must be a number between 1 and 65535.",
    ),
    "smtp_security_invalid": (
        "Bitte STARTTLS oder SSL/TLS wählen.",
        "Please choose STARTTLS or SSL/TLS.",
    ),
    "smtp_sender_invalid": (
        "Die Absender-Adresse ist ungültig (Beispiel: salon@beispiel.de).",
        "The sender address is invalid (example: salon@example.com).",
    ),
    "smtp_ca_file_missing": (
        "Die Zertifikatsdatei {value} wurde nicht gefunden.",
        "The certificate file {value} was not found.",
    ),
    "base_url_invalid": (
        "Die Adresse der Export-Seiten muss mit http:// oder https:// beginnen.",
        "The address of the export pages must start with http:// or https://.",
    ),
    # --- exports through the hub ---
    "export_hub_offline": (
        "Der Hub ({hub}) ist nicht erreichbar ({reason}). Es wurde nichts angefordert. "
        "Kundenexporte laufen über den Hub, damit der Bestätigungslink auf jedem Gerät "
        "funktioniert. Bitte versuchen Sie es später erneut; Ihre Auswahl bleibt erhalten.",
        "The hub ({hub}) cannot be reached ({reason}). Nothing was requested. Customer "
        "exports go through the hub so that the confirmation link works on any device. "
        "Please try again later; your choices are kept.",
    ),
    "export_hub_staff_unknown": (
        "Der Hub kennt diesen Mitarbeiter nicht oder er ist dort deaktiviert. Bitte zuerst "
        "synchronisieren (F9) und dann erneut anfordern.",
        "The hub does not know this staff member, or they are deactivated there. Please "
        "sync first (F9), then request again.",
    ),
    "export_hub_location_denied": (
        "Dieser PC darf für diesen Standort keine Exporte beim Hub anfordern.",
        "This PC may not request exports for this location at the hub.",
    ),
    "export_hub_no_pages": (
        "Der Hub bietet keine Kundenexporte an (gestartet ohne --data-dir und "
        "--public-url). Bitte den Administrator des Hubs informieren.",
        "The hub does not offer customer exports (started without --data-dir and "
        "--public-url). Please tell the hub's administrator.",
    ),
    "export_hub_bad_request": (
        "Der Hub hat die Export-Anforderung nicht verstanden ({reason}).",
        "The hub did not understand the export request ({reason}).",
    ),
    "export_hub_not_enrolled": (
        "Diese Anforderung liegt beim Hub, aber dieser PC ist mit keinem Hub mehr verbunden.",
        "This request is held by the hub, but this PC is no longer connected to a hub.",
    ),
    "export_made_elsewhere": (
        "Diese Anforderung wurde an einem anderen PC gestellt und kann nur dort geändert werden.",
        "This request was made on another PC and can only be changed there.",
    ),
}
