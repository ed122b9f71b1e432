"""User-facing messages raised below the UI, in German with an English translation.

Services cannot use Qt's ``tr()``, so every message they produce is a code with
parameters; the UI renders it in the user's language with :meth:`Message.text`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from belbo_desktop.domain.messages_bonus import BONUS_MESSAGES
from belbo_desktop.domain.messages_export import EXPORT_MESSAGES
from belbo_desktop.domain.messages_first_run import FIRST_RUN_LABELS, FIRST_RUN_MESSAGES
from belbo_desktop.domain.messages_merge import MERGE_LABELS, MERGE_MESSAGES
from belbo_desktop.domain.messages_privacy import PRIVACY_LABELS, PRIVACY_MESSAGES
from belbo_desktop.domain.messages_staff import STAFF_LABELS, STAFF_MESSAGES
from belbo_desktop.domain.messages_sync import SYNC_MESSAGES
from belbo_desktop.domain.messages_till import TILL_LABELS, TILL_MESSAGES

Language = str  # "de" or "en"

CATALOG: dict[str, tuple[str, str]] = {
    # validation
    "required": ("Bitte {label} angeben.", "Please enter {label}."),
    "too_long": (
        "{label} darf höchstens {max} Zeichen lang sein.",
        "{label} may be at most {max} characters long.",
    ),
    "control_chars": (
        "{label} enthält unzulässige Steuerzeichen.",
        "{label} contains invalid control characters.",
    ),
    "email_invalid": (
        "Die E-Mail-Adresse ist ungültig. Bitte prüfen Sie die Schreibweise "
        "(Beispiel: name@beispiel.de).",
        "The email address is invalid. Please check its spelling (example: name@example.com).",
    ),
    "email_no_at": (
        "Die E-Mail-Adresse ist ungültig: Es fehlt das @-Zeichen.",
        "The email address is invalid: the @ sign is missing.",
    ),
    "email_no_domain": (
        "Die E-Mail-Adresse ist ungültig: Nach dem @ fehlt die Domain "
        "(Beispiel: name@beispiel.de).",
        "The email address is invalid: the domain after the @ is missing "
        "(example: name@example.com).",
    ),
    "email_no_name": (
        "Die E-Mail-Adresse ist ungültig: Vor dem @ fehlt der Name (Beispiel: name@beispiel.de).",
        "The email address is invalid: the name before the @ is missing "
        "(example: name@example.com).",
    ),
    "email_bad_domain": (
        "Die E-Mail-Adresse ist ungültig: Der Teil nach dem @ ist keine gültige Domain.",
        "The email address is invalid: the part after the @ is not a valid domain.",
    ),
    "email_too_long": (
        "Die E-Mail-Adresse ist ungültig: Sie ist zu lang.",
        "The email address is invalid: it is too long.",
    ),
    "phone_invalid": (
        "Die Telefonnummer ist ungültig. Beispiel: 030 1234567 oder +49 176 1234567.",
        "The phone number is invalid. Example: 030 1234567 or +49 176 1234567.",
    ),
    "date_invalid": (
        "{label}: bitte ein Datum im Format TT.MM.JJJJ angeben.",
        "{label}: please enter a date as DD.MM.YYYY.",
    ),
    "birthday_future": (
        "Der Geburtstag darf nicht in der Zukunft liegen.",
        "The birthday cannot be in the future.",
    ),
    "birthday_too_old": (
        "Der Geburtstag darf nicht vor 1900 liegen.",
        "The birthday cannot be before 1900.",
    ),
    "postcode_invalid": (
        "Die Postleitzahl muss aus 4 bis 10 Ziffern oder Buchstaben bestehen.",
        "The postcode must have 4 to 10 digits or letters.",
    ),
    "number_invalid": ("{label}: bitte eine Zahl angeben.", "{label}: please enter a number."),
    "bool_invalid": ("{label}: bitte Ja oder Nein wählen.", "{label}: please choose yes or no."),
    "choice_invalid": (
        "{label}: „{value}“ ist keine der erlaubten Auswahlmöglichkeiten.",
        "{label}: “{value}” is not one of the allowed choices.",
    ),
    "choices_required": (
        "Eine Auswahlliste braucht mindestens eine Auswahlmöglichkeit.",
        "A choice list needs at least one choice.",
    ),
    "choices_duplicate": (
        "Die Auswahlmöglichkeit „{value}“ kommt doppelt vor.",
        "The choice “{value}” appears twice.",
    ),
    "field_label_taken": (
        "Es gibt bereits ein Kundenfeld „{value}“.",
        "There is already a customer field “{value}”.",
    ),
    "unknown_field": ("Unbekanntes Kundenfeld.", "Unknown customer field."),
    "field_archived": (
        "Das Kundenfeld „{label}“ ist archiviert und kann nicht mehr befüllt werden.",
        "The customer field “{label}” is archived and can no longer be filled in.",
    ),
    "pin_invalid": (
        "Die PIN muss aus 4 bis 6 Ziffern bestehen.",
        "The PIN must have 4 to 6 digits.",
    ),
    "password_too_short": (
        "Das Passwort muss mindestens {min} Zeichen lang sein.",
        "The password must be at least {min} characters long.",
    ),
    "username_taken": (
        "Der Benutzername „{value}“ ist bereits vergeben.",
        "The user name “{value}” is already taken.",
    ),
    "username_invalid": (
        "Der Benutzername darf nur Buchstaben, Ziffern, Punkt, Binde- und Unterstrich enthalten.",
        "The user name may only contain letters, digits, dot, hyphen and underscore.",
    ),
    # authentication and rights
    "login_failed": (
        "Benutzername oder Passwort ist falsch.",
        "User name or password is wrong.",
    ),
    "pin_failed": ("Die PIN ist falsch.", "The PIN is wrong."),
    "locked_out": (
        "Das Konto ist nach zu vielen Fehlversuchen bis {until} Uhr gesperrt. "
        "Bitte später erneut versuchen oder eine Inhaberin / einen Inhaber fragen.",
        "The account is locked after too many failed attempts until {until}. "
        "Please try again later or ask an owner.",
    ),
    "account_inactive": (
        "Dieses Konto ist deaktiviert.",
        "This account is deactivated.",
    ),
    "permission_denied": (
        "Dafür fehlt Ihnen das Recht „{right}“.",
        "You do not have the right “{right}”.",
    ),
    "wrong_location": (
        "Dieser Datensatz gehört zu einem anderen Standort.",
        "This record belongs to another location.",
    ),
    # storage
    "not_found": ("{what} wurde nicht gefunden.", "{what} was not found."),
    "customer_archived": (
        "Der Kunde ist archiviert und kann nicht bearbeitet werden.",
        "The customer is archived and cannot be edited.",
    ),
    "db_too_new": (
        "Diese Datenbank wurde von einer neueren Belbo-Version angelegt (Stand {found}). "
        "Bitte installieren Sie die aktuelle Version von Belbo Desktop. "
        "Die Datenbank wurde nicht verändert.",
        "This database was created by a newer version of Belbo (revision {found}). "
        "Please install the current version of Belbo Desktop. "
        "The database has not been changed.",
    ),
    "db_foreign_keys": (
        "Die Datenbank-Aktualisierung hat verwaiste Verweise gefunden ({count}). "
        "Die Sicherung {backup} ist unverändert.",
        "The database upgrade found orphaned references ({count}). "
        "The backup {backup} is unchanged.",
    ),
}

LABELS: dict[str, tuple[str, str]] = {
    "number": ("Kundennummer", "Customer number"),
    "first_name": ("Vorname", "First name"),
    "last_name": ("Nachname", "Last name"),
    "email": ("E-Mail", "Email"),
    "phone": ("Telefon", "Phone"),
    "birthday": ("Geburtstag", "Birthday"),
    "street": ("Straße und Hausnummer", "Street and number"),
    "postcode": ("PLZ", "Postcode"),
    "city": ("Ort", "City"),
    "country": ("Land", "Country"),
    "notes": ("Notizen", "Notes"),
    "marketing_consent": ("Einwilligung Werbung", "Marketing consent"),
    "created_at": ("Angelegt am", "Created on"),
    "updated_at": ("Geändert am", "Changed on"),
    "username": ("Benutzername", "User name"),
    "display_name": ("Name", "Name"),
    "password": ("Passwort", "Password"),
    "pin": ("PIN", "PIN"),
    "label": ("Bezeichnung", "Label"),
    "help_text": ("Hilfetext", "Help text"),
    "choices": ("Auswahlmöglichkeiten", "Choices"),
    "customer": ("Kunde", "Customer"),
    "staff": ("Mitarbeiter", "Staff member"),
    "custom_field": ("Kundenfeld", "Customer field"),
    "location": ("Standort", "Location"),
}


# Each module keeps its own messages beside its rules; they all read from one catalogue.
for _module_messages in (
    PRIVACY_MESSAGES,
    TILL_MESSAGES,
    EXPORT_MESSAGES,
    SYNC_MESSAGES,
    BONUS_MESSAGES,
    MERGE_MESSAGES,
    FIRST_RUN_MESSAGES,
    STAFF_MESSAGES,
):
    CATALOG.update(_module_messages)
LABELS.update(PRIVACY_LABELS)
LABELS.update(TILL_LABELS)
LABELS.update(MERGE_LABELS)
LABELS.update(FIRST_RUN_LABELS)
LABELS.update(STAFF_LABELS)


def label(key: str, lang: Language = "de") -> str:
    """The display label of a built-in field or entity; unknown keys are shown as given."""
    pair = LABELS.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "en" else pair[0]


@dataclass(frozen=True)
class Message:
    """A translatable message: a catalogue code and its parameters.

    A parameter named ``label`` that is a known field key is itself translated.
    """

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: Language = "de") -> str:
        de, en = CATALOG.get(self.code, (self.code, self.code))
        template = en if lang == "en" else de
        values = {k: _param(k, v, lang) for k, v in self.params.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError):
            return template

    def __str__(self) -> str:
        return self.text("de")


def _param(key: str, value: object, lang: Language) -> object:
    """Labels and reasons are stored as codes (so a stored message stays translatable)."""
    if isinstance(value, str):
        if key in ("label", "what"):
            return label(value, lang)
        if key == "reason" and value in CATALOG:
            de, en = CATALOG[value]
            return en if lang == "en" else de
    return value
