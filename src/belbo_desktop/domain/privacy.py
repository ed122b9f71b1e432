"""Datenschutz rules: which fields may be trade secrets, request deadlines, consents.

Pure rules, no I/O. The legal anchors are named where a rule comes from them:
Art. 15 Abs. 4 DSGVO (rights of others, trade secrets), Art. 12 Abs. 3 (one month,
extendable by two), Art. 9 (special categories: health data), Art. 7 (consent proof).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from belbo_desktop.domain.customers import BUILTIN_FIELDS, IDENTIFYING_FIELDS
from belbo_desktop.domain.errors import ValidationError
from belbo_desktop.domain.messages import Message
from belbo_desktop.domain.text import clean, has_control_chars

#: Built-in fields that are facts about the record, not content a salon chose to keep.
RECORD_FIELDS: frozenset[str] = frozenset({"created_at", "updated_at", "marketing_consent"})

#: Built-in fields a location may mark as trade secret (performance-related, not identifying).
BUILTIN_SECRET_CANDIDATES: tuple[str, ...] = tuple(
    f for f in BUILTIN_FIELDS if f not in IDENTIFYING_FIELDS and f not in RECORD_FIELDS
)

K = TypeVar("K", bound=StrEnum)

REASON_MAX = 500
NOTE_MAX = 2000


class SecretBlock(StrEnum):
    """Why a field cannot be marked as trade secret; each has a message code."""

    IDENTIFYING = "secret_block_identifying"
    DECLARED_IDENTIFYING = "secret_block_declared_identifying"
    RECORD = "secret_block_record"
    HEALTH = "secret_block_health"


def builtin_secret_block(key: str) -> SecretBlock | None:
    """None if the built-in field ``key`` may be a trade secret, else the reason."""
    if key in IDENTIFYING_FIELDS:
        return SecretBlock.IDENTIFYING
    if key in RECORD_FIELDS:
        return SecretBlock.RECORD
    return None


def custom_secret_block(is_identifying: bool, is_health_data: bool) -> SecretBlock | None:
    """A custom field declared identifying never is a secret; health data is the customer's.

    Health data about the customer (allergies, contraindications) is their own data in the
    plainest sense; withholding it cannot be a protected business interest.
    """
    if is_identifying:
        return SecretBlock.DECLARED_IDENTIFYING
    if is_health_data:
        return SecretBlock.HEALTH
    return None


# --- requests (Auskunftsersuchen) ---------------------------------------------------------


class RequestKind(StrEnum):
    ACCESS = "access"  # Art. 15
    PORTABILITY = "portability"  # Art. 20
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    OBJECTION = "objection"  # Art. 21


REQUEST_KIND_LABELS: dict[RequestKind, tuple[str, str]] = {
    RequestKind.ACCESS: ("Auskunft (Art. 15)", "Access (Art. 15)"),
    RequestKind.PORTABILITY: ("Datenübertragbarkeit (Art. 20)", "Portability (Art. 20)"),
    RequestKind.RECTIFICATION: ("Berichtigung (Art. 16)", "Rectification (Art. 16)"),
    RequestKind.ERASURE: ("Löschung (Art. 17)", "Erasure (Art. 17)"),
    RequestKind.RESTRICTION: ("Einschränkung (Art. 18)", "Restriction (Art. 18)"),
    RequestKind.OBJECTION: ("Widerspruch (Art. 21)", "Objection (Art. 21)"),
}


class Channel(StrEnum):
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"
    PHONE = "phone"
    OTHER = "other"


CHANNEL_LABELS: dict[Channel, tuple[str, str]] = {
    Channel.EMAIL: ("E-Mail", "Email"),
    Channel.LETTER: ("Brief", "Letter"),
    Channel.IN_PERSON: ("Persönlich im Salon", "In person"),
    Channel.PHONE: ("Telefon", "Phone"),
    Channel.OTHER: ("Sonstiges", "Other"),
}


class RequestStatus(StrEnum):
    OPEN = "open"
    FULFILLED = "fulfilled"
    REJECTED = "rejected"


REQUEST_STATUS_LABELS: dict[RequestStatus, tuple[str, str]] = {
    RequestStatus.OPEN: ("Offen", "Open"),
    RequestStatus.FULFILLED: ("Erledigt", "Fulfilled"),
    RequestStatus.REJECTED: ("Abgelehnt", "Rejected"),
}


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day ``months`` later; the month's last day if it has no such day.

    This is how EU periods in months end (Art. 3 Abs. 2 c VO 1182/71): a request
    received on 31 January is due on 28 (29) February.
    """
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def answer_deadline(received: dt.date) -> dt.date:
    """Art. 12 Abs. 3 DSGVO: without undue delay, at the latest within one month."""
    return add_months(received, 1)


def extended_deadline(received: dt.date) -> dt.date:
    """The one-month period extended by two further months (complex or many requests)."""
    return add_months(received, 3)


def is_overdue(deadline: dt.date, status: RequestStatus, today: dt.date) -> bool:
    return status is RequestStatus.OPEN and today > deadline


def days_left(deadline: dt.date, today: dt.date) -> int:
    return (deadline - today).days


@dataclass(frozen=True)
class RequestInput:
    """What a manager types when a request comes in."""

    kind: RequestKind
    channel: Channel
    received_on: dt.date
    note: str = ""


def validate_request(data: RequestInput, today: dt.date) -> RequestInput:
    errors: dict[str, Message] = {}
    if data.received_on > today:
        errors["received_on"] = Message("request_received_future")
    elif data.received_on < add_months(today, -36):
        errors["received_on"] = Message("request_received_too_old")
    note = _checked_text(errors, "note", data.note, NOTE_MAX, multiline=True)
    if errors:
        raise ValidationError(errors)
    return RequestInput(data.kind, data.channel, data.received_on, note)


def validate_reason(value: str, key: str = "reason") -> str:
    """A reason is required where the law or the audit asks why (extension, erasure)."""
    errors: dict[str, Message] = {}
    text = _checked_text(errors, key, value, REASON_MAX, multiline=True)
    if not text and key not in errors:
        errors[key] = Message("privacy_reason_required")
    if errors:
        raise ValidationError(errors)
    return text


def _checked_text(
    errors: dict[str, Message], key: str, value: str, limit: int, *, multiline: bool
) -> str:
    text = clean(value)
    if has_control_chars(text, multiline=multiline):
        errors[key] = Message("control_chars", {"label": key})
    elif len(text) > limit:
        errors[key] = Message("too_long", {"label": key, "max": limit})
    return text


# --- consents ----------------------------------------------------------------------------


class ConsentKind(StrEnum):
    HEALTH_DATA = "health_data"
    MARKETING_EMAIL = "marketing_email"
    MARKETING_SMS = "marketing_sms"


CONSENT_KIND_LABELS: dict[ConsentKind, tuple[str, str]] = {
    ConsentKind.HEALTH_DATA: ("Gesundheitsdaten (Art. 9 DSGVO)", "Health data (Art. 9 GDPR)"),
    ConsentKind.MARKETING_EMAIL: ("Werbung per E-Mail", "Marketing by email"),
    ConsentKind.MARKETING_SMS: ("Werbung per SMS", "Marketing by SMS"),
}


class ConsentMethod(StrEnum):
    SIGNED_FORM = "signed_form"
    IN_PERSON = "in_person"
    EMAIL = "email"
    OTHER = "other"


CONSENT_METHOD_LABELS: dict[ConsentMethod, tuple[str, str]] = {
    ConsentMethod.SIGNED_FORM: ("Unterschriebenes Formular", "Signed form"),
    ConsentMethod.IN_PERSON: ("Persönlich erklärt", "Declared in person"),
    ConsentMethod.EMAIL: ("Per E-Mail", "By email"),
    ConsentMethod.OTHER: ("Sonstiges", "Other"),
}


@dataclass(frozen=True)
class ConsentText:
    """A versioned consent wording; the version is stored with every consent given."""

    kind: ConsentKind
    version: str
    text: str


CONSENT_TEXTS: dict[ConsentKind, ConsentText] = {
    ConsentKind.HEALTH_DATA: ConsentText(
        ConsentKind.HEALTH_DATA,
        "2026-11-1",
        "Ich willige ausdrücklich ein, dass der Salon Angaben zu meiner Gesundheit "
        "(z. B. Allergien, Hautzustand, Gegenanzeigen) speichert und nutzt, um mich sicher zu "
        "behandeln. Die Einwilligung ist freiwillig und kann jederzeit mit Wirkung für die "
        "Zukunft widerrufen werden (Art. 9 Abs. 2 lit. a, Art. 7 Abs. 3 DSGVO).",
    ),
    ConsentKind.MARKETING_EMAIL: ConsentText(
        ConsentKind.MARKETING_EMAIL,
        "2026-11-1",
        "Ich möchte Angebote und Neuigkeiten des Salons per E-Mail erhalten. Ich kann dem "
        "jederzeit widersprechen bzw. die Einwilligung widerrufen.",
    ),
    ConsentKind.MARKETING_SMS: ConsentText(
        ConsentKind.MARKETING_SMS,
        "2026-11-1",
        "Ich möchte Angebote und Terminhinweise des Salons per SMS erhalten. Ich kann die "
        "Einwilligung jederzeit widerrufen.",
    ),
}


def label_of(labels: Mapping[K, tuple[str, str]], key: K, lang: str = "de") -> str:
    """The German or English label from one of the tables above."""
    de, en = labels[key]
    return en if lang == "en" else de


# --- the statements a data-access report must make (Art. 15 Abs. 1 lit. a-h) --------------

ART15_INFORMATION: tuple[tuple[str, str], ...] = (
    (
        "Zwecke der Verarbeitung",
        "Durchführung der gebuchten Behandlungen und Dienstleistungen, Kundenverwaltung, "
        "Verkauf und Einlösung von Gutscheinen, Bonusprogramme, Erfüllung gesetzlicher "
        "Aufbewahrungspflichten; Werbung nur mit Ihrer Einwilligung. Rechtsgrundlagen: "
        "Art. 6 Abs. 1 lit. b, c und f DSGVO; Einwilligung nach Art. 6 Abs. 1 lit. a und "
        "Art. 9 Abs. 2 lit. a DSGVO für Gesundheitsangaben und Werbung.",
    ),
    (
        "Empfänger",
        "Innerhalb des Salons nur die Mitarbeiterinnen und Mitarbeiter, die die Daten für "
        "ihre Aufgaben brauchen. Steuerberatung und Finanzbehörden erhalten Belege, soweit "
        "das Steuerrecht es verlangt. Eine Übermittlung in Drittländer findet nicht statt.",
    ),
    (
        "Speicherdauer",
        "Kundendaten, solange Sie Kundin bzw. Kunde sind und bis zu drei Jahre nach dem "
        "letzten Besuch (regelmäßige Verjährungsfrist). Kassenbelege, Rechnungen und "
        "Gutscheinbuchungen zehn Jahre (§ 147 AO, § 257 HGB). Einwilligungsnachweise, "
        "solange die Einwilligung gilt, und drei Jahre darüber hinaus.",
    ),
    (
        "Herkunft der Daten",
        "Die Daten stammen von Ihnen selbst (bei der Anmeldung, beim Besuch, telefonisch "
        "oder per E-Mail) oder entstehen bei der Behandlung und beim Kauf im Salon.",
    ),
    (
        "Automatisierte Entscheidungen",
        "Es findet keine automatisierte Entscheidungsfindung einschließlich Profiling "
        "statt (Art. 22 DSGVO).",
    ),
    (
        "Ihre Rechte",
        "Sie haben das Recht auf Auskunft (Art. 15), Berichtigung (Art. 16), Löschung "
        "(Art. 17), Einschränkung der Verarbeitung (Art. 18), Datenübertragbarkeit "
        "(Art. 20) und Widerspruch (Art. 21 DSGVO). Eine Einwilligung können Sie jederzeit "
        "mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3). Sie können sich bei einer "
        "Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO), zum Beispiel bei der "
        "Behörde Ihres Wohnorts oder des Sitzes des Salons.",
    ),
)

TRADE_SECRET_NOTICE = (
    "Dieses Feld existiert; sein Inhalt wird als Betriebsgeheimnis nicht herausgegeben "
    "(Art. 15 Abs. 4 DSGVO, Erwägungsgrund 63)."
)

HEALTH_NOTICE = "Gesundheitsangabe (besondere Kategorie, Art. 9 DSGVO)"


# --- the data-access report, as plain data for the PDF and the portable files ------------

REPORT_SCHEMA_ID = "https://belbo.example/schemas/data-access-v1.schema.json"
REPORT_SCHEMA_VERSION = 1


@dataclass(frozen=True)
class ReportField:
    """One field of the customer file. ``value`` is machine-readable (ISO dates, dot
    decimals), ``display`` is how a German reader writes it; both None when withheld."""

    key: str
    label: str
    group: str  # "master" or "custom"
    field_type: str
    value: str | None
    display: str | None
    withheld: bool = False
    health_data: bool = False


@dataclass(frozen=True)
class ReportTable:
    """A category of data as a table: vouchers, stamps, sales, consents, requests, ..."""

    key: str
    title: str
    columns: tuple[tuple[str, str], ...]  # (key, German heading)
    rows: tuple[dict[str, str], ...]
    description: str = ""


@dataclass(frozen=True)
class Controller:
    """The Verantwortlicher: the location's business data."""

    name: str
    address_lines: tuple[str, ...]
    phone: str | None
    email: str | None
    website: str | None


MERGED_FILE_NOTICE = (
    "Diese Kundenakte wurde als Dublette mit Ihrer Kundenakte Nr. {survivor} "
    "zusammengeführt. Sie ist archiviert und wird mit ihren eigenen Angaben aufbewahrt. "
    "Ihre Kassenbelege, Gutscheine, Bonuskarten, Einwilligungen und Anfragen sind in den "
    "Abschnitten oben enthalten."
)


@dataclass(frozen=True)
class MergedFileReport:
    """A customer file merged into the subject's file (Dublette), with its own data.

    Receipts, vouchers, cards, consents and requests of a merged file are already in the
    subject's tables (they follow the merge link); what only the archived file itself
    holds is its master data, its custom field values and its processing history.
    ``merged_into_number`` is the file it was merged into (the subject's, unless two
    offline merges left a chain).
    """

    customer_id: str
    customer_number: int
    customer_name: str
    merged_at: dt.datetime
    merged_into_number: int
    fields: tuple[ReportField, ...]
    history: ReportTable

    @property
    def withheld_fields(self) -> tuple[ReportField, ...]:
        return tuple(f for f in self.fields if f.withheld)

    def title(self, zone: dt.tzinfo) -> str:
        """``Zusammengeführte Kundenakte Nr. 10116 (zusammengeführt am 12.03.2026)``."""
        day = self.merged_at.astimezone(zone).strftime("%d.%m.%Y")
        return f"Zusammengeführte Kundenakte Nr. {self.customer_number} (zusammengeführt am {day})"


@dataclass(frozen=True)
class ReportData:
    generated_at: dt.datetime
    controller: Controller
    customer_id: str
    customer_number: int
    customer_name: str
    fields: tuple[ReportField, ...]
    tables: tuple[ReportTable, ...]
    information: tuple[tuple[str, str], ...] = ART15_INFORMATION
    request_received_on: dt.date | None = None
    merged_files: tuple[MergedFileReport, ...] = ()

    @property
    def withheld_fields(self) -> tuple[ReportField, ...]:
        """The subject's own withheld fields (what the audit records for the file)."""
        return tuple(f for f in self.fields if f.withheld)

    @property
    def all_withheld_labels(self) -> tuple[str, ...]:
        """Every withheld field's name, the merged files' included, each name once."""
        labels: dict[str, None] = {}
        for f in self.fields:
            if f.withheld:
                labels.setdefault(f.label)
        for merged in self.merged_files:
            for f in merged.withheld_fields:
                labels.setdefault(f.label)
        return tuple(labels)

    @property
    def has_health_values(self) -> bool:
        """A health value is shown somewhere in the report (the subject's or a merged file's)."""
        every = [*self.fields, *(f for m in self.merged_files for f in m.fields)]
        return any(f.health_data and f.value is not None for f in every)


def report_file_stem(number: int, today: dt.date) -> str:
    """``Datenauskunft_10001_2026-11-25``: sortable, no personal names in file names."""
    return f"{report_file_prefix(number)}{today.isoformat()}"


def report_file_prefix(number: int) -> str:
    """What every report file of one customer starts with (to find them on erasure)."""
    return f"Datenauskunft_{number}_"
