"""Customer export rules: which fields, how cells are typed and made safe, links and states.

Pure rules, no I/O: the service decides *when*, these functions decide *what*.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
from dataclasses import dataclass
from enum import StrEnum

from belbo_desktop.domain.custom_fields import FieldType

#: Random bytes in a link token: 256 bits, well above the required 128.
TOKEN_BYTES = 32
CONFIRM_VALIDITY = dt.timedelta(hours=24)
DOWNLOAD_VALIDITY = dt.timedelta(days=7)
#: Wrong passwords on one link before the link (and the request) is invalidated.
MAX_PASSWORD_ATTEMPTS = 5
#: How often an unsent email is tried again, and after how long at the latest.
MAIL_RETRY_INTERVAL = dt.timedelta(minutes=2)


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV_SEMICOLON = "csv_semicolon"
    CSV_COMMA = "csv_comma"

    @property
    def extension(self) -> str:
        return "xlsx" if self is ExportFormat.XLSX else "csv"

    @property
    def content_type(self) -> str:
        if self is ExportFormat.XLSX:
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return "text/csv; charset=utf-8"

    @property
    def delimiter(self) -> str:
        return "," if self is ExportFormat.CSV_COMMA else ";"


FORMAT_LABELS: dict[ExportFormat, tuple[str, str]] = {
    ExportFormat.XLSX: ("Excel (.xlsx)", "Excel (.xlsx)"),
    ExportFormat.CSV_SEMICOLON: (
        "CSV, UTF-8, Semikolon (Excel in Deutschland)",
        "CSV, UTF-8, semicolon (German Excel)",
    ),
    ExportFormat.CSV_COMMA: (
        "CSV, UTF-8, Komma (international)",
        "CSV, UTF-8, comma (international)",
    ),
}


class ExportState(StrEnum):
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    COMPUTING = "computing"
    READY = "ready"
    DOWNLOADED = "downloaded"
    EXPIRED = "expired"


STATE_LABELS: dict[ExportState, tuple[str, str]] = {
    ExportState.REQUESTED: ("Angefordert (Bestätigung offen)", "Requested (awaiting confirmation)"),
    ExportState.CONFIRMED: ("Bestätigt", "Confirmed"),
    ExportState.COMPUTING: ("Wird berechnet", "Computing"),
    ExportState.READY: ("Bereit zum Herunterladen", "Ready for download"),
    ExportState.DOWNLOADED: ("Heruntergeladen", "Downloaded"),
    ExportState.EXPIRED: ("Abgelaufen", "Expired"),
}

#: Why a request ended in EXPIRED.
CLOSED_EXPIRED = "expired"
CLOSED_TOO_MANY_ATTEMPTS = "too_many_attempts"
CLOSED_FAILED = "failed"
CLOSED_CANCELLED = "cancelled"

#: Allowed state changes; anything else is a bug or a replayed link.
TRANSITIONS: dict[ExportState, frozenset[ExportState]] = {
    ExportState.REQUESTED: frozenset({ExportState.CONFIRMED, ExportState.EXPIRED}),
    ExportState.CONFIRMED: frozenset({ExportState.COMPUTING, ExportState.EXPIRED}),
    # back to CONFIRMED: a computation interrupted by a crash is started again
    ExportState.COMPUTING: frozenset(
        {ExportState.READY, ExportState.CONFIRMED, ExportState.EXPIRED}
    ),
    ExportState.READY: frozenset({ExportState.DOWNLOADED, ExportState.EXPIRED}),
    ExportState.DOWNLOADED: frozenset({ExportState.DOWNLOADED, ExportState.EXPIRED}),
    ExportState.EXPIRED: frozenset(),
}

#: States in which a request still needs the confirmation/download pages or a mail.
OPEN_STATES: frozenset[ExportState] = frozenset(set(ExportState) - {ExportState.EXPIRED})


def can_move(current: ExportState, target: ExportState) -> bool:
    return target in TRANSITIONS[current]


# --- tokens -----------------------------------------------------------------------------


def hash_token(token: str) -> str:
    """Only this hash is stored; a copy of the database never holds a usable link."""
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def token_matches(token: str, stored_hash: str) -> bool:
    return hmac.compare_digest(hash_token(token), stored_hash)


_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{20,100}")


def plausible_token(token: str) -> bool:
    """Cheap shape check before any database lookup (urlsafe base64 text)."""
    return bool(_TOKEN_RE.fullmatch(token))


# --- fields and cells --------------------------------------------------------------------


class CellKind(StrEnum):
    """How a column is written: spreadsheets must see numbers, dates and text as such."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    KEEP_TEXT = "keep_text"  # phone numbers, postcodes: text even if it looks like a number
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "datetime"
    BOOL = "bool"


BUILTIN_KINDS: dict[str, CellKind] = {
    "number": CellKind.INTEGER,
    "first_name": CellKind.TEXT,
    "last_name": CellKind.TEXT,
    "email": CellKind.TEXT,
    "phone": CellKind.KEEP_TEXT,
    "birthday": CellKind.DATE,
    "street": CellKind.TEXT,
    "postcode": CellKind.KEEP_TEXT,
    "city": CellKind.TEXT,
    "country": CellKind.TEXT,
    "notes": CellKind.LONG_TEXT,
    "marketing_consent": CellKind.BOOL,
    "created_at": CellKind.DATETIME,
    "updated_at": CellKind.DATETIME,
}

CUSTOM_KINDS: dict[FieldType, CellKind] = {
    FieldType.TEXT: CellKind.TEXT,
    FieldType.LONG_TEXT: CellKind.LONG_TEXT,
    FieldType.NUMBER: CellKind.DECIMAL,
    FieldType.DATE: CellKind.DATE,
    FieldType.YES_NO: CellKind.BOOL,
    FieldType.CHOICE: CellKind.TEXT,
}

#: Column widths in characters (Excel's unit), chosen per kind; the header may widen them.
KIND_WIDTHS: dict[CellKind, float] = {
    CellKind.TEXT: 18,
    CellKind.LONG_TEXT: 40,
    CellKind.KEEP_TEXT: 18,
    CellKind.INTEGER: 12,
    CellKind.DECIMAL: 12,
    CellKind.DATE: 12,
    CellKind.DATETIME: 17,
    CellKind.BOOL: 10,
}
FIELD_WIDTHS: dict[str, float] = {"email": 32, "street": 28, "postcode": 8, "country": 6}


@dataclass(frozen=True)
class ExportColumn:
    """One column of the file: a built-in field key or a custom field id."""

    key: str
    title: str
    kind: CellKind
    custom: bool = False

    @property
    def width(self) -> float:
        base = FIELD_WIDTHS.get(self.key, KIND_WIDTHS[self.kind])
        return min(60.0, max(base, len(self.title) + 3))


#: Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def neutralise(text: str) -> str:
    """Make text that would start a formula inert in CSV: prefix an apostrophe.

    Excel and LibreOffice show the apostrophe as part of the text, which keeps
    "+49 30 1234567" readable while "=HYPERLINK(...)" can never run.
    """
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def export_file_name(local_day: dt.date, fmt: ExportFormat) -> str:
    """``Kunden-Export-2026-11-25.xlsx``: sortable, no spaces, no umlauts."""
    return f"Kunden-Export-{local_day.isoformat()}.{fmt.extension}"


def mask_email(address: str) -> str:
    """For pages that must not reveal the address: ``in*****@salon.example``."""
    local, _, domain = address.partition("@")
    shown = local[:2]
    return f"{shown}{'*' * max(3, len(local) - len(shown))}@{domain}"


# --- a request's state read back from its audit trail ------------------------------------


@dataclass(frozen=True)
class AuditEvent:
    """One audit entry of an export (``target_type == "export"``), as plain values."""

    at: dt.datetime
    action: str
    details: dict[str, object]


@dataclass(frozen=True)
class TrailState:
    """What the audit trail says about a request made elsewhere (the hub or another PC)."""

    state: ExportState
    closed_reason: str | None
    row_count: int | None
    file_name: str | None
    ready_at: dt.datetime | None
    download_count: int
    mail_pending: str | None
    mail_error: str | None


#: Each action's place in the state machine; a later state wins whatever the order of
#: equal timestamps (every step of a request is audited, so the trail is complete).
_TRAIL_STATES: dict[str, tuple[int, ExportState, str | None]] = {
    "export_requested": (0, ExportState.REQUESTED, None),
    "export_confirmed": (1, ExportState.CONFIRMED, None),
    "export_computing": (2, ExportState.COMPUTING, None),
    "export_computed": (3, ExportState.READY, None),
    "export_downloaded": (4, ExportState.DOWNLOADED, None),
    "export_expired": (9, ExportState.EXPIRED, CLOSED_EXPIRED),
    "export_cancelled": (9, ExportState.EXPIRED, CLOSED_CANCELLED),
    "export_failed": (9, ExportState.EXPIRED, CLOSED_FAILED),
}


def state_from_trail(events: list[AuditEvent]) -> TrailState:
    """Fold a request's audit entries into its state (oldest first is not required).

    A "sent" and a "failed" mail at the same instant count the "sent" as later: a
    mail is only retried after it failed.
    """
    rank, state, reason = -1, ExportState.REQUESTED, None
    row_count: int | None = None
    file_name: str | None = None
    ready_at: dt.datetime | None = None
    downloads = 0
    mails: dict[str, tuple[dt.datetime, int, str | None]] = {}
    for e in events:
        found = _TRAIL_STATES.get(e.action)
        if e.action in ("export_confirm_failed", "export_download_failed") and e.details.get(
            "locked"
        ):
            found = (9, ExportState.EXPIRED, CLOSED_TOO_MANY_ATTEMPTS)
        if found is not None and found[0] > rank:
            rank, state, reason = found
        if e.action == "export_computed":
            count = e.details.get("customers")
            row_count = count if isinstance(count, int) else None
            name = e.details.get("file_name")
            file_name = name if isinstance(name, str) else None
            ready_at = e.at
        elif e.action == "export_downloaded":
            downloads += 1
        for kind in ("confirm", "download"):
            for outcome, order in (("sent", 1), ("failed", 0)):
                if e.action == f"export_{kind}_mail_{outcome}":
                    error = e.details.get("error") if outcome == "failed" else None
                    key = (e.at, order, str(error) if error else None)
                    if kind not in mails or key[:2] > mails[kind][:2]:
                        mails[kind] = key
    current = {ExportState.REQUESTED: "confirm", ExportState.READY: "download"}.get(state)
    if state is ExportState.DOWNLOADED:
        current = "download"
    pending = error = None
    if current in mails and mails[current][2] is not None:
        pending, error = current, mails[current][2]
    return TrailState(state, reason, row_count, file_name, ready_at, downloads, pending, error)
